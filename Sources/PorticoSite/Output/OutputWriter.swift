import CPorticoSystem
import Foundation

/// Writes a build into a staging folder beside the output and swaps it in at the end, so `output/`
/// is always either the previous complete site or the new complete one.
/// Files whose bytes did not change are hard-linked from the previous output: they keep their
/// modification time and inode, so publishing tools sync only what changed. Whether they changed is read from the
/// previous build's manifest of content hashes, not from the old files (`BuildManifest`).
public final class OutputWriter: @unchecked Sendable {
    public let outputDirectory: URL
    let stagingDirectory: URL
    /// The two folders' paths with a trailing slash: a file's path is joined as text, since
    /// URL.appendingPathComponent for each of 100,000 files was a fifth of an unchanged rebuild and showed in full ones.
    private let outputPrefix: String
    private let stagingPrefix: String
    /// Whether there is a previous output to compare with at all (a first build has none: no file to try to open).
    private var outputExists = true
    private let lock = NSLock()
    private var paths: Set<String> = []
    /// The previous build's hashes (nil without a manifest that matches the output: bytes are compared instead).
    private var previous: BuildManifest?
    /// This build's hashes, written as the manifest when it commits.
    private var hashes: [String: String] = [:]
    /// Folders already made in the staging folder, so each is created once.
    private var madeDirectories: Set<String> = [""]
    public private(set) var written = 0
    public private(set) var unchanged = 0
    /// Test hook: after this many writes the process kills itself, as a crash would.
    private let faultAfterWrites: Int?
    /// An exclusive lock beside the output, held from staging to commit, so two builds never share a staging folder.
    private var lockDescriptor: Int32 = -1

    /// The lock file's path, removed when the build ends.
    private let lockPath: String

    /// The input fingerprint this build records in its manifest.
    private let inputs: String
    /// The base URL the build is made for, recorded in the manifest.
    private let baseURL: String
    /// The last build's output, when its inputs equal this build's and its files are all present: nothing to do.
    private(set) var upToDate: BuildManifest?

    public init(outputDirectory: URL, faultAfterWrites: Int? = nil, inputs: String = "", baseURL: String = "") throws {
        self.inputs = inputs
        self.baseURL = baseURL
        // An output that is a symbolic link (a web root pointing at a release folder) is built into its target,
        // and the link stays: swapping the link itself would leave the web root serving the old site.
        self.outputDirectory = outputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let parent = self.outputDirectory.deletingLastPathComponent()
        let name = self.outputDirectory.lastPathComponent
        self.stagingDirectory = parent.appendingPathComponent(".\(name).staging")
        self.faultAfterWrites = faultAfterWrites
        outputPrefix = self.outputDirectory.path + "/"
        stagingPrefix = stagingDirectory.path + "/"
        let files = FileManager.default
        try files.createDirectory(at: parent, withIntermediateDirectories: true)
        lockPath = parent.appendingPathComponent(".\(name).lock").path
        try acquireLock()
        outputExists = files.fileExists(atPath: self.outputDirectory.path)
        previous = BuildManifest.load(for: self.outputDirectory)
        // A staging folder left by a crashed build is garbage: the output beside it is whole.
        if files.fileExists(atPath: stagingDirectory.path) { try files.removeItem(at: stagingDirectory) }
        let outputPrefix = self.outputPrefix
        if let previous, !inputs.isEmpty, previous.inputs == inputs,
           previous.hashes.keys.allSatisfy({ files.fileExists(atPath: outputPrefix + $0) }) {
            upToDate = previous
            return
        }
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
    /// Split as bytes, never Characters: "/" joined with a combining mark is one Character that would hide a "..".
    public static func validate(_ relativePath: String) throws {
        let bytes = relativePath.utf8
        let segments = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard !bytes.isEmpty, bytes.first != UInt8(ascii: "/"), !bytes.contains(0), bytes.count < 1024,
              segments.allSatisfy({ !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) && $0.count <= 255 }) else {
            throw SiteError(message: "refusing to write outside the output folder: '\(relativePath)'", isInputError: true)
        }
    }

