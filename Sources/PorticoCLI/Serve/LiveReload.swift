import Foundation
import PorticoHTTP

/// Tells open browser tabs to reload after a rebuild, over server-sent events: pages served by `portico serve` get a
/// small script (added as the file is served, never written into the output) that listens on `/__portico/events`.
/// A tab that loaded build N and connects after build N+1 finished is told at once, so no rebuild is missed.
final class LiveReload: @unchecked Sendable {
    static let scriptPath = "/__portico/live-reload.js"
    static let eventsPath = "/__portico/events"

    private let condition = NSCondition()
    private var generation = 0
    private var failure: String?

    /// The current build's number (what a page served now was built by).
    var currentGeneration: Int { condition.withLock { generation } }

    /// A rebuild finished: every tab reloads.
    func rebuilt() {
        condition.withLock {
            generation += 1
            failure = nil
            condition.broadcast()
        }
    }

    /// A rebuild failed: tabs show the message (the old pages stay).
    func failed(_ message: String) {
        condition.withLock {
            generation += 1
            failure = message
            condition.broadcast()
        }
    }

    /// Wakes streams so they notice the server stopping.
    func wakeAll() { condition.withLock { condition.broadcast() } }

    /// Inserts the script tag before the last `</body>` of an HTML page.
    func inject(into html: [UInt8]) -> [UInt8] {
        let tag = Array("<script src=\"\(Self.scriptPath)\" data-build=\"\(currentGeneration)\"></script>".utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index..<(index + closing.count)], closing).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }

    /// The events stream: `reload` when a build after `since` finished, `failure` with the error when one failed,
    /// a comment every 15 seconds so proxies and the browser keep the connection.
    func stream(since: Int) -> HTTPResponse {
        HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")], body: .stream { [self] writer in
            guard writer.write("retry: 1000\n\n") else { return }
            var seen = since
            var lastSent = Date()
            while !writer.isServerStopping {
                let (now, message) = condition.withLock { () -> (Int, String?) in
                    if generation == seen { _ = condition.wait(until: Date().addingTimeInterval(1)) }
                    return (generation, failure)
                }
                if now != seen {
                    seen = now
                    let event = message.map { "event: failure\n" + $0.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n" }
                        ?? "event: reload\ndata: \(now)\n\n"
                    guard writer.write(event) else { return }
                    lastSent = Date()
                } else if Date().timeIntervalSince(lastSent) > 15 {
                    guard writer.write(": keep-alive\n\n") else { return }
                    lastSent = Date()
                }
            }
        })
    }

    /// The script tabs run: reload on `reload`, show a banner on `failure`.
    static let script = """
    (function () {
      "use strict";
      if (!window.EventSource) return;
      var current = document.currentScript;
      var since = current ? current.getAttribute("data-build") : "0";
      var source = new EventSource("\(eventsPath)?since=" + encodeURIComponent(since || "0"));
      source.addEventListener("reload", function () { window.location.reload(); });
      source.addEventListener("failure", function (event) {
        var banner = document.getElementById("portico-build-failure");
        if (!banner) {
          banner = document.createElement("pre");
          banner.id = "portico-build-failure";
          banner.setAttribute("role", "alert");
          banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;margin:0;padding:1em;" +
            "max-height:50vh;overflow:auto;background:#7a0b0b;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap";
          document.body.appendChild(banner);
        }
        banner.textContent = "portico serve: the rebuild failed; this page is from the last good build.\\n\\n" + event.data;
      });
    })();

    """
}
