import Foundation

/// Work spread over every core, with results in input order so builds stay deterministic.
enum Parallel {
    /// `transform` applied to each element on all cores; the results in the elements' order.
    static func map<Element: Sendable, Result>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.values.map { $0! }
    }

    /// Like `map`, for work that can fail: the first failure in element order is thrown, so runs agree.
    static func map<Element: Sendable, Result>(_ elements: [Element], _ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        let failure = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            do { slots.set(index, try transform(elements[index])) } catch { failure.record(error, order: index) }
        }
        if let error = failure.error { throw error }
        return slots.values.map { $0! }
    }

    /// `transform` applied on all cores a chunk of elements at a time, each result handed to `consume` (with its
    /// element's index) in order before the next chunk starts: only one chunk's results are held at once, where
    /// `map` holds them all (at 100,000 pages, per-page term counts were most of a build's memory).
    static func forEach<Element: Sendable, Result>(_ elements: [Element], chunk: Int = 4096, _ transform: @Sendable (Element) -> Result,
                                                   consume: (Int, Result) -> Void) {
        var start = 0
        while start < elements.count {
            let end = min(elements.count, start + chunk)
            for (offset, result) in map(Array(elements[start..<end]), transform).enumerated() { consume(start + offset, result) }
            start = end
        }
    }

    /// One slot per element, each written by exactly one worker.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Value) { lock.lock(); slots[index] = value; lock.unlock() }
        var values: [Value?] { lock.lock(); defer { lock.unlock() }; return slots }
    }
}
