/// Go's `filepath.Match` on Unix: `*` (any run of non-`/` bytes), `?` (one non-`/`
/// character), `[...]`/`[^...]` classes with ranges, and `\` escapes. The pattern must match
/// the whole name. A malformed pattern is `GoFilepathMatch.BadPattern` ("syntax error in
/// pattern"), reported even when the name already failed to match, as Go does.
public enum GoFilepathMatch {
    public struct BadPattern: Error, Equatable, CustomStringConvertible {
        public var description: String { "syntax error in pattern" }
    }

    public static func match(_ pattern: String, _ name: String) throws -> Bool {
        try match(Array(pattern.unicodeScalars), Array(name.unicodeScalars))
    }

    /// Scalars rather than bytes: `?` and classes consume one character, like Go's runes.
    static func match(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) throws -> Bool {
        var p = 0
        var n = 0
        // Backtracking point for the most recent `*`: where its segment starts in the pattern
        // and how much of the name it has swallowed.
        var starPattern = -1
        var starName = 0
        while true {
            if p < pattern.count {
                let c = pattern[p]
                if c == "*" {
                    // Collapse runs of stars.
                    while p < pattern.count && pattern[p] == "*" { p += 1 }
                    starPattern = p
                    starName = n
                    continue
                }
                if n < name.count {
                    if let consumed = try matchOne(pattern, at: p, name[n]) {
                        p += consumed
                        n += 1
                        continue
                    }
                }
            } else if n == name.count {
                return true
            }
            // Mismatch: let the last star swallow one more (non-separator) character.
            if starPattern >= 0 && starName < name.count && name[starName] != "/" {
                starName += 1
                p = starPattern
                n = starName
                continue
            }
            try validate(pattern, from: p)
            return false
        }
    }

    /// Matches one pattern element (literal, `?`, `\x` or class) against `char`;
    /// returns the pattern length consumed, or nil on mismatch.
    private static func matchOne(_ pattern: [Unicode.Scalar], at start: Int, _ char: Unicode.Scalar) throws -> Int? {
        switch pattern[start] {
        case "?":
            return char == "/" ? nil : 1
        case "\\":
            guard start + 1 < pattern.count else { throw BadPattern() }
            return pattern[start + 1] == char ? 2 : nil
        case "[":
            let (matched, length) = try matchClass(pattern, at: start, char)
            return matched ? length : nil
        default:
            return pattern[start] == char ? 1 : nil
        }
    }

    /// A `[...]` class starting at `start`: whether `char` is in it, and its length.
    private static func matchClass(_ pattern: [Unicode.Scalar], at start: Int, _ char: Unicode.Scalar) throws -> (Bool, Int) {
        var i = start + 1
        var negated = false
        if i < pattern.count && pattern[i] == "^" {
            negated = true
            i += 1
        }
        var matched = false
        var count = 0
        while true {
            if i < pattern.count && pattern[i] == "]" && count > 0 {
                i += 1
                break
            }
            let (low, afterLow) = try classChar(pattern, at: i)
            var high = low
            i = afterLow
            if i < pattern.count && pattern[i] == "-" {
                (high, i) = try classChar(pattern, at: i + 1)
            }
            if low <= char && char <= high { matched = true }
            count += 1
        }
        return (matched != negated, i - start)
    }

    private static func classChar(_ pattern: [Unicode.Scalar], at i: Int) throws -> (Unicode.Scalar, Int) {
        guard i < pattern.count else { throw BadPattern() }
        let c = pattern[i]
        if c == "-" || c == "]" { throw BadPattern() }
        if c == "\\" {
            guard i + 1 < pattern.count else { throw BadPattern() }
            return (pattern[i + 1], i + 2)
        }
        return (c, i + 1)
    }

    /// Checks the rest of the pattern is well formed (Go reports bad patterns even on mismatch).
    private static func validate(_ pattern: [Unicode.Scalar], from start: Int) throws {
        var i = start
        while i < pattern.count {
            switch pattern[i] {
            case "\\":
                guard i + 1 < pattern.count else { throw BadPattern() }
                i += 2
            case "[":
                // Any character works for checking the class syntax.
                let (_, length) = try matchClass(pattern, at: i, "a")
                i += length
            default:
                i += 1
            }
        }
    }
}
