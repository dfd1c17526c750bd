#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Go `time.Time`: an instant (unix seconds + nanoseconds) viewed in a location.
public struct GoTime: Sendable, Hashable {
    public var seconds: Int64
    /// 0..<1_000_000_000.
    public var nanoseconds: Int64
    public var location: GoLocation
    /// Nanoseconds of Go's monotonic clock reading, which only `time.Now()` carries and
    /// only `String()` shows (as ` m=+0.000123456`).
    public var monotonic: Int64?

    public init(seconds: Int64, nanoseconds: Int64 = 0, location: GoLocation, monotonic: Int64? = nil) {
        let (carry, nanos) = CivilCalendar.floorDivide(nanoseconds, 1_000_000_000)
        self.seconds = seconds &+ carry
        self.nanoseconds = nanos
        self.location = location
        self.monotonic = monotonic
    }

    /// Go's zero `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    public static let zero = GoTime(seconds: -62_135_596_800, location: .utc)

    private static let monotonicOrigin = ProcessInfo.processInfo.systemUptime

    /// Go's `time.Now()`, in `location` (Local), with a monotonic reading.
    public static func now(in location: GoLocation) -> GoTime {
        let now = Date().timeIntervalSince1970
        let whole = now.rounded(.down)
        // Go's monotonic readings count from process start; ours from the first use.
        let origin = monotonicOrigin
        let monotonic = Int64(max(0, ProcessInfo.processInfo.systemUptime - origin) * 1e9)
        return GoTime(seconds: Int64(whole), nanoseconds: Int64((now - whole) * 1e9), location: location, monotonic: monotonic)
    }

    /// Go's `time.Date`: normalises out-of-range fields, and resolves the wall clock in
    /// `location` the way Go does around transitions.
    public static func date(
        year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64,
        nanosecond: Int64, location: GoLocation
    ) -> GoTime {
        let days = CivilCalendar.days(year: year, month: month, day: day)
        var unix = days &* CivilCalendar.secondsPerDay &+ hour &* 3600 &+ minute &* 60 &+ second
        let period = location.lookup(unix)
        if period.offset != 0 {
            let utc = unix &- Int64(period.offset)
            var offset = period.offset
            if utc < period.start || utc >= period.end { offset = location.lookup(utc).offset }
            unix &-= Int64(offset)
        }
        return GoTime(seconds: unix, nanoseconds: nanosecond, location: location)
    }

    public static func == (a: GoTime, b: GoTime) -> Bool {
        a.seconds == b.seconds && a.nanoseconds == b.nanoseconds && a.location == b.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(seconds)
        hasher.combine(nanoseconds)
    }

    // MARK: Views

    /// The broken-down wall clock in this time's location.
    public struct Fields: Sendable {
        public var year: Int64
        public var month: Int
        public var day: Int
        public var hour: Int
        public var minute: Int
        public var second: Int
        public var nanosecond: Int
        public var weekday: Int
        public var yearDay: Int
        public var zoneAbbreviation: String
        public var zoneOffset: Int
    }

    public var fields: Fields {
        let period = location.lookup(seconds)
        let local = seconds &+ Int64(period.offset)
        let (days, secondOfDay) = CivilCalendar.floorDivide(local, CivilCalendar.secondsPerDay)
        let date = CivilCalendar.date(days: days)
        return Fields(
            year: date.year, month: date.month, day: date.day,
            hour: Int(secondOfDay / 3600), minute: Int(secondOfDay / 60 % 60), second: Int(secondOfDay % 60),
            nanosecond: Int(nanoseconds), weekday: CivilCalendar.weekday(days: days),
            yearDay: CivilCalendar.yearDay(days: days, year: date.year),
            zoneAbbreviation: period.abbreviation, zoneOffset: period.offset)
    }

    public var isZero: Bool { seconds == GoTime.zero.seconds && nanoseconds == 0 }

    /// Go's `t.In(loc)` (which drops the monotonic reading).
    public func inLocation(_ location: GoLocation) -> GoTime {
        GoTime(seconds: seconds, nanoseconds: nanoseconds, location: location)
    }

    /// Go's `t.Add(d)`.
    public func adding(nanoseconds duration: Int64) -> GoTime {
        let (wholeSeconds, nanos) = CivilCalendar.floorDivide(duration, 1_000_000_000)
        return GoTime(
            seconds: seconds &+ wholeSeconds, nanoseconds: nanoseconds &+ nanos, location: location,
            monotonic: monotonic.map { $0 &+ duration })
    }

    /// Go's `t.Sub(u)` in nanoseconds, saturating like Go.
    public func nanoseconds(since other: GoTime) -> Int64 {
        let (secondsPart, overflow) = (seconds &- other.seconds).multipliedReportingOverflow(by: 1_000_000_000)
        let (total, overflow2) = secondsPart.addingReportingOverflow(nanoseconds - other.nanoseconds)
        if overflow || overflow2 || (seconds > other.seconds) != (total > 0) && seconds != other.seconds {
            return seconds > other.seconds ? .max : .min
        }
        return total
    }

    /// Go's `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`, plus ` m=±s.fffffffff`
    /// for times carrying a monotonic reading.
    public var description: String {
        var text = GoTimeFormat.format(self, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
        if let monotonic {
            let sign = monotonic < 0 ? "-" : "+"
            let magnitude = monotonic.magnitude
            let fraction = String(magnitude % 1_000_000_000)
            text += " m=\(sign)\(magnitude / 1_000_000_000)." + String(repeating: "0", count: 9 - fraction.count) + fraction
        }
        return text
    }

    /// Go's `MarshalJSON`/`MarshalText` form (RFC 3339 with nanoseconds), for JSON/YAML output.
    public var rfc3339Nano: String {
        GoTimeFormat.format(self, layout: "2006-01-02T15:04:05.999999999Z07:00")
    }
}
