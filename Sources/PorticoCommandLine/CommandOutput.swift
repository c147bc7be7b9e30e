import Foundation
import PorticoArguments

/// Collects a command's standard output and standard error, so commands run the same in tests and in the binary.
/// Text for people (`write`, `error`) is terminal-safe: control characters from data are shown as escapes.
/// Machine output (`writeData`: JSON, CSV, HTML) is written exactly.
///
/// On a terminal, long operations show one updating progress line on standard error and messages may be coloured;
/// off a terminal (a pipe, a CI log) there is no colour and progress is a plain line every few seconds; with
/// `quiet`, no progress and no summary. Colour is never used when `NO_COLOR` is set (https://no-color.org).
public final class CommandOutput: @unchecked Sendable {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    private let echo: Bool
    /// Standard output / standard error are terminals (only ever true for the real streams).
    public let outputIsTerminal: Bool
    public let errorIsTerminal: Bool
    /// Colour is allowed: a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`.
    private let colorAllowed: Bool
    /// Set by `--quiet`: no progress, no summary lines (`summary`), errors still printed.
    public var quiet = false

    private let lock = NSLock()
    private var progressShown = false
    private var lastProgress = Date.distantPast
    private var lastPlainProgress = Date()
    /// How often a plain progress line is written when standard error is not a terminal.
    static let plainProgressInterval: TimeInterval = 5

    /// With `echo`, text is also written straight to the process's streams as it comes; `environment` decides colour.
    public init(echo: Bool = false, environment: [String: String] = [:]) {
        self.echo = echo
        outputIsTerminal = echo && isatty(STDOUT_FILENO) == 1
        errorIsTerminal = echo && isatty(STDERR_FILENO) == 1
        colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Text for people, with control characters from data made visible.
    public func write(_ text: String) {
        writeData(TerminalText.visible(text))
    }

    /// A closing summary line ("Built 107 pages…"): left out with `--quiet`.
    public func summary(_ text: String) {
        if !quiet { write(text) }
    }

    /// Machine-readable output (JSON, CSV, HTML), byte for byte.
    public func writeData(_ text: String) {
        clearProgress()
        if echo { FileHandle.standardOutput.write(Data(text.utf8)) } else { standardOutput += text }
    }

    /// Data already in UTF-8 bytes, written as they are.
    public func writeData(_ bytes: [UInt8]) {
        clearProgress()
        if echo { FileHandle.standardOutput.write(Data(bytes)) } else { standardOutput += String(decoding: bytes, as: UTF8.self) }
    }

    /// An error message for people, with control characters made visible.
    public func error(_ text: String) {
        clearProgress()
        let text = TerminalText.visible(text)
        if echo { FileHandle.standardError.write(Data(text.utf8)) } else { standardError += text }
    }

    /// `tool: error: message`, with `error:` in red on a terminal that allows colour.
    public func failure(tool: String, _ message: String) {
        clearProgress()
        let text = "\(tool): \(styled("error:", .red, onStandardError: true)) \(TerminalText.visible(message))\n"
        if echo { FileHandle.standardError.write(Data(text.utf8)) } else { standardError += text }
    }

    /// Styles ANSI terminals understand.
    public enum Style: String, Sendable {
        case red = "\u{1B}[1;31m"
        case yellow = "\u{1B}[33m"
        case green = "\u{1B}[32m"
        case bold = "\u{1B}[1m"
    }

    /// `text` in `style` when the stream it goes to is a terminal and colour is allowed; else as it is.
    public func styled(_ text: String, _ style: Style, onStandardError: Bool = false) -> String {
        let terminal = onStandardError ? errorIsTerminal : outputIsTerminal
        guard terminal && colorAllowed else { return text }
        return style.rawValue + text + "\u{1B}[0m"
    }

    /// Reports progress of a long operation (`done` of `total`, when known). Thread-safe; at most ten updates a second
    /// on a terminal, a plain line every few seconds elsewhere, nothing with `quiet` or when not writing to streams.
    public func progress(_ label: String, done: Int? = nil, total: Int? = nil) {
        guard echo, !quiet else { return }
        var count = ""
        if let done { count = " " + (total.map { "\(done)/\($0)" + ($0 > 0 ? " (\(done * 100 / $0)%)" : "") } ?? "\(done)") }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if errorIsTerminal {
            guard now.timeIntervalSince(lastProgress) >= 0.1 || done == total else { return }
            lastProgress = now
            progressShown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(TerminalText.visible(label))\(count)".utf8))
        } else {
            guard now.timeIntervalSince(lastPlainProgress) >= Self.plainProgressInterval else { return }
            lastPlainProgress = now
            FileHandle.standardError.write(Data("\(TerminalText.visible(label))\(count)\n".utf8))
        }
    }

    /// Removes the progress line (before other output, and when an operation ends).
    public func clearProgress() {
        lock.lock()
        defer { lock.unlock() }
        guard progressShown else { return }
        progressShown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
