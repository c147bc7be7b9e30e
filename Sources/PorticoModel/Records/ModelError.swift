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
    /// A plausible email address: one @, a dot in the domain, no spaces. Checked scalar by scalar: a quote or
    /// bracket joined with a combining mark is still a quote or bracket to a browser or mail client (`ScalarText`).
    public static func email(_ value: String, field: String = "email") throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let parts = ScalarText.split(trimmed, separator: "@")
        guard parts.count == 2, !parts[0].isEmpty, let domain = parts.last, ScalarText.contains(domain, "."),
              domain.unicodeScalars.first != ".", domain.unicodeScalars.last != ".",
              !ScalarText.contains(trimmed, where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || "<>,\"".unicodeScalars.contains($0) }) else {
            throw ModelError.invalid(field: field, value: value, reason: "not an email address")
        }
        return trimmed
    }

    /// A non-empty single-line text of at most `maximum` characters.
    public static func text(_ value: String, field: String, maximum: Int = 200) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ModelError.invalid(field: field, value: value, reason: "must not be empty") }
        guard trimmed.count <= maximum else { throw ModelError.invalid(field: field, value: String(value.prefix(40)) + "…", reason: "longer than \(maximum) characters") }
        guard !ScalarText.contains(trimmed, where: ScalarText.isNewline) else { throw ModelError.invalid(field: field, value: value, reason: "must be one line") }
        return trimmed
    }

    /// A UTC ISO 8601 time (`2026-01-31T09:00:00Z`), or a date taken as midnight UTC; returned in the stored form.
    public static func timestamp(_ value: String, field: String) throws -> String {
        guard let date = Timestamp.parse(value.trimmingCharacters(in: .whitespaces)) else {
            throw ModelError.invalid(field: field, value: value, reason: "not an ISO 8601 time such as 2026-01-31T09:00:00Z")
        }
        return Timestamp.format(date)
    }

    /// A URL slug: lowercase ASCII letters and digits joined by single hyphens (`gold-2026`), at most 80 characters.
    public static func slug(_ value: String, field: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard !text.isEmpty, text.count <= 80, parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") } }) else {
            throw ModelError.invalid(field: field, value: value, reason: "use lowercase letters, digits and single hyphens (such as gold-2026)")
        }
        return text
    }

    /// An http(s) URL without spaces, quotes, angle brackets or control characters, for links members give (a
    /// website, a photo). Checked scalar by scalar (`ScalarText`), so no joined form of a quote slips through.
    public static func webURL(_ value: String, field: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        let scheme = String(String.UnicodeScalarView(text.unicodeScalars.prefix(8))).lowercased()
        guard scheme == "https://" || scheme.hasPrefix("http://"), text.unicodeScalars.count > 8, text.count <= 500,
              !ScalarText.contains(text, where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || "\"<>'\\`".unicodeScalars.contains($0) }) else {
            throw ModelError.invalid(field: field, value: value, reason: "not an http(s) URL")
        }
        return text
    }

    /// An ISO 3166-1 alpha-2 country code, upper-cased (`GB`, `NL`).
    public static func country(_ value: String, field: String) throws -> String {
        let code = value.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 2, code.unicodeScalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else {
            throw ModelError.invalid(field: field, value: value, reason: "not a two-letter ISO 3166 country code such as GB")
        }
        return code
    }

    /// A calendar date typed by a person (`--start 2026-01-31`), as a `CalendarDate`.
    public static func calendarDate(_ value: String, field: String) throws -> CalendarDate {
        guard let date = CalendarDate(value.trimmingCharacters(in: .whitespaces)) else {
            throw ModelError.invalid(field: field, value: value, reason: "not a date such as 2026-01-31")
        }
        return date
    }

    /// A calendar date `YYYY-MM-DD`.
    public static func date(_ value: String, field: String) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard text.utf8.count == 10, let date = Timestamp.parse(text), Timestamp.format(date).hasPrefix(text) else {
            throw ModelError.invalid(field: field, value: value, reason: "not a date such as 2026-01-31")
        }
        return text
    }

    /// One of the allowed values.
    public static func choice(_ value: String, field: String, allowed: [String]) throws -> String {
        guard allowed.contains(value) else {
            throw ModelError.invalid(field: field, value: value, reason: "must be one of \(allowed.joined(separator: ", "))")
        }
        return value
    }
}
