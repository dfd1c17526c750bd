/// Go's `Time.Format` with reference layouts.
enum GoTimeFormat {
    static func format(_ time: GoTime, layout: String) -> String {
        let layoutBytes = Array(layout.utf8)
        let f = time.fields
        var out = [UInt8]()
        out.reserveCapacity(layoutBytes.count + 10)
        var position = 0
        while let (prefixEnd, element, end) = GoLayout.nextElement(layoutBytes, from: position) {
            out += layoutBytes[position..<prefixEnd]
            append(element, of: f, to: &out)
            position = end
        }
        out += layoutBytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ element: LayoutElement, of f: GoTime.Fields, to out: inout [UInt8]) {
        switch element {
        case .year: appendNumber(f.year % 100 < 0 ? -(f.year % 100) : f.year % 100, width: 2, to: &out)
        case .longYear: appendNumber(f.year, width: 4, to: &out)
        case .month: out += CivilCalendar.longMonthNames[f.month - 1].utf8.prefix(3)
        case .longMonth: out += CivilCalendar.longMonthNames[f.month - 1].utf8
        case .numMonth: appendNumber(Int64(f.month), width: 0, to: &out)
        case .zeroMonth: appendNumber(Int64(f.month), width: 2, to: &out)
        case .weekDay: out += CivilCalendar.longDayNames[f.weekday].utf8.prefix(3)
        case .longWeekDay: out += CivilCalendar.longDayNames[f.weekday].utf8
        case .day: appendNumber(Int64(f.day), width: 0, to: &out)
        case .underDay:
            if f.day < 10 { out.append(UInt8(ascii: " ")) }
            appendNumber(Int64(f.day), width: 0, to: &out)
        case .zeroDay: appendNumber(Int64(f.day), width: 2, to: &out)
        case .underYearDay:
            if f.yearDay < 100 { out.append(UInt8(ascii: " ")) }
            if f.yearDay < 10 { out.append(UInt8(ascii: " ")) }
            appendNumber(Int64(f.yearDay), width: 0, to: &out)
        case .zeroYearDay: appendNumber(Int64(f.yearDay), width: 3, to: &out)
        case .hour: appendNumber(Int64(f.hour), width: 2, to: &out)
        case .hour12, .zeroHour12:
            let hour = f.hour % 12 == 0 ? 12 : f.hour % 12
            appendNumber(Int64(hour), width: element == .hour12 ? 0 : 2, to: &out)
        case .minute: appendNumber(Int64(f.minute), width: 0, to: &out)
        case .zeroMinute: appendNumber(Int64(f.minute), width: 2, to: &out)
        case .second: appendNumber(Int64(f.second), width: 0, to: &out)
        case .zeroSecond: appendNumber(Int64(f.second), width: 2, to: &out)
        case .pmUpper: out += (f.hour >= 12 ? "PM" : "AM").utf8
        case .pmLower: out += (f.hour >= 12 ? "pm" : "am").utf8
        case .isoTimeZone(let zone), .numericTimeZone(let zone):
            if case .isoTimeZone = element, f.zoneOffset == 0 {
                out.append(UInt8(ascii: "Z"))
                return
            }
            appendNumericZone(f.zoneOffset, zone, to: &out)
        case .timeZoneName:
            if !f.zoneAbbreviation.isEmpty {
                out += f.zoneAbbreviation.utf8
            } else {
                // Unnamed zones print their offset as -0700.
                let minutes = f.zoneOffset / 60
                out.append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                appendNumber(Int64(abs(minutes) / 60), width: 2, to: &out)
                appendNumber(Int64(abs(minutes) % 60), width: 2, to: &out)
            }
        case .fraction(let digits, let trimmed, let separator):
            appendFraction(f.nanosecond, digits: digits, trimmed: trimmed, separator: separator, to: &out)
        }
    }

    private static func appendNumericZone(_ offset: Int, _ zone: LayoutElement.NumericZone, to out: inout [UInt8]) {
        let minutes = offset / 60
        out.append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let absoluteMinutes = abs(minutes)
        appendNumber(Int64(absoluteMinutes / 60), width: 2, to: &out)
        let colon = zone == .colonHoursMinutes || zone == .colonHoursMinutesSeconds
        if zone != .hours {
            if colon { out.append(UInt8(ascii: ":")) }
            appendNumber(Int64(absoluteMinutes % 60), width: 2, to: &out)
        }
        if zone == .hoursMinutesSeconds || zone == .colonHoursMinutesSeconds {
            if colon { out.append(UInt8(ascii: ":")) }
            appendNumber(Int64(abs(offset) % 60), width: 2, to: &out)
        }
    }

    private static func appendFraction(_ nanos: Int, digits: Int, trimmed: Bool, separator: UInt8, to out: inout [UInt8]) {
        if trimmed && (digits == 0 || nanos == 0) { return }
        var text = Array(String(nanos).utf8)
        text = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 9 - text.count)) + text
        if digits < 9 { text.removeLast(9 - digits) }
        if trimmed {
            while text.last == UInt8(ascii: "0") { text.removeLast() }
            if text.isEmpty { return }
        }
        out.append(separator)
        out += text
    }

    /// Decimal with at least `width` digits (zero-padded); a minus sign comes first.
    private static func appendNumber(_ value: Int64, width: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let digits = String(value.magnitude).utf8
        if digits.count < width { out += [UInt8](repeating: UInt8(ascii: "0"), count: width - digits.count) }
        out += digits
    }
}
