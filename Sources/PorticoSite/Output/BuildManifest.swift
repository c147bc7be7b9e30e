import Foundation
import PorticoDigest

/// What the last build wrote: each output file's SHA-256, kept beside the output (`.<output>.manifest`, never
/// published). The next build hashes what it renders and, where the hash is the same, hard-links the previous
/// file instead of reading it back to compare. The manifest names the output folder it describes by device and
/// inode, so a manifest that does not belong to the current output (a crash between swap and manifest, a folder
/// replaced by hand) is ignored and the build falls back to comparing bytes.
struct BuildManifest: Equatable {
    /// Output path → lowercase hex SHA-256.
    var hashes: [String: String]
    /// The output folder it describes.
    var device: UInt64
    var inode: UInt64
    /// The build's input fingerprint (`InputFingerprint`) and page count, so an unchanged rebuild can stop early.
    var inputs: String = ""
    var pages: Int = 0
    /// The absolute URL the build was made for, so `portico check` checks links against it without being told again.
    var baseURL: String = ""

    static let header = "portico-manifest 1"

    /// Where the manifest of `outputDirectory` lives.
    static func path(for outputDirectory: URL) -> String {
        outputDirectory.deletingLastPathComponent().appendingPathComponent(".\(outputDirectory.lastPathComponent).manifest").path
    }

    /// The folder's device and inode, or nil when it does not exist.
    static func identity(of directory: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(directory, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// The manifest of `outputDirectory`, or nil when there is none, it is damaged, or it describes another folder.
    static func load(for outputDirectory: URL) -> BuildManifest? {
        guard let identity = identity(of: outputDirectory.path),
              let data = FileManager.default.contents(atPath: path(for: outputDirectory)),
              let text = String(data: data, encoding: .utf8) else { return nil }
        // Split as bytes: splitting the String by Character segments graphemes, a tenth of an unchanged rebuild.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            .map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 2 else { return nil }
        let first = lines[0].split(separator: " ")
        guard first.count == 4, first[0] + " " + first[1] == header, let device = UInt64(first[2]), let inode = UInt64(first[3]),
              device == identity.device, inode == identity.inode else { return nil }
        let second = lines[1].split(separator: " ")
        guard second.count == 4 || (second.count == 6 && second[4] == "base"), second[0] == "inputs", second[2] == "pages",
              let pages = Int(second[3]) else { return nil }
        var hashes: [String: String] = [:]
        hashes.reserveCapacity(lines.count - 2)
        for line in lines.dropFirst(2) {
            let bytes = line.utf8
            guard bytes.count > 65, bytes[bytes.index(bytes.startIndex, offsetBy: 64)] == UInt8(ascii: " ") else { return nil }
            hashes[String(line.dropFirst(65))] = String(line.prefix(64))
        }
        return BuildManifest(hashes: hashes, device: device, inode: inode, inputs: String(second[1]), pages: pages,
                             baseURL: second.count == 6 ? String(second[5]) : "")
    }

    /// The manifest as text, paths sorted so the same build writes the same bytes.
    var text: String {
        var out = "\(Self.header) \(device) \(inode)\ninputs \(inputs.isEmpty ? "-" : inputs) pages \(pages)"
        // A base URL holds no space (SiteURL.base refuses one), so it is one field.
        out += baseURL.isEmpty || baseURL.contains(" ") ? "\n" : " base \(baseURL)\n"
        for path in hashes.keys.sorted() { out += hashes[path]! + " " + path + "\n" }
        return out
    }

    static func hash(_ bytes: [UInt8]) -> String { Hex.encode(SHA256.hash(bytes)) }
}
