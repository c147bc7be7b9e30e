import PorticoModel

/// What the public site shows from the database, read in one snapshot.
public struct SiteData: Sendable {
    public var organizationName: String
    public var tagline: String
    public var email: String
    public var timeZone: String?

    /// Reads the organization settings. Private data (staff, audit, tickets) is never read here.
    public static func load(from store: Store) throws -> SiteData {
        SiteData(
            organizationName: try store.setting("organization.name") ?? "Our Association",
            tagline: try store.setting("organization.tagline") ?? "",
            email: try store.setting("organization.email") ?? "",
            timeZone: try store.setting("site.timezone"))
    }
}
