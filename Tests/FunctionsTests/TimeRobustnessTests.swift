import KrelCore
import Template
import XCTest

@testable import Functions

/// Hostile layouts, values, zone files and unix times must never trap.
final class TimeRobustnessTests: XCTestCase {
    func testRandomLayoutsAndValues() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["2006", "06", "01", "1", "Jan", "January", "Mon", "Monday", "02", "_2", "__2", "002", "15", "3",
                      "03", "4", "04", "5", "05", "PM", "pm", "MST", "Z07:00", "-0700", "-07", "Z070000", ".000",
                      ",999", " ", ":", "-", "T", "x", "9", "0", "+", "é", "GMT", "+05", "UTC", "ChST"]
        for _ in 0..<3000 {
            let layout = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let value = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if let time = try? GoTimeParse.parse(value, layout: layout, location: .utc) {
                _ = GoTimeFormat.format(time, layout: layout)
            }
            _ = GoTimeFormat.format(GoTime(seconds: .random(in: .min ... .max, using: &generator), location: .utc), layout: layout)
        }
    }

    func testExtremeUnixTimesInZones() throws {
        let zone = try GoLocation.load("America/New_York")
        for seconds in [Int64.min, .min + 1, -1, 0, 1, .max - 1, .max] {
            _ = GoTime(seconds: seconds, nanoseconds: 999_999_999, location: zone).description
            _ = GoTime(seconds: seconds, location: zone).adding(nanoseconds: .max).description
        }
    }

    func testTruncatedAndCorruptZoneFiles() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: "/usr/share/zoneinfo/Europe/Paris"))
        let bytes = Array(data)
        for length in stride(from: 0, to: bytes.count, by: 37) {
            _ = try? TZif.parse(Array(bytes[..<length]), name: "x")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var corrupt = bytes
            for _ in 0..<8 { corrupt[Int.random(in: 0..<corrupt.count, using: &generator)] = .random(in: 0...255, using: &generator) }
            if let location = try? TZif.parse(corrupt, name: "x") {
                _ = GoTime(seconds: .random(in: -5_000_000_000...5_000_000_000, using: &generator), location: location).description
            }
        }
    }

    func testBadZoneNamesAreRejected() {
        for name in ["../etc/passwd", "/etc/localtime", "Not/AZone", "\\x"] {
            XCTAssertThrowsError(try GoLocation.load(name), name)
        }
        XCTAssertEqual(try GoLocation.load("").name, "UTC")
        XCTAssertEqual(try GoLocation.load("UTC").name, "UTC")
    }

    func testPosixRules() throws {
        let rule = try XCTUnwrap(PosixTZRule("<-03>3"))
        XCTAssertEqual(rule.period(at: 0)?.abbreviation, "-03")
        XCTAssertEqual(rule.period(at: 0)?.offset, -10_800)
        let sydney = try XCTUnwrap(PosixTZRule("AEST-10AEDT,M10.1.0,M4.1.0/3"))
        XCTAssertEqual(sydney.period(at: 2_366_841_600)?.abbreviation, "AEDT")  // 2045-01-01
        XCTAssertNil(PosixTZRule("E"))
        XCTAssertNil(PosixTZRule("EST5EDT,M13.1.0,M11.1.0"))
    }
}
