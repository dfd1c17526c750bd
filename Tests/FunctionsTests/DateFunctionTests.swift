import KrelCore
import Template
import XCTest

@testable import Functions

/// Date functions against sprig-dates.yaml (helm, TZ=UTC) and extra oracle runs. The local
/// zone must be UTC (TZ=UTC or an UTC /etc/localtime), as in the corpus.
final class DateFunctionTests: XCTestCase {
    private let table: FunctionTable = {
        var table = FunctionTable()
        DateFunctions.register(into: &table)
        return table
    }()

    override func setUpWithError() throws {
        try XCTSkipUnless(
            DateFunctions.localZone.lookup(0).offset == 0 && DateFunctions.localZone.lookup(1_700_000_000).offset == 0,
            "date golden tests need a UTC local zone")
    }

    private func call(_ name: String, _ arguments: Value...) throws -> Value {
        guard let function = table[name] else { throw FunctionError("no function \(name)") }
        var call = FunctionCall(name: name, arguments: arguments, engine: nil)
        return try function.body(&call)
    }

    private func printed(_ name: String, _ arguments: Value...) throws -> String {
        guard let function = table[name] else { throw FunctionError("no function \(name)") }
        var call = FunctionCall(name: name, arguments: arguments, engine: nil)
        return try function.body(&call).goFormatted
    }

    private func toDate(_ layout: String, _ text: String) throws -> Value {
        try call("toDate", .string(layout), .string(text))
    }

    private func method(_ value: Value, _ name: String, _ arguments: Value...) throws -> String {
        guard case .object(let object) = value, let result = try object.callMethod(name, arguments: arguments) else {
            throw FunctionError("no method \(name)")
        }
        return result.goFormatted
    }

    func testToDatePrintsLikeGo() throws {
        let cases: [(String, String, String)] = [
            ("2006-01-02", "2024-03-15", "2024-03-15 00:00:00 +0000 UTC"),
            ("2006-01-02T15:04:05Z07:00", "2024-03-15T10:20:30+02:00", "2024-03-15 10:20:30 +0200 +0200"),
            ("2006-01-02", "2024-02-30", "0001-01-01 00:00:00 +0000 UTC"),
            ("2006-01-02T15:04:05.000Z07:00", "2024-03-15T10:20:30.123Z", "2024-03-15 10:20:30.123 +0000 UTC"),
        ]
        for (layout, text, expected) in cases {
            XCTAssertEqual(try toDate(layout, text).goFormatted, expected, text)
        }
    }

    func testMustToDateErrors() {
        let cases: [(String, String, String)] = [
            ("2006-01-02", "not a date",
             "parsing time \"not a date\" as \"2006-01-02\": cannot parse \"not a date\" as \"2006\""),
            ("2006-01-02", "2024-02-30", "parsing time \"2024-02-30\": day out of range"),
            ("2006-01-02", "2024-13-01", "parsing time \"2024-13-01\": month out of range"),
            ("2006-01-02", "2024-01-01x", "parsing time \"2024-01-01x\": extra text: \"x\""),
            ("2006-01-02 15:04", "2024-01-01T10:00", "parsing time \"2024-01-01T10:00\" as \"2006-01-02 15:04\": cannot parse \"T10:00\" as \" \""),
        ]
        for (layout, text, message) in cases {
            XCTAssertThrowsError(try call("mustToDate", .string(layout), .string(text)), text) { error in
                XCTAssertEqual((error as? FunctionError)?.message, message)
            }
        }
    }

