import KrelCore
import XCTest

@testable import Template

/// The lexer: item kinds, byte offsets and lines (Go's lexer rules: a trim marker is `-`
/// next to a space, comments emit no item, a space before `-}}` belongs to the marker),
/// its error messages, and the oracle tables of `LexerTables` (literal forms, trims, text).
final class LexerTests: XCTestCase {
    /// `kind(value)@offset:line` for every item; the EOF item without its empty value.
    func render(_ text: String) -> String {
        Lexer.lex(Array(text.utf8)).map { item in
            item.kind == .eof ? "eof@\(item.position):\(item.line)" : "\(item.kind)(\(item.value))@\(item.position):\(item.line)"
        }.joined(separator: " ")
    }

    func testItemsWithOffsetsAndLines() {
        let rows: [(String, String)] = [
            ("a  {{- 1 }}  b", "text(a)@0:1 leftDelim({{)@3:1 number(1)@7:1 space( )@8:1 rightDelim(}})@9:1 text(  b)@11:1 eof@14:1"),
            ("a  {{ 1 -}}  b", "text(a  )@0:1 leftDelim({{)@3:1 space( )@5:1 number(1)@6:1 rightDelim(}})@9:1 text(b)@13:1 eof@14:1"),
            ("{{-3}}", "leftDelim({{)@0:1 number(-3)@2:1 rightDelim(}})@4:1 eof@6:1"),
            ("{{- 3}}", "leftDelim({{)@0:1 number(3)@4:1 rightDelim(}})@5:1 eof@7:1"),
            ("x{{/* c */}}y", "text(x)@0:1 text(y)@12:1 eof@13:1"),
            ("a\n{{- /* c */ -}}\nb", "text(a)@0:1 text(b)@18:3 eof@19:3"),
            ("{{ .Values.x | quote }}",
             "leftDelim({{)@0:1 space( )@2:1 field(.Values)@3:1 field(.x)@10:1 space( )@12:1 pipe(|)@13:1 space( )@14:1 identifier(quote)@15:1 space( )@20:1 rightDelim(}})@21:1 eof@23:1"),
            ("{{ $x := 1 }}{{ $x = 2 }}",
             "leftDelim({{)@0:1 space( )@2:1 variable($x)@3:1 space( )@5:1 declare(:=)@6:1 space( )@8:1 number(1)@9:1 space( )@10:1 rightDelim(}})@11:1 leftDelim({{)@13:1 space( )@15:1 variable($x)@16:1 space( )@18:1 assign(=)@19:1 space( )@20:1 number(2)@21:1 space( )@22:1 rightDelim(}})@23:1 eof@25:1"),
            ("{{ range $i, $v := . }}",
             "leftDelim({{)@0:1 space( )@2:1 range(range)@3:1 space( )@8:1 variable($i)@9:1 char(,)@11:1 space( )@12:1 variable($v)@13:1 space( )@15:1 declare(:=)@16:1 space( )@18:1 dot(.)@19:1 space( )@20:1 rightDelim(}})@21:1 eof@23:1"),
            ("{{ (print 1).x }}",
             "leftDelim({{)@0:1 space( )@2:1 leftParen(()@3:1 identifier(print)@4:1 space( )@9:1 number(1)@10:1 rightParen())@11:1 field(.x)@12:1 space( )@14:1 rightDelim(}})@15:1 eof@17:1"),
            ("{{ \"a\\\"b\" `r` 'c' }}",
             "leftDelim({{)@0:1 space( )@2:1 string(\"a\\\"b\")@3:1 space( )@9:1 rawString(`r`)@10:1 space( )@13:1 charConstant('c')@14:1 space( )@17:1 rightDelim(}})@18:1 eof@20:1"),
            ("a\nb{{\n1\n}}\nc",
             "text(a\nb)@0:1 leftDelim({{)@3:2 space(\n)@5:2 number(1)@6:3 space(\n)@7:3 rightDelim(}})@8:4 text(\nc)@10:4 eof@12:5"),
            ("{{ 1+2i 0x1p-2 1_000 }}",
             "leftDelim({{)@0:1 space( )@2:1 complex(1+2i)@3:1 space( )@7:1 number(0x1p-2)@8:1 space( )@14:1 number(1_000)@15:1 space( )@20:1 rightDelim(}})@21:1 eof@23:1"),
            ("é{{ 1 }}ü", "text(é)@0:1 leftDelim({{)@2:1 space( )@4:1 number(1)@5:1 space( )@6:1 rightDelim(}})@7:1 text(ü)@9:1 eof@11:1"),
            ("{{ .a.b $x.c $ }}",
             "leftDelim({{)@0:1 space( )@2:1 field(.a)@3:1 field(.b)@5:1 space( )@7:1 variable($x)@8:1 field(.c)@10:1 space( )@12:1 variable($)@13:1 space( )@14:1 rightDelim(}})@15:1 eof@17:1"),
            ("{{  -}}", "leftDelim({{)@0:1 space( )@2:1 rightDelim(}})@5:1 eof@7:1"),
            ("", "eof@0:1"),
        ]
        for (text, expected) in rows {
            XCTAssertEqual(render(text), expected, text.debugDescription)
        }
    }

