import Foundation

/// Test tooling outside Swift: the Python interpreter that has the modules a test needs.
public enum TestTools {
    /// The first Python 3 (Debian's `/usr/bin/python3`, then whatever `python3` is on the PATH) that can import
    /// `module`; nil when none can. The README's install line brings Debian's python3-html5lib for `/usr/bin/python3`.
    public static func python(importing module: String) -> String? {
        for candidate in ["/usr/bin/python3", resolvedPATHPython].compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: candidate) {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: candidate)
            probe.arguments = ["-c", "import \(module)"]
            probe.standardOutput = FileHandle.nullDevice
            probe.standardError = FileHandle.nullDevice
            guard (try? probe.run()) != nil else { continue }
            probe.waitUntilExit()
            if probe.terminationStatus == 0 { return candidate }
        }
        return nil
    }

    /// The real interpreter behind `python3` on the PATH (not a version manager's shim, whose child would outlive a kill).
    static let resolvedPATHPython: String? = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let out = Pipe()
        probe.standardOutput = out
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        probe.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }()
}
