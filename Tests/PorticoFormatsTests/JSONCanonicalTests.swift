import Testing
import PorticoFormats

/// RFC 8785 (JCS) canonical JSON: the RFC's own sorting example (UTF-16 order, where an emoji sorts before U+FB33),
/// its string escaping, numbers, and strict parsing; base58btc against the draft-msporny-base58 examples.
@Suite struct JSONCanonicalTests {
    @Test func membersSortByUTF16CodeUnitsAsRFC8785Section323Shows() throws {
        let text = #"{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}"#
        let canonical = try JSONValue.parse(text).canonical
        let order = ["\r", "1", "\u{80}", "ö", "€", "😀", "\u{FB33}"]
        var position = canonical.startIndex
        for key in order {
            let quoted = key == "\r" ? "\"\\r\"" : "\"\(key)\""
            let found = try #require(canonical.range(of: quoted, range: position..<canonical.endIndex), "\(key) out of order in \(canonical)")
            position = found.upperBound
        }
    }

    @Test func stringsUseOnlyTheEscapesJSONRequires() throws {
        let value = try JSONValue.parse(#"{ "b" : [ "\u20ac\/\"\\\b\f\n\r\t\u0001" , true , null , 1.0 , -0 , 1e3 ] , "a" : { } }"#)
        #expect(value.canonical == #"{"a":{},"b":["€/\"\\\b\f\n\r\t\u0001",true,null,1,0,1000]}"#)
        #expect(try JSONValue.parse(value.canonical) == value)
    }

    @Test(arguments: [#"{"a":1,"a":2}"#, #"{"a":"\ud800"}"#, "[1,]", #"{"a":1} x"#, "\"tab\there\"", "01x"])
    func malformedJSONIsRefused(_ text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test(arguments: [("Hello World!", "2NEpo7TZRRrLZSi2U"), ("The quick brown fox jumps over the lazy dog.", "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z")])
    func base58(_ text: String, _ expected: String) {
        #expect(Base58.encode(Array(text.utf8)) == expected)
        #expect(Base58.decode(expected) == Array(text.utf8))
        #expect(Base58.encode([0, 0, 0x28, 0x7f, 0xb4, 0xcd]) == "11233QC4", "two leading zero bytes are two 1s")
    }
}
