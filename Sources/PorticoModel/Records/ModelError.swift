import PorticoFormats
import Foundation
/// A request the data model refuses, with the field or record it concerns.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    /// A field's value is not acceptable.
    case invalid(field: String, value: String, reason: String)
    /// No record of this kind with this key.
    case notFound(entity: String, key: String)
    /// The change conflicts with existing data.
    case conflict(String)

    public var description: String {
        switch self {
        case .invalid(let field, let value, let reason): return "invalid \(field) '\(value)': \(reason)"
        case .notFound(let entity, let key): return "no \(entity) '\(key)'"
        case .conflict(let message): return message
        }
    }
}

/// Checks shared by every record type.
public enum Validate {
    /// A plausible email address: one @, a dot in the domain, no spaces.
    public static func email(_ value: String, field: String = "email") throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "," || $0 == "\"" || $0.isNewline }) else {
            throw ModelError.invalid(field: field, value: value, reason: "not an email address")
        }
        return trimmed
    }

    /// A non-empty single-line text of at most `maximum` characters.
    public static func text(_ value: String, field: String, maximum: Int = 200) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ModelError.invalid(field: field, value: value, reason: "must not be empty") }
        guard trimmed.count <= maximum else { throw ModelError.invalid(field: field, value: String(value.prefix(40)) + "…", reason: "longer than \(maximum) characters") }
        guard !trimmed.contains(where: \.isNewline) else { throw ModelError.invalid(field: field, value: value, reason: "must be one line") }
        return trimmed
    }

    /// A UTC ISO 8601 time (`2026-01-31T09:00:00Z`), or a date taken as midnight UTC; returned in the stored form.
    public static func timestamp(_ value: String, field: String) throws -> String {
        guard let date = Timestamp.parse(value.trimmingCharacters(in: .whitespaces)) else {
            throw ModelError.invalid(field: field, value: value, reason: "not an ISO 8601 time such as 2026-01-31T09:00:00Z")
        }
        return Timestamp.format(date)
    }

    /// One of the allowed values.
    public static func choice(_ value: String, field: String, allowed: [String]) throws -> String {
        guard allowed.contains(value) else {
            throw ModelError.invalid(field: field, value: value, reason: "must be one of \(allowed.joined(separator: ", "))")
        }
        return value
    }
}
