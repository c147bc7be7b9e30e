import Foundation

/// Notices changes to what a build reads: every file under `content/` and `themes/`, `portico.json`, and the
/// database (with its write-ahead log). It compares each file's size and modification time between polls, so a
/// poll costs one `stat` per file and reads nothing.
struct SiteWatcher {
    /// What a poll saw of one file.
    struct Stamp: Equatable {
        let size: Int64
        let modified: Int64
    }

    let site: URL
    let databasePath: String

    /// Every watched file, by path relative to the site folder (the database by its own path).
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in ["content", "themes"] {
            walk(site.appendingPathComponent(folder).path, relative: folder, depth: 0, into: &stamps)
        }
        for (path, shown) in [(site.appendingPathComponent("portico.json").path, "portico.json"),
                              (databasePath, databasePath), (databasePath + "-wal", databasePath + "-wal")] {
            if let stamp = Self.stamp(path) { stamps[shown] = stamp }
        }
        return stamps
    }

    /// The paths that were added, removed or changed between two snapshots, sorted.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = new.filter { old[$0.key] != $0.value }.map(\.key)
        changed += old.keys.filter { new[$0] == nil }
        return changed.sorted()
    }

    private func walk(_ path: String, relative: String, depth: Int, into stamps: inout [String: Stamp]) {
        // Links are followed as the build follows them; the depth bound stops a link loop.
        guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") {
            let child = path + "/" + name
            var info = stat()
            guard stat(child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(child, relative: relative + "/" + name, depth: depth + 1, into: &stamps)
            } else {
                stamps[relative + "/" + name] = Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
            }
        }
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
