import Foundation
import Testing
@testable import PorticoFormats

@Suite struct JavaScriptMinifierTests {
    func minify(_ source: String) throws -> String {
        String(decoding: try JavaScriptMinifier.minify(Array(source.utf8)), as: UTF8.self)
    }

    @Test func commentsAndIndentationGo() throws {
        let source = "/* head */\nfunction f(a, b) {\n  // why\n  return a + b; /* inline */\n}\n"
        #expect(try minify(source) == "function f(a,b){return a+b;}\n")
    }

    @Test func stringsAndTemplatesAreCopiedAsTheyAre() throws {
        let source = "var s = \"a // not /* nor */\", t = 'it\\'s', u = `x ${ y } // z`;\n"
        #expect(try minify(source) == "var s=\"a // not /* nor */\",t='it\\'s',u=`x ${ y } // z`;\n")
    }

    @Test func regularExpressionsKeepSlashesQuotesAndClasses() throws {
        let source = "var r = /[/\"']+\\/\\//g, q = text.match(/a b/), d = x / y / z;\n"
        #expect(try minify(source) == "var r=/[/\"']+\\/\\//g,q=text.match(/a b/),d=x/y/z;\n")
    }

    /// Line breaks that automatic semicolon insertion needs stay; so do spaces between `+ +` and `- -`.
    @Test func lineBreaksAndSpacesThatMeanSomethingStay() throws {
        #expect(try minify("a = b\n++c\nx = y\nz = w\n") == "a=b\n++c\nx=y\nz=w\n")
        #expect(try minify("var c = a + +b - -d;") == "var c=a+ +b- -d;\n")
        #expect(try minify("return\nvalue") == "return\nvalue\n")
    }

    @Test func unterminatedConstructsAreErrorsWithTheirLine() {
        #expect(throws: JavaScriptMinifier.Failure(line: 2, message: "unterminated string literal")) { try minify("var a = 1;\nvar s = \"open\n") }
        #expect(throws: JavaScriptMinifier.Failure(line: 3, message: "unterminated comment")) { try minify("a();\n\n/* never closed\nb();") }
        #expect(throws: JavaScriptMinifier.Failure(line: 1, message: "unterminated regular expression literal")) { try minify("x = /abc\n/;") }
    }

    @Test func byteOrderMarkAndCarriageReturnsAreDropped() throws {
        #expect(try minify("\u{FEFF}a = 1;\r\nb = 2;\r\n") == "a=1;b=2;\n")
    }
}