    func testDateLayouts() throws {
        let t = try toDate("2006-01-02 15:04:05", "2024-03-05 07:08:09")
        let cases: [(String, String)] = [
            ("2006-01-02", "2024-03-05"), ("Jan 2, 2006", "Mar 5, 2024"), ("Monday 02/01/06", "Tuesday 05/03/24"),
            ("3:04PM", "7:08AM"), ("15:04:05.000", "07:08:09.000"), ("_2 Jan", " 5 Mar"),
        ]
        for (layout, expected) in cases {
            XCTAssertEqual(try printed("date", .string(layout), t), expected, layout)
        }
        let rfc = try toDate("2006-01-02T15:04:05Z07:00", "2024-03-15T10:20:30Z")
        XCTAssertEqual(try printed("date", .string("2006-01-02T15:04:05Z07:00"), rfc), "2024-03-15T10:20:30Z")
        XCTAssertEqual(try printed("date", .string("Mon, 02 Jan 2006 15:04:05 MST"), rfc), "Fri, 15 Mar 2024 10:20:30 UTC")
        XCTAssertEqual(try printed("date", .string("2006-01-02T15:04:05-0700"), rfc), "2024-03-15T10:20:30+0000")
        let fraction = try toDate("2006-01-02T15:04:05.000Z07:00", "2024-03-15T10:20:30.123Z")
        XCTAssertEqual(try printed("date", .string("05.000000"), fraction), "30.123000")
        XCTAssertEqual(try printed("date", .string("05.999"), fraction), "30.123")
    }

