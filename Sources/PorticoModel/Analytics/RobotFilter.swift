import Foundation

/// Tells robots from people by user agent with the COUNTER robots list (`COUNTERRobotsList`), remembering each user
/// agent's answer: a log holds few distinct agents, so the patterns run about once per agent, not per line.
final class RobotFilter {
    private let expression: NSRegularExpression
    private var known: [String: Bool] = [:]
    /// Answers kept at most; beyond that the memory starts again (a log of endlessly varied agents stays bounded).
    static let memory = 50_000

    init(patterns: String = COUNTERRobotsList.patterns) {
        let alternatives = patterns.split(separator: "\n").filter { !$0.isEmpty }.map { "(?:\($0))" }.joined(separator: "|")
        // The list is data we ship, checked by the tests: it always compiles.
        expression = try! NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
    }

    func isRobot(_ userAgent: String) -> Bool {
        if let answer = known[userAgent] { return answer }
        let text = userAgent as NSString
        let answer = expression.firstMatch(in: userAgent, options: [], range: NSRange(location: 0, length: text.length)) != nil
        if known.count >= Self.memory { known.removeAll(keepingCapacity: true) }
        known[userAgent] = answer
        return answer
    }
}
