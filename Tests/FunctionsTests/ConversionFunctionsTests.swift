import KrelCore
import Template
import XCTest
@testable import Functions

/// Expected outputs come from sprig-conversion.yaml, sprig-defaults.yaml,
/// sprig-encoding.yaml and sprig-reflection.yaml (helm v4.1.4).
final class ConversionFunctionsTests: XCTestCase {
    func testConversions() throws {
        let cases: [(String, [Value], String)] = [
            ("atoi", [s("42")], "42"), ("atoi", [s("-7")], "-7"), ("atoi", [s("+3")], "3"), ("atoi", [s("007")], "7"),
            ("atoi", [s("4.2")], "0"), ("atoi", [s(" 42")], "0"), ("atoi", [s("abc")], "0"), ("atoi", [s("")], "0"),
            ("atoi", [s("0x10")], "0"), ("atoi", [s("1e3")], "0"),
            ("int", [s("42")], "42"), ("int", [s("-3")], "-3"), ("int", [s("4.0")], "4"), ("int", [s("4.9")], "0"),
            ("int", [s("abc")], "0"), ("int", [s("")], "0"), ("int", [s("0x1A")], "26"), ("int", [s("010")], "8"),
            ("int", [s("0o17")], "15"), ("int", [s("0b11")], "3"), ("int", [s("1_000")], "1000"),
            ("int", [f(4.9)], "4"), ("int", [f(-4.9)], "-4"), ("int", [f(1e6)], "1000000"), ("int", [f(2.99)], "2"),
            ("int", [.bool(true)], "1"), ("int", [.bool(false)], "0"), ("int", [.null], "0"), ("int", [l(i(1))], "0"),
            ("int", [s("0012")], "10"), ("int", [s("1e3")], "0"), ("int", [s("  5")], "0"),
            ("int64", [s("9223372036854775807")], "9223372036854775807"), ("int64", [s("9223372036854775808")], "0"),
            ("int64", [f(3.7)], "3"), ("int64", [s("0x10")], "16"), ("int64", [s("-08")], "0"), ("int64", [s("1.0")], "1"),
            ("float64", [s("1.5")], "1.5"), ("float64", [s("1e3")], "1000"), ("float64", [s("abc")], "0"),
            ("float64", [i(3)], "3"), ("float64", [.bool(true)], "1"), ("float64", [s("0x10")], "0"), ("float64", [.null], "0"),
            ("float64", [s("0.1")], "0.1"), ("float64", [s("1000000")], "1e+06"), ("float64", [s("123456789")], "1.23456789e+08"),
            ("float64", [s("1e21")], "1e+21"), ("float64", [i(Int64.max)], "9.223372036854776e+18"),
            ("toString", [i(1)], "1"), ("toString", [f(1)], "1"), ("toString", [f(1.5)], "1.5"),
            ("toString", [.bool(true)], "true"), ("toString", [.null], "<nil>"), ("toString", [l(i(1), i(2))], "[1 2]"),
            ("toString", [d(["a": i(1)])], "map[a:1]"), ("toString", [f(1000000)], "1e+06"), ("toString", [f(12345678)], "1.2345678e+07"),
            ("toStrings", [l(i(1), f(2.5), s("x"), .bool(true))], "[1 2.5 x true]"),
            ("toStrings", [s("abc")], "[abc]"), ("toStrings", [i(5)], "[5]"),
            ("toDecimal", [s("0777")], "511"), ("toDecimal", [s("777")], "511"), ("toDecimal", [s("10")], "8"),
            ("toDecimal", [s("8")], "0"), ("toDecimal", [s("abc")], "0"), ("toDecimal", [i(777)], "511"),
            ("toDecimal", [i(511)], "329"), ("toDecimal", [s("0644")], "420"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
        XCTAssertEqual(try invoke("int", s("1")).goKindName, "int")
        XCTAssertEqual(try invoke("int64", s("1")).goKindName, "int64")
        XCTAssertEqual(try invoke("atoi", s("1")).goKindName, "int")
        XCTAssertEqual(try invoke("toDecimal", s("1")).goKindName, "int64")
    }

    func testDefaults() throws {
        let empties: [Value] = [s(""), i(0), .bool(false), l(), d([:]), .null, f(0)]
        for value in empties {
            XCTAssertEqual(try invoke("default", s("d"), value), s("d"), "\(value)")
            XCTAssertEqual(try invoke("empty", value), .bool(true), "\(value)")
        }
        let full: [Value] = [s("x"), i(1), .bool(true), l(i(0)), s("0"), s(" "), i(-1), l(.null), d(["": s("")])]
        for value in full {
            XCTAssertEqual(try invoke("default", s("d"), value), value, "\(value)")
            XCTAssertEqual(try invoke("empty", value), .bool(false), "\(value)")
        }
        XCTAssertEqual(try invoke("default", s("only")), s("only"))
        XCTAssertEqual(try invoke("coalesce", i(0), s(""), s("x"), s("y")), s("x"))
        XCTAssertEqual(try invoke("coalesce", s(""), i(0), .bool(false)), .null)
        XCTAssertEqual(try invoke("coalesce"), .null)
        XCTAssertEqual(try invoke("ternary", s("yes"), s("no"), .bool(false)), s("no"))
        XCTAssertEqual(try invoke("all", i(1), s("a"), .bool(true)), .bool(true))
        XCTAssertEqual(try invoke("all", i(1), s(""), .bool(true)), .bool(false))
        XCTAssertEqual(try invoke("any", i(0), s(""), s("x")), .bool(true))
        XCTAssertEqual(try invoke("all"), .bool(true))
        XCTAssertEqual(try invoke("any"), .bool(false))
        XCTAssertEqual(try invoke("any", l(), d([:])), .bool(false))
    }

    func testEncoding() throws {
        let cases: [(String, String, String)] = [
            ("b64enc", "hello", "aGVsbG8="), ("b64enc", "", ""), ("b64enc", "a", "YQ=="), ("b64enc", "ab", "YWI="),
            ("b64enc", "abc", "YWJj"), ("b64enc", "héllo ✓", "aMOpbGxvIOKckw=="), ("b64enc", "\u{0}\u{1}\u{2}", "AAEC"),
            ("b64enc", "???>>>", "Pz8/Pj4+"),
            ("b64dec", "aGVsbG8=", "hello"), ("b64dec", "", ""), ("b64dec", "aMOpbGxvIOKckw==", "héllo ✓"),
            ("b64dec", "not base64!", "illegal base64 data at input byte 3"),
            ("b64dec", "aGVsbG8", "illegal base64 data at input byte 4"),
            ("b64dec", "Pz8_Pj4-", "illegal base64 data at input byte 3"),
            ("b32enc", "hello", "NBSWY3DP"), ("b32enc", "", ""), ("b32enc", "a", "ME======"), ("b32enc", "héllo", "NDB2S3DMN4======"),
            ("b32dec", "NBSWY3DP", "hello"), ("b32dec", "nbswy3dp", "illegal base32 data at input byte 0"),
            ("b32dec", "1", "illegal base32 data at input byte 0"), ("b32dec", "ME======", "a"),
            ("b32dec", "NDB2S3DMN4======", "héllo"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(try invoke(name, s(input)), s(expected), "\(name) \(input)")
        }
        let text = "round trip ✓\n\tdata"
        XCTAssertEqual(try invoke("b64dec", invoke("b64enc", s(text))), s(text))
        XCTAssertEqual(try invoke("b32dec", invoke("b32enc", s(text))), s(text))
    }

    func testReflection() throws {
        let values: [(Value, String, String)] = [
            (s("s"), "string", "string"), (i(1), "int", "int"), (f(1.5), "float64", "float64"),
            (.bool(true), "bool", "bool"), (l(), "[]interface {}", "slice"), (d([:]), "map[string]interface {}", "map"),
            (.null, "<nil>", "invalid"), (.int(1, .int64), "int64", "int64"),
            (.map([:], .helmValues), "common.Values", "map"), (.map([:], .strings), "map[string]string", "map"),
        ]
        for (value, type, kind) in values {
            XCTAssertEqual(try invoke("typeOf", value), s(type))
            XCTAssertEqual(try invoke("kindOf", value), s(kind))
            XCTAssertEqual(try invoke("typeIs", s(type), value), .bool(true))
            XCTAssertEqual(try invoke("kindIs", s(kind), value), .bool(true))
        }
        XCTAssertEqual(try invoke("kindIs", s("float64"), i(1)), .bool(false))
        XCTAssertEqual(try invoke("typeIs", s("map[string]interface {}"), .map([:], .helmValues)), .bool(false))
        XCTAssertEqual(try invoke("typeIsLike", s("string"), s("a")), .bool(true))
        XCTAssertEqual(try invoke("deepEqual", l(i(1), i(2)), l(i(1), i(2))), .bool(true))
        XCTAssertEqual(try invoke("deepEqual", l(i(1), i(2)), l(i(2), i(1))), .bool(false))
        XCTAssertEqual(try invoke("deepEqual", i(1), f(1)), .bool(false))
        XCTAssertEqual(try invoke("deepEqual", .null, .null), .bool(true))
        XCTAssertEqual(try invoke("deepEqual", l(f(1), f(2)), l(f(1), f(2))), .bool(true))
        XCTAssertEqual(try invoke("deepEqual", .map(["a": s("b")], .helmValues), d(["a": s("b")])), .bool(false))
    }
}
