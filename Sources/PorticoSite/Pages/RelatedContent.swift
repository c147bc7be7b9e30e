import Foundation

/// One page that can be related to others: a help article, a course, an event (each section says which of its
/// pages take part, see `SiteSection.relatedDocuments`).
struct RelatedDocument: Sendable {
    /// The page's site-relative path (`courses/tide-tables/`).
    let urlPath: String
    let title: String
    let summary: String
    /// The body as HTML (words are read from its text).
    let html: String
    /// Shared tags (help articles' `tags`, events' categories) count before shared words.
    let tags: [String]
    /// What the page is, shown beside the link: `Help article`, `Course`, `Event`.
    let kind: String
    /// False for pages that show related links but are not offered as one (a past or cancelled event).
    let offered: Bool
}

/// 'Related': the help articles, courses and events (and every other section's pages) closest to a page, across
/// sections: shared tags, then similarity of the words used (TF-IDF cosine), deterministic on ties.
///
/// Linear in the number of pages: candidates come from an inverted index, never from comparing every page with
/// every other. Each page is represented by its `termsPerPage` heaviest terms; each term's posting list keeps only
/// the `postingsPerTerm` pages where it weighs most; each tag keeps its first `postingsPerTerm` pages. So a page meets
/// at most (terms + tags) × postings candidates, whatever the site's size.
struct RelatedContent {
    static let termsPerPage = 24
    static let postingsPerTerm = 64

    private let pages: [RelatedDocument]
    private let indexByURL: [String: Int]
    /// Each page's heaviest terms with their weights, normalized to unit length.
    private let vectors: [[(term: Int, weight: Double)]]
    private let postings: [Int: [(page: Int, weight: Double)]]
    private let tagPostings: [String: [Int]]

    /// An index of nothing: no page has related links.
    static let empty = RelatedContent(pages: [])

    init(pages: [RelatedDocument]) {
        self.pages = pages
        indexByURL = Dictionary(pages.enumerated().map { ($1.urlPath, $0) }, uniquingKeysWith: { first, _ in first })
        // Tokenizing is the costly part and runs on every core, a chunk of pages at a time; numbering terms stays in
        // page order. Each page keeps its (term number, count) pairs, eight bytes each, until it is weighted.
        var termIDs: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        var documents: [[(term: Int32, count: Int32)]] = []
        documents.reserveCapacity(pages.count)
        Parallel.forEach(pages, { page -> [(term: String, count: Int32)] in
            var order: [String] = []
            var counts: [String: Int32] = [:]
            for term in Tokenizer.terms(page.title + " " + page.title + " " + PlainText.fromHTML(page.html)) {
                if counts[term] == nil { order.append(term) }
                counts[term, default: 0] += 1
            }
            return order.map { ($0, counts[$0]!) }
        }, consume: { _, pageCounts in
            var compact: [(term: Int32, count: Int32)] = []
            compact.reserveCapacity(pageCounts.count)
            for (term, count) in pageCounts {
                let id = termIDs[term] ?? { let next = Int32(documentFrequency.count); termIDs[term] = next; documentFrequency.append(0); return next }()
                documentFrequency[Int(id)] += 1
                compact.append((id, count))
            }
            documents.append(compact)
        })
        let count = Double(max(pages.count, 1))
        var vectors: [[(term: Int, weight: Double)]] = []
        var postings: [Int: [(page: Int, weight: Double)]] = [:]
        for index in documents.indices {
            var weighted = documents[index].map { (term: Int($0.term), weight: (1 + log(Double($0.count))) * log(1 + count / Double(documentFrequency[Int($0.term)]))) }
            documents[index] = []
            weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            let top = Array(weighted.prefix(Self.termsPerPage))
            let norm = sqrt(top.reduce(0) { $0 + $1.weight * $1.weight })
            let normalized = norm > 0 ? top.map { (term: $0.term, weight: $0.weight / norm) } : []
            vectors.append(normalized)
            if pages[index].offered {
                for entry in normalized { postings[entry.term, default: []].append((index, entry.weight)) }
            }
        }
        for term in postings.keys {
            postings[term]!.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.page < $1.page }
            if postings[term]!.count > Self.postingsPerTerm { postings[term]!.removeLast(postings[term]!.count - Self.postingsPerTerm) }
        }
        var tagPostings: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() where page.offered {
            for tag in Set(page.tags.map { $0.lowercased() }) where (tagPostings[tag]?.count ?? 0) < Self.postingsPerTerm { tagPostings[tag, default: []].append(index) }
        }
        self.vectors = vectors
        self.postings = postings
        self.tagPostings = tagPostings
    }

    /// The `limit` offered pages most related to the page at `urlPath` (none for a page not in the index).
    func related(to urlPath: String, limit: Int) -> [RelatedDocument] {
        guard let index = indexByURL[urlPath] else { return [] }
        var scores: [Int: Double] = [:]
        scores.reserveCapacity(Self.termsPerPage * Self.postingsPerTerm)
        for tag in Set(pages[index].tags.map { $0.lowercased() }) {
            for other in tagPostings[tag] ?? [] where other != index { scores[other, default: 0] += 0.5 }
        }
        for entry in vectors[index] {
            for posting in postings[entry.term] ?? [] where posting.page != index {
                scores[posting.page, default: 0] += entry.weight * posting.weight
            }
        }
        // The best `limit` by score, ties by URL: kept in a small sorted array rather than sorting every candidate.
        var best: [(score: Double, index: Int)] = []
        func ranksBefore(_ a: (score: Double, index: Int), _ b: (score: Double, index: Int)) -> Bool {
            a.score != b.score ? a.score > b.score : pages[a.index].urlPath < pages[b.index].urlPath
        }
        for (other, score) in scores where score > 0.05 {
            let candidate = (score: score, index: other)
            if best.count == limit, let last = best.last, !ranksBefore(candidate, last) { continue }
            let position = best.firstIndex { ranksBefore(candidate, $0) } ?? best.count
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best.map { pages[$0.index] }
    }
}
