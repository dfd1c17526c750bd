/// Glob matching as gobwas/glob with `/` as separator (`.Files.Glob`): `*` and `?` stay
/// within one path element, `**` crosses elements, `[a-z]`/`[!a-z]` classes, `{a,b}`
/// alternatives (which may hold wildcards) and `\` escapes. `compile` returns nil for a
/// malformed pattern (Helm then matches everything).
public struct GobwasGlob: Sendable {
    indirect enum Token: Sendable {
        case literal(Unicode.Scalar)
        case any            // *
        case superAny       // **
        case single         // ?
        case set([(Unicode.Scalar, Unicode.Scalar)], negated: Bool)
        case alternatives([[Token]])
    }

    let tokens: [Token]

    public static func compile(_ pattern: String) -> GobwasGlob? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let tokens = parser.parseSequence(insideBraces: false), parser.index == parser.scalars.count else { return nil }
        return GobwasGlob(tokens: tokens)
    }

    public func matches(_ name: String) -> Bool {
        var budget = 2_000_000  // bounds pathological backtracking
        return GobwasGlob.match(tokens[...], Array(name.unicodeScalars)[...], &budget)
    }

    private static func match(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Unicode.Scalar>, _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        guard let first = tokens.first else { return name.isEmpty }
        let rest = tokens.dropFirst()
        switch first {
        case .literal(let c):
            guard name.first == c else { return false }
            return match(rest, name.dropFirst(), &budget)
        case .single:
            guard let c = name.first, c != "/" else { return false }
            return match(rest, name.dropFirst(), &budget)
        case .set(let ranges, let negated):
            guard let c = name.first else { return false }
            let inSet = ranges.contains { $0.0 <= c && c <= $0.1 }
            guard inSet != negated else { return false }
            return match(rest, name.dropFirst(), &budget)
        case .any, .superAny:
            var tail = name
            while true {
                if match(rest, tail, &budget) { return true }
                guard let c = tail.first else { return false }
                if case .any = first, c == "/" { return false }
                tail = tail.dropFirst()
            }
        case .alternatives(let options):
            for option in options where match(ArraySlice(option + Array(rest)), name, &budget) { return true }
            return false
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func parseSequence(insideBraces: Bool) -> [Token]? {
            var tokens: [Token] = []
            while index < scalars.count {
                let c = scalars[index]
                if insideBraces && (c == "," || c == "}") { return tokens }
                index += 1
                switch c {
                case "*":
                    if index < scalars.count && scalars[index] == "*" {
                        index += 1
                        tokens.append(.superAny)
                    } else {
                        tokens.append(.any)
                    }
                case "?":
                    tokens.append(.single)
                case "\\":
                    guard index < scalars.count else { return nil }
                    tokens.append(.literal(scalars[index]))
                    index += 1
                case "[":
                    guard let set = parseSet() else { return nil }
                    tokens.append(set)
                case "{":
                    var options: [[Token]] = []
                    while true {
                        guard let option = parseSequence(insideBraces: true), index < scalars.count else { return nil }
                        options.append(option)
                        let separator = scalars[index]
                        index += 1
                        if separator == "}" { break }
                    }
                    tokens.append(.alternatives(options))
                default:
                    tokens.append(.literal(c))
                }
            }
            return insideBraces ? nil : tokens
        }

        /// After `[`: `!`-negated list of characters and `a-z` ranges up to `]`.
        mutating func parseSet() -> Token? {
            var negated = false
            if index < scalars.count && scalars[index] == "!" {
                negated = true
                index += 1
            }
            var ranges: [(Unicode.Scalar, Unicode.Scalar)] = []
            while index < scalars.count {
                let c = scalars[index]
                index += 1
                if c == "]" {
                    return ranges.isEmpty ? nil : .set(ranges, negated: negated)
                }
                if index + 1 < scalars.count && scalars[index] == "-" && scalars[index + 1] != "]" {
                    let high = scalars[index + 1]
                    index += 2
                    if high < c { return nil }
                    ranges.append((c, high))
                } else {
                    ranges.append((c, c))
                }
            }
            return nil
        }
    }
}
