/// The syntax tree and errors of Go's RE2 regular expression dialect.
///
/// Go's `regexp` package is what Sprig's `regex*` functions run on, so the accepted
/// syntax, the error texts and the match semantics (leftmost-first, UTF-8 runes, ASCII
/// `\b \d \s \w`) follow it rather than NSRegularExpression/PCRE.

/// A regular expression parse failure, printed exactly as Go prints `*syntax.Error`:
/// error parsing regexp: CODE: `EXPR`.
public struct GoRegexError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case invalidUTF8 = "invalid UTF-8"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case tooLarge = "expression too large"
    }

    public var code: Code
    /// The offending part of the expression (Go's `Error.Expr`).
    public var expression: String

    public init(_ code: Code, _ expression: String) {
        self.code = code
        self.expression = expression
    }

    public var description: String {
        "error parsing regexp: \(code.rawValue): `\(expression)`"
    }
}

/// Parser flags that `(?imsU)` groups switch (Go's Perl mode is the baseline).
struct RegexFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// `(?i)`: case-insensitive.
    static let foldCase = RegexFlags(rawValue: 1)
    /// `(?m)`: `^` and `$` match at line boundaries.
    static let multiLine = RegexFlags(rawValue: 2)
    /// `(?s)`: `.` matches `\n`.
    static let dotNL = RegexFlags(rawValue: 4)
    /// `(?U)`: repetitions are lazy unless followed by `?`.
    static let nonGreedy = RegexFlags(rawValue: 8)
}

/// Zero-width assertions.
enum RegexAssertion: Sendable, Hashable {
    case beginLine, endLine, beginText, endText, wordBoundary, noWordBoundary
}

/// A parsed regular expression.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One rune out of a set (literals are single-rune sets; `.` is a set too).
    case charClass(RegexCharClass)
    case assertion(RegexAssertion)
    /// Capturing group number `index` (1-based).
    case capture(index: Int, RegexNode)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `max == -1` means unbounded.
    case repetition(RegexNode, min: Int, max: Int, greedy: Bool)

    /// Whether the node can match the empty string (needed to compile `x*` like Go).
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: true
        case .charClass: false
        case .capture(_, let sub): sub.isNullable
        case .concat(let subs): subs.allSatisfy(\.isNullable)
        case .alternate(let subs): subs.contains(where: \.isNullable)
        case .repetition(let sub, let min, _, _): min == 0 || sub.isNullable
        }
    }
}
