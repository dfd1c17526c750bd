import KrelCore
/// Go's `unicode` predicates and simple (one rune to one rune) case mappings.
///
/// Swift's String case APIs apply the *full* Unicode mappings (`ß` ⇒ `SS`); Go maps rune
/// by rune and leaves a rune alone when it has no single-rune mapping.
enum GoUnicode {
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .titlecaseLetter
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .decimalNumber
    }

    static func isNumber(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    static func isPunct(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }

    static func toUpper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 0x61 && s.value <= 0x7A ? Unicode.Scalar(UInt8(s.value - 32)) : s }
        if let special = upperSpecials[s.value], let u = Unicode.Scalar(special) { return u }
        return single(s.properties.uppercaseMapping) ?? s
    }

    static func toLower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 32)) : s }
        if s.value == 0x130 { return "i" }  // İ: its full mapping adds a combining dot
        return single(s.properties.lowercaseMapping) ?? s
    }

    static func toTitle(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return toUpper(s) }
        if let special = upperSpecials[s.value], let t = Unicode.Scalar(special) { return t }
        return single(s.properties.titlecaseMapping) ?? s
    }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var it = mapping.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    /// Greek letters with ypogegrammeni: the full upper mapping has two runes, the
    /// simple one (Go's) is the titlecase letter.
    private static let upperSpecials: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [0x1FB3: 0x1FBC, 0x1FC3: 0x1FCC, 0x1FF3: 0x1FFC]
        for base: UInt32 in [0x1F80, 0x1F90, 0x1FA0] {
            for i: UInt32 in 0..<8 { table[base + i] = base + 8 + i }
        }
        return table
    }()

    static func upper(_ s: String) -> String { mapScalars(s, toUpper) }
    static func lower(_ s: String) -> String { mapScalars(s, toLower) }

    static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { out.append(f(scalar)) }
        return String(out)
    }

    /// Go's `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !GoStrings.isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !GoStrings.isSpace($0) }) ?? start
        return String(scalars[start...end])
    }
}
