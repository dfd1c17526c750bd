import KrelCore
import Template
import XCTest

@testable import Functions

/// Parsing and formatting round trips checked against helm:
/// `dateInZone FORMAT (mustToDate LAYOUT VALUE) ZONE`, rendered with TZ=UTC.
final class TimeLayoutTests: XCTestCase {
    private let cases: [(layout: String, value: String, format: String, zone: String, expected: String)] = [
        ("2006-01-02T15:04:05Z07:00", "2024-03-10T06:59:59Z", "Mon Jan _2 15:04:05 MST 2006", "America/New_York", "Sun Mar 10 01:59:59 EST 2024"),
        ("2006-01-02T15:04:05Z07:00", "2024-03-10T07:00:00Z", "Mon Jan _2 15:04:05 MST 2006", "America/New_York", "Sun Mar 10 03:00:00 EDT 2024"),
        ("2006-01-02T15:04:05Z07:00", "2024-11-03T05:30:00Z", "3:04:05 pm MST -07:00", "America/New_York", "1:30:00 am EDT -04:00"),
        ("2006-01-02T15:04:05Z07:00", "2024-11-03T06:30:00Z", "03:04:05 PM MST Z07:00", "America/New_York", "01:30:00 AM EST -05:00"),
        ("2006-01-02T15:04:05Z07:00", "2045-07-01T12:00:00Z", "2006-01-02 15:04 MST -0700", "America/New_York", "2045-07-01 08:00 EDT -0400"),
        ("2006-01-02T15:04:05Z07:00", "2045-01-01T12:00:00Z", "2006-01-02 15:04 MST -0700", "Australia/Sydney", "2045-01-01 23:00 AEDT +1100"),
        ("2006-01-02T15:04:05Z07:00", "2045-07-01T12:00:00Z", "2006-01-02 15:04 MST -0700", "Australia/Sydney", "2045-07-01 22:00 AEST +1000"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST Z0700 Z07 -07 -070000 -07:00:00", "Asia/Kolkata", "2024-06-01 17:30 IST +0530 +05 +05 +053000 +05:30:00"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST", "Europe/London", "2024-06-01 13:00 BST"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST", "America/Sao_Paulo", "2024-06-01 09:00 -03"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST", "Local", "2024-06-01 12:00 UTC"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST", "", "2024-06-01 12:00 UTC"),
        ("2006-01-02T15:04:05Z07:00", "2024-06-01T12:00:00Z", "2006-01-02 15:04 MST", "../etc", "2024-06-01 12:00 UTC"),
        ("2006-01-02T15:04:05.999999999Z07:00", "2024-02-29T23:04:05.000600Z", "Monday January 2 2006 002 __2 .0 .00 ,000000 .999999999 ,9 pm", "UTC", "Thursday February 29 2024 060  60 .0 .00 ,000600 .0006  pm"),
        ("2006-01-02T15:04:05.999999999Z07:00", "2024-12-31T00:00:00.5Z", "Jan January Mon Monday 1 01 2 02 _2 06 2006 3 03 15 4 04 5 05 PM", "UTC", "Dec December Tue Tuesday 12 12 31 31 31 24 2024 12 12 00 0 00 0 00 AM"),
        ("2006-01-02T15:04:05Z07:00", "0001-01-01T00:00:00Z", "2006-01-02 15:04:05 MST", "UTC", "0001-01-01 00:00:00 UTC"),
        ("Jan _2 2006 3:04PM", "Feb  3 2021 11:45PM", "2006-01-02 15:04:05 MST", "UTC", "2021-02-03 23:45:00 UTC"),
        ("02 Jan 06 15:04 MST", "03 Feb 21 10:00 EST", "2006-01-02 15:04:05 -0700 MST", "UTC", "2021-02-03 10:00:00 +0000 UTC"),
        ("02 Jan 06 15:04 MST", "03 Feb 21 10:00 GMT+3", "2006-01-02 15:04:05 -0700 MST", "UTC", "2021-02-03 10:00:00 +0000 UTC"),
        ("02 Jan 06 15:04 -0700", "03 Feb 21 10:00 +0530", "2006-01-02 15:04:05 -0700 MST", "UTC", "2021-02-03 04:30:00 +0000 UTC"),
        ("2006-01-02 15:04:05", "2021-02-03 10:00:00.123456", "2006-01-02 15:04:05.999999999", "UTC", "2021-02-03 10:00:00.123456"),
        ("2006-002", "2024-060", "2006-01-02", "UTC", "2024-02-29"),
        ("2006-01-02 MST", "2024-01-15 UTC", "2006-01-02 15:04:05 -0700 MST", "UTC", "2024-01-15 00:00:00 +0000 UTC"),
        ("Monday, 02-Jan-06 15:04:05 MST", "tuesday, 05-MAR-24 07:08:09 PST", "2006-01-02 15:04:05 -0700 MST", "UTC", "2024-03-05 07:08:09 +0000 UTC"),
        ("2006-01-02T15:04:05Z07:00", "2024-03-15T10:20:30+00:00", "2006-01-02 15:04:05 -0700 MST", "UTC", "2024-03-15 10:20:30 +0000 UTC"),
    ]

    func testParseThenFormatMatchesHelm() throws {
        try XCTSkipUnless(DateFunctions.localZone.lookup(0).offset == 0, "needs a UTC local zone")
        for c in cases {
            let time = try GoTimeParse.parse(c.value, layout: c.layout, location: DateFunctions.localZone)
            let text = try DateFunctions.format(c.format, .object(GoTimeObject(time)), zone: c.zone)
            XCTAssertEqual(text, c.expected, "\(c.value) as \(c.layout)")
        }
    }
}
