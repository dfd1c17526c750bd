import XCTest
@testable import YAML

/// go-yaml v2 plain-scalar typing; expectations from spec/yaml-compat.md section 3, whose
/// claims are checked against helm by the `yaml-values` conformance cases.
final class PlainScalarResolverTests: XCTestCase {
    func testBooleansAndNulls() {
        for t in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] {
            XCTAssertEqual(PlainScalarResolver.resolve(t), .bool(true), t)
        }
        for t in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
            XCTAssertEqual(PlainScalarResolver.resolve(t), .bool(false), t)
        }
        for t in ["tRUE", "yEs", "oN", "t", "f", "yep"] { XCTAssertEqual(PlainScalarResolver.resolve(t), .string, t) }
        for t in ["~", "null", "Null", "NULL", ""] { XCTAssertEqual(PlainScalarResolver.resolve(t), .null, t) }
        for t in ["nULL", "None", "nil"] { XCTAssertEqual(PlainScalarResolver.resolve(t), .string, t) }
        XCTAssertEqual(PlainScalarResolver.resolve("<<"), .merge)
    }

    func testIntegers() {
        let cases: [(String, Int64)] = [
            ("42", 42), ("+1", 1), ("-1", -1), ("-0", 0), ("0x1F", 31), ("0X1F", 31), ("-0x1F", -31),
            ("0b101", 5), ("0B101", 5), ("0o17", 15), ("0O17", 15), ("-0o17", -15), ("017", 15),
            ("0755", 493), ("007", 7), ("00", 0), ("1_000", 1000), ("1__000", 1000), ("1000_", 1000),
            ("0x_1F", 31), ("0b1_0_1", 5), ("9223372036854775807", Int64.max),
        ]
        for (t, want) in cases { XCTAssertEqual(PlainScalarResolver.resolve(t), .int(want), t) }
        XCTAssertEqual(PlainScalarResolver.resolve("18446744073709551615"), .uint(UInt64.max))
        for t in ["_1000", "1,000", "1 000", "0x1G", "0b102", "0o18", "0x10000000000000000", "1:30",
                  "190:20:30", "-1:30", "1.2.3", "v1.2", ".e3", "0x1p3", ".iNf", "inf", "+inf", "Infinity",
                  "nan", "NaN", "1e309", "1e400", "-1e400", "1.0e400"] {
            XCTAssertEqual(PlainScalarResolver.resolve(t), .string, t)
        }
    }

    func testFloats() {
        let cases: [(String, Double)] = [
            ("08", 8), ("09", 9), ("0789", 789), ("1.0", 1), ("1.", 1), ("-.5", -0.5), ("+.5", 0.5),
            ("1e3", 1000), ("1E3", 1000), ("1e+3", 1000), ("1.e3", 1000), ("6.8523015e+5", 685230.15),
            ("685.230_15e+03", 685230.15), ("685_230.15", 685230.15), (".5", 0.5), (".5e3", 500),
            ("1e-400", 0), ("1.10", 1.1), ("123456789012345678901234567890", 1.2345678901234568e+29),
        ]
        for (t, want) in cases { XCTAssertEqual(PlainScalarResolver.resolve(t), .float(want), t) }
        XCTAssertEqual(PlainScalarResolver.resolve(".inf"), .float(.infinity))
        XCTAssertEqual(PlainScalarResolver.resolve("-.INF"), .float(-.infinity))
        guard case .float(let nan) = PlainScalarResolver.resolve(".NaN") else { return XCTFail("nan") }
        XCTAssertTrue(nan.isNaN)
    }

    func testTimestamps() {
        for t in ["2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10", "2001-1-2",
                  "2001-12-15T02:59:43.1Z"] {
            XCTAssertEqual(PlainScalarResolver.resolve(t), .timestamp, t)
        }
        XCTAssertEqual(PlainScalarResolver.resolve("2001-13-45"), .string)
        XCTAssertEqual(PlainScalarResolver.resolve("20011214"), .int(20011214))
    }
}
