/// Go's reference-layout elements (`2006`, `Jan`, `15`, `Z07:00`, `.000`, ...) and the
/// tokenizer that finds them, shared by the formatter and the parser.
enum LayoutElement: Equatable {
    case longMonth, month, numMonth, zeroMonth
    case longWeekDay, weekDay
    case day, underDay, zeroDay, underYearDay, zeroYearDay
    case hour, hour12, zeroHour12
    case minute, zeroMinute, second, zeroSecond
    case longYear, year
    case pmUpper, pmLower
    case timeZoneName
    /// `Z0700` forms (print `Z` for UTC) and `-0700` forms.
    case isoTimeZone(NumericZone), numericTimeZone(NumericZone)
    /// `.000` (fixed digits) or `.999` (trailing zeros trimmed); separator `.` or `,`.
    case fraction(digits: Int, trimmed: Bool, separator: UInt8)

    enum NumericZone: Equatable {
        /// `-0700`, `-07:00`, `-07`, `-070000`, `-07:00:00`.
        case hoursMinutes, colonHoursMinutes, hours, hoursMinutesSeconds, colonHoursMinutesSeconds
    }
}

enum GoLayout {
    /// The next element of `layout` at or after `start`: (literal prefix end, element,
    /// element end). nil when only literal text remains.
    static func nextElement(_ layout: [UInt8], from start: Int) -> (prefixEnd: Int, element: LayoutElement, end: Int)? {
        let n = layout.count
        func has(_ text: String, at i: Int) -> Bool {
            let bytes = Array(text.utf8)
            return i + bytes.count <= n && Array(layout[i..<i + bytes.count]) == bytes
        }
        func startsWithLowercase(_ i: Int) -> Bool { i < n && layout[i] >= 97 && layout[i] <= 122 }
        func isDigit(_ i: Int) -> Bool { i < n && layout[i] >= 48 && layout[i] <= 57 }

        var i = start
        while i < n {
            switch layout[i] {
            case UInt8(ascii: "J"):
                if has("Jan", at: i) {
                    if has("January", at: i) { return (i, .longMonth, i + 7) }
                    if !startsWithLowercase(i + 3) { return (i, .month, i + 3) }
                }
            case UInt8(ascii: "M"):
                if has("Mon", at: i) {
                    if has("Monday", at: i) { return (i, .longWeekDay, i + 6) }
                    if !startsWithLowercase(i + 3) { return (i, .weekDay, i + 3) }
                }
                if has("MST", at: i) { return (i, .timeZoneName, i + 3) }
            case UInt8(ascii: "0"):
                if i + 1 < n, layout[i + 1] >= 49, layout[i + 1] <= 54 {
                    let zeroElements: [LayoutElement] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return (i, zeroElements[Int(layout[i + 1] - 49)], i + 2)
                }
                if has("002", at: i) { return (i, .zeroYearDay, i + 3) }
            case UInt8(ascii: "1"):
                if has("15", at: i) { return (i, .hour, i + 2) }
                return (i, .numMonth, i + 1)
            case UInt8(ascii: "2"):
                if has("2006", at: i) { return (i, .longYear, i + 4) }
                return (i, .day, i + 1)
            case UInt8(ascii: "_"):
                if i + 1 < n, layout[i + 1] == UInt8(ascii: "2") {
                    // `_2006` is a literal underscore followed by the year.
                    if has("2006", at: i + 1) { return (i + 1, .longYear, i + 5) }
                    return (i, .underDay, i + 2)
                }
                if has("__2", at: i) { return (i, .underYearDay, i + 3) }
            case UInt8(ascii: "3"): return (i, .hour12, i + 1)
            case UInt8(ascii: "4"): return (i, .minute, i + 1)
            case UInt8(ascii: "5"): return (i, .second, i + 1)
            case UInt8(ascii: "P"):
                if i + 1 < n, layout[i + 1] == UInt8(ascii: "M") { return (i, .pmUpper, i + 2) }
            case UInt8(ascii: "p"):
                if i + 1 < n, layout[i + 1] == UInt8(ascii: "m") { return (i, .pmLower, i + 2) }
            case UInt8(ascii: "-"), UInt8(ascii: "Z"):
                let iso = layout[i] == UInt8(ascii: "Z")
                let lead = iso ? "Z" : "-"
                let forms: [(String, LayoutElement.NumericZone)] = [
                    ("070000", .hoursMinutesSeconds), ("07:00:00", .colonHoursMinutesSeconds),
                    ("0700", .hoursMinutes), ("07:00", .colonHoursMinutes), ("07", .hours),
                ]
                for (form, zone) in forms where has(lead + form, at: i) {
                    return (i, iso ? .isoTimeZone(zone) : .numericTimeZone(zone), i + 1 + form.utf8.count)
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if i + 1 < n, layout[i + 1] == UInt8(ascii: "0") || layout[i + 1] == UInt8(ascii: "9") {
                    let digit = layout[i + 1]
                    var j = i + 1
                    while j < n && layout[j] == digit { j += 1 }
                    // Only a fraction when the run of digits ends the number.
                    if !isDigit(j) {
                        return (i, .fraction(digits: j - i - 1, trimmed: digit == UInt8(ascii: "9"), separator: layout[i]), j)
                    }
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
