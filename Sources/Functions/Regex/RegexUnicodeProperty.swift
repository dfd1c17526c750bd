/// `\p{...}` classes: Unicode general categories (as predicates over Swift's property
/// data) and a few scripts (as ranges; Swift exposes no script property).
struct RegexUnicodeProperty: Sendable {
    /// Bit set over `RegexUnicodeProperty.categoryCodes` indices.
    let categories: UInt64
    let negated: Bool
    /// Under `(?i)` a rune also matches when one of its case variants is in the category.
    let foldCase: Bool

    func matches(_ c: UInt32) -> Bool {
        var hit = RegexUnicodeProperty.inCategories(categories, c)
        if !hit, foldCase {
            hit = RegexCaseFolding.orbit(of: c).contains { RegexUnicodeProperty.inCategories(categories, $0) }
        }
        return hit != negated
    }

    static func inCategories(_ mask: UInt64, _ c: UInt32) -> Bool {
        mask & (1 << UInt64(categoryIndex(c))) != 0
    }

    /// Two-letter category codes; the index is the bit used in masks.
    static let categoryCodes = [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
        "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
    ]

    static func categoryIndex(_ c: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(c) else { return 27 }  // surrogate code points
        switch scalar.properties.generalCategory {
        case .uppercaseLetter: return 0
        case .lowercaseLetter: return 1
        case .titlecaseLetter: return 2
        case .modifierLetter: return 3
        case .otherLetter: return 4
        case .nonspacingMark: return 5
        case .spacingMark: return 6
        case .enclosingMark: return 7
        case .decimalNumber: return 8
        case .letterNumber: return 9
        case .otherNumber: return 10
        case .connectorPunctuation: return 11
        case .dashPunctuation: return 12
        case .openPunctuation: return 13
        case .closePunctuation: return 14
        case .initialPunctuation: return 15
        case .finalPunctuation: return 16
        case .otherPunctuation: return 17
        case .mathSymbol: return 18
        case .currencySymbol: return 19
        case .modifierSymbol: return 20
        case .otherSymbol: return 21
        case .spaceSeparator: return 22
        case .lineSeparator: return 23
        case .paragraphSeparator: return 24
        case .control: return 25
        case .format: return 26
        case .surrogate: return 27
        case .privateUse: return 28
        case .unassigned: return 29
        @unknown default: return 29
        }
    }

    /// A category mask for a canonical name (`L`, `Lu`, `Letter`, ...), nil if unknown.
    static func categoryMask(canonicalName name: String) -> UInt64? {
        if let alias = aliases[name] { return categoryMask(canonicalName: alias) }
        if name == "Lc" { return mask(["Lu", "Ll", "Lt"]) }
        if name.utf8.count == 1 {
            let codes = categoryCodes.filter { $0.hasPrefix(name) }
            return codes.isEmpty ? nil : mask(codes)
        }
        return categoryCodes.contains(name) ? mask([name]) : nil
    }

    private static func mask(_ codes: [String]) -> UInt64 {
        var m: UInt64 = 0
        for code in codes {
            if let index = categoryCodes.firstIndex(of: code) { m |= 1 << UInt64(index) }
        }
        return m
    }

    /// Go's long category names (underscores, spaces, hyphens and case ignored).
    private static let aliases: [String: String] = [
        "Letter": "L", "Casedletter": "Lc", "Uppercaseletter": "Lu", "Lowercaseletter": "Ll",
        "Titlecaseletter": "Lt", "Modifierletter": "Lm", "Otherletter": "Lo",
        "Mark": "M", "Combiningmark": "M", "Nonspacingmark": "Mn", "Spacingmark": "Mc",
        "Enclosingmark": "Me", "Number": "N", "Decimalnumber": "Nd", "Digit": "Nd",
        "Letternumber": "Nl", "Othernumber": "No", "Punctuation": "P", "Punct": "P",
        "Connectorpunctuation": "Pc", "Dashpunctuation": "Pd", "Openpunctuation": "Ps",
        "Closepunctuation": "Pe", "Initialpunctuation": "Pi", "Finalpunctuation": "Pf",
        "Otherpunctuation": "Po", "Symbol": "S", "Mathsymbol": "Sm", "Currencysymbol": "Sc",
        "Modifiersymbol": "Sk", "Othersymbol": "So", "Separator": "Z", "Spaceseparator": "Zs",
        "Lineseparator": "Zl", "Paragraphseparator": "Zp", "Other": "C", "Control": "Cc",
        "Cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Privateuse": "Co", "Unassigned": "Cn",
    ]

