import Foundation
import Testing
import PorticoTestSupport

/// The search page ranks exactly: in Chromium, its top ten equal the exhaustive ranking over every block of the
/// index, on a corpus built so that the best document is outside the first block of every query term.
@Suite(.serialized) struct ExactSearchInBrowserTests {
    @Test func oneTypoIsOneEdit() {
        for (a, b) in [("member", "membr"), ("member", "memberr"), ("member", "mebmer"), ("member", "mxmber"), ("rénew", "renew")] {
            #expect(SearchIndexReader.oneTypo(a, b), "\(a) \(b)")
        }
        for (a, b) in [("member", "member"), ("member", "mebr"), ("member", "rebmem"), ("member", "members2"), ("abcd", "badc")] {
            #expect(!SearchIndexReader.oneTypo(a, b), "\(a) \(b)")
        }
    }

    /// Three rare words, each with 40 specialist articles that use it heavily (filling its 32-posting first block),
    /// a target that uses all three lightly, articles using two of them, and filler.
    static let words = ["quarnel", "brivet", "caldish"]

    static func corpus() -> String {
        var files = "-- content/help/_index.md --\n---\ntitle: Help center\n---\nGenerated.\n"
        files += "-- content/help/corpus/_index.md --\n---\ntitle: Corpus\nsummary: Generated articles.\n---\nGenerated.\n"
        let filler = ["harbour", "quay", "tide", "survey", "berth", "crane", "ledger", "notice", "timber", "anchor", "buoy", "pier"]
        func text(_ count: Int, _ seed: Int) -> String { (0..<count).map { filler[($0 * 7 + seed * 3) % filler.count] }.joined(separator: " ") }
        var number = 0
        func article(_ body: String) {
            number += 1
            files += "-- content/help/corpus/note-\(number).md --\n---\ntitle: Field note \(number)\n---\n\(body)\n"
        }
        for (index, word) in words.enumerated() {
            for k in 0..<40 { article(Array(repeating: word, count: 12 + k % 5).joined(separator: " ") + " " + text(60 + k, k + index)) }
        }
        article("A short note on \(words[0]), \(words[1]) and \(words[2]).")          // the target
        for k in 0..<20 { article("\(words[k % 3]) and \(words[(k + 1) % 3]) " + text(40 + k, k)) }
        // 260 words beginning "brivet" (brivetaa…), three articles each: the "bri" shard is split into files by the
        // next letters, so "brivet" typed last reads its "#prefix" list, and "brivetqa" a deeper file.
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        for k in 0..<60 {
            let family = (0..<13).map { index -> String in let n = (k * 13 + index) % 260; return "brivet" + String(alphabet[n % 26]) + String(alphabet[n / 26]) }
            article(text(50 + k % 9, k) + " " + family.joined(separator: " "))
        }
        return files
    }

    @Test func browserRankingEqualsTheExhaustiveOneWhenTheBestIsOutsideEveryFirstBlock() throws {
        let site = try DemoSite.copy()
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/help"))
        try site.writeFiles(Self.corpus())
        let built = try BinaryRunner.run("portico", ["build"], in: site.url)
        #expect(built.exitCode == 0, "\(built.standardError)")
        let output = site.url.appendingPathComponent("output")
        let index = try SearchIndexReader(output: output)
        var urls: [Int: String] = [:]
        for file in TemporaryDirectory.files(in: output.appendingPathComponent("search/fragments")) {
            let data = try Data(contentsOf: output.appendingPathComponent("search/fragments/" + file))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            urls[Int(file.dropLast(5))!] = object["u"] as? String
        }
        let target = try #require(urls.first { $0.value.hasSuffix("/note-121/") }?.key)
        // The corpus does what it claims: the target is past the first block of each word, yet first overall.
        for word in Self.words {
            let postings = index.postings(of: word)
            let rankInWord = postings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.firstIndex { $0.key == target }
            #expect((rankInWord ?? 0) >= 32, "\(word): the target is at \(rankInWord ?? -1)")
        }
        #expect(index.exhaustive(Self.words.joined(separator: " ")).first == target)
        #expect(index.exhaustive("quarnle brivtt caldsh").first == target, "typos find the same terms")

        let server = try StaticServer(directory: output)
        // Also a typo after the third letter of each word ("quarnle", "brivtt", "caldsh"), which matches one term away.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("search/terms/bri-0.json").path), "the bri shard is split")
        for query in ["quarnel brivet caldish", "caldish quarnel", "brivet", "quarnel brivet cald", "brivet caldish quarnel harbour",
                      "quarnle brivtt caldsh", "caldish brivet", "quarnel brivetqa", "brivetq"] {
            let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "search/?q=" + query.replacingOccurrences(of: " ", with: "+"))
            let list = dom.components(separatedBy: "id=\"search-results\"").dropFirst().first?.components(separatedBy: "</ol>").first ?? ""
            let shown = list.components(separatedBy: "<li><a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
            let expected = index.exhaustive(query).map { urls[$0] ?? "?" }
            #expect(shown == expected, "query '\(query)'")
        }
    }
}