    /// Writes one file of the new site. Two files at one path is an error naming the path.
    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        try Self.validate(relativePath)
        let hash = BuildManifest.hash(bytes)
        lock.lock()
        let fresh = paths.insert(relativePath).inserted
        if fresh { hashes[relativePath] = hash }
        lock.unlock()
        guard fresh else { throw SiteError(message: "two outputs want the same file '\(relativePath)'", isInputError: true) }
        try makeDirectory(for: relativePath)
        let target = stagingPrefix + relativePath
        let old = outputPrefix + relativePath
        let same: Bool
        if let previous {
            same = previous.hashes[relativePath] == hash
        } else if outputExists, let oldBytes = FileManager.default.contents(atPath: old) {
            same = oldBytes.count == bytes.count && oldBytes.elementsEqual(bytes)
        } else {
            same = false
        }
        if same && link(old, target) == 0 {
            count(changed: false)
            return
        }
        try Self.create(target, bytes, relativePath: relativePath)
        count(changed: true)
    }

    /// Makes the folders above `relativePath` in the staging folder, each once per build.
    private func makeDirectory(for relativePath: String) throws {
        guard let slash = relativePath.lastIndex(of: "/") else { return }
        let folder = String(relativePath[..<slash])
        lock.lock()
        let known = madeDirectories.contains(folder)
        lock.unlock()
        if known { return }
        var prefix = ""
        for component in folder.split(separator: "/") {
            prefix += prefix.isEmpty ? String(component) : "/" + component
            if mkdir(stagingPrefix + prefix, 0o755) != 0 && errno != EEXIST {
                throw SiteError(file: relativePath, message: "could not create its folder (\(String(cString: strerror(errno))))", isInputError: false)
            }
        }
        lock.lock()
        madeDirectories.insert(folder)
        lock.unlock()
    }

    /// Writes a new file with one open and as few writes as it takes; the staging folder is what makes it atomic.
    private static func create(_ path: String, _ bytes: [UInt8], relativePath: String) throws {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SiteError(file: relativePath, message: "could not write the file (\(String(cString: strerror(errno))))", isInputError: false)
        }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw SiteError(file: relativePath, message: "could not write the file (\(String(cString: strerror(errno))))", isInputError: false)
                }
                offset += written
            }
        }
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

    /// The paths the previous build wrote, when its manifest is known (nil otherwise).
    public var previousPaths: Set<String>? { previous.map { Set($0.hashes.keys) } }

    /// Swaps the staged site in with one atomic rename, then removes the previous one, and records the manifest
    /// of what is now the output.
    public func commit(pages: Int = 0) throws {
        let files = FileManager.default
        let manifestPath = BuildManifest.path(for: outputDirectory)
        let nextManifest = manifestPath + ".next"
        if let identity = BuildManifest.identity(of: stagingDirectory.path) {
            lock.lock()
            let manifest = BuildManifest(hashes: hashes, device: identity.device, inode: identity.inode, inputs: inputs, pages: pages, baseURL: baseURL)
            lock.unlock()
            try Data(manifest.text.utf8).write(to: URL(fileURLWithPath: nextManifest))
        }
        defer {
            // The staged folder keeps its inode when it becomes the output, so the manifest written for it above
            // describes the output now. Were this step lost to a crash, the old manifest names a folder that no
            // longer exists at the path, and the next build ignores it.
            if rename(nextManifest, manifestPath) != 0 { unlink(nextManifest) }
        }
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

    /// Ends a build that found the output up to date: nothing was staged; the lock is released.
    public func finishUnchanged() { unlock() }

    /// Abandons the staged build, leaving the previous output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: stagingDirectory)
        unlink(BuildManifest.path(for: outputDirectory) + ".next")
        unlock()
    }
}
