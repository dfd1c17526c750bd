/// Go's `time.ParseInLocation` with reference layouts and its exact error texts.
enum GoTimeParse {
    struct ParseError: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    private static let shortMonths = CivilCalendar.longMonthNames.map { String($0.prefix(3)) }
    private static let shortDays = CivilCalendar.longDayNames.map { String($0.prefix(3)) }

    private struct Bad: Error {}

    static func parse(_ value: String, layout: String, location: GoLocation) throws(ParseError) -> GoTime {
        let layoutBytes = Array(layout.utf8)
        let valueBytes = Array(value.utf8)
        func failure(_ layoutElement: ArraySlice<UInt8>, _ valueElement: ArraySlice<UInt8>) -> ParseError {
            ParseError(description: "parsing time \(GoTimeQuote.quote(value)) as \(GoTimeQuote.quote(layout)): cannot parse "
                + "\(GoTimeQuote.quote(String(decoding: valueElement, as: UTF8.self))) as "
                + GoTimeQuote.quote(String(decoding: layoutElement, as: UTF8.self)))
        }
        func failure(message: String) -> ParseError {
            ParseError(description: "parsing time \(GoTimeQuote.quote(value))" + message)
        }

        var rest = valueBytes[...]
        var position = 0
        var year: Int64 = 0, month = -1, day = -1, yearDay = -1
        var hour = 0, minute = 0, second = 0, nanosecond: Int64 = 0
        var pm = false, am = false
        var fixedLocation: GoLocation?
        var zoneOffset: Int?
        var zoneName = ""

        while true {
            let next = GoLayout.nextElement(layoutBytes, from: position)
            let prefix = layoutBytes[position..<(next?.prefixEnd ?? layoutBytes.count)]
            guard let skipped = skip(rest, prefix: prefix) else { throw failure(prefix, rest) }
            rest = skipped
            guard let (prefixEnd, element, end) = next else {
                if !rest.isEmpty {
                    throw failure(message: ": extra text: " + GoTimeQuote.quote(String(decoding: rest, as: UTF8.self)))
                }
                break
            }
            let elementText = layoutBytes[prefixEnd..<end]
            position = end
            let hold = rest
            var rangeError = ""
            do {
                switch element {
                case .year:
                    guard rest.count >= 2, let y = Int64(ascii: rest.prefix(2)) else { throw Bad() }
                    rest = rest.dropFirst(2)
                    year = y >= 69 ? y + 1900 : y + 2000
                case .longYear:
                    guard rest.count >= 4, isDigit(rest.first), let y = Int64(ascii: rest.prefix(4)) else { throw Bad() }
                    rest = rest.dropFirst(4)
                    year = y
                case .month, .longMonth:
                    month = try lookup(element == .month ? shortMonths : CivilCalendar.longMonthNames, &rest) + 1
                case .numMonth, .zeroMonth:
                    month = try number(&rest, fixed: element == .zeroMonth)
                    if month <= 0 || month > 12 { rangeError = "month" }
                case .weekDay:
                    _ = try lookup(shortDays, &rest)
                case .longWeekDay:
                    _ = try lookup(CivilCalendar.longDayNames, &rest)
                case .day, .underDay, .zeroDay:
                    if element == .underDay, rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
                    day = try number(&rest, fixed: element == .zeroDay)
                case .underYearDay, .zeroYearDay:
                    for _ in 0..<2 where element == .underYearDay && rest.first == UInt8(ascii: " ") {
                        rest = rest.dropFirst()
                    }
                    yearDay = try threeDigitNumber(&rest, fixed: element == .zeroYearDay)
                case .hour:
                    hour = try number(&rest, fixed: false)
                    if hour >= 24 { rangeError = "hour" }
                case .hour12, .zeroHour12:
                    hour = try number(&rest, fixed: element == .zeroHour12)
                    if hour > 12 { rangeError = "hour" }
                case .minute, .zeroMinute:
                    minute = try number(&rest, fixed: element == .zeroMinute)
                    if minute >= 60 { rangeError = "minute" }
                case .second, .zeroSecond:
                    second = try number(&rest, fixed: element == .zeroSecond)
                    if second >= 60 { rangeError = "second"; break }
                    // A fraction in the value but not in the layout is accepted here.
                    if rest.count >= 2, isSeparator(rest.first), isDigit(rest.dropFirst().first) {
                        // Go only asks whether the layout has a fraction element ahead.
                        if case .fraction = GoLayout.nextElement(layoutBytes, from: position)?.element { break }
                        var count = 2
                        while count < rest.count && isDigit(rest[rest.startIndex + count]) { count += 1 }
                        (nanosecond, rangeError) = try nanoseconds(rest, count: count)
                        rest = rest.dropFirst(count)
                    }
                case .pmUpper, .pmLower:
                    guard rest.count >= 2 else { throw Bad() }
                    let text = String(decoding: rest.prefix(2), as: UTF8.self)
                    rest = rest.dropFirst(2)
                    let (pmText, amText) = element == .pmUpper ? ("PM", "AM") : ("pm", "am")
                    if text == pmText { pm = true } else if text == amText { am = true } else { throw Bad() }
                case .isoTimeZone(let form), .numericTimeZone(let form):
                    if case .isoTimeZone = element, rest.first == UInt8(ascii: "Z") {
                        rest = rest.dropFirst()
                        fixedLocation = .utc
                        break
                    }
                    let (offset, error) = try numericZone(&rest, form)
                    zoneOffset = offset
                    rangeError = error
                case .timeZoneName:
                    if rest.starts(with: "UTC".utf8) {
                        fixedLocation = .utc
                        rest = rest.dropFirst(3)
                        break
                    }
                    guard let length = zoneNameLength(rest) else { throw Bad() }
                    zoneName = String(decoding: rest.prefix(length), as: UTF8.self)
                    rest = rest.dropFirst(length)
                case .fraction(let digits, let trimmed, _):
                    if !trimmed {
                        guard rest.count >= digits + 1 else { throw Bad() }
                        (nanosecond, rangeError) = try nanoseconds(rest, count: digits + 1)
                        rest = rest.dropFirst(digits + 1)
                    } else {
                        guard rest.count >= 2, isSeparator(rest.first), isDigit(rest.dropFirst().first) else { break }
                        var count = 1
                        while count < rest.count && isDigit(rest[rest.startIndex + count]) { count += 1 }
                        (nanosecond, rangeError) = try nanoseconds(rest, count: count)
                        rest = rest.dropFirst(count)
                    }
                }
            } catch {
                if !rangeError.isEmpty { throw failure(message: ": \(rangeError) out of range") }
                throw failure(elementText, hold)
            }
            if !rangeError.isEmpty { throw failure(message: ": \(rangeError) out of range") }
        }

        if pm && hour < 12 { hour += 12 } else if am && hour == 12 { hour = 0 }
        if yearDay >= 0 {
            var dayOfYear = yearDay
            var m = 0, d = 0
            if CivilCalendar.isLeap(year) {
                if dayOfYear == 60 { m = 2; d = 29 } else if dayOfYear > 60 { dayOfYear -= 1 }
            }
            if dayOfYear < 1 || dayOfYear > 365 { throw failure(message: ": day-of-year out of range") }
            if m == 0 {
                let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
                m = (dayOfYear - 1) / 31 + 1
                if daysBefore[m] < dayOfYear { m += 1 }
                d = dayOfYear - daysBefore[m - 1]
            }
            if month >= 0 && month != m { throw failure(message: ": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw failure(message: ": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > CivilCalendar.daysIn(month: month, year: year) {
            throw failure(message: ": day out of range")
        }
        func build(_ location: GoLocation) -> GoTime {
            GoTime.date(year: year, month: Int64(month), day: Int64(day), hour: Int64(hour), minute: Int64(minute),
                        second: Int64(second), nanosecond: nanosecond, location: location)
        }
        if let fixedLocation { return build(fixedLocation) }
        if let zoneOffset {
            var t = build(.utc)
            t.seconds &-= Int64(zoneOffset)
            let period = location.lookup(t.seconds)
            if period.offset == zoneOffset && (zoneName.isEmpty || period.abbreviation == zoneName) {
                t.location = location
            } else {
                t.location = .fixed(name: zoneName, offset: zoneOffset)
            }
            return t
        }
        if !zoneName.isEmpty {
            var t = build(.utc)
            if let offset = location.offset(ofAbbreviation: zoneName, near: t.seconds) {
                t.seconds &-= Int64(offset)
                t.location = location
                return t
            }
            var offset = 0
            if zoneName.utf8.count > 3, zoneName.hasPrefix("GMT") {
                offset = (Int(zoneName.dropFirst(3)) ?? 0) * 3600
            }
            t.location = .fixed(name: zoneName, offset: offset)
            return t
        }
        return build(location)
    }

    // MARK: Pieces

    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }
    private static func isSeparator(_ byte: UInt8?) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") }

    /// Go's `skip`: literal layout text must match; a space matches any run of spaces.
    private static func skip(_ value: ArraySlice<UInt8>, prefix: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var value = value, prefix = prefix
        let space = UInt8(ascii: " ")
        while let p = prefix.first {
            if p == space {
                if let v = value.first, v != space { return nil }
                prefix = prefix.drop(while: { $0 == space })
                value = value.drop(while: { $0 == space })
                continue
            }
            guard value.first == p else { return nil }
            prefix = prefix.dropFirst()
            value = value.dropFirst()
        }
        return value
    }

    /// One or two digits (exactly two when `fixed`).
    private static func number(_ s: inout ArraySlice<UInt8>, fixed: Bool) throws(Bad) -> Int {
        guard isDigit(s.first) else { throw Bad() }
        let first = Int(s[s.startIndex] - 48)
        guard isDigit(s.dropFirst().first) else {
            if fixed { throw Bad() }
            s = s.dropFirst()
            return first
        }
        let value = first * 10 + Int(s[s.startIndex + 1] - 48)
        s = s.dropFirst(2)
        return value
    }

    private static func threeDigitNumber(_ s: inout ArraySlice<UInt8>, fixed: Bool) throws(Bad) -> Int {
        var value = 0, count = 0
        while count < 3, isDigit(s.dropFirst(count).first) {
            value = value * 10 + Int(s[s.startIndex + count] - 48)
            count += 1
        }
        if count == 0 || (fixed && count != 3) { throw Bad() }
        s = s.dropFirst(count)
        return value
    }

    /// Case-insensitive (ASCII) prefix match against a name table.
    private static func lookup(_ names: [String], _ s: inout ArraySlice<UInt8>) throws(Bad) -> Int {
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            guard s.count >= bytes.count else { continue }
            if zip(s.prefix(bytes.count), bytes).allSatisfy({ lowercase($0) == lowercase($1) }) {
                s = s.dropFirst(bytes.count)
                return index
            }
        }
        throw Bad()
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// The separator plus `count - 1` digits, scaled to nanoseconds (digits beyond 9 ignored).
    private static func nanoseconds(_ s: ArraySlice<UInt8>, count: Int) throws(Bad) -> (Int64, String) {
        guard isSeparator(s.first) else { throw Bad() }
        let digits = s.dropFirst().prefix(min(count, 10) - 1)
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { throw Bad() }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit - 48) }
        for _ in 0..<(9 - digits.count) { value *= 10 }
        return (value, "")
    }

