import Foundation

/// A value axis with round ticks (1, 2 or 5 times a power of ten apart, as Heckbert's "nice numbers" give), from
/// nought or below the smallest value to at or above the largest, and the tick labels as staff read numbers
/// (`1,500`, `2.5`).
public struct ChartScale: Equatable, Sendable {
    public let minimum: Double
    public let maximum: Double
    public let step: Double
    public var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...count).map { minimum + Double($0) * step }
    }

    /// A scale holding every value (and nought), with about `targetTicks` ticks.
    public init(values: [Double], targetTicks: Int = 5) {
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 0)
        if high == low { high = low + 1 }
        let step = Self.nice((high - low) / Double(max(targetTicks - 1, 1)), round: true)
        self.step = step
        minimum = (low / step).rounded(.down) * step
        maximum = (high / step).rounded(.up) * step
    }

    /// The nice number near `value`: 1, 2, 5 or 10 times a power of ten (rounded to the nearest, or the next above).
    static func nice(_ value: Double, round: Bool) -> Double {
        let exponent = (log10(value)).rounded(.down)
        let power = pow(10, exponent)
        let fraction = value / power
        let niceFraction: Double
        if round { niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10 }
        else { niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10 }
        return niceFraction * power
    }

    /// Where `value` falls between `from` (the minimum) and `to` (the maximum) on the screen.
    public func position(_ value: Double, from: Double, to: Double) -> Double {
        from + (value - minimum) / (maximum - minimum) * (to - from)
    }

    /// A tick's label: whole numbers with thousands separators, else as many decimals as the step has.
    public func label(_ value: Double) -> String { Self.format(value, decimals: step >= 1 ? 0 : Int((-log10(step)).rounded(.up))) }

    /// `value` with `decimals` places and commas between thousands (`-1,234.5`).
    public static func format(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", abs(value) < 1e-9 ? 0 : value)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1).map(String.init)
        var whole = ""
        for (index, character) in parts[0].reversed().enumerated() {
            if index > 0 && index % 3 == 0 { whole.append(",") }
            whole.append(character)
        }
        return (negative ? "-" : "") + String(whole.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }
}
