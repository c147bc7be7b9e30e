import CPorticoSystem
import Foundation

/// Writes a build into a staging folder beside the output and swaps it in at the end, so `output/`
/// is always either the previous complete site or the new complete one.
/// Files whose bytes did not change are hard-linked from the previous output: they keep their
/// modification time and inode, so publishing tools sync only what changed.
public final class OutputWriter: @unchecked Sendable {
    public let outputDirectory: URL
    let stagingDirectory: URL
    private let lock = NSLock()
    private var paths: Set<String> = []
    public private(set) var written = 0
    public private(set) var unchanged = 0
    /// Test hook: after this many writes the process kills itself, as a crash would.
    private let faultAfterWrites: Int?
    /// An exclusive lock beside the output, held from staging to commit, so two builds never share a staging folder.
    private var lockDescriptor: Int32 = -1

    /// The lock file's path, removed when the build ends.
    private let lockPath: String

    public init(outputDirectory: URL, faultAfterWrites: Int? = nil) throws {
        // An output that is a symbolic link (a web root pointing at a release folder) is built into its target,
        // and the link stays: swapping the link itself would leave the web root serving the old site.
        self.outputDirectory = outputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let parent = self.outputDirectory.deletingLastPathComponent()
        let name = self.outputDirectory.lastPathComponent
        self.stagingDirectory = parent.appendingPathComponent(".\(name).staging")
        self.faultAfterWrites = faultAfterWrites
        let files = FileManager.default
        try files.createDirectory(at: parent, withIntermediateDirectories: true)
        lockPath = parent.appendingPathComponent(".\(name).lock").path
        try acquireLock()
        // A staging folder left by a crashed build is garbage: the output beside it is whole.
        if files.fileExists(atPath: stagingDirectory.path) { try files.removeItem(at: stagingDirectory) }
        try files.createDirectory(at: stagingDirectory, withIntermediateDirectories: true)
    }

    /// Takes the exclusive lock beside the output. Another build of the same output waits here until that one has
    /// committed or given up. The holder removes the lock file when it ends, so a waiter that wakes holding a file
    /// no longer at the path starts over with the new one (otherwise two builds could each hold a different file).
    private func acquireLock() throws {
        while true {
            let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw SiteError(file: lockPath, message: "cannot create the build lock (\(String(cString: strerror(errno))))", isInputError: false)
            }
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
            var held = stat(), current = stat()
            if fstat(descriptor, &held) == 0, stat(lockPath, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                lockDescriptor = descriptor
                return
            }
            close(descriptor)
        }
    }

    /// Checks a relative output path: no absolute paths, no `..`, no NUL, no empty segments.
    public static func validate(_ relativePath: String) throws {
        let segments = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.contains("\0"), relativePath.utf8.count < 1024,
              segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && $0.utf8.count <= 255 }) else {
            throw SiteError(message: "refusing to write outside the output folder: '\(relativePath)'", isInputError: true)
        }
    }

    /// Writes one file of the new site. Two files at one path is an error naming the path.
    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        try Self.validate(relativePath)
        lock.lock()
        let fresh = paths.insert(relativePath).inserted
        lock.unlock()
        guard fresh else { throw SiteError(message: "two outputs want the same file '\(relativePath)'", isInputError: true) }
        let target = stagingDirectory.appendingPathComponent(relativePath)
        let previous = outputDirectory.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let old = FileManager.default.contents(atPath: previous.path), old.count == bytes.count, old.elementsEqual(bytes),
           link(previous.path, target.path) == 0 {
            count(changed: false)
            return
        }
        guard FileManager.default.createFile(atPath: target.path, contents: Data(bytes)) else {
            throw SiteError(file: relativePath, message: "could not write the file", isInputError: false)
        }
        count(changed: true)
    }

    private func count(changed: Bool) {
        lock.lock()
        if changed { written += 1 } else { unchanged += 1 }
        let total = written + unchanged
        lock.unlock()
        if let faultAfterWrites, total >= faultAfterWrites { kill(getpid(), SIGKILL) }
    }

    /// Every path written so far, sorted.
    public var writtenPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths.sorted()
    }

    /// Swaps the staged site in with one atomic rename, then removes the previous one.
    public func commit() throws {
        let files = FileManager.default
        if files.fileExists(atPath: outputDirectory.path) {
            if portico_exchange_paths(stagingDirectory.path, outputDirectory.path) != 0 {
                // No atomic exchange on this file system: fall back to two renames, the gap as short as it can be.
                let aside = outputDirectory.deletingLastPathComponent().appendingPathComponent(".\(outputDirectory.lastPathComponent).previous")
                try? files.removeItem(at: aside)
                try files.moveItem(at: outputDirectory, to: aside)
                try files.moveItem(at: stagingDirectory, to: outputDirectory)
                try? files.removeItem(at: aside)
                unlock()
                return
            }
            try files.removeItem(at: stagingDirectory)
        } else {
            try files.moveItem(at: stagingDirectory, to: outputDirectory)
        }
        unlock()
    }

    private func unlock() {
        if lockDescriptor >= 0 {
            unlink(lockPath)
            close(lockDescriptor)
            lockDescriptor = -1
        }
    }

    deinit { unlock() }

    /// Abandons the staged build, leaving the previous output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: stagingDirectory)
        unlock()
    }
}
