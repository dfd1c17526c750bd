/// The encoder-side rule (shared by go-yaml v2 and v3) for strings that must be quoted
/// because, written plain, they would read back as another type.
enum StringQuoting {
    /// False when the plain text would resolve to null, a bool (including the YAML 1.1
    /// spellings v3 still quotes), a number, a timestamp, or looks like a YAML 1.1
    /// sexagesimal number. `<<` stays plain.
    static func canBePlain(_ v: [UInt8]) -> Bool {
        let resolution = v.withUnsafeBufferPointer { PlainScalarResolver.resolve(bytes: $0) }
        switch resolution {
        case .string, .merge: return !isBase60Float(v)
        default: return false
        }
    }

    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?`, the whole text.
    static func isBase60Float(_ v: [UInt8]) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        var i = 0
        if i < v.count && (v[i] == UInt8(ascii: "-") || v[i] == UInt8(ascii: "+")) { i += 1 }
        guard i < v.count && isDigit(v[i]) else { return false }
        i += 1
        while i < v.count && (isDigit(v[i]) || v[i] == UInt8(ascii: "_")) { i += 1 }
        var groups = 0
        while i < v.count && v[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]: one or two digits, a two-digit group starting with 0-5.
            guard i < v.count && isDigit(v[i]) else { return false }
            if i + 1 < v.count && isDigit(v[i + 1]) {
                guard v[i] <= UInt8(ascii: "5") else { return false }
                i += 2
            } else {
                i += 1
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < v.count && v[i] == UInt8(ascii: ".") {
            i += 1
            while i < v.count && (isDigit(v[i]) || v[i] == UInt8(ascii: "_")) { i += 1 }
        }
        return i == v.count
    }
}