/// No query reads more than the script's budget of later-block postings (about 60 KB): past it, results are shown
/// from what was read. The budget is lowered to one 64-posting block in a copy of the theme, on the corpus whose
/// exact answer needs later blocks.
@Suite struct SearchBudgetInBrowserTests {
    @Test func aQueryStopsReadingBlocksAtTheBudgetAndStillAnswers() throws {
        let site = try DemoSite.copy()
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/help"))
        try site.writeFiles(ExactSearchInBrowserTests.corpus())
        let scriptURL = site.url.appendingPathComponent("themes/default/assets/search.js")
        let script = try String(contentsOf: scriptURL, encoding: .utf8)
        #expect(script.contains("BUDGET = 20480"))
        let query = "search/?q=quarnel+brivet+caldish"
        func blocksRead(budget: Int) throws -> (blocks: [String], shown: Int) {
            try script.replacingOccurrences(of: "BUDGET = 20480", with: "BUDGET = \(budget)").write(to: scriptURL, atomically: true, encoding: .utf8)
            let built = try BinaryRunner.run("portico", ["build"], in: site.url)
            #expect(built.exitCode == 0, "\(built.standardError)")
            let server = try StaticServer(directory: site.url.appendingPathComponent("output"))
            let dom = try HeadlessBrowser.dumpDOM(server.baseURL + query)
            let list = dom.components(separatedBy: "id=\"search-results\"").dropFirst().first?.components(separatedBy: "</ol>").first ?? ""
            return (server.requestedPaths().filter { $0.hasPrefix("/search/blocks/") }, list.components(separatedBy: "<li>").count - 1)
        }
        let full = try blocksRead(budget: 20480)
        #expect(full.blocks.count > 1, "the exact answer reads several later blocks: \(full.blocks)")
        #expect(full.shown == 10)
        let capped = try blocksRead(budget: 64)
        #expect(capped.blocks.count == 1, "one 64-posting block fits the budget: \(capped.blocks)")
        #expect(capped.shown == 10, "results are still shown")
    }
}

/// What the search index holds comes from the sections' public declarations only: private fields planted with a
/// marker never reach `search/`.
@Suite struct SearchIndexPrivacyTests {
    @Test func plantedPrivateMarkersNeverReachTheIndex() throws {
        let site = try DemoSite.copy()
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url).exitCode == 0)   // creates the demo database
        let admin = ["--db", "portico.db", "--as", "admin@demo.portico.example"]
        func run(_ words: [String]) throws {
            let result = try BinaryRunner.run("portico-admin", admin + words, in: site.url)
            #expect(result.exitCode == 0, "\(words): \(result.standardError)")
        }
        // A published, listed member whose contact details are not consented; an unpublished one; staff; a ticket.
        try run(["members", "add", "--name", "Petra Listedperson", "--email", "zqxmarkeremail@example.org", "--phone", "+44 20 7946 0999",
                 "--website", "https://zqxmarkersite.example/", "--visibility", "public", "--show-email", "no", "--show-phone", "no",
                 "--show-website", "no", "--bio", "Harbour engineer."])
        try run(["memberships", "add", "zqxmarkeremail@example.org", "--plan", "full", "--paid"])
        try run(["members", "add", "--name", "Zqxmarkerhidden Person", "--email", "hidden@zqxmarkerdomain.example", "--visibility", "hidden"])
        try run(["staff", "add", "--email", "zqxmarkerstaff@example.org", "--name", "Zqxmarkerstaffname", "--role", "ROLE_CLIENT_USER"])
        try run(["support", "open", "--subject", "Zqxmarkersubject renewal", "--requester", "zqxmarkerrequester@example.org", "--body", "Zqxmarkerbody text."])
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url).exitCode == 0)
        let output = site.url.appendingPathComponent("output")
        // The listed member is in the index (so the scan below is looking at a live index)…
        let index = try SearchIndexReader(output: output)
        #expect(!index.postings(of: "listedperson").isEmpty)
        // …and no marker is, in any file of it.
        for file in TemporaryDirectory.files(in: output.appendingPathComponent("search")) {
            let text = try String(contentsOf: output.appendingPathComponent("search/" + file), encoding: .utf8).lowercased()
            #expect(!text.contains("zqxmarker"), "search/\(file) holds a private value")
            #expect(!text.contains("7946"), "search/\(file) holds the phone number")
        }
    }
}
