import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// Every page of the built demo site: valid HTML5 (html5lib's strict parser) and the accessibility basics
/// a page needs before any browser audit: language, landmarks, one h1, heading order, alt text, labels.
@Suite(.serialized) struct DemoSiteQualityTests {
    static let output: URL = SearchInBrowserTests.site.url.appendingPathComponent("output")

    static var pages: [String] {
        TemporaryDirectory.files(in: output).filter { $0.hasSuffix(".html") }
    }

    @Test func everyPageIsValidHTML5() throws {
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/validate_html5.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, Self.output.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(Self.pages.count >= 20)
    }

    @Test func everyPageMeetsTheAccessibilityBasics() throws {
        for page in Self.pages {
            let html = try String(contentsOf: Self.output.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("<html lang=\"en\">"), "\(page): no language")
            #expect(html.components(separatedBy: "<main id=\"site-main\"").count == 2, "\(page): needs exactly one main landmark")
            #expect(html.contains("href=\"#site-main\""), "\(page): no skip link")
            // Every id is unique on its page (headings' ids must not collide with the theme's).
            let ids = html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
            #expect(Set(ids).count == ids.count, "\(page): duplicate ids \(ids)")
            #expect(html.contains("<header") && html.contains("<footer") && html.contains("<nav aria-label=\"Main\">"), "\(page): landmarks")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page): needs exactly one h1")
            // Heading levels never skip on the way down (h2 → h4).
            var previous = 0
            for part in html.components(separatedBy: "<h").dropFirst() {
                guard let digit = part.first?.wholeNumberValue, (1...6).contains(digit) else { continue }
                #expect(previous == 0 || digit <= previous + 1, "\(page): h\(previous) followed by h\(digit)")
                previous = digit
            }
            for image in html.components(separatedBy: "<img").dropFirst() {
                #expect(image.prefix { $0 != ">" }.contains("alt=\""), "\(page): image without alt")
            }
            for input in html.components(separatedBy: "<input").dropFirst() {
                let tag = String(input.prefix { $0 != ">" })
                // Task-list boxes are disabled state markers read with the text that follows, not form fields.
                if tag.contains("type=\"checkbox\"") && tag.contains("disabled=\"\"") { continue }
                guard let id = tag.components(separatedBy: "id=\"").dropFirst().first?.components(separatedBy: "\"").first else {
                    Issue.record("\(page): input without id, so without a label")
                    continue
                }
                #expect(html.contains("<label for=\"\(id)\""), "\(page): input #\(id) has no label")
            }
        }
    }

    /// Staff, support tickets and the audit trail are private: none of their values may reach output/.
    @Test func privateDataNeverReachesTheOutput() throws {
        let database = SearchInBrowserTests.site.url.appendingPathComponent("portico.db").path
        let store = try Store(path: database)
        var secrets: [String] = []
        for row in try store.database.rows("SELECT email, name FROM staff") { secrets += [row.string("email")!, row.string("name")!] }
        for row in try store.database.rows("SELECT subject, requester_email FROM support_tickets") { secrets += [row.string("subject")!, row.string("requester_email")!] }
        for row in try store.database.rows("SELECT body FROM support_messages") { secrets.append(row.string("body")!) }
        for row in try store.database.rows("SELECT hash FROM audit_log") { secrets.append(row.string("hash")!) }
        #expect(secrets.count > 40)
        for file in TemporaryDirectory.files(in: Self.output) {
            let text = String(decoding: (try? Data(contentsOf: Self.output.appendingPathComponent(file))) ?? Data(), as: UTF8.self)
            for secret in secrets where text.contains(secret) {
                Issue.record("\(file) contains private value '\(secret)'")
            }
        }
    }

    @Test func stylesheetKeepsFocusVisibleAndTextContrast() throws {
        let css = try #require(TemporaryDirectory.files(in: Self.output).first { $0.hasPrefix("assets/style.") })
        let text = try String(contentsOf: Self.output.appendingPathComponent(css), encoding: .utf8)
        #expect(text.contains(":focus-visible"))
        #expect(!text.contains("outline: none") && !text.contains("outline:none"))
        // Body text #1b1f24 on white, links #0b5cad on white, muted #4a5360 on #f3f5f8: all at least 4.5:1.
        #expect(Contrast.ratio("#1b1f24", "#ffffff") >= 4.5)
        #expect(Contrast.ratio("#0b5cad", "#ffffff") >= 4.5)
        #expect(Contrast.ratio("#4a5360", "#f3f5f8") >= 4.5)
        #expect(Contrast.ratio("#ffffff", "#073f78") >= 4.5)
        for color in ["--text: #1b1f24", "--accent: #0b5cad", "--muted: #4a5360", "--surface: #f3f5f8", "--accent-dark: #073f78"] {
            #expect(text.contains(color), "the contrast checks above assume \(color)")
        }
    }
}

/// WCAG 2.1 contrast ratio between two sRGB colours.
enum Contrast {
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
