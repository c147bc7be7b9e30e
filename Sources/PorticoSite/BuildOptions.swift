import Foundation
import PorticoModel

/// What `portico build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder (holding portico.json, content/, themes/).
    public var siteDirectory: URL
    /// The database file.
    public var databasePath: String
    /// Where the site is written (default `output/` in the site folder).
    public var outputDirectory: URL
    /// Overrides `baseURL` from portico.json.
    public var baseURL: String?
    /// Builds draft pages too.
    public var includeDrafts: Bool
    /// Test hook: the process kills itself after this many files, as a crash would.
    public var faultAfterWrites: Int?
    /// The build's clock, read once per build (default: `PORTICO_NOW` when set, else the system's time).
    public var clock: @Sendable () -> Date = Store.environmentClock()
    /// The features the database holds (Portico's; a test adds a throwaway one).
    public var features: FeatureSet = .builtIn
    /// Scans the new output for private values (`PrivacyCheck`) before it replaces the old one; a leak fails the build.
    public var checkPrivacy: Bool = false
    /// Told what the build is doing: a step's name, and for rendering the pages done of the total. Called from
    /// worker threads.
    public var progress: (@Sendable (_ label: String, _ done: Int?, _ total: Int?) -> Void)?

    public init(siteDirectory: URL, databasePath: String? = nil, outputDirectory: URL? = nil, baseURL: String? = nil,
                includeDrafts: Bool = false, faultAfterWrites: Int? = nil) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.databasePath = databasePath ?? siteDirectory.appendingPathComponent("portico.db").path
        self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("output")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.faultAfterWrites = faultAfterWrites
    }
}

/// What a build did, for its one-line summary.
public struct BuildSummary: Sendable {
    public let pages: Int
    public let files: Int
    public let written: Int
    public let unchanged: Int
    public let removed: Int
    public let seconds: Double
    /// Each step's name and duration, in order.
    public let steps: [(String, Double)]

    public var line: String {
        "Built \(pages) pages (\(files) files: \(written) written, \(unchanged) unchanged, \(removed) removed) in \(String(format: "%.2f", seconds)) s"
    }
}
