import PorticoModel

/// A build that cannot go on, with the file (and line) or build step at fault.
public struct SiteError: ReportedError, Sendable {
    /// The build step that failed (load, render, write…), stamped by the pipeline.
    public var step: String?
    /// The file at fault, relative to the site folder, when there is one.
    public let file: String?
    public let line: Int?
    public let column: Int?
    public let message: String
    /// True when the site's own input is at fault (exit 3), false for I/O and internal failures.
    public let isInputError: Bool

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String, isInputError: Bool = true, step: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isInputError = isInputError
        self.step = step
    }

    public var description: String {
        var position = ""
        if let file {
            position = file
            if let line { position += ":\(line)" + (column.map { ":\($0)" } ?? "") }
            position += ": "
        }
        return (step.map { "[\($0)] " } ?? "") + position + message
    }
}
