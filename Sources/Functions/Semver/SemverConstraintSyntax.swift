/// The text grammar of constraints: hyphen-range rewriting, `||` splitting and scanning
/// of AND-lists, written as a small hand scanner (greedy scanning accepts the same texts as
/// the library's patterns because no element can end where the next one starts).
enum SemverConstraintSyntax {
    /// One `op version` item with the version's pieces as written.
    struct Item {
        var op: String
        /// The version text (`v1.2.x-beta+b`).
        var versionText: String
        var major: String
        var minor: String?
        var patch: String?
        var prerelease: String?
    }

    /// Go's `\s`: tab, newline, form feed, carriage return, space.
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    /// Characters of a version number part: digits, `x X *` and (as the library allows) `|`.
    static func isPartByte(_ b: UInt8) -> Bool {
        SemanticVersion.isDigit(b) || b == UInt8(ascii: "x") || b == UInt8(ascii: "X")
            || b == UInt8(ascii: "*") || b == UInt8(ascii: "|")
    }

    static func text(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Scans a constraint version at `start`: the item pieces and the end, nil if none.
    static func scanVersion(_ bytes: [UInt8], from start: Int) -> (Item, Int)? {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "v") { i += 1 }
        func part() -> String? {
            let partStart = i
            while i < bytes.count, isPartByte(bytes[i]) { i += 1 }
            return i > partStart ? text(bytes, partStart, i) : nil
        }
        guard let major = part() else { return nil }
        var item = Item(op: "", versionText: "", major: major)
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isPartByte(bytes[i + 1]) {
            i += 1
            item.minor = part()
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isPartByte(bytes[i + 1]) {
                i += 1
                item.patch = part()
            }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-"), let (pre, end) = SemanticVersion.identifiers(bytes, from: i + 1) {
            item.prerelease = pre
            i = end
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "+"), let (_, end) = SemanticVersion.identifiers(bytes, from: i + 1) {
            i = end
        }
        item.versionText = text(bytes, start, i)
        return (item, i)
    }

    private static let twoByteOperators = ["!=", ">=", "=>", "<=", "=<", "~>"]

    /// The longest operator at `i` (possibly empty) and the index after it.
    static func scanOperator(_ bytes: [UInt8], from i: Int) -> (String, Int) {
        if i + 1 < bytes.count {
            let pair = text(bytes, i, i + 2)
            if twoByteOperators.contains(pair) { return (pair, i + 2) }
        }
        if i < bytes.count, "=><~^".utf8.contains(bytes[i]) { return (text(bytes, i, i + 1), i + 1) }
        return ("", i)
    }

    /// An AND-list `op version (sep op version)*` with separators of spaces or a comma;
    /// nil when the text is not one.
    static func scanConjunction(_ part: String) -> [Item]? {
        let bytes = Array(part.utf8)
        var i = 0
        var items: [Item] = []
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        while true {
            let (op, afterOp) = scanOperator(bytes, from: i)
            i = afterOp
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard var (item, end) = scanVersion(bytes, from: i) else { return nil }
            item.op = op
            items.append(item)
            i = end
            let spacesStart = i
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            if i == bytes.count { return items }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            } else if i == spacesStart {
                return nil
            }
        }
    }

    /// Go's `strings.Split(text, "||")`.
    static func splitOr(_ text: String) -> [String] {
        // Over bytes: the generic `split(separator: "||")` of _StringProcessing costs more
        // (first-use metadata) than the whole rest of a small chart's semver checks.
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x7C && bytes[i + 1] == 0x7C {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// Rewrites each `A - B` range to `>= A, <= B ` (spaces around the range consumed),
    /// replacing the first occurrence of each range's text in turn, like the library.
    static func rewriteHyphenRanges(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var ranges: [(whole: String, low: String, high: String)] = []
        var start = 0
        while start < bytes.count {
            if let (range, end) = scanHyphenRange(bytes, from: start) {
                ranges.append(range)
                start = end
            } else {
                start += 1
            }
        }
        var result = bytes
        for range in ranges {
            let needle = Array(range.whole.utf8)
            if let at = firstIndex(of: needle, in: result) {
                result.replaceSubrange(at..<(at + needle.count), with: Array(">= \(range.low), <= \(range.high) ".utf8))
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    private static func scanHyphenRange(
        _ bytes: [UInt8], from start: Int
    ) -> ((whole: String, low: String, high: String), Int)? {
        var i = start
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard let (low, afterLow) = scanVersion(bytes, from: i) else { return nil }
        i = afterLow
        let spaceStart = i
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i > spaceStart, i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return nil }
        i += 1
        let secondSpace = i
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i > secondSpace, let (high, afterHigh) = scanVersion(bytes, from: i) else { return nil }
        i = afterHigh
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return ((text(bytes, start, i), low.versionText, high.versionText), i)
    }
}
