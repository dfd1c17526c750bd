/// go-yaml's "natural" map key order (its sorter for string keys), used by both toYaml
/// (v2) and toYamlPretty (v3).
///
/// Keys are compared code point by code point up to the first difference. Two letters
/// compare by code point; a letter sorts after a non-letter; otherwise the runs of digits
/// starting there are compared as numbers (shorter run first when equal), so `a2 < a10`
/// and `a1 < a01`. A proper prefix sorts first.
enum NaturalKeyOrder {
    /// Sorts keys; each key is decoded to code points once.
    static func sorted(_ keys: [String]) -> [String] {
        var decoded = keys.map { (key: $0, scalars: Array($0.unicodeScalars.lazy.map(\.value))) }
        decoded.sort { less($0.scalars, $1.scalars) }
        return decoded.map(\.key)
    }

    static func less(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            let ca = a[i], cb = b[i]
            if ca == cb {
                i += 1
                continue
            }
            let letterA = isLetter(ca), letterB = isLetter(cb)
            if letterA && letterB { return ca < cb }
            if letterA || letterB { return letterB }
            // Digits at the difference: if one side is '0' and a non-zero digit precedes it
            // in the shared digit run, both numbers get a leading 1 so those digits count.
            var numberA: Int64 = 0, numberB: Int64 = 0
            if ca == 0x30 || cb == 0x30 {
                var j = i - 1
                while j >= 0 && isDigit(a[j]) {
                    if a[j] != 0x30 {
                        numberA = 1
                        numberB = 1
                        break
                    }
                    j -= 1
                }
            }
            var endA = i
            while endA < a.count && isDigit(a[endA]) {
                numberA = numberA &* 10 &+ (Int64(a[endA]) &- 0x30)
                endA += 1
            }
            var endB = i
            while endB < b.count && isDigit(b[endB]) {
                numberB = numberB &* 10 &+ (Int64(b[endB]) &- 0x30)
                endB += 1
            }
            if numberA != numberB { return numberA < numberB }
            if endA != endB { return endA < endB }
            return ca < cb
        }
        return a.count < b.count
    }

    /// Go's `unicode.IsLetter`: categories Lu, Ll, Lt, Lm, Lo.
    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: category Nd.
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
