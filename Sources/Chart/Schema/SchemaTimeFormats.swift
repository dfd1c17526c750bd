import KrelCore

/// date, time, date-time, duration and period formats (RFC 3339 / ISO 8601 as jsonschema v6
/// reads them). `date` goes through Go's `time.Parse("2006-01-02", s)`, so its failures carry
/// Go's time-parse wording, reproduced here for that one layout.
enum SchemaTimeFormats {
    static func date(_ text: String) -> String? {
        let whole = GoQuote.string(text)
        var rest = Substring(text)
        func cannot(_ element: String) -> String {
            "parsing time \(whole) as \"2006-01-02\": cannot parse \(GoQuote.string(String(rest))) as \"\(element)\""
        }
        func digits(_ count: Int) -> Int? {
            let head = rest.utf8.prefix(count)
            guard head.count == count, head.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            rest = rest.dropFirst(count)
            return head.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func dash() -> Bool {
            guard rest.hasPrefix("-") else { return false }
            rest = rest.dropFirst()
            return true
        }
        guard let year = digits(4) else { return cannot("2006") }
        guard dash() else { return cannot("-") }
        guard let month = digits(2) else { return cannot("01") }
        // Go rejects an out-of-range month as soon as it reads it; the day is checked last.
        if month < 1 || month > 12 { return "parsing time \(whole): month out of range" }
        guard dash() else { return cannot("-") }
        guard let day = digits(2) else { return cannot("02") }
        if !rest.isEmpty { return "parsing time \(whole): extra text: \(GoQuote.string(String(rest)))" }
        if day < 1 || day > daysIn(month: month, year: year) { return "parsing time \(whole): day out of range" }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A run of ASCII digits as Go's strconv.Atoi would accept it (nil on anything else).
    private static func number<S: Collection>(_ s: S) -> Int? where S.Element == UInt8 {
        var body = Substring(decoding: Array(s), as: UTF8.self)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(String(decoding: Array(s), as: UTF8.self))
    }

    static func time(_ text: String) -> String? {
        var b = Array(text.utf8)[...]
        if b.count < 9 { return "less than 9 characters long" }
        let s0 = b.startIndex
        if b[s0 + 2] != UInt8(ascii: ":") || b[s0 + 5] != UInt8(ascii: ":") { return "missing colon in correct place" }
        var hms: [Int] = []
        for range in [s0..<s0 + 2, s0 + 3..<s0 + 5, s0 + 6..<s0 + 8] {
            guard let n = number(b[range]) else { return "invalid hour/min/sec" }
            if n < 0 { return "non-positive hour/min/sec" }
            hms.append(n)
        }
        var (h, m) = (hms[0], hms[1])
        let s = hms[2]
        if h > 23 || m > 59 || s > 60 { return "hour/min/sec out of range" }
        b = b.dropFirst(8)
        if b.first == UInt8(ascii: ".") {
            let fraction = b.dropFirst().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            if fraction == 0 { return "no digits in second fraction" }
            b = b.dropFirst(1 + fraction)
        }
        if !(b.count == 1 && (b.first == UInt8(ascii: "z") || b.first == UInt8(ascii: "Z"))) {
            if b.count != 6 { return "offset must be 6 characters long" }
            let o = b.startIndex
            let sign: Int
            switch b[o] {
            case UInt8(ascii: "+"): sign = -1
            case UInt8(ascii: "-"): sign = 1
            default: return "offset must begin with plus/minus"
            }
            if b[o + 3] != UInt8(ascii: ":") { return "missing colon in offset in correct place" }
            guard let zh = number(b[o + 1..<o + 3]), let zm = number(b[o + 4..<o + 6]) else {
                return "invalid hour/min in offset"
            }
            if zh < 0 || zm < 0 { return "non-positive hour/min in offset" }
            if zh > 23 || zm > 59 { return "hour/min in offset out of range" }
            var minutes = h * 60 + m + sign * (zh * 60 + zm)
            if minutes < 0 { minutes += 24 * 60 }
            (h, m) = (minutes / 60, minutes % 60)
        }
        if s >= 60 && (h != 23 || m != 59) { return "invalid leap second" }
        return nil
    }

    static func dateTime(_ text: String) -> String? {
        let b = Array(text.utf8)
        if b.count < 20 { return "less than 20 characters long" }
        if b[10] != UInt8(ascii: "t") && b[10] != UInt8(ascii: "T") { return "11th character must be t or T" }
        if let e = date(String(decoding: b[..<10], as: UTF8.self)) { return "invalid date element: " + e }
        if let e = time(String(decoding: b[11...], as: UTF8.self)) { return "invalid time element: " + e }
        return nil
    }

    static func duration(_ text: String) -> String? {
        guard text.hasPrefix("P") else { return "must start with P" }
        let body = Array(text.utf8.dropFirst())
        if body.isEmpty { return "nothing after P" }
        if body.last == UInt8(ascii: "W") {
            let weeks = body.dropLast()
            if weeks.isEmpty { return "no number in week" }
            return weeks.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? nil : "invalid week"
        }
        let unitSets: [[UInt8]] = [Array("YMD".utf8), Array("HMS".utf8)]
        for (i, part) in body.split(separator: UInt8(ascii: "T"), omittingEmptySubsequences: false).enumerated() {
            if i != 0 && part.isEmpty { return "no time elements" }
            if i >= unitSets.count { return "more than one T" }
            var units = unitSets[i][...]
            var rest = part[...]
            while !rest.isEmpty {
                let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
                if digits == 0 { return "missing number" }
                rest = rest.dropFirst(digits)
                guard let unit = rest.first else { return "missing unit" }
                guard let j = units.firstIndex(of: unit) else {
                    let quoted = SchemaFormats.runeQuote(Unicode.Scalar(unit))
                    return unitSets[i].contains(unit) ? "unit \(quoted) out of order" : "invalid unit \(quoted)"
                }
                units = units[(j + 1)...]
                rest = rest.dropFirst()
            }
        }
        return nil
    }

    static func period(_ text: String) -> String? {
        guard let slash = text.utf8.firstIndex(of: UInt8(ascii: "/")) else { return "missing slash" }
        let start = String(text[..<slash])
        let end = String(text[text.utf8.index(after: slash)...])
        if start.hasPrefix("P") {
            if let e = duration(start) { return "invalid start duration: " + e }
            return dateTime(end).map { "invalid end date-time: " + $0 }
        }
        if let e = dateTime(start) { return "invalid start date-time: " + e }
        if end.hasPrefix("P") { return duration(end).map { "invalid end duration: " + $0 } }
        return dateTime(end).map { "invalid end date-time: " + $0 }
    }
}
