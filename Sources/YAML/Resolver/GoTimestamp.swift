/// go-yaml v2's timestamp recognition: `YYYY-M-D`, `YYYY-M-DTh:m:s[.frac](Z|±hh:mm)` (also
/// lower-case `t`) and `YYYY-M-D h:m:s[.frac]`, validated like Go's `time.Parse`.
enum GoTimestamp {
    static func looksLikeTimestamp(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = Cursor(s: s)
        guard let year = p.digits(min: 4, max: 4), p.eat(UInt8(ascii: "-")) else { return false }
        guard let month = p.digits(min: 1, max: 2), p.eat(UInt8(ascii: "-")),
              let day = p.digits(min: 1, max: 2)
        else { return false }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if p.atEnd { return true }
        let separator = p.next()
        let zoned: Bool
        switch separator {
        case UInt8(ascii: "T"), UInt8(ascii: "t"): zoned = true
        case UInt8(ascii: " "): zoned = false
        default: return false
        }
        guard let hour = p.digits(min: 1, max: 2), hour < 24, p.eat(UInt8(ascii: ":")),
              let minute = p.digits(min: 1, max: 2), minute < 60, p.eat(UInt8(ascii: ":")),
              let second = p.digits(min: 1, max: 2), second < 60
        else { return false }
        if p.peek == UInt8(ascii: ".") || p.peek == UInt8(ascii: ",") {
            _ = p.next()
            guard p.digits(min: 1, max: 9) != nil else { return false }
        }
        if !zoned { return p.atEnd }
        if p.eat(UInt8(ascii: "Z")) { return p.atEnd }
        guard p.peek == UInt8(ascii: "+") || p.peek == UInt8(ascii: "-") else { return false }
        _ = p.next()
        guard let zh = p.digits(min: 2, max: 2), zh < 24, p.eat(UInt8(ascii: ":")),
              let zm = p.digits(min: 2, max: 2), zm < 60
        else { return false }
        return p.atEnd
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private struct Cursor {
        let s: UnsafeBufferPointer<UInt8>
        var i = 0
        var atEnd: Bool { i >= s.count }
        var peek: UInt8? { i < s.count ? s[i] : nil }
        mutating func next() -> UInt8? {
            guard i < s.count else { return nil }
            defer { i += 1 }
            return s[i]
        }
        mutating func eat(_ c: UInt8) -> Bool {
            guard peek == c else { return false }
            i += 1
            return true
        }
        mutating func digits(min: Int, max: Int) -> Int? {
            var value = 0
            var count = 0
            while count < max, let c = peek, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
                value = value * 10 + Int(c - UInt8(ascii: "0"))
                count += 1
                i += 1
            }
            return count >= min ? value : nil
        }
    }
}
