/// A POSIX TZ rule such as `EST5EDT,M3.2.0,M11.1.0` (the TZif footer), evaluated for
/// times after a zone's last recorded transition.
struct PosixTZRule: Sendable, Hashable {
    enum DateRule: Sendable, Hashable {
        /// `Jn`: day 1...365, February 29 never counted.
        case julian(Int)
        /// `n`: day 0...365, leap days counted.
        case dayOfYear(Int)
        /// `Mm.w.d`: weekday d of week w (5 = last) of month m.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
    }

    struct Change: Sendable, Hashable {
        var date: DateRule
        /// Seconds after local midnight (may be negative or above 24h).
        var time: Int
    }

    var standardName: String
    var standardOffset: Int
    var daylight: (name: String, offset: Int, start: Change, end: Change)?

    static func == (a: PosixTZRule, b: PosixTZRule) -> Bool {
        a.standardName == b.standardName && a.standardOffset == b.standardOffset
            && a.daylight?.name == b.daylight?.name && a.daylight?.offset == b.daylight?.offset
            && a.daylight?.start == b.daylight?.start && a.daylight?.end == b.daylight?.end
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(standardName)
        hasher.combine(standardOffset)
    }

    init?(_ text: String) {
        var s = Substring(text)
        guard let standardName = Self.name(&s), let standard = Self.offset(&s) else { return nil }
        self.standardName = standardName
        // POSIX offsets are west-positive; Go's (and ours) are east-positive.
        self.standardOffset = -standard
        if s.isEmpty { return }
        guard let daylightName = Self.name(&s) else { return nil }
        var daylightOffset = standardOffset + 3600
        if let first = s.first, first != "," {
            guard let parsed = Self.offset(&s) else { return nil }
            daylightOffset = -parsed
        }
        var start = Change(date: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
        var end = Change(date: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
        if !s.isEmpty {
            guard s.first == ",", let parsedStart = Self.change(&s), s.first == ",",
                  let parsedEnd = Self.change(&s), s.isEmpty else { return nil }
            start = parsedStart
            end = parsedEnd
        }
        daylight = (daylightName, daylightOffset, start, end)
    }

    /// The zone period containing unix time `seconds`, or nil when the rule cannot say.
    func period(at seconds: Int64) -> GoLocation.Period? {
        guard let daylight else {
            return GoLocation.Period(abbreviation: standardName, offset: standardOffset, start: .min, end: .max)
        }
        let (days, _) = CivilCalendar.floorDivide(seconds &+ Int64(standardOffset), CivilCalendar.secondsPerDay)
        let year = CivilCalendar.date(days: days).year
        // Transition instants in UTC: start is given in standard time, end in daylight time.
        func instants(_ year: Int64) -> (start: Int64, end: Int64) {
            let start = transitionLocal(daylight.start, year: year) &- Int64(standardOffset)
            let end = transitionLocal(daylight.end, year: year) &- Int64(daylight.offset)
            return (start, end)
        }
        let yearStart = CivilCalendar.days(year: year, month: 1, day: 1) &* CivilCalendar.secondsPerDay &- Int64(standardOffset)
        let nextYearStart = CivilCalendar.days(year: year &+ 1, month: 1, day: 1) &* CivilCalendar.secondsPerDay &- Int64(standardOffset)
        let (start, end) = instants(year)
        let standard = { (from: Int64, to: Int64) in
            GoLocation.Period(abbreviation: standardName, offset: standardOffset, start: from, end: to)
        }
        let summer = { (from: Int64, to: Int64) in
            GoLocation.Period(abbreviation: daylight.name, offset: daylight.offset, start: from, end: to)
        }
        if start < end {
            if seconds < start { return standard(yearStart, start) }
            if seconds < end { return summer(start, end) }
            return standard(end, nextYearStart)
        }
        // Southern hemisphere: daylight time spans the new year.
        if seconds < end { return summer(yearStart, end) }
        if seconds < start { return standard(end, start) }
        return summer(start, nextYearStart)
    }

    /// Seconds from the epoch to the local wall time of a change in `year`.
    private func transitionLocal(_ change: Change, year: Int64) -> Int64 {
        let januaryFirst = CivilCalendar.days(year: year, month: 1, day: 1)
        var day: Int64
        switch change.date {
        case .julian(let n):
            day = januaryFirst &+ Int64(n - 1)
            if CivilCalendar.isLeap(year) && n >= 60 { day &+= 1 }
        case .dayOfYear(let n):
            day = januaryFirst &+ Int64(n)
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilCalendar.days(year: year, month: Int64(month), day: 1)
            var offset = (weekday - CivilCalendar.weekday(days: first) + 7) % 7
            offset += (week - 1) * 7
            let length = CivilCalendar.daysIn(month: month, year: year)
            while offset >= length { offset -= 7 }
            day = first &+ Int64(offset)
        }
        return day &* CivilCalendar.secondsPerDay &+ Int64(change.time)
    }

    // MARK: Parsing pieces

    private static func name(_ s: inout Substring) -> String? {
        if s.first == "<" {
            guard let close = s.firstIndex(of: ">") else { return nil }
            let name = String(s[s.index(after: s.startIndex)..<close])
            s = s[s.index(after: close)...]
            return name
        }
        let letters = s.prefix(while: { $0.isLetter })
        guard letters.count >= 3 else { return nil }
        s = s.dropFirst(letters.count)
        return String(letters)
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    private static func offset(_ s: inout Substring) -> Int? {
        var sign = 1
        if s.first == "+" || s.first == "-" {
            if s.first == "-" { sign = -1 }
            s = s.dropFirst()
        }
        guard let seconds = clock(&s) else { return nil }
        return sign * seconds
    }

    private static func clock(_ s: inout Substring) -> Int? {
        var total = 0
        for (index, scale) in [3600, 60, 1].enumerated() {
            if index > 0 {
                guard s.first == ":" else { break }
                s = s.dropFirst()
            }
            let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { return nil }
            s = s.dropFirst(digits.count)
            total += value * scale
        }
        return total
    }

    private static func change(_ s: inout Substring) -> Change? {
        s = s.dropFirst()  // the comma
        let date: DateRule
        if s.first == "J" {
            s = s.dropFirst()
            guard let n = number(&s), (1...365).contains(n) else { return nil }
            date = .julian(n)
        } else if s.first == "M" {
            s = s.dropFirst()
            guard let m = number(&s), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let w = number(&s), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let d = number(&s), (1...12).contains(m), (1...5).contains(w), (0...6).contains(d) else { return nil }
            date = .monthWeekDay(month: m, week: w, weekday: d)
        } else {
            guard let n = number(&s), (0...365).contains(n) else { return nil }
            date = .dayOfYear(n)
        }
        var time = 7200
        if s.first == "/" {
            s = s.dropFirst()
            guard let parsed = offset(&s) else { return nil }
            time = parsed
        }
        return Change(date: date, time: time)
    }

    private static func number(_ s: inout Substring) -> Int? {
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        s = s.dropFirst(digits.count)
        return Int(digits)
    }
}
