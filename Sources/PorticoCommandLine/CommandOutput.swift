import Foundation
import PorticoArguments

/// Collects a command's standard output and standard error, so commands run the same in tests and in the binary.
/// Text for people (`write`, `error`) is terminal-safe: control characters from data are shown as escapes.
/// Machine output (`writeData`: JSON, CSV, HTML) is written exactly.
public final class CommandOutput: @unchecked Sendable {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    private let echo: Bool

    /// With `echo`, text is also written straight to the process's streams as it comes.
    public init(echo: Bool = false) { self.echo = echo }

    /// Text for people, with control characters from data made visible.
    public func write(_ text: String) {
        writeData(TerminalText.visible(text))
    }

    /// Machine-readable output (JSON, CSV, HTML), byte for byte.
    public func writeData(_ text: String) {
        if echo { FileHandle.standardOutput.write(Data(text.utf8)) } else { standardOutput += text }
    }

    /// An error message for people, with control characters made visible.
    public func error(_ text: String) {
        let text = TerminalText.visible(text)
        if echo { FileHandle.standardError.write(Data(text.utf8)) } else { standardError += text }
    }
}
