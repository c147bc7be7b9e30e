import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "portico") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public var path: String { url.path }

    /// Writes `text` at `relative`, creating folders.
    public func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: target, atomically: true, encoding: .utf8)
    }

    /// Writes every `-- path --` section of `files` (the layout of Hugo's integration tests).
    public func writeFiles(_ files: String) throws {
        var current: String?
        var lines: [String] = []
        func flush() throws {
            if let current { try write(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), to: current) }
            lines = []
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                try flush()
                current = String(line.dropFirst(3).dropLast(3))
            } else if current != nil {
                lines.append(String(line))
            }
        }
        try flush()
    }

    /// The text of a file below this folder, or nil.
    public func read(_ relative: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every regular file below `relative`, as sorted relative paths.
    public func files(under relative: String = "") -> [String] {
        Self.files(in: url.appendingPathComponent(relative))
    }

    /// Every regular file below `folder`, as sorted relative paths.
    public static func files(in folder: URL) -> [String] {
        let root = folder.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [String] = []
        for case let file as URL in enumerator where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result.append(String(file.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        return result.sorted()
    }
}
