/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01.
///
/// All arithmetic wraps instead of trapping: absurd inputs (unix seconds near Int64.max)
/// give absurd dates, as in Go, never a crash.
enum CivilCalendar {
    static let secondsPerDay: Int64 = 86_400

    static let longMonthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Floor division (Swift's `/` truncates toward zero).
    @inline(__always)
    static func floorDivide(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
        var q = a / b
        var r = a % b
        if r < 0 { q &-= 1; r &+= b }
        return (q, r)
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int64) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since the epoch of a (possibly out-of-range, normalised) civil date.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        // Normalise the month into 1...12 first, carrying into the year.
        let (carry, m0) = floorDivide(month &- 1, 12)
        let y = year &+ carry
        let m = m0 &+ 1
        // Shift the year to start in March so the leap day comes last.
        let shiftedYear = m <= 2 ? y &- 1 : y
        let era = floorDivide(shiftedYear, 400).quotient
        let yearOfEra = shiftedYear &- era &* 400
        let monthFromMarch = m > 2 ? m &- 3 : m &+ 9
        let dayOfYear = (153 &* monthFromMarch &+ 2) / 5 &+ day &- 1
        let dayOfEra = yearOfEra &* 365 &+ yearOfEra / 4 &- yearOfEra / 100 &+ dayOfYear
        return era &* 146_097 &+ dayOfEra &- 719_468
    }

    /// The civil date of a day number.
    static func date(days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days &+ 719_468
        let era = floorDivide(z, 146_097).quotient
        let dayOfEra = z &- era &* 146_097
        let yearOfEra = (dayOfEra &- dayOfEra / 1460 &+ dayOfEra / 36_524 &- dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra &- (365 &* yearOfEra &+ yearOfEra / 4 &- yearOfEra / 100)
        let monthFromMarch = (5 &* dayOfYear &+ 2) / 153
        let day = dayOfYear &- (153 &* monthFromMarch &+ 2) / 5 &+ 1
        let month = monthFromMarch < 10 ? monthFromMarch &+ 3 : monthFromMarch &- 9
        let year = yearOfEra &+ era &* 400 &+ (month <= 2 ? 1 : 0)
        return (year, Int(month), Int(day))
    }

    /// 0 = Sunday.
    static func weekday(days: Int64) -> Int {
        Int(floorDivide(days &+ 4, 7).remainder)
    }

    /// 1-based day of the year.
    static func yearDay(days: Int64, year: Int64) -> Int {
        Int(days &- Self.days(year: year, month: 1, day: 1) &+ 1)
    }
}
