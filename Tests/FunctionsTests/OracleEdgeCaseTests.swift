import KrelCore
import Template
import XCTest
@testable import Functions

/// Edge cases whose expected outputs were taken from the helm v4.1.4 oracle
/// (`helm template` on a throwaway chart), beyond the shared conformance corpus.
final class OracleEdgeCaseTests: XCTestCase {
    func testStrings() throws {
        let cases: [(String, [Value], String)] = [
            ("camelcase", [s("_")], "__"), ("camelcase", [s("GOLANG_IS_GREAT")], "GolangIsGreat"),
            ("camelcase", [s("a")], "A"), ("camelcase", [s("-a-")], "-A-"), ("camelcase", [s("ǆungla")], "Ǆungla"),
            ("snakecase", [s("HTTP20xOK")], "http_20x_ok"), ("snakecase", [s("Bld4Floor3rd")], "bld4_floor_3rd"),
            ("kebabcase", [s("Duration2m3s")], "duration-2m3s"), ("snakecase", [s("a.b")], "a.b"),
            ("snakecase", [s("日本Name")], "日本_name"), ("snakecase", [s("x--y")], "x__y"), ("snakecase", [s("A")], "a"),
            ("snakecase", [s("ABC")], "abc"), ("snakecase", [s("aB1c")], "a_b_1c"), ("snakecase", [s("1a")], "1a"),
            ("snakecase", [s("a1")], "a1"), ("snakecase", [s("a-1-b")], "a_1_b"),
            ("swapcase", [s("ǅx ab")], "ǆX AB"), ("title", [s("ǆa ßb")], "ǅa ßb"), ("upper", [s("ŉ ǅ ᾳ")], "ŉ Ǆ ᾼ"),
            ("lower", [s("İ ǅ")], "i ǆ"), ("untitle", [s("ǅa")], "ǆa"),
            ("wrap", [i(0), s("a b")], "a\nb"), ("abbrev", [i(4), s("héllo")], "h..."),
            ("abbrevboth", [i(10), i(7), s("abcdefghijklmnopqrstuvwxyz")], "...k..."),
            ("abbrevboth", [i(-5), i(10), s("abcdefghijklmnopqrstuvwxyz")], "abcdefg..."),
            ("initials", [s("élan vital")], "Ãv"), ("nospace", [s("a\u{2003}b")], "a\u{2003}b"),
            ("quote", [s("\u{a0}"), s("\u{7f}"), s("😀"), s("\u{200b}")], "\"\\u00a0\" \"\\x7f\" \"😀\" \"\\u200b\""),
            ("sortAlpha", [.null], "[<nil>]"), ("toStrings", [.null], "[]"), ("join", [s(","), .null], ""),
            ("cat", [.null], ""), ("concat", [], "[]"), ("split", [s(""), s("")], "map[]"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
        XCTAssertEqual(try invoke("splitList", s(""), s("")), .list([], .strings))
    }

    func testEncodingErrors() throws {
        let cases: [(String, String, String)] = [
            ("b64dec", "YQ=x", "illegal base64 data at input byte 2"), ("b64dec", "YQ=", "illegal base64 data at input byte 3"),
            ("b64dec", "YQ", "illegal base64 data at input byte 0"), ("b64dec", "Y", "illegal base64 data at input byte 0"),
            ("b64dec", "YQ==YQ==", "illegal base64 data at input byte 4"), ("b64dec", "YQ==\n", "a"),
            ("b64dec", "Y\nQ==", "a"), ("b64dec", "=", "illegal base64 data at input byte 0"), ("b64dec", "YWJ=", "ab"),
            ("b32dec", "ME", "illegal base32 data at input byte 0"), ("b32dec", "MFRA====", "ab"),
            ("b32dec", "M=======", "illegal base32 data at input byte 1"), ("b32dec", "MFRGG===", "abc"),
            ("b32dec", "ME=====", "illegal base32 data at input byte 7"), ("b32dec", "ME======XX", "a"),
            ("b32dec", "MFRGGZDF", "abcde"), ("b32dec", "MFRGG=x=", "illegal base32 data at input byte 5"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(try invoke(name, s(input)), s(expected), "\(name) \(input)")
        }
    }

    func testNumbers() throws {
        let cases: [(String, [Value], String)] = [
            ("divf", [f(1e300), f(1e-300)], "+Inf"), ("mulf", [f(1e200), f(1e200)], "+Inf"),
            ("round", [f(2.5), i(-1)], "0"), ("round", [f(1e300), i(2)], "1e+300"),
            ("float64", [s("1_000")], "1000"), ("int", [s("0x_1F")], "31"), ("int", [s("_1")], "0"),
            ("float64", [s(".5")], "0.5"), ("float64", [s("5.")], "5"), ("float64", [s("0x1p4")], "16"),
            ("float64", [s("Infinity")], "+Inf"), ("float64", [s("-inf")], "-Inf"), ("float64", [s("nan")], "NaN"),
            ("float64", [s("1e400")], "0"), ("float64", [s(" 1")], "0"), ("float64", [s("1e")], "0"),
            ("int", [s("-0x10")], "-16"), ("int", [s("+7")], "7"), ("int64", [s("0.0")], "0"), ("int", [s(".0")], "0"),
            ("int", [s("1.")], "0"),
            ("atoi", [s("99999999999999999999")], "9223372036854775807"),
            ("atoi", [s("-99999999999999999999")], "-9223372036854775808"),
            ("toDecimal", [s("-17")], "-15"), ("toDecimal", [s("0o17")], "0"), ("toDecimal", [f(1.5)], "0"),
            ("seq", [i(Int64.max), i(Int64.max)], ""),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
        XCTAssertEqual(failure("chunk", [i(-1), l(i(1))]), "runtime error: makeslice: len out of range")
        XCTAssertEqual(failure("chunk", [i(-2), l(i(1), i(2), i(3), i(4), i(5))]), "runtime error: makeslice: len out of range")
        XCTAssertEqual(failure("addf", [s("inf")]), "Cannot create a Decimal from +Inf")
    }
}
