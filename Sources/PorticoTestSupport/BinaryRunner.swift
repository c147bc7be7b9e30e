import Foundation

/// Runs the built `portico` and `portico-admin` executables, as users do.
public enum BinaryRunner {
    /// What a run printed and how it ended.
    public struct Result: Sendable {
        public let standardOutput: String
        public let standardError: String
        public let exitCode: Int32
        /// True when the process was killed by a signal rather than exiting.
        public let wasKilled: Bool
    }

    /// The folder holding the built products: next to the running test bundle.
    public static var productsDirectory: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var candidate = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("portico-admin").path) { return candidate }
            candidate = candidate.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug")
    }

    /// Runs `tool` with `arguments` in `directory`, with `environment` added to a clean base (no PORTICO_* from outside).
    public static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent(tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PORTICO_") }
        base["NO_COLOR"] = "1"
        for (key, value) in environment { base[key] = value }
        process.environment = base
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Both streams are read at once: a tool that fills one pipe (say 64 KB of errors) while the other is read to
        // its end would otherwise wait for ever on a full pipe.
        let errors = CollectedData()
        let reading = DispatchGroup()
        reading.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errors.set(errHandle.readDataToEndOfFile())
            reading.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        let errData = errors.get()
        process.waitUntilExit()
        return Result(standardOutput: String(decoding: outData, as: UTF8.self), standardError: String(decoding: errData, as: UTF8.self),
                      exitCode: process.terminationStatus, wasKilled: process.terminationReason == .uncaughtSignal)
    }
}

/// Bytes handed from the thread that read them to the one that waits for them.
final class CollectedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ bytes: Data) { lock.lock(); data = bytes; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
