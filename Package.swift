// swift-tools-version: 6.0
// Portico: a static site generator and staff console for membership associations.
// No package dependencies: Foundation, the toolchain's test libraries, and system SQLite.
import PackageDescription

let package = Package(
    name: "Portico",
    products: [
        .executable(name: "portico", targets: ["portico"]),
        .executable(name: "portico-admin", targets: ["portico-admin"]),
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CPorticoSystem"),

        // MARK: - Engines (import nothing of ours)
        .target(name: "PorticoSQLite", dependencies: ["CSQLite"]),
        .target(name: "PorticoMustache"),
        .target(name: "PorticoMarkdown"),
        .target(name: "PorticoArguments"),
        // Optimized in every configuration: the audit trail signs every write with HMAC-SHA-256, and unoptimized
        // hashing made a debug build's demo creation (hundreds of signed writes) and the date-span tests several
        // times slower. The engine has no state to inspect in a debugger; its tests are test vectors.
        .target(name: "PorticoDigest", swiftSettings: [.unsafeFlags(["-O"])]),
        // HTTP/1.1 over sockets for `portico serve`: request parsing, static files, server-sent events.
        .target(name: "PorticoHTTP"),
        // Text formats read and written by hand: JSON text, CSV, ISO 8601 timestamps, streaming record readers.
        .target(name: "PorticoFormats"),
        // Portico's default theme as data compiled into the program (generated from themes/default; see DefaultTheme).
        .target(name: "PorticoDefaultTheme"),

        // MARK: - Portico
        .target(name: "PorticoModel", dependencies: ["PorticoSQLite", "PorticoDigest", "PorticoFormats"]),
        .target(
            name: "PorticoSite",
            dependencies: ["PorticoModel", "PorticoSQLite", "PorticoMustache", "PorticoMarkdown", "PorticoDigest", "PorticoFormats", "CPorticoSystem",
                           "PorticoDefaultTheme"]
        ),
        .target(name: "PorticoReports", dependencies: ["PorticoModel", "PorticoSQLite", "PorticoFormats", "PorticoMustache"]),
        // Below both command modules: error messages and exit codes, terminal-safe output, tables.
        .target(name: "PorticoCommandLine", dependencies: ["PorticoArguments", "PorticoModel", "PorticoSQLite", "PorticoMustache", "PorticoFormats"]),
        .target(name: "PorticoAdmin", dependencies: ["PorticoModel", "PorticoArguments", "PorticoReports", "PorticoCommandLine", "PorticoFormats", "PorticoSQLite",
                                                    "PorticoDefaultTheme", "PorticoMarkdown"]),
        .target(name: "PorticoCLI", dependencies: ["PorticoSite", "PorticoArguments", "PorticoMarkdown", "PorticoModel", "PorticoCommandLine", "PorticoHTTP", "PorticoFormats",
                                                  "PorticoDefaultTheme", "PorticoReports"]),
        .executableTarget(name: "portico", dependencies: ["PorticoCLI", "PorticoCommandLine"]),
        .executableTarget(name: "portico-admin", dependencies: ["PorticoAdmin", "PorticoCommandLine"]),

        // MARK: - Tests
        .target(name: "PorticoTestSupport", dependencies: ["PorticoModel", "PorticoSQLite", "PorticoSite", "PorticoFormats"], path: "Sources/PorticoTestSupport"),
        .testTarget(name: "PorticoSQLiteTests", dependencies: ["PorticoSQLite"]),
        .testTarget(name: "PorticoMustacheTests", dependencies: ["PorticoMustache"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PorticoMarkdownTests", dependencies: ["PorticoMarkdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PorticoArgumentsTests", dependencies: ["PorticoArguments"]),
        .testTarget(name: "PorticoDigestTests", dependencies: ["PorticoDigest"]),
        .testTarget(name: "PorticoHTTPTests", dependencies: ["PorticoHTTP", "PorticoTestSupport"]),
        .testTarget(name: "PorticoFormatsTests", dependencies: ["PorticoFormats"]),
        .testTarget(name: "PorticoModelTests", dependencies: ["PorticoModel", "PorticoTestSupport", "PorticoFormats", "PorticoSQLite", "PorticoDigest"]),
        .testTarget(name: "PorticoReportsTests", dependencies: ["PorticoReports", "PorticoModel", "PorticoTestSupport", "PorticoFormats", "PorticoSQLite"]),
        .testTarget(name: "PorticoSiteTests", dependencies: ["PorticoSite", "PorticoModel", "PorticoTestSupport", "PorticoDefaultTheme", "PorticoFormats",
                                                           "PorticoMustache"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["PorticoTestSupport", "PorticoAdmin", "PorticoCLI", "PorticoSite", "PorticoCommandLine", "PorticoModel", "PorticoArguments", "PorticoSQLite", "PorticoFormats",
                           "PorticoMustache", "PorticoHTTP", "PorticoMarkdown", "PorticoDigest", "PorticoReports"],
            exclude: ["Tools"]
        ),
    ]
)
