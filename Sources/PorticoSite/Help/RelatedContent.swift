import Foundation

/// 'Related articles': shared tags, then similarity of the words used (TF-IDF cosine), deterministic on ties.
struct RelatedContent {
    private let pages: [ContentPage]
    private let vectors: [[String: Double]]
    private let norms: [Double]

    init(pages: [ContentPage]) {
        self.pages = pages
        let documents = pages.map { Tokenizer.terms($0.title + " " + $0.title + " " + $0.plainText) }
        var documentFrequency: [String: Int] = [:]
        for terms in documents { for term in Set(terms) { documentFrequency[term, default: 0] += 1 } }
        let count = Double(max(pages.count, 1))
        vectors = documents.map { terms in
            var counts: [String: Double] = [:]
            for term in terms { counts[term, default: 0] += 1 }
            return counts.reduce(into: [:]) { result, entry in
                result[entry.key] = (1 + log(entry.value)) * log(1 + count / Double(documentFrequency[entry.key] ?? 1))
            }
        }
        norms = vectors.map { sqrt($0.values.reduce(0) { $0 + $1 * $1 }) }
    }

    /// The `limit` pages most related to `page`.
    func related(to page: ContentPage, limit: Int) -> [ContentPage] {
        guard let index = pages.firstIndex(where: { $0.urlPath == page.urlPath }) else { return [] }
        let tags = Set(page.tags)
        var scored: [(Double, String, Int)] = []
        for (other, candidate) in pages.enumerated() where other != index {
            let shared = Double(tags.intersection(candidate.tags).count)
            var dot = 0.0
            let (small, large) = vectors[index].count < vectors[other].count ? (vectors[index], vectors[other]) : (vectors[other], vectors[index])
            for (term, weight) in small { if let w = large[term] { dot += weight * w } }
            let cosine = norms[index] > 0 && norms[other] > 0 ? dot / (norms[index] * norms[other]) : 0
            let score = shared * 0.5 + cosine
            if score > 0.05 { scored.append((score, candidate.urlPath, other)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        return scored.prefix(limit).map { pages[$0.2] }
    }
}
