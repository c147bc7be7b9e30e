import Foundation
import PorticoMarkdown
let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
print(Markdown.html(input, options: MarkdownOptions(safe: false, gfm: true, headingAnchors: false)), terminator: "")
