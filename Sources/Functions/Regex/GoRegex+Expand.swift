/// Go's replacement template expansion (`Regexp.Expand`).
extension GoRegex {
    /// Appends `template` to `out` with `$` references replaced by the groups of `match`.
    /// A name is the longest run of letters, digits and `_`; `$1x` is the group named `1x`
    /// (usually none, so empty). A malformed reference leaves the `$` as text.
    func expand(_ template: [UInt8], into out: inout [UInt8], source: [UInt8], match: [Int]) {
        var i = 0
        while i < template.count {
            guard let dollar = template[i...].firstIndex(of: UInt8(ascii: "$")) else {
                out.append(contentsOf: template[i...])
                return
            }
            out.append(contentsOf: template[i..<dollar])
            i = dollar + 1
            if i < template.count, template[i] == UInt8(ascii: "$") {
                out.append(UInt8(ascii: "$"))
                i += 1
                continue
            }
            guard let (name, rest) = GoRegex.extractReference(template, at: i) else {
                out.append(UInt8(ascii: "$"))
                continue
            }
            i = rest
            if let group = GoRegex.groupNumber(name) {
                appendGroup(group, into: &out, source: source, match: match)
            } else if let group = groupNames.firstIndex(where: { !$0.isEmpty && $0 == name }) {
                appendGroup(group, into: &out, source: source, match: match)
            }
        }
    }

    private func appendGroup(_ group: Int, into out: inout [UInt8], source: [UInt8], match: [Int]) {
        guard 2 * group + 1 < match.count, match[2 * group] >= 0 else { return }
        out.append(contentsOf: source[match[2 * group]..<match[2 * group + 1]])
    }

    /// `name` or `{name}` at `start`: the name and the index after the reference.
    static func extractReference(_ t: [UInt8], at start: Int) -> (String, Int)? {
        guard start < t.count else { return nil }
        var i = start
        let braced = t[i] == UInt8(ascii: "{")
        if braced { i += 1 }
        let nameStart = i
        while i < t.count {
            let (rune, width) = RegexUTF8.decode(t, at: i)
            let isNameRune: Bool
            if rune < 0x80 {
                isNameRune = RegexMachine.isWordByte(UInt8(rune))
            } else if let scalar = Unicode.Scalar(rune), !RegexUTF8.isError((rune, width)) {
                let category = scalar.properties.generalCategory
                isNameRune = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                              .otherLetter, .decimalNumber].contains(category)
            } else {
                isNameRune = false
            }
            if !isNameRune { break }
            i += width
        }
        if i == nameStart { return nil }
        let name = String(decoding: t[nameStart..<i], as: UTF8.self)
        if braced {
            guard i < t.count, t[i] == UInt8(ascii: "}") else { return nil }
            i += 1
        }
        return (name, i)
    }

    /// A decimal group number without leading zeros (nil for anything else).
    static func groupNumber(_ name: String) -> Int? {
        let digits = Array(name.utf8)
        if digits.count > 1, digits[0] == UInt8(ascii: "0") { return nil }
        var value = 0
        for d in digits {
            guard d >= 0x30, d <= 0x39, value < 100_000_000 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }
}
