import Foundation
import PorticoDigest
import PorticoModel
import PorticoSQLite

/// One hash of everything a build's output depends on: every file under `content/` and `themes/`, `portico.json`,
/// the database tables the build reads, the build's options, the day it runs (sections show what is upcoming or
/// expired) and the program itself. When it equals the one recorded with the last build, and that build's files
/// are all still there, the output is already what this build would write, and nothing is rendered.
enum InputFingerprint {
    /// `folders`: the folders the build reads, relative to the site (content, and the theme's own folders, each of
    /// which may be a link of its own).
    static func compute(options: BuildOptions, folders: [String], store: Store, tables: [String], today: String) throws -> String {
        var hasher = SHA256()
        func add(_ label: String, _ text: String) {
            hasher.update("\(label)\u{0}\(text.utf8.count)\u{0}")
            hasher.update(text)
        }
        add("format", "1")
        add("program", programStamp)
        add("base-url", options.baseURL ?? "")
        add("drafts", options.includeDrafts ? "yes" : "no")
        add("today", today)
        let config = options.siteDirectory.appendingPathComponent("portico.json")
        add("portico.json", FileManager.default.contents(atPath: config.path).map { Hex.encode(SHA256.hash($0)) } ?? "absent")
        for folder in folders {
            let root = options.siteDirectory.appendingPathComponent(folder)
            let files = try SiteFolder.files(in: root, label: folder)
            let digests = Parallel.map(files) { relative -> String in
                FileManager.default.contents(atPath: root.appendingPathComponent(relative).path).map { Hex.encode(SHA256.hash($0)) } ?? "unreadable"
            }
            for (file, digest) in zip(files, digests) { add(folder + "/" + file, digest) }
        }
        for table in Set(tables).sorted() {
            add("table", table)
            try store.forEachStoredRow(of: table) { values in
                hasher.update(values.map(Self.encode).joined(separator: "\u{1F}"))
                hasher.update("\u{1E}")
            }
        }
        return Hex.encode(hasher.finalize())
    }

    private static func encode(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "n"
        case .integer(let number): return "i\(number)"
        case .real(let number): return "r\(number)"
        case .text(let text): return "t" + text
        case .blob(let bytes): return "b" + Hex.encode(bytes)
        }
    }

    /// The running program's size and modification time: a new build of Portico renders anew.
    static let programStamp: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()
}
