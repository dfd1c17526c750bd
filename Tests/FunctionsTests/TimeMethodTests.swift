import KrelCore
import Template
import XCTest

@testable import Functions

/// time.Time / time.Duration methods and duration parsing, against helm (TZ=UTC).
final class TimeMethodTests: XCTestCase {
    private let t = GoTimeObject(GoTime(seconds: 1_710_498_030, nanoseconds: 123_456_789, location: .utc))
    private let u = GoTimeObject(GoTime(seconds: 1_704_067_200, location: .utc))

    private func method(_ object: any GoObject, _ name: String, _ arguments: Value...) throws -> Value {
        guard let result = try object.callMethod(name, arguments: arguments) else {
            throw FunctionError("no method \(name)")
        }
        return result
    }

    func testTimeMethods() throws {
        let cases: [(String, [Value], String)] = [
            ("Add", [.int(5_400_000_000_000)], "2024-03-15 11:50:30.123456789 +0000 UTC"),
            ("AddDate", [.int(0), .int(1), .int(20)], "2024-05-05 10:20:30.123456789 +0000 UTC"),
            ("Sub", [.object(u)], "1786h20m30.123456789s"),
            ("UnixMilli", [], "1710498030123"),
            ("UnixNano", [], "1710498030123456789"),
            ("Nanosecond", [], "123456789"),
            ("Hour", [], "10"), ("Minute", [], "20"), ("Second", [], "30"),
            ("IsZero", [], "false"), ("Before", [.object(u)], "false"), ("After", [.object(u)], "true"),
            ("Equal", [.object(t)], "true"),
            ("String", [], "2024-03-15 10:20:30.123456789 +0000 UTC"),
        ]
        for (name, arguments, expected) in cases {
            guard let result = try t.callMethod(name, arguments: arguments) else { throw FunctionError(name) }
            XCTAssertEqual(result.goFormatted, expected, name)
        }
        XCTAssertEqual(try u.callMethod("Sub", arguments: [.object(t)])?.goFormatted, "-1786h20m30.123456789s")
        XCTAssertEqual(try t.callMethod("Month", arguments: [])?.goTypeName, "time.Month")
        XCTAssertEqual(try t.callMethod("Location", arguments: [])?.goTypeName, "*time.Location")
        XCTAssertThrowsError(try t.callMethod("Year", arguments: [.int(1)]))
    }

    func testDurationMethods() throws {
        guard case .object(let duration)? = try t.callMethod("Sub", arguments: [.object(u)]) else {
            return XCTFail("Sub did not return an object")
        }
        XCTAssertEqual(duration.goTypeName, "time.Duration")
        XCTAssertEqual(try method(duration, "Hours").goFormatted, "1786.3417009602192")
        XCTAssertEqual(try method(duration, "Minutes").goFormatted, "107180.50205761315")
    }

    /// `dateModify D (toDate "2006-01-02" "2024-01-01")`: unix seconds / nanoseconds.
    func testDurationParsing() throws {
        let base: Int64 = 1_704_067_200
        let cases: [(String, Int64, Int64)] = [
            ("1h", 1_704_070_800, 0), ("-1.5h", 1_704_061_800, 0), ("1h2m3.5s", 1_704_070_923, 500_000_000),
            ("300ms", base, 300_000_000), ("1.5us", base, 1500), ("2µs", base, 2000), ("100ns", base, 100),
            (".5s", base, 500_000_000), ("1.s", base + 1, 0), ("0", base, 0), ("-0", base, 0), ("+5m", 1_704_067_500, 0),
            ("1h1h", 1_704_074_400, 0), ("1.000000001s", base + 1, 1),
            ("2562047h47m16.854775807s", 10_927_439_236, 854_775_807),
        ]
        for (text, seconds, nanoseconds) in cases {
            let moved = GoTime(seconds: base, location: .utc).adding(nanoseconds: try GoDuration.parse(text))
            XCTAssertEqual(moved.seconds, seconds, text)
            XCTAssertEqual(moved.nanoseconds, nanoseconds, text)
        }
    }

    func testDurationParseErrors() {
        let cases: [(String, String)] = [
            ("", "time: invalid duration \"\""), ("1", "time: missing unit in duration \"1\""),
            ("h", "time: invalid duration \"h\""), (".", "time: invalid duration \".\""), ("-", "time: invalid duration \"-\""),
            ("1d", "time: unknown unit \"d\" in duration \"1d\""), ("1.5.5s", "time: missing unit in duration \"1.5.5s\""),
            ("2562047h47m16.854775808s", "time: invalid duration \"2562047h47m16.854775808s\""),
            ("9999999999999999999ns", "time: invalid duration \"9999999999999999999ns\""),
            ("1é", "time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\""),
            ("x1s", "time: invalid duration \"x1s\""),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try GoDuration.parse(text), text) { error in
                XCTAssertEqual((error as? GoDuration.ParseError)?.description, message, text)
            }
        }
    }

    func testDurationFormatting() {
        let cases: [(Int64, String)] = [
            (0, "0s"), (1, "1ns"), (1500, "1.5µs"), (1_500_000, "1.5ms"), (1_000_000_000, "1s"),
            (3_600_000_000_000, "1h0m0s"), (-61_000_000_000, "-1m1s"), (6_430_123_456_789, "1h47m10.123456789s"),
            (.min, "-2562047h47m16.854775808s"),
        ]
        for (nanoseconds, text) in cases {
            XCTAssertEqual(GoDuration.format(nanoseconds), text)
        }
    }
}
