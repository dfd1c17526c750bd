import KrelCore
import Template

/// `time.Time` as templates see it: prints like Go's `Time.String()`, with Go's methods.
///
/// Its identity is the RFC 3339 text, which is also what encoding/json produces for a
/// time, so JSON encoders that fall back to `identity` print it correctly.
public struct GoTimeObject: GoObject, GoMethodSignatures {
    public let time: GoTime

    public init(_ time: GoTime) { self.time = time }

    public var goTypeName: String { "time.Time" }
    public var goKindName: String { "struct" }
    public var formatted: String { time.description }
    public var identity: Value { .string(time.rfc3339Nano) }

    public func member(_ name: String) -> Value? { nil }

    static let methodArity: [String: Int] = [
        "Add": 1, "AddDate": 3, "After": 1, "Before": 1, "Compare": 1, "Day": 0, "Equal": 1, "Format": 1,
        "Hour": 0, "In": 1, "IsZero": 0, "Local": 0, "Location": 0, "Minute": 0, "Month": 0,
        "Nanosecond": 0, "Round": 1, "Second": 0, "String": 0, "Sub": 1, "Truncate": 1, "UTC": 0,
        "Unix": 0, "UnixMicro": 0, "UnixMilli": 0, "UnixNano": 0, "Weekday": 0, "Year": 0, "YearDay": 0,
    ]

    public func hasMethod(_ name: String) -> Bool { Self.methodArity[name] != nil }

    /// Go parameter types where the executor can check them as Go does; methods taking a
    /// `time.Duration` or `*time.Location` check their own arguments (nil here).
    public func methodParameters(_ name: String) -> [ParameterType]? {
        switch name {
        case "Format": [.string]
        case "AddDate": [.int, .int, .int]
        case "After", "Before", "Compare", "Equal", "Sub": [.time]
        case "Add", "Round", "Truncate", "In": nil
        default: Self.methodArity[name] == 0 ? [] : nil
        }
    }

    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        guard let arity = Self.methodArity[name] else { return nil }
        guard arguments.count == arity else {
            throw MethodArgumentError("wrong number of args for \(name): want \(arity) got \(arguments.count)")
        }
        let f = time.fields
        func timeArgument() throws -> GoTime {
            guard case .object(let object) = arguments[0], let other = object as? GoTimeObject else {
                throw MethodArgumentError("wrong type for value; expected time.Time; got \(arguments[0].goTypeName)")
            }
            return other.time
        }
        func durationArgument() throws -> Int64 {
            guard let nanos = GoDurationObject.nanoseconds(of: arguments[0]) else {
                throw MethodArgumentError("wrong type for value; expected time.Duration; got \(arguments[0].goTypeName)")
            }
            return nanos
        }
        func intArgument(_ index: Int) throws -> Int64 {
            guard case .int(let value, _) = arguments[index] else {
                throw MethodArgumentError("wrong type for value; expected int; got \(arguments[index].goTypeName)")
            }
            return value
        }
        switch name {
        case "Add": return .object(GoTimeObject(time.adding(nanoseconds: try durationArgument())))
        case "AddDate":
            var result = GoTime.date(
                year: f.year &+ (try intArgument(0)), month: Int64(f.month) &+ (try intArgument(1)),
                day: Int64(f.day) &+ (try intArgument(2)), hour: Int64(f.hour), minute: Int64(f.minute),
                second: Int64(f.second), nanosecond: Int64(f.nanosecond), location: time.location)
            result.monotonic = nil
            return .object(GoTimeObject(result))
        case "After": return .bool(time.nanoseconds(since: try timeArgument()) > 0)
        case "Before": return .bool(time.nanoseconds(since: try timeArgument()) < 0)
        case "Compare":
            let difference = time.nanoseconds(since: try timeArgument())
            return .int(difference > 0 ? 1 : difference < 0 ? -1 : 0)
        case "Equal": return .bool(time.nanoseconds(since: try timeArgument()) == 0)
        case "Sub": return .object(GoDurationObject(nanoseconds: time.nanoseconds(since: try timeArgument())))
        case "Day": return .int(Int64(f.day))
        case "Format":
            guard case .string(let layout) = arguments[0] else {
                throw MethodArgumentError("wrong type for value; expected string; got \(arguments[0].goTypeName)")
            }
            return .string(GoTimeFormat.format(time, layout: layout))
        case "Hour": return .int(Int64(f.hour))
        case "In":
            guard case .object(let object) = arguments[0], let location = object as? GoLocationObject else {
                throw MethodArgumentError("wrong type for value; expected *time.Location; got \(arguments[0].goTypeName)")
            }
            return .object(GoTimeObject(time.inLocation(location.location)))
        case "IsZero": return .bool(time.isZero)
        case "Local": return .object(GoTimeObject(time.inLocation(DateFunctions.localZone)))
        case "UTC": return .object(GoTimeObject(time.inLocation(.utc)))
        case "Location": return .object(GoLocationObject(location: time.location))
        case "Minute": return .int(Int64(f.minute))
        case "Month": return .object(GoMonthObject(month: f.month))
        case "Nanosecond": return .int(Int64(f.nanosecond))
        case "Second": return .int(Int64(f.second))
        case "String": return .string(time.description)
        case "Round", "Truncate":
            return .object(GoTimeObject(rounded(try durationArgument(), roundHalfUp: name == "Round")))
        case "Unix": return .int(time.seconds, .int64)
        case "UnixMilli": return .int(time.seconds &* 1000 &+ time.nanoseconds / 1_000_000, .int64)
        case "UnixMicro": return .int(time.seconds &* 1_000_000 &+ time.nanoseconds / 1000, .int64)
        case "UnixNano": return .int(time.seconds &* 1_000_000_000 &+ time.nanoseconds, .int64)
        case "Weekday": return .object(GoWeekdayObject(weekday: f.weekday))
        case "Year": return .int(f.year)
        case "YearDay": return .int(Int64(f.yearDay))
        default: return nil
        }
    }

    /// Go's Truncate/Round: remainder of the time since the zero time modulo `d`.
    private func rounded(_ d: Int64, roundHalfUp: Bool) -> GoTime {
        var stripped = time
        stripped.monotonic = nil
        guard d > 0 else { return stripped }
        let sinceZero = time.seconds &- GoTime.zero.seconds
        let remainder: Int64
        if d % 1_000_000_000 == 0 {
            remainder = CivilCalendar.floorDivide(sinceZero, d / 1_000_000_000).remainder &* 1_000_000_000 &+ time.nanoseconds
        } else if 1_000_000_000 % d == 0 {
            remainder = time.nanoseconds % d
        } else {
            let total = Double(sinceZero) * 1e9 + Double(time.nanoseconds)
            remainder = Int64(total.truncatingRemainder(dividingBy: Double(d)))
        }
        if roundHalfUp && remainder &+ remainder >= d {
            return stripped.adding(nanoseconds: d &- remainder)
        }
        return stripped.adding(nanoseconds: -remainder)
    }
}

