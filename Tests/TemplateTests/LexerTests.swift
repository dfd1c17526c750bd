import XCTest

@testable import Template

/// Lexer items, trim markers and positions (Go's lexer rules, spec 3.1).
final class LexerTests: XCTestCase {
    func kinds(_ text: String) -> [ItemKind] { Lexer.lex(Array(text.utf8)).map(\.kind) }

    func testItemsAndTrimMarkers() {
        let items = Lexer.lex(Array("a  \n {{- .Values.x | quote -}}  b".utf8))
        XCTAssertEqual(items.map(\.kind), [.text, .leftDelim, .field, .field, .space, .pipe, .space, .identifier, .rightDelim, .text, .eof])
        XCTAssertEqual(items[0].value, "a")
        XCTAssertEqual(items[2].value, ".Values")
        XCTAssertEqual(items[2].position, 9)
        XCTAssertEqual(items[3].position, 16)
        XCTAssertEqual(items[3].line, 2)
        XCTAssertEqual(items[9].value, "b")
    }

    func testNumbersCharsAndKeywords() {
        XCTAssertEqual(kinds("{{-3}}"), [.leftDelim, .number, .rightDelim, .eof])
        XCTAssertEqual(kinds("{{ 0x1p-2 1i 'a' nil }}"), [.leftDelim, .space, .number, .space, .number, .space, .charConstant, .space, .nilKeyword, .space, .rightDelim, .eof])
        XCTAssertEqual(kinds("{{ range $i, $v := . }}"), [.leftDelim, .space, .range, .space, .variable, .char, .space, .variable, .space, .declare, .space, .dot, .space, .rightDelim, .eof])
    }

    func testErrors() {
        let cases: [(String, String)] = [
            ("{{ \"abc }}", "unterminated quoted string"),
            ("{{/* x }}", "unclosed comment"),
            ("{{/* c */ 1 }}", "comment ends before closing delimiter"),
            ("{{ 1__0x }}", "bad number syntax: \"1__0x\""),
            ("{{ print 1) }}", "unexpected right paren"),
            ("{{ (print 1 }}", "unclosed left paren"),
            ("{{ 1 ", "unclosed action"),
        ]
        for (text, message) in cases {
            let last = Lexer.lex(Array(text.utf8)).last
            XCTAssertEqual(last?.kind, .error, text)
            XCTAssertEqual(last?.value, message, text)
        }
    }
}
