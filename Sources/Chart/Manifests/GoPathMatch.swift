/// Go's `filepath.Match` on Unix paths: `*` matches any run of non-`/` characters, `?` one
/// non-`/` character, `[...]` a class (ranges, `^` negation), `\` escapes. The whole name
/// must match. A malformed pattern never matches (Helm ignores the error).
public enum GoPathMatch {
    public static func matches(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        var steps = 0
        return (try? match(p, 0, n, 0, &steps)) ?? false
    }

    struct BadPattern: Error {}

    /// Backtracking matcher; `steps` bounds pathological patterns.
    private static func match(
        _ p: [Unicode.Scalar], _ pi: Int, _ n: [Unicode.Scalar], _ ni: Int, _ steps: inout Int
    ) throws -> Bool {
        var pi = pi, ni = ni
        while pi < p.count {
            steps += 1
            if steps > 1_000_000 { return false }
            switch p[pi] {
            case "*":
                var rest = pi
                while rest < p.count && p[rest] == "*" { rest += 1 }
                if rest == p.count { return !n[ni...].contains("/") }
                var k = ni
                while true {
                    if try match(p, rest, n, k, &steps) { return true }
                    if k >= n.count || n[k] == "/" { return false }
                    k += 1
                }
            case "?":
                guard ni < n.count, n[ni] != "/" else { return false }
                pi += 1
                ni += 1
            case "[":
                guard ni < n.count else { return false }
                let (matched, next) = try matchClass(p, pi + 1, n[ni])
                guard matched, n[ni] != "/" else { return false }
                pi = next
                ni += 1
            case "\\":
                guard pi + 1 < p.count else { throw BadPattern() }
                guard ni < n.count, n[ni] == p[pi + 1] else { return false }
                pi += 2
                ni += 1
            default:
                guard ni < n.count, n[ni] == p[pi] else { return false }
                pi += 1
                ni += 1
            }
        }
        return ni == n.count
    }

    /// Matches `c` against the class starting after `[`; returns the index after `]`.
    private static func matchClass(_ p: [Unicode.Scalar], _ start: Int, _ c: Unicode.Scalar) throws -> (Bool, Int) {
        var i = start
        var negated = false
        if i < p.count && p[i] == "^" { negated = true; i += 1 }
        var matched = false
        var first = true
        while true {
            guard i < p.count else { throw BadPattern() }
            if p[i] == "]" && !first { i += 1; break }
            first = false
            let lo = try classChar(p, &i)
            var hi = lo
            if i < p.count && p[i] == "-" {
                i += 1
                hi = try classChar(p, &i)
            }
            if lo <= c && c <= hi { matched = true }
        }
        return (matched != negated, i)
    }

    private static func classChar(_ p: [Unicode.Scalar], _ i: inout Int) throws -> Unicode.Scalar {
        guard i < p.count, p[i] != "-", p[i] != "]" else { throw BadPattern() }
        if p[i] == "\\" {
            i += 1
            guard i < p.count else { throw BadPattern() }
        }
        defer { i += 1 }
        return p[i]
    }
}
