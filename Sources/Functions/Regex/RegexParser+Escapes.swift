/// Groups with `(?`, backslash escapes and Unicode classes.
extension RegexParser {
    static func isAlphanumeric(_ c: UInt32) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    /// `(?P<name>`, `(?<name>`, `(?flags)`, `(?flags:` at `index`.
    mutating func parseGroupPrefix() throws(GoRegexError) {
        let start = index
        let remaining = bytes.count - start
        let pythonName = remaining > 4 && bytes[start + 2] == UInt8(ascii: "P") && bytes[start + 3] == UInt8(ascii: "<")
        let plainName = remaining > 3 && bytes[start + 2] == UInt8(ascii: "<")
        if pythonName || plainName {
            let nameStart = start + (pythonName ? 4 : 3)
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
                throw GoRegexError(.invalidNamedCapture, text(start, bytes.count))
            }
            let name = text(nameStart, close)
            let valid = nameStart < close && bytes[nameStart..<close].allSatisfy {
                $0 == UInt8(ascii: "_") || RegexParser.isAlphanumeric(UInt32($0))
            }
            if !valid { throw GoRegexError(.invalidNamedCapture, text(start, close + 1)) }
            try openGroup(capture: newCapture(name: name))
            index = close + 1
            return
        }
        var i = start + 2
        var newFlags = flags
        var negative = false
        var sawFlag = false
        while i < bytes.count {
            let decoded = RegexUTF8.decode(bytes, at: i)
            if RegexUTF8.isError(decoded) { throw GoRegexError(.invalidUTF8, text(i, bytes.count)) }
            i += decoded.width
            let flag: RegexFlags
            switch decoded.rune {
            case UInt32(UInt8(ascii: "i")): flag = .foldCase
            case UInt32(UInt8(ascii: "m")): flag = .multiLine
            case UInt32(UInt8(ascii: "s")): flag = .dotNL
            case UInt32(UInt8(ascii: "U")): flag = .nonGreedy
            case UInt32(UInt8(ascii: "-")):
                if negative { throw GoRegexError(.invalidPerlOp, text(start, i)) }
                negative = true
                sawFlag = false
                continue
            case UInt32(UInt8(ascii: ":")), UInt32(UInt8(ascii: ")")):
                if negative, !sawFlag { throw GoRegexError(.invalidPerlOp, text(start, i)) }
                if decoded.rune == UInt32(UInt8(ascii: ":")) { try openGroup(capture: nil) }
                flags = newFlags
                index = i
                return
            default:
                throw GoRegexError(.invalidPerlOp, text(start, i))
            }
            if negative { newFlags.remove(flag) } else { newFlags.insert(flag) }
            sawFlag = true
        }
        throw GoRegexError(.invalidPerlOp, text(start, i))
    }

    /// A backslash outside a class: assertions, `\Q...\E`, classes or a literal escape.
    mutating func parseBackslash() throws(GoRegexError) {
        if let next = peek(1) {
            switch next {
            case UInt8(ascii: "A"): push(.assertion(.beginText)); index += 2; return
            case UInt8(ascii: "z"): push(.assertion(.endText)); index += 2; return
            case UInt8(ascii: "b"): push(.assertion(.wordBoundary)); index += 2; return
            case UInt8(ascii: "B"): push(.assertion(.noWordBoundary)); index += 2; return
            case UInt8(ascii: "C"): throw GoRegexError(.invalidEscape, text(index, index + 2))
            case UInt8(ascii: "Q"):
                var i = index + 2
                var end = bytes.count
                var resume = bytes.count
                while i + 1 < bytes.count {
                    if bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "E") {
                        end = i
                        resume = i + 2
                        break
                    }
                    i += 1
                }
                var j = index + 2
                while j < end {
                    let decoded = RegexUTF8.decode(bytes, at: j)
                    if RegexUTF8.isError(decoded) { throw GoRegexError(.invalidUTF8, text(j, bytes.count)) }
                    pushLiteral(decoded.rune)
                    j += decoded.width
                }
                index = resume
                return
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                let item = try parseUnicodeClass()
                push(.charClass(item.charClass))
                return
            default:
                if let ranges = parsePerlClass() {
                    push(.charClass(RegexCharClass(ranges: ranges)))
                    return
                }
            }
        }
        let rune = try parseEscape()
        pushLiteral(rune)
    }

    /// `\d \D \s \S \w \W` at `index`, folded under `(?i)` like Go; advances on success.
    mutating func parsePerlClass() -> [UInt32]? {
        guard let letter = peek(1) else { return nil }
        let lower = letter | 0x20
        guard let base = RegexNamedClasses.perl[lower] else { return nil }
        index += 2
        return groupRanges(base, negated: letter != lower)
    }

    /// A Perl or POSIX group's ranges: folded under `(?i)`, then complemented if negated.
    func groupRanges(_ base: [UInt32], negated: Bool) -> [UInt32] {
        let ranges = flags.contains(.foldCase) ? RegexCharClass.folded(base) : base
        return negated ? RegexCharClass.negate(ranges) : ranges
    }

    /// A single-rune escape at `index` (which is at the backslash): `\n`, `\x41`, `\101`,
    /// `\.`, ... Anything else is `invalid escape sequence`.
    mutating func parseEscape() throws(GoRegexError) -> UInt32 {
        let start = index
        var i = index + 1
        guard i < bytes.count else { throw GoRegexError(.trailingBackslash, "") }
        let decoded = RegexUTF8.decode(bytes, at: i)
        if RegexUTF8.isError(decoded) { throw GoRegexError(.invalidUTF8, text(i, bytes.count)) }
        let c = decoded.rune
        i += decoded.width
        func isOctal(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x37 }
        func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: UInt32(b - 0x30)
            case 0x61...0x66: UInt32(b - 0x61 + 10)
            case 0x41...0x46: UInt32(b - 0x41 + 10)
            default: nil
            }
        }
        switch c {
        case _ where c < 0x80 && !RegexParser.isAlphanumeric(c):
            index = i
            return c
        case 0x30...0x37 where c == 0x30 || isOctal(i):
            // Octal: up to three digits; a lone \1-\7 would be a backreference.
            var value = c - 0x30
            for _ in 1..<3 where isOctal(i) {
                value = value * 8 + UInt32(bytes[i] - 0x30)
                i += 1
            }
            index = i
            return value
        case UInt32(UInt8(ascii: "x")):
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: "{") {
                i += 1
                var value: UInt32 = 0
                var digits = 0
                while true {
                    guard i < bytes.count else { throw GoRegexError(.invalidEscape, text(start, i)) }
                    let b = bytes[i]
                    i += b < 0x80 ? 1 : RegexUTF8.decode(bytes, at: i).width
                    if b == UInt8(ascii: "}") { break }
                    guard let digit = hexValue(b) else { throw GoRegexError(.invalidEscape, text(start, i)) }
                    value = value * 16 + digit
                    if value > 0x10FFFF { throw GoRegexError(.invalidEscape, text(start, i)) }
                    digits += 1
                }
                if digits == 0 { break }
                index = i
                return value
            }
            let high = hexValue(bytes[i])
            i += bytes[i] < 0x80 ? 1 : RegexUTF8.decode(bytes, at: i).width
            var low: UInt32?
            if i < bytes.count {
                low = hexValue(bytes[i])
                i += bytes[i] < 0x80 ? 1 : RegexUTF8.decode(bytes, at: i).width
            }
            guard let high, let low else { break }
            index = i
            return high * 16 + low
        case UInt32(UInt8(ascii: "a")): index = i; return 7
        case UInt32(UInt8(ascii: "f")): index = i; return 12
        case UInt32(UInt8(ascii: "n")): index = i; return 10
        case UInt32(UInt8(ascii: "r")): index = i; return 13
        case UInt32(UInt8(ascii: "t")): index = i; return 9
        case UInt32(UInt8(ascii: "v")): index = i; return 11
        default:
            break
        }
        throw GoRegexError(.invalidEscape, text(start, i))
    }

    /// A Unicode class item: either plain ranges or a category predicate.
    struct UnicodeClassItem {
        var ranges: [UInt32] = []
        var property: RegexUnicodeProperty?

        var charClass: RegexCharClass {
            RegexCharClass(ranges: ranges, properties: property.map { [$0] } ?? [])
        }
    }

    /// `\pL`, `\p{Greek}`, `\PN`, `\p{^Lu}` at `index`.
    mutating func parseUnicodeClass() throws(GoRegexError) -> UnicodeClassItem {
        let start = index
        var negated = bytes[start + 1] == UInt8(ascii: "P")
        var name: String
        var end: Int
        if start + 2 < bytes.count, bytes[start + 2] == UInt8(ascii: "{") {
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else {
                throw GoRegexError(.invalidCharRange, text(start, bytes.count))
            }
            name = text(start + 3, close)
            end = close + 1
        } else {
            let width = start + 2 < bytes.count ? RegexUTF8.decode(bytes, at: start + 2).width : 0
            end = start + 2 + width
            name = text(start + 2, end)
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        let fold = flags.contains(.foldCase)
        let canonical = RegexUnicodeProperty.canonicalName(name)
        var item = UnicodeClassItem()
        var ranges: [UInt32]?
        switch canonical {
        case "Any": ranges = [0, 0x10FFFF]
        case "Ascii": ranges = fold ? [0, 0x7F, 0x17F, 0x17F, 0x212A, 0x212A] : [0, 0x7F]
        case "Assigned":
            let mask = RegexUnicodeProperty.categoryMask(canonicalName: "Cn") ?? 0
            item.property = RegexUnicodeProperty(categories: mask, negated: !negated, foldCase: false)
        default:
            if let mask = RegexUnicodeProperty.categoryMask(canonicalName: canonical) {
                item.property = RegexUnicodeProperty(categories: mask, negated: negated, foldCase: fold)
            } else if let script = RegexUnicodeProperty.scripts[canonical] {
                ranges = fold ? RegexCharClass.folded(script) : script
            } else {
                throw GoRegexError(.invalidCharRange, text(start, end))
            }
        }
        if let ranges {
            let clean = RegexCharClass.clean(ranges)
            item.ranges = negated ? RegexCharClass.negate(clean) : clean
        }
        index = end
        return item
    }
}