    func testKeywordsAndPunctuation() {
        let rows: [(String, [ItemKind])] = [
            ("{{if else end with range define template block break continue}}",
             [.ifKeyword, .elseKeyword, .end, .with, .range, .define, .template, .block, .breakKeyword, .continueKeyword]),
            ("{{true false nil . $ $x .F x}}", [.bool, .bool, .nilKeyword, .dot, .variable, .variable, .field, .identifier]),
            ("{{(x)|y,z:=$a = 1}}", [.leftParen, .identifier, .rightParen, .pipe, .identifier, .char, .identifier, .declare, .variable, .assign, .number]),
            ("{{ 'x' \"s\" `r` 1 1i 1+1i }}", [.charConstant, .string, .rawString, .number, .number, .complex]),
            ("{{ x.y (x).y $.y }}", [.identifier, .field, .leftParen, .identifier, .rightParen, .field, .variable, .field]),
            ("{{ if_x end2 nilly trueish }}", [.identifier, .identifier, .identifier, .identifier]),
        ]
        for (text, expected) in rows {
            let kinds = Lexer.lex(Array(text.utf8)).map(\.kind).filter { ![.leftDelim, .rightDelim, .space, .eof].contains($0) }
            XCTAssertEqual(kinds, expected, text)
        }
    }

    /// The error item ends the stream; its text is Go's (the same texts as `ParserTables`).
    func testErrorItems() {
        let rows: [(String, String)] = [
            ("{{ \"abc }}", "unterminated quoted string"),
            ("{{ \"a\nb\" }}", "unterminated quoted string"),
            ("{{ `abc }}", "unterminated raw quoted string"),
            ("{{ 'a }}", "unterminated character constant"),
            ("{{/* x }}", "unclosed comment"),
            ("{{/* c */ 1 }}", "comment ends before closing delimiter"),
            ("{{ 3-}}", "bad number syntax: \"3-\""),
            ("{{ 0b2 }}", "bad number syntax: \"0b2\""),
            ("{{ 1.a }}", "bad number syntax: \"1.a\""),
            ("{{ .a.b.c.$x }}", "bad character U+0024 '$'"),
            ("{{ .Values.a-b }}", "bad character U+002D '-'"),
            ("{{ $a=2 }}", "bad character U+003D '='"),
            ("{{ print 1) }}", "unexpected right paren"),
            ("{{ (print 1 }}", "unclosed left paren"),
            ("{{ 1 ", "unclosed action"),
            ("a\n{{ 1\n}}x{{", "unclosed action"),
        ]
        for (text, message) in rows {
            let last = Lexer.lex(Array(text.utf8)).last
            XCTAssertEqual(last?.kind, .error, text)
            XCTAssertEqual(last?.value, message, text)
        }
    }

    func testNumberAndCharLiterals() { TemplateRunner.check(LexerTables.numbers) }
    func testStringLiterals() { TemplateRunner.check(LexerTables.strings) }
    func testTrimMarkersAndComments() { TemplateRunner.check(LexerTables.trimAndComments) }
    func testTextAndNewlinesInActions() { TemplateRunner.check(LexerTables.text, values: .map(["x": .string("X")])) }
}
