import KrelCore
import XCTest
@testable import Functions

/// Expected outputs come from sprig-strings.yaml (helm v4.1.4).
final class StringFunctionsTests: XCTestCase {
    func testTable() throws {
        let cases: [(String, [Value], String)] = [
            ("trim", [s("  \t hi there \n ")], "hi there"),
            ("trim", [s("\u{a0}\u{2003}x\u{3000}")], "x"),
            ("trimAll", [s("$"), s("$$5.00$")], "5.00"),
            ("trimAll", [s("ab"), s("abcba")], "c"),
            ("trimall", [s("x"), s("xyx")], "y"),
            ("trimPrefix", [s("pre-"), s("pre-pre-fix")], "pre-fix"),
            ("trimSuffix", [s(".yaml"), s("a.yaml.yaml")], "a.yaml"),
            ("trimPrefix", [s("z"), s("abc")], "abc"),
            ("upper", [s("Hello World ß é")], "HELLO WORLD ß É"),
            ("lower", [s("HELLO ÀÉ")], "hello àé"),
            ("title", [s("hello wORLD-foo_bar baz.qux")], "Hello WORLD-Foo_bar Baz.Qux"),
            ("untitle", [s("Hello World FOO")], "hello world fOO"),
            ("title", [s("  a  b")], "  A  B"),
            ("substr", [i(1), i(3), s("hello")], "el"),
            ("substr", [i(0), i(0), s("hello")], ""),
            ("substr", [i(-1), i(3), s("hello")], "hel"),
            ("substr", [i(2), i(-1), s("hello")], "llo"),
            ("substr", [i(2), i(99), s("hello")], "llo"),
            ("substr", [i(-3), i(2), s("hello")], "he"),
            ("substr", [i(0), i(2), s("éa")], "é"),
            ("substr", [i(2), i(3), s("éa")], "a"),
            ("trunc", [i(5), s("hello world")], "hello"),
            ("trunc", [i(-5), s("hello world")], "world"),
            ("trunc", [i(50), s("short")], "short"),
            ("trunc", [i(-50), s("short")], "short"),
            ("trunc", [i(0), s("x")], ""),
            ("abbrev", [i(5), s("hello world")], "he..."),
            ("abbrev", [i(20), s("hello world")], "hello world"),
            ("abbrev", [i(11), s("hello world")], "hello world"),
            ("abbrev", [i(3), s("hello")], "hello"),
            ("abbrevboth", [i(5), i(10), s("1234 5678 9123")], "...5678..."),
            ("abbrevboth", [i(0), i(8), s("abcdefghij")], "abcde..."),
            ("abbrevboth", [i(3), i(20), s("short")], "short"),
            ("initials", [s("First Try")], "FT"),
            ("initials", [s("  multiple   spaces here ")], "msh"),
            ("initials", [s("")], ""),
            ("wrap", [i(5), s("Hello World and more")], "Hello\nWorld\nand\nmore"),
            ("wrap", [i(3), s("abcdefgh ij")], "abcdefgh\nij"),
            ("wrapWith", [i(5), s("\t"), s("Hello World")], "Hello\tWorld"),
            ("wrapWith", [i(3), s("<br>"), s("a b c d")], "a b<br>c d"),
            ("wrap", [i(10), s("the quick brown fox jumps")], "the quick\nbrown fox\njumps"),
            ("contains", [s("cat"), s("catch")], "true"),
            ("contains", [s("dog"), s("catch")], "false"),
            ("hasPrefix", [s("ca"), s("catch")], "true"),
            ("hasSuffix", [s("ch"), s("catch")], "true"),
            ("hasPrefix", [s(""), s("x")], "true"),
            ("hasPrefix", [s("catch"), s("cat")], "false"),
            ("quote", [s("a\"b")], "\"a\\\"b\""),
            ("quote", [s("tab\there")], "\"tab\\there\""),
            ("quote", [s("é")], "\"é\""),
            ("quote", [s("a"), s("b"), i(3)], "\"a\" \"b\" \"3\""),
            ("quote", [i(1), f(1.5), .bool(true), f(1000000)], "\"1\" \"1.5\" \"true\" \"1e+06\""),
            ("quote", [.null], ""),
            ("quote", [.null, s("x"), .null], "\"x\""),
            ("quote", [l(i(1), s("a"))], "\"[1 a]\""),
            ("quote", [d(["k": s("v")])], "\"map[k:v]\""),
            ("quote", [s("line1\nline2"), s("\u{01}"), s("\u{2028}")], "\"line1\\nline2\" \"\\x01\" \"\\u2028\""),
            ("squote", [s("it's")], "'it's'"),
            ("squote", [i(1), s("b")], "'1' 'b'"),
            ("squote", [.null], ""),
            ("cat", [s("a"), s("b"), i(1)], "a b 1"),
            ("cat", [s("x"), .null, s("y")], "x y"),
            ("cat", [], ""),
            ("cat", [l(i(1), i(2)), s("end")], "[1 2] end"),
            ("indent", [i(2), s("a\nb\nc")], "  a\n  b\n  c"),
            ("indent", [i(4), s("a\n")], "    a\n    "),
            ("indent", [i(2), s("")], "  "),
            ("indent", [i(2), s("a\r\nb")], "  a\r\n  b"),
            ("nindent", [i(2), s("a: 1\nb: 2")], "\n  a: 1\n  b: 2"),
            ("nindent", [i(2), s("")], "\n  "),
            ("replace", [s("a"), s("o"), s("banana")], "bonono"),
            ("replace", [s(""), s("-"), s("abc")], "-a-b-c-"),
            ("replace", [s("x"), s(""), s("xaxbx")], "ab"),
            ("repeat", [i(3), s("ab")], "ababab"),
            ("repeat", [i(0), s("ab")], ""),
            ("nospace", [s(" a b\tc\nd \u{a0}e ")], "abcdÂe"),
            ("nospace", [s("é ü")], "Ã©Ã¼"),
            ("plural", [s("one"), s("many"), i(1)], "one"),
            ("plural", [s("one"), s("many"), i(-1)], "many"),
            ("swapcase", [s("This Is A.Test")], "tHIS iS a.tEST"),
            ("swapcase", [s("hello WORLD 123")], "HELLO world 123"),
            ("split", [s(","), s("a,b,c")], "map[_0:a _1:b _2:c]"),
            ("split", [s(","), s("")], "map[_0:]"),
            ("splitList", [s(","), s("a,b,,c")], "[a b  c]"),
            ("splitList", [s(""), s("abc")], "[a b c]"),
            ("splitList", [s(", "), s("x, y")], "[x y]"),
            ("splitn", [s(","), i(2), s("a,b,c")], "map[_0:a _1:b,c]"),
            ("splitn", [s(","), i(0), s("a,b")], "map[]"),
            ("splitn", [s(","), i(-1), s("a,b,c")], "map[_0:a _1:b _2:c]"),
            ("join", [s("-"), l(s("a"), s("b"), s("c"))], "a-b-c"),
            ("join", [s(", "), l(i(1), f(2.5), .bool(true))], "1, 2.5, true"),
            ("join", [s(","), l()], ""),
            ("join", [s(","), l(s("a"), .null, s("b"))], "a,b"),
            ("join", [s(","), s("abc")], "abc"),
            ("join", [s("+"), l(f(1), f(2.5), f(1000000))], "1+2.5+1e+06"),
            ("sortAlpha", [l(s("b"), s("a"), s("C"), s("10"), s("9"))], "[10 9 C a b]"),
            ("sortAlpha", [l(i(3), i(1), i(2), i(10))], "[1 10 2 3]"),
            ("sortAlpha", [s("cba")], "[cba]"),
            ("toStrings", [l(i(1), s("a"), f(2.5), .bool(true), .null)], "[1 a 2.5 true]"),
            ("hello", [], "Hello!"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
    }

    func testCaseStyles() throws {
        let cases: [(String, String, String)] = [
            ("snakecase", "FirstName", "first_name"), ("snakecase", "HTTPServer", "http_server"),
            ("snakecase", "already_snake", "already_snake"), ("snakecase", "kebab-case-here", "kebab_case_here"),
            ("snakecase", "with spaces Here", "with_spaces_here"), ("snakecase", "getHTTP2Response", "get_http2_response"),
            ("snakecase", "FirstName HTTPServer", "first_name_http_server"), ("snakecase", "userID", "user_id"),
            ("camelcase", "http_server", "HttpServer"), ("camelcase", "first-name", "FirstName"),
            ("camelcase", "with spaces", "WithSpaces"), ("camelcase", "AlreadyCamel", "AlreadyCamel"),
            ("camelcase", "_leading", "_Leading"), ("camelcase", "a__b", "A_B"), ("camelcase", "__a__b", "__A_B"),
            ("camelcase", "hello world", "HelloWorld"),
            ("kebabcase", "FirstName", "first-name"), ("kebabcase", "HTTPServer", "http-server"),
            ("kebabcase", "snake_case", "snake-case"), ("kebabcase", "with spaces", "with-spaces"),
            ("kebabcase", "v2Beta1", "v2-beta1"), ("kebabcase", "XMLHttpRequest", "xml-http-request"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(try invoke(name, s(input)), s(expected), "\(name) \(input)")
        }
    }

    func testGoPanicsBecomeErrors() {
        XCTAssertEqual(failure("substr", i(4), i(2), s("hello")), "runtime error: slice bounds out of range [4:2]")
        XCTAssertEqual(failure("substr", i(9), i(12), s("hello")), "runtime error: slice bounds out of range [9:5]")
        XCTAssertEqual(failure("substr", i(-5), i(-5), s("hello")), "runtime error: slice bounds out of range [:-5]")
        XCTAssertEqual(failure("indent", i(-1), s("x")), "strings: negative Repeat count")
        XCTAssertEqual(failure("repeat", i(-1), s("ab")), "strings: negative Repeat count")
    }

    func testResultTypes() throws {
        XCTAssertEqual(try invoke("split", s(","), s("a")).goTypeName, "map[string]string")
        XCTAssertEqual(try invoke("splitList", s(","), s("a")).goTypeName, "[]string")
        XCTAssertEqual(try invoke("toStrings", l(i(1))).goTypeName, "[]string")
        XCTAssertEqual(try invoke("toString", .null), s("<nil>"))
    }

    func testRandomFunctions() throws {
        let alnum = try invoke("randAlphaNum", i(32)).stringValue ?? ""
        XCTAssertEqual(alnum.count, 32)
        XCTAssertTrue(alnum.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        XCTAssertTrue((try invoke("randNumeric", i(10)).stringValue ?? "").allSatisfy(\.isNumber))
        XCTAssertEqual(try invoke("randAlpha", i(-1)), s(""))
        XCTAssertEqual((try invoke("shuffle", s("abcdef")).stringValue ?? "").sorted(), Array("abcdef"))
        let uuid = try invoke("uuidv4").stringValue ?? ""
        XCTAssertEqual(uuid.count, 36)
        XCTAssertEqual(Array(uuid)[14], "4")
        XCTAssertNotEqual(uuid, try invoke("uuidv4").stringValue)
    }
}
