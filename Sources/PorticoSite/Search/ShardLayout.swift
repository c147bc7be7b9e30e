import PorticoFormats

/// Lays out the terms that share a shard key (their first three characters) as files of at most `maximumBytes`:
/// a small group is one file of `term: [df, ordinal, [each block's highest impact], first block]` entries (a block is
/// a string written by `PostingCodec`); a larger one becomes a
/// parent that names its children by the next character (`"#split": {"conf": "con-3", …}`), holds the term equal
/// to its prefix, if any, and a `"#prefix"` list (each document's best impact over every term below, for a last word
/// typed only that far), and the children are laid out the same way. Later blocks of a file's lists are in
/// `search/blocks/<file>/<ordinal>-<n>.json`.
struct ShardLayout {
    /// Each term's postings: (document, impact).
    let postings: [String: [Posting]]
    /// Files larger than this are split by the next character (about 20 terms' first blocks).
    static let maximumBytes = 4 * 1024

    /// The files for `terms` (sorted, all beginning with `prefix`), the first of them `search/terms/<stem>.json`.
    func files(prefix: String, terms: [String], stem: String) -> [StaticFile] {
        let leaf = terms.enumerated().map { ordinal, term in entry(term, postings[term]!, ordinal: String(ordinal), stem: stem) }
        let size = leaf.reduce(0) { $0 + $1.text.utf8.count + 2 }
        let depth = prefix.count
        guard size > Self.maximumBytes, depth < 24, terms.contains(where: { $0.count > depth }) else {
            return [file(stem, leaf.map(\.text))] + leaf.flatMap(\.blocks)
        }
        var out: [StaticFile] = []
        var entries: [String] = ["\"#at\":" + JSONText.quote(prefix)]
        if let own = terms.first(where: { $0.count == depth }) {
            let written = entry(own, postings[own]!, ordinal: "0", stem: stem)
            entries.append(written.text)
            out += written.blocks
        }
        var best: [Int32: Int32] = [:]
        for term in terms { for posting in postings[term]! where posting.value > best[posting.document] ?? 0 { best[posting.document] = posting.value } }
        let virtual = entry("#prefix", best.map { Posting(document: $0.key, value: $0.value) }, ordinal: "p", stem: stem)
        entries.append(virtual.text)
        out += virtual.blocks
        let groups = Dictionary(grouping: terms.filter { $0.count > depth }) { String($0.prefix(depth + 1)) }
        var children: [String] = []
        for (index, key) in groups.keys.sorted().enumerated() {
            let childStem = "\(stem)-\(index)"
            children.append(JSONText.quote(key) + ":" + JSONText.quote(childStem))
            out += files(prefix: key, terms: groups[key]!, stem: childStem)
        }
        entries.append("\"#split\":{" + children.joined(separator: ",") + "}")
        return [file(stem, entries)] + out
    }

    private func file(_ stem: String, _ entries: [String]) -> StaticFile {
        StaticFile(outputPath: "search/terms/\(stem).json", bytes: Array(("{" + entries.joined(separator: ",\n") + "}\n").utf8))
    }

    /// `"name":[df, ordinal, [highest impact of each block], "first block"]` and the files of its later blocks.
    private func entry(_ name: String, _ list: [Posting], ordinal: String, stem: String) -> (text: String, blocks: [StaticFile]) {
        let blocks = SearchIndexBuilder.blocks(list)
        let highest = blocks.map { $0[0].1 }
        let ordinalJSON = Int(ordinal) != nil ? ordinal : JSONText.quote(ordinal)
        let first = blocks.first.map { PostingCodec.encode($0, highest: $0[0].1) } ?? ""
        let text = JSONText.quote(name) + ":[\(list.count),\(ordinalJSON),[" + highest.map(String.init).joined(separator: ",") + "],\"" + first + "\"]"
        let files = blocks.enumerated().dropFirst().map { number, block in
            StaticFile(outputPath: "search/blocks/\(stem)/\(ordinal)-\(number).json",
                       bytes: Array(("\"" + PostingCodec.encode(block, highest: block[0].1) + "\"\n").utf8))
        }
        return (text, files)
    }
}