/// `time.Duration`: an int64 of nanoseconds printing as `1h0m0s`.
public struct GoDurationObject: GoObject {
    public let nanoseconds: Int64

    public var goTypeName: String { "time.Duration" }
    public var goKindName: String { "int64" }
    public var formatted: String { GoDuration.format(nanoseconds) }
    public var identity: Value { .int(nanoseconds, .int64) }
    public func member(_ name: String) -> Value? { nil }

    private static let methods: Set = ["Hours", "Minutes", "Seconds", "Milliseconds", "Microseconds", "Nanoseconds", "String", "Abs"]

    public func hasMethod(_ name: String) -> Bool { Self.methods.contains(name) }

    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        guard Self.methods.contains(name) else { return nil }
        guard arguments.isEmpty else {
            throw MethodArgumentError("wrong number of args for \(name): want 0 got \(arguments.count)")
        }
        // Go splits off whole units first so the float keeps the most precision.
        func inUnits(_ unit: Int64) -> Value {
            .float(Double(nanoseconds / unit) + Double(nanoseconds % unit) / Double(unit))
        }
        switch name {
        case "Hours": return inUnits(GoDuration.hour)
        case "Minutes": return inUnits(GoDuration.minute)
        case "Seconds": return inUnits(GoDuration.second)
        case "Milliseconds": return .int(nanoseconds / 1_000_000, .int64)
        case "Microseconds": return .int(nanoseconds / 1000, .int64)
        case "Nanoseconds": return .int(nanoseconds, .int64)
        case "Abs": return .object(GoDurationObject(nanoseconds: nanoseconds == .min ? .max : abs(nanoseconds)))
        default: return .string(formatted)
        }
    }

    /// A duration argument: a Duration object or any integer (untyped constants convert).
    static func nanoseconds(of value: Value) -> Int64? {
        switch value {
        case .int(let n, _): return n
        case .object(let object): return (object as? GoDurationObject)?.nanoseconds
        default: return nil
        }
    }
}

/// `*time.Location`: prints its name (`UTC`, `Local`, `Asia/Tokyo`, "" for parsed offsets).
public struct GoLocationObject: GoObject {
    public let location: GoLocation
    public var goTypeName: String { "*time.Location" }
    public var formatted: String { location.name }
    public var identity: Value { .string(location.name) }
    public func member(_ name: String) -> Value? { nil }
    public func hasMethod(_ name: String) -> Bool { name == "String" }
    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        name == "String" ? .string(location.name) : nil
    }
}

/// `time.Month`: an int printing as `March`.
public struct GoMonthObject: GoObject {
    public let month: Int
    public var goTypeName: String { "time.Month" }
    public var goKindName: String { "int" }
    public var formatted: String { CivilCalendar.longMonthNames[month - 1] }
    public var identity: Value { .int(Int64(month)) }
    public func member(_ name: String) -> Value? { nil }
    public func hasMethod(_ name: String) -> Bool { name == "String" }
    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        name == "String" ? .string(formatted) : nil
    }
}

/// `time.Weekday`: an int printing as `Friday`.
public struct GoWeekdayObject: GoObject {
    public let weekday: Int
    public var goTypeName: String { "time.Weekday" }
    public var goKindName: String { "int" }
    public var formatted: String { CivilCalendar.longDayNames[weekday] }
    public var identity: Value { .int(Int64(weekday)) }
    public func member(_ name: String) -> Value? { nil }
    public func hasMethod(_ name: String) -> Bool { name == "String" }
    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        name == "String" ? .string(formatted) : nil
    }
}
