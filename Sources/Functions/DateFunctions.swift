#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KrelCore
import Template

/// Sprig's date functions: now, ago, date, dateInZone, htmlDate, htmlDateInZone,
/// dateModify, mustDateModify, toDate, mustToDate, unixEpoch, duration, durationRound
/// (plus the snake_case aliases), with Go's time semantics.
enum DateFunctions {
    /// Go's `time.Local`, fixed at first use like Go's (from TZ, default /etc/localtime).
    static let localZone = GoLocation.processLocal

    static func register(into table: inout FunctionTable) {
        table["now"] = TemplateFunction([]) { _ in .object(GoTimeObject(GoTime.now(in: localZone))) }
        table["ago"] = TemplateFunction([.any]) { call in
            // Only time.Time, int64 and int (not int32) are understood; others mean now.
            let time: GoTime
            switch call.anyArgument(at: 0) {
            case .object(let object as GoTimeObject): time = object.time
            case .int(let seconds, .int64), .int(let seconds, .int): time = GoTime(seconds: seconds, location: localZone)
            default: return .string("0s")
            }
            let elapsed = GoTime.now(in: localZone).nanoseconds(since: time)
            return .string(GoDuration.format(roundToSecond(elapsed)))
        }
        let date = TemplateFunction([.string, .any]) { call in
            .string(try format(call.textArgument(at: 0), call.anyArgument(at: 1), zone: "Local"))
        }
        table["date"] = date
        let dateInZone = TemplateFunction([.string, .any, .string]) { call in
            .string(try format(call.textArgument(at: 0), call.anyArgument(at: 1), zone: call.textArgument(at: 2)))
        }
        table["dateInZone"] = dateInZone
        table["date_in_zone"] = dateInZone
        table["htmlDate"] = TemplateFunction([.any]) { call in
            .string(try format("2006-01-02", call.anyArgument(at: 0), zone: "Local"))
        }
        table["htmlDateInZone"] = TemplateFunction([.any, .string]) { call in
            .string(try format("2006-01-02", call.anyArgument(at: 0), zone: call.textArgument(at: 1)))
        }
        let dateModify = TemplateFunction([.string, .time]) { call in
            let time = try timeArgument(call, at: 1)
            guard let duration = try? GoDuration.parse(call.textArgument(at: 0)) else { return .object(GoTimeObject(time)) }
            return .object(GoTimeObject(time.adding(nanoseconds: duration)))
        }
        table["dateModify"] = dateModify
        table["date_modify"] = dateModify
        let mustDateModify = TemplateFunction([.string, .time]) { call in
            let time = try timeArgument(call, at: 1)
            do {
                return .object(GoTimeObject(time.adding(nanoseconds: try GoDuration.parse(call.textArgument(at: 0)))))
            } catch let error as GoDuration.ParseError {
                throw FunctionError(error.description)
            }
        }
        table["mustDateModify"] = mustDateModify
        table["must_date_modify"] = mustDateModify
        table["toDate"] = TemplateFunction([.string, .string]) { call in
            let time = try? GoTimeParse.parse(call.textArgument(at: 1), layout: call.textArgument(at: 0), location: localZone)
            return .object(GoTimeObject(time ?? .zero))
        }
        table["mustToDate"] = TemplateFunction([.string, .string]) { call in
            do {
                return .object(GoTimeObject(
                    try GoTimeParse.parse(call.textArgument(at: 1), layout: call.textArgument(at: 0), location: localZone)))
            } catch let error as GoTimeParse.ParseError {
                throw FunctionError(error.description)
            }
        }
        table["unixEpoch"] = TemplateFunction([.time]) { call in
            .string(String(try timeArgument(call, at: 0).seconds))
        }
        table["duration"] = TemplateFunction([.any]) { call in
            let seconds: Int64
            switch call.anyArgument(at: 0) {
            case .string(let text): seconds = parseInt64Saturating(text)
            case .int(let value, .int64): seconds = value
            default: seconds = 0
            }
            return .string(GoDuration.format(seconds &* GoDuration.second))
        }
        table["durationRound"] = TemplateFunction([.any]) { call in
            let nanoseconds: Int64
            switch call.anyArgument(at: 0) {
            case .string(let text): nanoseconds = (try? GoDuration.parse(text)) ?? 0
            case .int(let value, .int64): nanoseconds = value
            case .object(let object as GoTimeObject):
                nanoseconds = GoTime.now(in: localZone).nanoseconds(since: object.time)
            default: nanoseconds = 0
            }
            return .string(roughDuration(nanoseconds))
        }
    }

    /// Sprig's dateInZone: times as given, int/int32/int64 as unix seconds, anything
    /// else as now; unknown zones fall back to UTC.
    static func format(_ layout: String, _ date: Value, zone: String) throws -> String {
        let time: GoTime
        switch date {
        case .object(let object as GoTimeObject): time = object.time
        case .int(let seconds, .int), .int(let seconds, .int64), .int(let seconds, .int32):
            time = GoTime(seconds: seconds, location: localZone)
        default: time = GoTime.now(in: localZone)
        }
        let location = (try? GoLocation.load(zone)) ?? .utc
        return GoTimeFormat.format(time.inLocation(location), layout: layout)
    }

    /// Arguments declared `time.Time` in Go.
    static func timeArgument(_ call: FunctionCall, at index: Int) throws -> GoTime {
        let value = call.anyArgument(at: index)
        if case .object(let object as GoTimeObject) = value { return object.time }
        if value.isNull { throw FunctionError("invalid value; expected time.Time") }
        throw FunctionError("wrong type for value; expected time.Time; got \(value.goTypeName)")
    }

    /// `strconv.ParseInt(s, 10, 64)` as Sprig uses it: errors give 0, except out-of-range
    /// values, which saturate.
    static func parseInt64Saturating(_ text: String) -> Int64 {
        if let value = Int64(text) { return value }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return 0 }
        return negative ? .min : .max
    }

    /// Go's `Duration.Round(time.Second)`.
    static func roundToSecond(_ d: Int64) -> Int64 {
        let second = GoDuration.second
        var r = d % second
        if d < 0 {
            r = -r
            if r + r < second { return d + r }
            let (result, overflow) = d.subtractingReportingOverflow(second - r)
            return overflow ? .min : result
        }
        if r + r < second { return d - r }
        let (result, overflow) = d.addingReportingOverflow(second - r)
        return overflow ? .max : result
    }

    /// Sprig's durationRound: the largest unit strictly exceeded, sign dropped.
    static func roughDuration(_ nanoseconds: Int64) -> String {
        let u = nanoseconds.magnitude
        let hour = UInt64(GoDuration.hour)
        let units: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (UInt64(GoDuration.minute), "m"), (UInt64(GoDuration.second), "s"),
        ]
        for (size, suffix) in units where u > size { return String(u / size) + suffix }
        return "0s"
    }
}
