import Foundation
import Testing
@testable import PorticoMustache

/// One example from the official Mustache spec files (copied with their license into Fixtures/).
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let description: String
    let data: MustacheValue
    let template: String
    let partials: [String: String]
    let expected: String

    var testDescription: String { "\(file): \(name)" }
}

extension MustacheValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let int = try? container.decode(Int.self) { self = .int(int) }
        else if let double = try? container.decode(Double.self) { self = .double(double) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([MustacheValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: MustacheValue].self)) }
    }
}

private struct SpecFile: Decodable {
    struct Test: Decodable {
        let name: String
        let desc: String
        let data: MustacheValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }
    let tests: [Test]
}

enum MustacheSpec {
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names"]

    static let cases: [MustacheSpecCase] = files.flatMap { file -> [MustacheSpecCase] in
        guard let url = Bundle.module.url(forResource: "Fixtures/\(file)", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let spec = try? JSONDecoder().decode(SpecFile.self, from: data) else {
            return [MustacheSpecCase(file: file, name: "missing fixture", description: "", data: .null, template: "", partials: [:], expected: "<fixture could not be read>")]
        }
        return spec.tests.map {
            MustacheSpecCase(file: file, name: $0.name, description: $0.desc, data: $0.data, template: $0.template, partials: $0.partials ?? [:], expected: $0.expected)
        }
    }
}

@Suite struct MustacheSpecTests {
    @Test func specFilesAreAllPresent() {
        #expect(MustacheSpec.cases.count == 184)
    }

    @Test(arguments: MustacheSpec.cases)
    func example(_ spec: MustacheSpecCase) throws {
        let library = try TemplateLibrary(sources: spec.partials)
        let template = try Template(source: spec.template, name: spec.name)
        let actual = try library.render(template, spec.data)
        #expect(actual == spec.expected, "\(spec.file) / \(spec.name): \(spec.description)\ntemplate: \(spec.template.debugDescription)\nexpected: \(spec.expected.debugDescription)\nactual:   \(actual.debugDescription)")
    }
}