    private static func numericZone(_ s: inout ArraySlice<UInt8>, _ form: LayoutElement.NumericZone) throws(Bad) -> (Int, String) {
        let b = Array(s)
        func digits(_ range: Range<Int>) throws(Bad) -> Int {
            var slice = b[range]
            return try number(&slice, fixed: true)
        }
        let hours: Int, minutes: Int, seconds: Int, used: Int
        switch form {
        case .colonHoursMinutes:
            guard b.count >= 6, b[3] == UInt8(ascii: ":") else { throw Bad() }
            (hours, minutes, seconds, used) = (try digits(1..<3), try digits(4..<6), 0, 6)
        case .hours:
            guard b.count >= 3 else { throw Bad() }
            (hours, minutes, seconds, used) = (try digits(1..<3), 0, 0, 3)
        case .colonHoursMinutesSeconds:
            guard b.count >= 9, b[3] == UInt8(ascii: ":"), b[6] == UInt8(ascii: ":") else { throw Bad() }
            (hours, minutes, seconds, used) = (try digits(1..<3), try digits(4..<6), try digits(7..<9), 9)
        case .hoursMinutesSeconds:
            guard b.count >= 7 else { throw Bad() }
            (hours, minutes, seconds, used) = (try digits(1..<3), try digits(3..<5), try digits(5..<7), 7)
        case .hoursMinutes:
            guard b.count >= 5 else { throw Bad() }
            (hours, minutes, seconds, used) = (try digits(1..<3), try digits(3..<5), 0, 5)
        }
        var rangeError = ""
        if hours > 24 { rangeError = "time zone offset hour" }
        if minutes > 60 { rangeError = "time zone offset minute" }
        if seconds > 60 { rangeError = "time zone offset second" }
        var offset = (hours * 60 + minutes) * 60 + seconds
        switch b[0] {
        case UInt8(ascii: "+"): break
        case UInt8(ascii: "-"): offset = -offset
        default: throw Bad()
        }
        s = s.dropFirst(used)
        return (offset, rangeError)
    }

