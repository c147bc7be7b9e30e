/// An amount in a currency's minor units (cents, pence; yen have none), never floating point.
public struct Money: Sendable, Equatable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: String

    /// ISO 4217 minor-unit exponents that differ from 2 (the rest, including every currency not listed, use 2).
    static let exponents: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0, "RWF": 0, "UGX": 0,
        "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0, "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    ]

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func exponent(of currency: String) -> Int { exponents[currency] ?? 2 }

    /// A three-letter ISO 4217 code, upper-cased.
    public static func currency(_ text: String, field: String = "currency") throws -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 3, code.unicodeScalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else {
            throw ModelError.invalid(field: field, value: text, reason: "not an ISO 4217 currency code such as GBP, EUR or USD")
        }
        return code
    }

    /// Parses `95`, `95.5` or `95.50` in `currency` to minor units, exactly (no floating point): more decimals than the
    /// currency has, a sign or anything else is refused naming the field.
    public static func parse(_ text: String, currency: String, field: String = "price") throws -> Money {
        let exponent = exponent(of: currency)
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0, !parts[0].contains("+"),
              parts.count == 1 || (parts[1].count <= exponent && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)) else {
            let decimals = exponent == 0 ? "no decimals" : "at most \(exponent) decimals"
            throw ModelError.invalid(field: field, value: text, reason: "not an amount in \(currency) (\(decimals), such as \(exponent == 0 ? "9500" : "95.00"))")
        }
        var fraction: Int64 = 0
        if parts.count == 2 { fraction = Int64(parts[1] + String(repeating: "0", count: exponent - parts[1].count))! }
        var scale: Int64 = 1
        for _ in 0..<exponent { scale *= 10 }
        let (product, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow, product <= Int64.max - fraction else { throw ModelError.invalid(field: field, value: text, reason: "too large") }
        return Money(minorUnits: product + fraction, currency: currency)
    }

    /// `95.00 GBP` (`-12.50 GBP` below zero).
    public var description: String { amount + " " + currency }

    /// The amount alone in the currency's decimals: `95.00`, `-12.50`, `9500` for yen.
    public var amount: String {
        let exponent = Self.exponent(of: currency)
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        guard exponent > 0 else { return sign + String(magnitude) }
        var scale: UInt64 = 1
        for _ in 0..<exponent { scale *= 10 }
        let fraction = String(magnitude % scale)
        return "\(sign)\(magnitude / scale).\(String(repeating: "0", count: exponent - fraction.count))\(fraction)"
    }

    /// `value × numerator ÷ denominator` in whole minor units, rounded half away from zero (prorations, tax).
    public static func prorate(_ value: Int64, numerator: Int64, denominator: Int64) -> Int64 {
        precondition(denominator > 0)
        let product = value.magnitude * numerator.magnitude
        let rounded = Int64((2 * product + denominator.magnitude) / (2 * denominator.magnitude))
        return (value < 0) != (numerator < 0) ? -rounded : rounded
    }
}
