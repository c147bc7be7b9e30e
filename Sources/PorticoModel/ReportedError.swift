/// An error from a layer above the model (the site build, an audit check) that carries its own message and says
/// whether the user's input is at fault (exit 3) or something else failed (exit 1). `ErrorReport` maps it without
/// importing the layer that defines it.
public protocol ReportedError: Error, CustomStringConvertible {
    var isInputError: Bool { get }
    /// A documented exit code of its own (see `ExitCode`), when neither 1 nor 3 says it.
    var exitCode: Int32? { get }
}

extension ReportedError {
    public var exitCode: Int32? { nil }
}