    /// Go's `parseTimeZone`: how many bytes of `s` look like a zone abbreviation.
    private static func zoneNameLength(_ s: ArraySlice<UInt8>) -> Int? {
        let b = Array(s.prefix(16))
        guard b.count >= 3 else { return nil }
        if b.count >= 4, b[0..<4].elementsEqual("ChST".utf8) || b[0..<4].elementsEqual("MeST".utf8) { return 4 }
        if b[0..<3].elementsEqual("GMT".utf8) {
            return 3 + signedOffsetLength(Array(s.dropFirst(3)))
        }
        if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
            let length = signedOffsetLength(Array(s))
            return length > 0 ? length : nil
        }
        var upper = 0
        while upper < 6, upper < b.count, b[upper] >= 65, b[upper] <= 90 { upper += 1 }
        switch upper {
        case 5 where b[4] == UInt8(ascii: "T"): return 5
        case 4 where b[3] == UInt8(ascii: "T") || b[0..<4].elementsEqual("WITA".utf8): return 4
        case 3: return 3
        default: return nil
        }
    }

    private static func signedOffsetLength(_ b: [UInt8]) -> Int {
        guard let sign = b.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return 0 }
        var count = 0, value = 0
        while 1 + count < b.count, isDigit(b[1 + count]) {
            value = min(value * 10 + Int(b[1 + count] - 48), 1_000)
            count += 1
        }
        if count == 0 || value > 12 { return 0 }
        return 1 + count
    }
}

extension Int64 {
    /// Decimal digits only (Go's `atoi` on a fixed-width field, sign allowed).
    fileprivate init?(ascii bytes: ArraySlice<UInt8>) {
        guard let value = Int64(String(decoding: bytes, as: UTF8.self)) else { return nil }
        self = value
    }
}
