/// A set of runes: what a character class, a literal or `.` matches.
///
/// Most members are plain rune ranges, folded and negated at parse time as Go does.
/// Unicode categories are kept as predicates (Swift has the property lookups but no
/// range tables), each with its own sign and case folding.
struct RegexCharClass: Sendable {
    /// Sorted, merged, non-adjacent ranges as flat `lo, hi` pairs.
    private(set) var ranges: [UInt32]
    private(set) var properties: [RegexUnicodeProperty]
    /// Whether the whole set (ranges and properties) is complemented.
    private(set) var negated: Bool
    /// Precomputed answers for ASCII runes (bit i of word i/64).
    private var ascii: (UInt64, UInt64) = (0, 0)

    init(ranges: [UInt32], properties: [RegexUnicodeProperty] = [], negated: Bool = false) {
        self.ranges = RegexCharClass.clean(ranges)
        self.properties = properties
        self.negated = negated
        var low: UInt64 = 0, high: UInt64 = 0
        for c in UInt32(0)..<128 where computeMatch(c) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
        ascii = (low, high)
    }

    static let anyRune = RegexCharClass(ranges: [0, 0x10FFFF])
    static let anyRuneExceptNewline = RegexCharClass(ranges: [0, 9, 11, 0x10FFFF])

    /// Whether the class is exactly one rune (for cheap literal matching).
    var singleRune: UInt32? {
        if properties.isEmpty, !negated, ranges.count == 2, ranges[0] == ranges[1] { return ranges[0] }
        return nil
    }

    @inline(__always)
    func matches(_ c: UInt32) -> Bool {
        if c < 64 { return ascii.0 & (1 << UInt64(c)) != 0 }
        if c < 128 { return ascii.1 & (1 << UInt64(c - 64)) != 0 }
        return computeMatch(c)
    }

    private func computeMatch(_ c: UInt32) -> Bool {
        var found = RegexCharClass.rangesContain(ranges, c)
        if !found { found = properties.contains { $0.matches(c) } }
        return found != negated
    }

    static func rangesContain(_ ranges: [UInt32], _ c: UInt32) -> Bool {
        var low = 0, high = ranges.count / 2
        while low < high {
            let mid = (low + high) / 2
            if c > ranges[2 * mid + 1] {
                low = mid + 1
            } else if c < ranges[2 * mid] {
                high = mid
            } else {
                return true
            }
        }
        return false
    }

    /// Sorts and merges overlapping or abutting ranges.
    static func clean(_ pairs: [UInt32]) -> [UInt32] {
        guard pairs.count > 2 else { return pairs }
        var spans: [(UInt32, UInt32)] = []
        spans.reserveCapacity(pairs.count / 2)
        var i = 0
        while i + 1 < pairs.count {
            spans.append((pairs[i], pairs[i + 1]))
            i += 2
        }
        spans.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
        var out: [UInt32] = [spans[0].0, spans[0].1]
        for (lo, hi) in spans.dropFirst() {
            if lo <= out[out.count - 1] &+ 1 {
                if hi > out[out.count - 1] { out[out.count - 1] = hi }
            } else {
                out.append(lo)
                out.append(hi)
            }
        }
        return out
    }

    /// The complement of clean ranges within 0...0x10FFFF.
    static func negate(_ ranges: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var nextLow: UInt32 = 0
        var i = 0
        while i + 1 < ranges.count {
            if ranges[i] > nextLow { out.append(nextLow); out.append(ranges[i] - 1) }
            nextLow = ranges[i + 1] + 1
            i += 2
        }
        if nextLow <= 0x10FFFF { out.append(nextLow); out.append(0x10FFFF) }
        return out
    }

    /// `ranges` plus every case variant of their runes, cleaned.
    static func folded(_ ranges: [UInt32]) -> [UInt32] {
        var out = ranges
        var i = 0
        while i + 1 < ranges.count {
            RegexCaseFolding.appendVariants(of: ranges[i], ranges[i + 1], to: &out)
            i += 2
        }
        return clean(out)
    }
}

/// The ASCII classes of Perl (`\d \s \w`) and POSIX (`[:alpha:]`), as Go defines them.
enum RegexNamedClasses {
    static let perl: [UInt8: [UInt32]] = [
        UInt8(ascii: "d"): [0x30, 0x39],
        UInt8(ascii: "s"): [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x20],
        UInt8(ascii: "w"): [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A],
    ]

    static let posix: [String: [UInt32]] = [
        "alnum": [0x30, 0x39, 0x41, 0x5A, 0x61, 0x7A],
        "alpha": [0x41, 0x5A, 0x61, 0x7A],
        "ascii": [0x00, 0x7F],
        "blank": [0x09, 0x09, 0x20, 0x20],
        "cntrl": [0x00, 0x1F, 0x7F, 0x7F],
        "digit": [0x30, 0x39],
        "graph": [0x21, 0x7E],
        "lower": [0x61, 0x7A],
        "print": [0x20, 0x7E],
        "punct": [0x21, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7E],
        "space": [0x09, 0x0D, 0x20, 0x20],
        "upper": [0x41, 0x5A],
        "word": [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A],
        "xdigit": [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
    ]
}
