import KrelCore
import Template
import XCTest

/// Go fmt verbs; expected texts from builtins.yaml (helm oracle output).
final class GoFormatTests: XCTestCase {
    func testSprintf() {
        let cases: [(String, [Value], String)] = [
            ("%05.2f|%.3f|%e|%g|%8.1f|%-8.1f|", [.float(3.14159), .float(2.0), .float(1234.5678), .float(0.000012), .float(2.25), .float(2.25)],
             "03.14|2.000|1.234568e+03|1.2e-05|     2.2|2.2     |"),
            ("%5d|%-5d|%05d|%+d|%x|%o|%b", [.int(42), .int(42), .int(42), .int(42), .int(42), .int(8), .int(5)], "   42|42   |00042|+42|2a|10|101"),
            ("%q|%q|%q", [.string("a\"b"), .int(65), .string("tab\there")], "\"a\\\"b\"|'A'|\"tab\\there\""),
            ("%x|%X|%x|% x", [.string("hi"), .int(255), .int(255), .string("abc")], "6869|FF|ff|61 62 63"),
            ("%s %s", [.string("one")], "one %!s(MISSING)"),
            ("%s", [.string("a"), .string("b")], "a%!(EXTRA string=b)"),
            ("[%*d]", [.int(5), .int(7)], "[    7]"),
            ("%[2]s-%[1]s", [.string("a"), .string("b")], "b-a"),
            ("%z", [.int(1)], "%!z(int=1)"),
            ("%d", [.float(3)], "%!d(float64=3)"),
            ("%s", [.map(["k": .string("v"), "n": .int(1)])], "map[k:v n:%!s(int=1)]"),
            ("%#v", [.map(["a": .int(1)])], "map[string]interface {}{\"a\":1}"),
            ("%#v|%#v|%#v", [.list([.int(1), .string("a")]), .string("s"), .float(1)], "[]interface {}{1, \"a\"}|\"s\"|1"),
            ("[%5s][%-5s][%.2s][%5.1s]", [.string("ab"), .string("ab"), .string("abc"), .string("xyz")], "[   ab][ab   ][ab][    x]"),
            ("%c|%U|%c", [.int(65), .int(120), .int(0x2713)], "A|U+0078|✓"),
            ("%e|%g|%.0f|%v", [.float(1234567), .float(1234567), .float(1234567), .float(1234567)], "1.234567e+06|1.234567e+06|1234567|1.234567e+06"),
            ("%v|%s|%d", [.null, .null, .null], "<nil>|%!s(<nil>)|%!d(<nil>)"),
            ("%T|%T|%T", [.int(1), .list([]), .null], "int|[]interface {}|<nil>"),
        ]
        for (format, args, expected) in cases {
            XCTAssertEqual(GoFormat.sprintf(format, args), expected, format)
        }
    }

    func testSprintSpacing() {
        XCTAssertEqual(GoFormat.sprint([.string("a"), .int(1), .int(2), .string("b")]), "a1 2b")
        XCTAssertEqual(GoFormat.sprint([.int(1), .float(2.5), .string("x"), .int(3)]), "1 2.5x3")
        XCTAssertEqual(GoFormat.sprintln([.string("a"), .string("b"), .int(1)]), "a b 1\n")
    }
}
