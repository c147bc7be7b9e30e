import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// Stored XSS through joined characters, end to end: members, a plan, a group and settings whose text holds a quote
/// or bracket joined with a combining mark (U+0301) or a prepended mark (U+0600) are imported with the staff
/// console, the site is built, and headless Chromium loads the pages: no script may run, no element may appear
/// from the data, and the text shows as written.
@Suite(.serialized) struct JoinedCharacterXSSInBrowserTests {
    /// Each payload would set `data-pwned` on the body, or make an `<img src=x>`, if it ever became markup.
    static let payloads: [String: String] = [
        "name": "Eve \u{600}<img src=x onerror=document.body.dataset['pw'+'ned']=1>Mallory",
        "job_title": "Chief \"\u{301}><img src=x onerror=document.body.dataset['pw'+'ned']=2>",
        "company": "\u{600}<script>document.body.dataset['pw'+'ned']=3</script>Works",
        "city": "Port \u{301}'\u{301}\"\u{301}<\u{301}>\u{301}&\u{301}",
        "group.name": "Chapter \u{600}<svg onload=document.body.dataset['pw'+'ned']=4>",
        "group.description": "Meets \"\u{301} onmouseover=document.body.dataset['pw'+'ned']=5 x=\"\u{301} \u{600}<b>monthly</b>",
        "plan.name": "Gold \u{600}<img src=x onerror=document.body.dataset['pw'+'ned']=6>",
        "organization.name": "Guild \"\u{301}><img src=x onerror=document.body.dataset['pw'+'ned']=7>",
        "organization.tagline": "\u{600}<iframe src=javascript:document.body.dataset['pw'+'ned']=8></iframe>Harbours",
    ]

    /// After load: whether anything ran (`data-pwned`), how many `img[src=x]` exist, and which payloads are in the text.
    static let checker = """
    addEventListener('load', function () { setTimeout(function () {
      var payloads = JSON.parse(document.getElementById('__payloads').textContent);
      var text = document.documentElement.textContent;
      var found = Object.keys(payloads).filter(function (key) { return text.indexOf(payloads[key]) >= 0; });
      document.documentElement.setAttribute('data-check', JSON.stringify({pwned: 'pwned' in document.body.dataset,
        images: document.querySelectorAll('img[src="x"], svg[onload], iframe').length, found: found}));
    }, 500); });
    """

    func json(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }

    @Test func joinedQuotesAndBracketsInStaffDataNeverRunInTheBrowser() throws {
        guard HeadlessBrowser.executable != nil else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "chromium (apt-get install chromium)"]) }
        let site = try DemoSite.copy("portico-joined-xss")
        // Without a title in portico.json every page is titled and headed with the organization's name from the database.
        let configFile = site.url.appendingPathComponent("portico.json")
        var config = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: configFile)) as? [String: Any])
        config["title"] = nil
        try json(config).write(to: configFile)
        let db = site.url.appendingPathComponent("portico.db").path
        let environment = ["PORTICO_DB": db, "PORTICO_ACTOR": "admin@example.org"]
        func admin(_ arguments: [String]) throws {
            let result = try BinaryRunner.run("portico-admin", arguments, in: site.url, environment: environment)
            #expect(result.exitCode == 0, "portico-admin \(arguments.joined(separator: " ")): \(result.standardError)")
        }
        try admin(["init", "--admin-email", "admin@example.org"])
        let p = Self.payloads
        let files: [(String, Any)] = [
            ("plans", [["slug": "gold", "name": p["plan.name"]!, "price_minor": 0, "currency": "GBP", "period": "lifetime"]]),
            ("members", [["name": p["name"]!, "email": "eve@example.org", "job_title": p["job_title"]!, "company": p["company"]!,
                          "city": p["city"]!, "country": "GB", "visibility": "public", "joined_on": "2020-01-01"],
                         ["name": "Ordinary Member", "email": "ordinary@example.org", "country": "GB", "visibility": "public", "joined_on": "2020-01-01"]]),
            ("memberships", [["member_id": 1, "plan_id": 1, "starts_on": "2020-01-01", "paid_on": "2020-01-01"],
                             ["member_id": 2, "plan_id": 1, "starts_on": "2020-01-01", "paid_on": "2020-01-01"]]),
            ("groups", [["slug": "joined", "name": p["group.name"]!, "kind": "chapter", "description": p["group.description"]!, "public": true]]),
            ("group-members", [["group_id": 1, "member_id": 1, "role": "member"]]),
            ("settings", [["key": "organization.name", "value": p["organization.name"]!], ["key": "organization.tagline", "value": p["organization.tagline"]!]]),
        ]
        for (entity, rows) in files {
            let file = site.url.appendingPathComponent("\(entity).json")
            try json(rows).write(to: file)
            try admin(["import", entity, file.path])
        }
        // A website or email holding a joined quote is refused at the door.
        let badWebsite = site.url.appendingPathComponent("bad.json")
        try json([["name": "Bad Site", "email": "bad@example.org", "website": "https://x.example/\"\u{301}onmouseover=alert(1)", "country": "GB"]]).write(to: badWebsite)
        #expect(try BinaryRunner.run("portico-admin", ["import", "members", badWebsite.path], in: site.url, environment: environment).exitCode == 3)

        let build = try BinaryRunner.run("portico", ["build"], in: site.url, environment: ["PORTICO_DB": db])
        #expect(build.exitCode == 0, "\(build.standardError)")
        let output = site.url.appendingPathComponent("output")
        let pages = TemporaryDirectory.files(in: output).filter {
            $0 == "index.html" || $0 == "about/index.html" || ($0.hasPrefix("directory/") && $0.hasSuffix("index.html") && !$0.contains("/page/"))
        }
        #expect(pages.count >= 6, "\(pages)")
        var payloadScript = String(decoding: try json(Self.payloads), as: UTF8.self)
        payloadScript = payloadScript.replacingOccurrences(of: "<", with: "\\u003c")   // the JSON holds no other '<'
        for page in pages {
            let url = output.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            let injected = html.replacingOccurrences(of: "</body>", with: "<script type=\"application/json\" id=\"__payloads\">\(payloadScript)</script><script>\(Self.checker)</script></body>")
            try injected.write(to: url, atomically: true, encoding: .utf8)
        }
        let server = try StaticServer(directory: output)
        var shown = Set<String>()
        for page in pages {
            let dom = try HeadlessBrowser.dumpDOM(server.baseURL + String(page.dropLast("index.html".count)))
            guard let start = dom.range(of: "data-check=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
                Issue.record("\(page): the checker script did not run: a payload became markup that swallowed the rest of the page")
                continue
            }
            let text = dom[start.upperBound..<end].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            let result = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(result["pwned"] as? Bool == false, "\(page): a payload ran")
            #expect(result["images"] as? Int == 0, "\(page): a payload became an element")
            shown.formUnion(result["found"] as? [String] ?? [])
        }
        #expect(shown == Set(Self.payloads.keys), "shown as written: \(shown.sorted()); not shown: \(Set(Self.payloads.keys).subtracting(shown).sorted())")
    }
}
