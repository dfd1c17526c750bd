import KrelCore
/// Go text/template's lexer, as a state machine over UTF-8 bytes.
///
/// The whole input is lexed up front into `items`; lexing stops at the first error item,
/// which the parser reports when it reaches it (as Go's lazy lexer would).
struct Lexer {
    private let input: [UInt8]
    private var start = 0
    private var pos = 0
    private var parenDepth = 0
    private var lineCursor = (pos: 0, line: 1)
    private(set) var items: [Item] = []

    private static let leftDelim: [UInt8] = Array("{{".utf8)
    private static let rightDelim: [UInt8] = Array("}}".utf8)

    init(_ input: [UInt8]) {
        self.input = input
    }

    static func lex(_ input: [UInt8]) -> [Item] {
        var lexer = Lexer(input)
        lexer.run()
        return lexer.items
    }

    private enum State { case text, leftDelim, comment, insideAction, rightDelim, done }

    private mutating func run() {
        var state = State.text
        while state != .done {
            switch state {
            case .text: state = lexText()
            case .leftDelim: state = lexLeftDelim()
            case .comment: state = lexComment()
            case .insideAction: state = lexInsideAction()
            case .rightDelim: state = lexRightDelim()
            case .done: break
            }
        }
    }

    // MARK: - Helpers

    /// 1-based line of byte offset `offset` (offsets are requested in increasing order).
    private mutating func line(at offset: Int) -> Int {
        if offset < lineCursor.pos { lineCursor = (0, 1) }
        var line = lineCursor.line
        var i = lineCursor.pos
        while i < offset {
            if input[i] == 0x0A { line += 1 }
            i += 1
        }
        lineCursor = (offset, line)
        return line
    }

    private mutating func emit(_ kind: ItemKind) {
        let text = String(decoding: input[start..<pos], as: UTF8.self)
        items.append(Item(kind: kind, value: text, position: start, line: line(at: start)))
        start = pos
    }

    private mutating func ignore() { start = pos }

    private mutating func fail(_ message: String) -> State {
        items.append(Item(kind: .error, value: message, position: start, line: line(at: start)))
        return .done
    }

    private func byte(at i: Int) -> UInt8? { i < input.count ? input[i] : nil }