    func testDateFromUnixSeconds() throws {
        XCTAssertEqual(try printed("date", .string("2006-01-02T15:04:05Z07:00"), .int(0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(try printed("date", .string("2006-01-02 15:04"), .int(1_700_000_000)), "2023-11-14 22:13")
        XCTAssertEqual(try printed("date", .string("2006-01-02"), .int(1_700_000_000, .int64)), "2023-11-14")
        XCTAssertEqual(try printed("date", .string("literal text without verbs"), .string("2024-01-01")), "literal text without verbs")
    }

    func testDateInZone() throws {
        let cases: [(String, Value, String, String)] = [
            ("2006-01-02 15:04:05 MST", .int(1_700_000_000), "UTC", "2023-11-14 22:13:20 UTC"),
            ("2006-01-02 15:04 MST -0700", .int(1_700_000_000), "Asia/Tokyo", "2023-11-15 07:13 JST +0900"),
            ("2006-01-02 15:04 MST", .int(1_700_000_000), "America/New_York", "2023-11-14 17:13 EST"),
            ("2006-01-02 15:04 MST", .int(1_690_000_000), "America/New_York", "2023-07-22 00:26 EDT"),
            ("2006-01-02 15:04 MST", .int(1_700_000_000), "Not/AZone", "2023-11-14 22:13 UTC"),
            ("15:04 MST", try toDate("2006-01-02T15:04:05Z07:00", "2024-01-01T12:00:00+05:00"), "UTC", "07:00 UTC"),
        ]
        for (layout, time, zone, expected) in cases {
            XCTAssertEqual(try printed("dateInZone", .string(layout), time, .string(zone)), expected, zone)
            XCTAssertEqual(try printed("date_in_zone", .string(layout), time, .string(zone)), expected, zone)
        }
    }

    func testDateModify() throws {
        let t = try toDate("2006-01-02", "2024-03-15")
        XCTAssertEqual(try printed("dateModify", .string("1h30m"), t), "2024-03-15 01:30:00 +0000 UTC")
        XCTAssertEqual(try printed("date_modify", .string("-24h"), t), "2024-03-14 00:00:00 +0000 UTC")
        XCTAssertEqual(try printed("date", .string("15:04"), try call("dateModify", .string("1.5h"), t)), "01:30")
        XCTAssertEqual(try printed("dateModify", .string("1day"), t), "2024-03-15 00:00:00 +0000 UTC")
        XCTAssertThrowsError(try call("mustDateModify", .string("1day"), t)) { error in
            XCTAssertEqual((error as? FunctionError)?.message, "time: unknown unit \"day\" in duration \"1day\"")
        }
        let leap = try call("dateModify", .string("24h"), try toDate("2006-01-02", "2024-02-28"))
        XCTAssertEqual(try printed("date", .string("2006-01-02"), leap), "2024-02-29")
        let plain = try call("dateModify", .string("24h"), try toDate("2006-01-02", "2023-02-28"))
        XCTAssertEqual(try printed("date", .string("2006-01-02"), plain), "2023-03-01")
    }

    func testDuration() throws {
        let cases: [(Value, String)] = [
            (.int(95), "0s"), (.int(0), "0s"), (.int(3600), "0s"), (.string("86400"), "24h0m0s"), (.float(1.5), "0s"),
            (.int(-61), "0s"), (.int(95, .int64), "1m35s"), (.int(-61, .int64), "-1m1s"),
            (.int(90061, .int64), "25h1m1s"), (.string("1.5"), "0s"), (.int(120, .int64), "2m0s"), (.float(120), "0s"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(try printed("duration", input), expected, "\(input)")
        }
    }

    func testDurationRound() throws {
        let cases: [(Value, String)] = [
            (.string("2h10m5s"), "2h"), (.string("1m30s"), "1m"), (.string("45s"), "45s"), (.string("400h"), "16d"),
            (.string("9000h"), "1y"), (.string("1000ms"), "0s"), (.string("-3h"), "3h"), (.int(3600), "0s"),
            (.int(3_600_000_000_000), "0s"), (.int(0), "0s"), (.string("bogus"), "0s"),
            (.int(3_600_000_000_000, .int64), "60m"), (.int(5_400_000_000_000, .int64), "1h"),
            (.int(172_800_000_000_000, .int64), "2d"), (.int(999, .int64), "0s"), (.string("750h"), "1mo"),
            (.string("1500h"), "2mo"), (.string("23h59m"), "23h"), (.string("59m59s"), "59m"), (.string("2s"), "2s"),
            (.string("500ms"), "0s"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(try printed("durationRound", input), expected, "\(input)")
        }
    }

    func testHTMLDateAndUnixEpoch() throws {
        XCTAssertEqual(try printed("htmlDate", try toDate("2006-01-02 15:04", "2024-12-31 23:59")), "2024-12-31")
        XCTAssertEqual(try printed("htmlDate", .int(0)), "1970-01-01")
        XCTAssertEqual(
            try printed("htmlDateInZone", try toDate("2006-01-02T15:04:05Z07:00", "2024-12-31T23:30:00Z"), .string("Asia/Tokyo")),
            "2025-01-01")
        XCTAssertEqual(try call("unixEpoch", try toDate("2006-01-02", "2024-03-15")), .string("1710460800"))
        XCTAssertThrowsError(try call("unixEpoch", .string("x")))
    }

    func testTimeMethods() throws {
        let t = try toDate("2006-01-02", "2024-03-15")
        let results = try ["Year", "Month", "Day", "Weekday", "YearDay", "Unix"].map { try method(t, $0) }
        XCTAssertEqual(results, ["2024", "March", "15", "Friday", "75", "1710460800"])
        XCTAssertEqual(try method(t, "Format", .string("Jan 06")), "Mar 24")
        let offset = try toDate("2006-01-02T15:04:05Z07:00", "2024-03-15T10:00:00-05:00")
        XCTAssertEqual(try method(offset, "UTC"), "2024-03-15 15:00:00 +0000 UTC")
        XCTAssertEqual(try method(offset, "Location"), "")
        XCTAssertEqual(try method(t, "Add", .int(90 * 60 * 1_000_000_000)), "2024-03-15 01:30:00 +0000 UTC")
        XCTAssertEqual(try method(t, "AddDate", .int(0), .int(1), .int(20)), "2024-05-05 00:00:00 +0000 UTC")
        if case .object(let object) = t {
            XCTAssertEqual(object.goTypeName, "time.Time")
            XCTAssertEqual(object.goKindName, "struct")
        }
    }
}

/// Non-deterministic functions: only their shapes are checked.
final class DateNowTests: XCTestCase {
    func testNowAndAgoShapes() throws {
        var table = FunctionTable()
        DateFunctions.register(into: &table)
        var now = FunctionCall(name: "now", arguments: [], engine: nil)
        let value = try XCTUnwrap(table["now"]).body(&now)
        XCTAssertEqual(value.goTypeName, "time.Time")
        let text = value.goFormatted
        XCTAssertNotNil(text.range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} \S+ m=\+\d+\.\d{9}$"#, options: .regularExpression), text)
        var ago = FunctionCall(name: "ago", arguments: [value], engine: nil)
        XCTAssertEqual(try XCTUnwrap(table["ago"]).body(&ago), .string("0s"))
        var agoInt = FunctionCall(name: "ago", arguments: [.int(0, .int32)], engine: nil)
        XCTAssertEqual(try XCTUnwrap(table["ago"]).body(&agoInt), .string("0s"))
    }
}
