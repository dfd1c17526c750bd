import KrelCore
/// The tokens the lexer produces, named after Go's text/template item types so the
/// parser's error messages (`unexpected <define> in command`) come out the same.
enum ItemKind: UInt8, Sendable {
    case error, bool, char, charConstant, comment, complex, assign, declare, eof
    case field, identifier, leftDelim, leftParen, number, pipe, rawString
    case rightDelim, rightParen, space, string, text, variable
    // Keywords (Go prints these as `<word>` in messages).
    case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end
    case ifKeyword, nilKeyword, range, template, with

    var isKeyword: Bool { rawValue >= ItemKind.block.rawValue }

    static let keywords: [String: ItemKind] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
        "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword,
        "nil": .nilKeyword, "range": .range, "template": .template, "with": .with,
    ]
}

/// One token: kind, text, byte offset and 1-based line of its first byte.
struct Item: Sendable {
    var kind: ItemKind
    var value: String
    var position: Int
    var line: Int

    /// Go's `item.String()`: how a token is quoted in parse errors.
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        default:
            if kind.isKeyword { return "<\(value)>" }
            let scalars = Array(value.unicodeScalars)
            if value.utf8.count > 10 {
                var head = String.UnicodeScalarView()
                head.append(contentsOf: scalars.prefix(10))
                return GoQuote.quote(String(head)) + "..."
            }
            return GoQuote.quote(value)
        }
    }
}