    /// Decodes the rune at `i`: (scalar, byte length); nil at end of input.
    private func rune(at i: Int) -> (Unicode.Scalar, Int)? {
        guard i < input.count else { return nil }
        let b0 = input[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 0
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        else { return (Unicode.Scalar(0xFFFD)!, 1) }
        guard i + length <= input.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        for k in 1..<length {
            let b = input[i + k]
            guard b & 0xC0 == 0x80 else { return (Unicode.Scalar(0xFFFD)!, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    private mutating func next() -> Unicode.Scalar? {
        guard let (r, n) = rune(at: pos) else { return nil }
        pos += n
        return r
    }

    private func peek() -> Unicode.Scalar? { rune(at: pos)?.0 }

    private func hasPrefix(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i + bytes.count <= input.count else { return false }
        for k in 0..<bytes.count where input[i + k] != bytes[k] { return false }
        return true
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    static func isSpace(_ r: Unicode.Scalar?) -> Bool {
        guard let r, r.value < 0x80 else { return false }
        return isSpace(UInt8(r.value))
    }

    static func isAlphaNumeric(_ r: Unicode.Scalar?) -> Bool {
        guard let r else { return false }
        if r == "_" { return true }
        if r.value < 0x80 {
            let b = UInt8(r.value)
            return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber:
            return true
        default: return false
        }
    }

    /// `{{-` followed by a space character.
    private func hasLeftTrimMarker(at i: Int) -> Bool {
        guard let dash = byte(at: i), dash == UInt8(ascii: "-"), let sp = byte(at: i + 1) else { return false }
        return Lexer.isSpace(sp)
    }

    /// A space character followed by `-`, then the right delimiter.
    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if let sp = byte(at: pos), Lexer.isSpace(sp), byte(at: pos + 1) == UInt8(ascii: "-"),
            hasPrefix(Lexer.rightDelim, at: pos + 2)
        {
            return (true, true)
        }
        return (hasPrefix(Lexer.rightDelim, at: pos), false)
    }

    private func leadingSpaceLength(from i: Int) -> Int {
        var j = i
        while j < input.count && Lexer.isSpace(input[j]) { j += 1 }
        return j - i
    }

    // MARK: - States

    private mutating func lexText() -> State {
        if let x = firstIndex(of: Lexer.leftDelim, from: pos) {
            if x > pos {
                pos = x
                var textEnd = x
                if hasLeftTrimMarker(at: x + 2) {
                    while textEnd > start && Lexer.isSpace(input[textEnd - 1]) { textEnd -= 1 }
                }
                if textEnd > start {
                    let saved = pos
                    pos = textEnd
                    emit(.text)
                    pos = saved
                }
                ignore()
            }
            return .leftDelim
        }
        pos = input.count
        if pos > start { emit(.text) }
        items.append(Item(kind: .eof, value: "", position: pos, line: line(at: pos)))
        return .done
    }

    private func firstIndex(of needle: [UInt8], from i: Int) -> Int? {
        var j = i
        let last = input.count - needle.count
        while j <= last {
            if input[j] == needle[0] && input[j + 1] == needle[1] { return j }
            j += 1
        }
        return nil
    }

    private mutating func lexLeftDelim() -> State {
        pos += 2
        let trim = hasLeftTrimMarker(at: pos)
        let afterMarker = trim ? 2 : 0
        if hasPrefix(Array("/*".utf8), at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            return .comment
        }
        emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State {
        pos += 2
        guard let x = firstIndex(of: Array("*/".utf8), from: pos) else {
            return fail("unclosed comment")
        }
        pos = x + 2
        let (delim, trim) = atRightDelim()
        if !delim { return fail("comment ends before closing delimiter") }
        // Comments are dropped (Go only keeps them in ParseComments mode).
        if trim { pos += 2 }
        pos += 2
        if trim { pos += leadingSpaceLength(from: pos) }
        ignore()
        return .text
    }

    private mutating func lexRightDelim() -> State {
        let (_, trim) = atRightDelim()
        if trim {
            pos += 2
            ignore()
        }
        pos += 2
        emit(.rightDelim)
        if trim {
            pos += leadingSpaceLength(from: pos)
            ignore()
        }
        return .text
    }

    private mutating func lexInsideAction() -> State {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 { return .rightDelim }
            return fail("unclosed left paren")
        }
        guard let r = next() else { return fail("unclosed action") }
        switch r {
        case " ", "\t", "\r", "\n":
            pos -= 1
            return lexSpace()
        case "=":
            emit(.assign)
        case ":":
            if next() != "=" { return fail("expected :=") }
            emit(.declare)
        case "|":
            emit(.pipe)
        case "\"":
            return lexQuote()
        case "`":
            return lexRawQuote()
        case "$":
            return lexFieldOrVariable(.variable)
        case "'":
            return lexChar()
        case ".":
            if let b = byte(at: pos), b < 0x30 || b > 0x39 {
                return lexFieldOrVariable(.field)
            }
            pos = start
            return lexNumber()
        case "+", "-", "0"..."9":
            pos = start
            return lexNumber()
        case "(":
            emit(.leftParen)
            parenDepth += 1
        case ")":
            parenDepth -= 1
            if parenDepth < 0 { return fail("unexpected right paren") }
            emit(.rightParen)
        default:
            if Lexer.isAlphaNumeric(r) {
                pos = start
                return lexIdentifier()
            }
            if r.value < 0x80 && r.value >= 0x20 && r.value < 0x7F {
                emit(.char)
            } else {
                return fail("unrecognized character in action: \(GoQuote.runeDescription(r))")
            }
        }
        return .insideAction
    }

    private mutating func lexSpace() -> State {
        var count = 0
        while let b = byte(at: pos), Lexer.isSpace(b) {
            pos += 1
            count += 1
        }
        // A trim-marked right delimiter starts with a space: leave that space to it.
        if byte(at: pos) == UInt8(ascii: "-"), hasPrefix(Lexer.rightDelim, at: pos + 1) {
            pos -= 1
            if count == 1 { return .rightDelim }
        }
        emit(.space)
        return .insideAction
    }

    private mutating func lexIdentifier() -> State {
        while Lexer.isAlphaNumeric(peek()) { _ = next() }
        let r = peek()
        if !atTerminator() { return failBadCharacter(r) }
        let word = String(decoding: input[start..<pos], as: UTF8.self)
        if let keyword = ItemKind.keywords[word] {
            emit(keyword)
        } else if word == "true" || word == "false" {
            emit(.bool)
        } else {
            emit(.identifier)
        }
        return .insideAction
    }

    private mutating func failBadCharacter(_ r: Unicode.Scalar?) -> State {
        guard let r else { return fail("bad character U+FFFFFFFF") }
        return fail("bad character \(GoQuote.runeDescription(r))")
    }

    private mutating func lexFieldOrVariable(_ kind: ItemKind) -> State {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        while Lexer.isAlphaNumeric(peek()) { _ = next() }
        if !atTerminator() { return failBadCharacter(peek()) }
        emit(kind)
        return .insideAction
    }

    private func atTerminator() -> Bool {
        guard let b = byte(at: pos) else { return true }
        if Lexer.isSpace(b) { return true }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: ":"),
            UInt8(ascii: ")"), UInt8(ascii: "("):
            return true
        default:
            return hasPrefix(Lexer.rightDelim, at: pos)
        }
    }

    private mutating func lexChar() -> State {
        while true {
            guard let r = next() else { return fail("unterminated character constant") }
            if r == "\\" {
                guard let e = next(), e != "\n" else { return fail("unterminated character constant") }
                continue
            }
            if r == "\n" { return fail("unterminated character constant") }
            if r == "'" { break }
        }
        emit(.charConstant)
        return .insideAction
    }

    private mutating func lexQuote() -> State {
        while true {
            guard let r = next() else { return fail("unterminated quoted string") }
            if r == "\\" {
                guard let e = next(), e != "\n" else { return fail("unterminated quoted string") }
                continue
            }
            if r == "\n" { return fail("unterminated quoted string") }
            if r == "\"" { break }
        }
        emit(.string)
        return .insideAction
    }

    private mutating func lexRawQuote() -> State {
        while true {
            guard let r = next() else { return fail("unterminated raw quoted string") }
            if r == "`" { break }
        }
        emit(.rawString)
        return .insideAction
    }

    private mutating func lexNumber() -> State {
        if !scanNumber() {
            return fail("bad number syntax: " + GoQuote.quote(String(decoding: input[start..<pos], as: UTF8.self)))
        }
        if let sign = byte(at: pos), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            // A complex constant such as 1+2i: no spaces, must end in 'i'.
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return fail("bad number syntax: " + GoQuote.quote(String(decoding: input[start..<pos], as: UTF8.self)))
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        return .insideAction
    }

    private mutating func accept(_ set: String) -> Bool {
        guard let b = byte(at: pos), set.utf8.contains(b) else { return false }
        pos += 1
        return true
    }

    private mutating func acceptRun(_ set: String) {
        while let b = byte(at: pos), set.utf8.contains(b) { pos += 1 }
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") { digits = "0123456789abcdefABCDEF_" }
            else if accept("oO") { digits = "01234567_" }
            else if accept("bB") { digits = "01_" }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.utf8.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.utf8.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Lexer.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }
}
