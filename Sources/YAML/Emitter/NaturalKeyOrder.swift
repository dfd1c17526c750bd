/// go-yaml's "natural" map key order (its sorter for string keys), used by both toYaml
/// (v2) and toYamlPretty (v3).
///
/// Keys are compared code point by code point up to the first difference. Two letters
/// compare by code point; a letter sorts after a non-letter; otherwise the runs of digits
/// starting there are compared as numbers (shorter run first when equal), so `a2 < a10`
/// and `a1 < a01`. A proper prefix sorts first.
enum NaturalKeyOrder {
    /// Sorts keys. Code points of all keys go into one flat buffer so that comparisons
    /// don't retain or allocate.
    static func sorted(_ keys: [String]) -> [String] {
        if keys.count < 2 { return keys }
        var flat: [UInt32] = []
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(keys.count)
        for key in keys {
            let start = flat.count
            for scalar in key.unicodeScalars { flat.append(scalar.value) }
            bounds.append(start..<flat.count)
        }
        var order = Array(keys.indices)
        flat.withUnsafeBufferPointer { f in
            bounds.withUnsafeBufferPointer { b in
                order.sort { less(f, b[$0], b[$1]) }
            }
        }
        return order.map { keys[$0] }
    }

    static func less(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let flat = a + b
        return flat.withUnsafeBufferPointer { less($0, 0..<a.count, a.count..<flat.count) }
    }

    /// Compares the keys stored at ranges `ra` and `rb` of `s`.
    static func less(_ s: UnsafeBufferPointer<UInt32>, _ ra: Range<Int>, _ rb: Range<Int>) -> Bool {
        let a = UnsafeBufferPointer(rebasing: s[ra]), b = UnsafeBufferPointer(rebasing: s[rb])
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
