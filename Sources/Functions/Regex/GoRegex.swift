/// A compiled Go (RE2) regular expression with the operations of Go's `regexp` package
/// that Sprig uses. Matching is on UTF-8 bytes; results are byte offsets into the text.
///
///     let re = try GoRegex("a(x*)b")
///     re.replaceAll(in: "-axxb-", template: "${1}W")   // "-xxW-"
public struct GoRegex: Sendable {
    public let pattern: String
    let program: RegexProgram
    /// Group names by group number; element 0 (the whole match) and unnamed groups are "".
    public let groupNames: [String]

    public init(_ pattern: String) throws(GoRegexError) {
        self.pattern = pattern
        var parser = RegexParser(pattern)
        let (node, names) = try parser.parse()
        groupNames = names
        program = try RegexProgram.compile(node, groupCount: names.count - 1, pattern: pattern)
    }

    /// Number of capturing groups.
    public var groupCount: Int { groupNames.count - 1 }

    /// The first match at or after byte `start` of `text`: slot pairs (start, end) for the
    /// whole match and each group (-1 when a group did not participate).
    public func firstMatch(in text: [UInt8], from start: Int = 0, withGroups: Bool = true) -> [Int]? {
        text.withUnsafeBufferPointer { buffer in
            RegexMachine(program: program).search(buffer, from: start, slotCount: withGroups ? program.slotCount : 2)
        }
    }

    /// Go's `MatchString`.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: Array(text.utf8), withGroups: false) != nil
    }

    /// Go's `FindAllIndex`/`FindAllSubmatchIndex`: successive non-overlapping matches; an
    /// empty match right after the previous match is skipped. `limit < 0` means all.
    public func allMatches(in text: [UInt8], limit: Int, withGroups: Bool = false) -> [[Int]] {
        var results: [[Int]] = []
        let limit = limit < 0 ? text.count + 1 : limit
        var position = 0
        var previousEnd = -1
        text.withUnsafeBufferPointer { buffer in
            let machine = RegexMachine(program: program)
            let slots = withGroups ? program.slotCount : 2
            while results.count < limit, position <= buffer.count {
                guard let match = machine.search(buffer, from: position, slotCount: slots) else { break }
                var accept = true
                if match[1] == position {
                    // Empty match: not directly after the previous match; step one rune.
                    if match[0] == previousEnd { accept = false }
                    position += position < buffer.count ? RegexUTF8.decode(buffer, at: position).width : 1
                } else {
                    position = match[1]
                }
                previousEnd = match[1]
                if accept { results.append(match) }
            }
        }
        return results
    }

    /// Go's `FindString`: the first match's text, "" when there is none.
    public func findFirst(in text: String) -> String {
        let bytes = Array(text.utf8)
        guard let match = firstMatch(in: bytes, withGroups: false) else { return "" }
        return GoRegex.string(bytes, match[0], match[1])
    }

    /// Go's `FindAllString`; an empty result when nothing matches.
    public func findAll(in text: String, limit: Int) -> [String] {
        let bytes = Array(text.utf8)
        return allMatches(in: bytes, limit: limit).map { GoRegex.string(bytes, $0[0], $0[1]) }
    }

    /// Go's `Split`.
    public func split(_ text: String, limit: Int) -> [String] {
        if limit == 0 { return [] }
        if !pattern.isEmpty, text.isEmpty { return [""] }
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var begin = 0
        var end = 0
        for match in allMatches(in: bytes, limit: limit) {
            if limit > 0, pieces.count == limit - 1 { break }
            end = match[0]
            if match[1] != 0 { pieces.append(GoRegex.string(bytes, begin, end)) }
            begin = match[1]
        }
        if end != bytes.count { pieces.append(GoRegex.string(bytes, begin, bytes.count)) }
        return pieces
    }

    /// Go's `ReplaceAllString`: `$1`, `${1}`, `$name`, `${name}` and `$$` in `template`.
    public func replaceAll(in text: String, template: String) -> String {
        let templateBytes = Array(template.utf8)
        let needsGroups = templateBytes.contains(UInt8(ascii: "$"))
        return replace(text, withGroups: needsGroups) { out, source, match in
            expand(templateBytes, into: &out, source: source, match: match)
        }
    }

    /// Go's `ReplaceAllLiteralString`.
    public func replaceAllLiteral(in text: String, with replacement: String) -> String {
        let replacementBytes = Array(replacement.utf8)
        return replace(text, withGroups: false) { out, _, _ in out.append(contentsOf: replacementBytes) }
    }

    private func replace(
        _ text: String, withGroups: Bool, _ appendReplacement: (inout [UInt8], [UInt8], [Int]) -> Void
    ) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastMatchEnd = 0
        var searchPosition = 0
        bytes.withUnsafeBufferPointer { buffer in
            let machine = RegexMachine(program: program)
            let slots = withGroups ? program.slotCount : 2
            while searchPosition <= buffer.count {
                guard let match = machine.search(buffer, from: searchPosition, slotCount: slots) else { break }
                out.append(contentsOf: buffer[lastMatchEnd..<match[0]])
                // No replacement for an empty match right after the previous match.
                if match[1] > lastMatchEnd || match[0] == 0 { appendReplacement(&out, bytes, match) }
                lastMatchEnd = match[1]
                let width = searchPosition < buffer.count ? RegexUTF8.decode(buffer, at: searchPosition).width : 1
                if searchPosition + width > match[1] {
                    searchPosition += width
                } else if searchPosition + 1 > match[1] {
                    searchPosition += 1
                } else {
                    searchPosition = match[1]
                }
            }
            out.append(contentsOf: buffer[lastMatchEnd...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func string(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Go's `QuoteMeta`: backslash before each of `\.+*?()|[]{}^$`.
    public static func quoteMeta(_ text: String) -> String {
        var out: [UInt8] = []
        for b in text.utf8 {
            if "\\.+*?()|[]{}^$".utf8.contains(b) { out.append(UInt8(ascii: "\\")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
