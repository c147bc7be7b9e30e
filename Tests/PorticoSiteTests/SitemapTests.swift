import Foundation
import Testing
@testable import PorticoSite

/// sitemaps.org's limits: an index of files of at most 50,000 URLs and 50 MB each, each file's latest lastmod in
/// the index.
@Suite struct SitemapTests {
    @Test func a120000URLSiteGetsAnIndexOfThreeFilesWithinTheLimits() throws {
        let entries = (0..<120_000).map { index in
            SitemapEntry(location: "https://example.org/directory/members/m\(String(format: "%06d", index))/",
                         lastModified: "2026-\(String(format: "%02d", 1 + index % 12))-01T09:00:00Z")
        }
        let files = Sitemap.files(entries.shuffled(), baseURL: "https://example.org/")
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let counts = files.dropFirst().map { $0.text.components(separatedBy: "<url>").count - 1 }
        #expect(counts == [50_000, 50_000, 20_000])
        #expect(files.dropFirst().allSatisfy { $0.text.utf8.count <= Sitemap.maximumBytes })
        // In URL order: the first file starts with the first member, the last ends with the last.
        #expect(files[1].text.contains("<url><loc>https://example.org/directory/members/m000000/</loc><lastmod>2026-01-01</lastmod></url>"))
        #expect(files[3].text.hasSuffix("<url><loc>https://example.org/directory/members/m119999/</loc><lastmod>2026-12-01</lastmod></url>\n</urlset>\n"))
        #expect(files[0].text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://example.org/sitemap-1.xml</loc><lastmod>2026-12-01</lastmod></sitemap>
          <sitemap><loc>https://example.org/sitemap-2.xml</loc><lastmod>2026-12-01</lastmod></sitemap>
          <sitemap><loc>https://example.org/sitemap-3.xml</loc><lastmod>2026-12-01</lastmod></sitemap>
        </sitemapindex>

        """)
        // Every URL is in exactly one file.
        let all = files.dropFirst().flatMap { $0.text.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] } }
        #expect(all.count == 120_000 && Set(all).count == 120_000)
    }

    @Test func aFileIsClosedBeforeItWouldPassTheByteLimit() {
        let entries = (0..<10).map { SitemapEntry(location: "https://example.org/" + String(repeating: "a", count: 100) + "\($0)/", lastModified: nil) }
        let files = Sitemap.files(entries, baseURL: "https://example.org/", maximumBytes: 500)
        #expect(files.count > 3)
        #expect(files.dropFirst().allSatisfy { $0.text.utf8.count <= 500 && $0.text.contains("<url>") })
        #expect(files.dropFirst().map { $0.text.components(separatedBy: "<url>").count - 1 }.reduce(0, +) == 10)
        #expect(!files[0].text.contains("<lastmod>"), "no file has a lastmod to give")
    }

    @Test func aSiteWithNoListedPageStillHasAValidIndexAndFile() {
        let files = Sitemap.files([], baseURL: "https://example.org/")
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml"])
        #expect(files[1].text == Sitemap.urlsetOpening + Sitemap.urlsetClosing)
    }
}
