/// Bracketed character classes: `[a-z]`, `[^\d]`, `[[:alpha:]]`, `[\p{Greek}x]`.
extension RegexParser {
    mutating func parseClass() throws(GoRegexError) {
        let classStart = index
        index += 1
        var negated = false
        if peek() == UInt8(ascii: "^") {
            negated = true
            index += 1
        }
        var ranges: [UInt32] = []
        var properties: [RegexUnicodeProperty] = []
        var first = true
        while index >= bytes.count || bytes[index] != UInt8(ascii: "]") || first {
            first = false
            // POSIX [:alpha:] (only when a closing :] follows; otherwise '[' is a literal).
            if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: ":"),
               let named = try parsePosixClass()
            {
                ranges += named
                continue
            }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "p") || next == UInt8(ascii: "P") {
                    let item = try parseUnicodeClass()
                    ranges += item.ranges
                    if let property = item.property { properties.append(property) }
                    continue
                }
                if let perl = parsePerlClass() {
                    ranges += perl
                    continue
                }
            }
            let rangeStart = index
            let low = try parseClassCharacter(classStart: classStart)
            var high = low
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "]") {
                index += 1
                high = try parseClassCharacter(classStart: classStart)
                if high < low { throw GoRegexError(.invalidCharRange, text(rangeStart, index)) }
            }
            if flags.contains(.foldCase) {
                ranges += RegexCharClass.folded([low, high])
            } else {
                ranges += [low, high]
            }
        }
        index += 1
        let clean = RegexCharClass.clean(ranges)
        if properties.isEmpty {
            push(.charClass(RegexCharClass(ranges: negated ? RegexCharClass.negate(clean) : clean)))
        } else {
            push(.charClass(RegexCharClass(ranges: clean, properties: properties, negated: negated)))
        }
    }

    /// One class member rune (escapes allowed); running off the end is a missing `]`.
    mutating func parseClassCharacter(classStart: Int) throws(GoRegexError) -> UInt32 {
        guard index < bytes.count else { throw GoRegexError(.missingBracket, text(classStart, bytes.count)) }
        if bytes[index] == UInt8(ascii: "\\") { return try parseEscape() }
        let decoded = RegexUTF8.decode(bytes, at: index)
        if RegexUTF8.isError(decoded) { throw GoRegexError(.invalidUTF8, text(index, bytes.count)) }
        index += decoded.width
        return decoded.rune
    }

    /// `[:name:]` or `[:^name:]` at `index`; nil when no `:]` follows.
    mutating func parsePosixClass() throws(GoRegexError) -> [UInt32]? {
        var i = index + 2
        var close: Int?
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "]") { close = i; break }
            i += 1
        }
        guard let close else { return nil }
        let whole = text(index, close + 2)
        var name = text(index + 2, close)
        var negated = false
        if name.hasPrefix("^") {
            negated = true
            name.removeFirst()
        }
        guard let base = RegexNamedClasses.posix[name] else { throw GoRegexError(.invalidCharRange, whole) }
        index = close + 2
        return groupRanges(base, negated: negated)
    }
}