    /// Go's canonical lookup form: first letter upper, the rest lower, no `_ - space`.
    static func canonicalName(_ name: String) -> String {
        var out = ""
        var first = true
        for scalar in name.unicodeScalars {
            if scalar == "_" || scalar == "-" || scalar == " " { continue }
            if first {
                out.unicodeScalars.append(scalar.value >= 0x61 && scalar.value <= 0x7A
                    ? Unicode.Scalar(scalar.value - 32)! : scalar)
                first = false
            } else {
                out.unicodeScalars.append(scalar.value >= 0x41 && scalar.value <= 0x5A
                    ? Unicode.Scalar(scalar.value + 32)! : scalar)
            }
        }
        return out
    }

    /// Approximate script ranges (Unicode blocks of the script) for the common scripts.
    static let scripts: [String: [UInt32]] = [
        "Latin": [0x41, 0x5A, 0x61, 0x7A, 0xAA, 0xAA, 0xBA, 0xBA, 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2B8,
                  0x2E0, 0x2E4, 0x1D00, 0x1D25, 0x1D2C, 0x1D5C, 0x1D62, 0x1D65, 0x1D6B, 0x1D77,
                  0x1D79, 0x1DBE, 0x1E00, 0x1EFF, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C,
                  0x212A, 0x212B, 0x2132, 0x2132, 0x214E, 0x214E, 0x2160, 0x2188, 0x2C60, 0x2C7F,
                  0xA722, 0xA787, 0xA78B, 0xA7FF, 0xAB30, 0xAB5A, 0xAB5C, 0xAB64, 0xFB00, 0xFB06,
                  0xFF21, 0xFF3A, 0xFF41, 0xFF5A],
        "Greek": [0x370, 0x373, 0x375, 0x377, 0x37A, 0x37D, 0x37F, 0x37F, 0x384, 0x384, 0x386, 0x386,
                  0x388, 0x38A, 0x38C, 0x38C, 0x38E, 0x3A1, 0x3A3, 0x3E1, 0x3F0, 0x3FF, 0x1D26, 0x1D2A,
                  0x1F00, 0x1FFE, 0x2126, 0x2126],
        "Cyrillic": [0x400, 0x484, 0x487, 0x52F, 0x1C80, 0x1C88, 0x1D2B, 0x1D2B, 0x2DE0, 0x2DFF,
                     0xA640, 0xA69F],
        "Armenian": [0x531, 0x556, 0x559, 0x58A, 0x58D, 0x58F, 0xFB13, 0xFB17],
        "Hebrew": [0x591, 0x5C7, 0x5D0, 0x5EA, 0x5EF, 0x5F4, 0xFB1D, 0xFB4F],
        "Arabic": [0x600, 0x604, 0x606, 0x60B, 0x60D, 0x61A, 0x61C, 0x61E, 0x620, 0x63F, 0x641, 0x64A,
                   0x656, 0x66F, 0x671, 0x6DC, 0x6DE, 0x6FF, 0x750, 0x77F, 0x8A0, 0x8FF, 0xFB50, 0xFDFF,
                   0xFE70, 0xFEFC],
        "Devanagari": [0x900, 0x950, 0x955, 0x963, 0x966, 0x97F, 0xA8E0, 0xA8FF],
        "Thai": [0xE01, 0xE3A, 0xE40, 0xE5B],
        "Georgian": [0x10A0, 0x10FF, 0x1C90, 0x1CBF, 0x2D00, 0x2D2D],
        "Hangul": [0x1100, 0x11FF, 0x3131, 0x318E, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xD7B0, 0xD7FB,
                   0xFFA0, 0xFFDC],
        "Hiragana": [0x3041, 0x3096, 0x309D, 0x309F, 0x1B001, 0x1B11F, 0x1F200, 0x1F200],
        "Katakana": [0x30A1, 0x30FA, 0x30FD, 0x30FF, 0x31F0, 0x31FF, 0x32D0, 0x32FE, 0x3300, 0x3357,
                     0xFF66, 0xFF6F, 0xFF71, 0xFF9D, 0x1B000, 0x1B000],
        "Han": [0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x3005, 0x3005, 0x3007, 0x3007,
                0x3021, 0x3029, 0x3038, 0x303B, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFA6D,
                0xFA70, 0xFAD9, 0x20000, 0x2A6DF, 0x2A700, 0x2EBE0, 0x2F800, 0x2FA1D, 0x30000, 0x323AF],
    ]
}
