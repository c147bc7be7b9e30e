import Foundation
import PorticoFormats
import PorticoModel

/// The build's one reading of the clock: the site's time zone (portico.json's `timezone`, else the database's
/// `site.timezone`, else UTC) and today in it. The build and `portico check --privacy` reckon from the same, so
/// what one publishes the other expects.
public struct SiteDay: Sendable, Equatable {
    public let timeZone: String
    public let today: CalendarDate

    public init(config: SiteConfig, store: Store) throws {
        timeZone = try config.timeZone ?? store.setting("site.timezone") ?? "UTC"
        today = CalendarDate.day(of: store.clock(), in: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!)
    }

    var pair: (String, CalendarDate) { (timeZone, today) }
}
