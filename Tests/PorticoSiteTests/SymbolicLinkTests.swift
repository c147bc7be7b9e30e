import Foundation
import Testing
import PorticoSite
import PorticoTestSupport

/// Sites share content and themes through symbolic links, and web roots point at builds through them.
/// A linked folder is followed (never read as empty); a link leading out of its folder is refused by name;
/// an output that is a link is built into its target and stays a link.
@Suite struct SymbolicLinkTests {
    static let pages = """
    -- content/_index.md --
    Home.
    -- content/about.md --
    ---
    title: About
    ---
    About us.
    -- content/help/start/first.md --
    ---
    title: First steps
    ---
    Begin here.
    """

    func link(_ link: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    }

    @Test func linkedContentAndAssetFoldersBuildTheSameSiteAsRealOnes() throws {
        let real = try TinySite(Self.pages)
        try real.build()
        let linked = try TinySite("")
        let shared = TemporaryDirectory("shared")
        try shared.writeFiles(Self.pages.replacingOccurrences(of: "-- content/", with: "-- content-shared/"))
        try link(linked.directory.url.appendingPathComponent("content"), to: shared.url.appendingPathComponent("content-shared"))
        let assets = linked.directory.url.appendingPathComponent("themes/default/assets")
        try FileManager.default.moveItem(at: assets, to: shared.url.appendingPathComponent("assets"))
        try link(assets, to: shared.url.appendingPathComponent("assets"))
        try linked.build()
        #expect(linked.outputFiles() == real.outputFiles())
        #expect(linked.outputFiles().contains("help/start/first/index.html"))
        for file in real.outputFiles() { #expect(linked.output(file) == real.output(file), "\(file) differs") }
        #expect(linked.output("index.html")?.contains("href=\"/assets/style.") == true)
    }

    @Test func aLinkInsideContentToAFolderInsideIsFollowed() throws {
        let site = try TinySite(Self.pages)
        try link(site.directory.url.appendingPathComponent("content/guide"), to: site.directory.url.appendingPathComponent("content/help/start"))
        // A link back up to content itself would loop: it is not followed.
        try link(site.directory.url.appendingPathComponent("content/help/start/again"), to: site.directory.url.appendingPathComponent("content"))
        try site.build()
        #expect(site.output("guide/first/index.html")?.contains("Begin here.") == true)
        // The folder the link points at is still built under its own name.
        #expect(site.output("help/start/first/index.html")?.contains("Begin here.") == true)
    }

    @Test func aLinkLeadingOutOfContentIsRefusedByName() throws {
        let site = try TinySite(Self.pages)
        let outside = TemporaryDirectory("outside")
        try outside.write("secret", to: "secret.md")
        try link(site.directory.url.appendingPathComponent("content/leak.md"), to: outside.url.appendingPathComponent("secret.md"))
        #expect {
            try site.build()
        } throws: { error in
            "\(error)".contains("content/leak.md: is a symbolic link to \(outside.url.resolvingSymlinksInPath().path)/secret.md, outside content/")
        }
    }

    @Test func anOutputThatIsALinkIsBuiltIntoItsTargetAndStaysALink() throws {
        let site = try TinySite(Self.pages)
        let releases = TemporaryDirectory("releases")
        let target = releases.url.appendingPathComponent("current")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let webRoot = site.directory.url.appendingPathComponent("public")
        try link(webRoot, to: target)
        try site.build(out: "public")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: webRoot.path)) == target.path)
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("about/index.html").path))
        try site.directory.write("---\ntitle: About\n---\nChanged.\n", to: "content/about.md")
        try site.build(out: "public")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: webRoot.path)) == target.path)
        #expect((try? String(contentsOf: target.appendingPathComponent("about/index.html"), encoding: .utf8))?.contains("Changed.") == true)
    }

    @Test func theLockFileIsRemovedWhenTheBuildEnds() throws {
        let site = try TinySite(Self.pages)
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.directory.url.appendingPathComponent(".output.lock").path))
        try site.directory.write("---\ndate: 2026-13-01\n---\n", to: "content/bad.md")
        #expect(throws: SiteError.self) { try site.build() }
        #expect(!FileManager.default.fileExists(atPath: site.directory.url.appendingPathComponent(".output.lock").path))
    }
}
