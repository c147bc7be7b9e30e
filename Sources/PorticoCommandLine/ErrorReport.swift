import PorticoArguments
import PorticoModel
import PorticoMustache
import PorticoSQLite

/// The one place that turns any error into the message staff read and the documented exit code, for both tools.
/// It sits below both command modules: `portico` does not link the staff console, nor `portico-admin` the site builder.
public enum ErrorReport {
    public static func describe(_ error: Error) -> (message: String, code: ExitCode) {
        switch error {
        case let error as UsageError: return (error.description, .usage)
        case let error as AccessError: return (error.description, .permissionDenied)
        case let error as ModelError:
            switch error {
            case .invalid: return (error.description, .badInput)
            case .notFound: return (error.description, .notFound)
            case .conflict: return (error.description, .conflict)
            }
        case let error as StoreError:
            switch error {
            case .missing: return (error.description, .notFound)
            case .database(let underlying): return describe(underlying)
            default: return (error.description, .database)
            }
        case let error as DatabaseError:
            if case .database = StoreError.classify(error, path: "") {} else {
                return describe(StoreError.classify(error, path: "the database file"))
            }
            if error.isConstraintViolation { return ("conflict: \(error.message)", .conflict) }
            if error.isNotADatabase || error.isBusy { return (error.description, .database) }
            return (error.description, .failure)
        case let error as TemplateError: return (error.description, .badInput)
        case let error as AuditKeyError: return (error.description, .notFound)
        case let error as RecordError: return ("the database holds data this version cannot read: \(error.description)", .database)
        case let error as ReportedError: return (error.description, error.exitCode.map(ExitCode.init(rawValue:)) ?? (error.isInputError ? .badInput : .failure))
        default: return ("\(error)", .failure)
        }
    }
}
