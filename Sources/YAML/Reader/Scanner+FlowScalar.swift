/// Single- and double-quoted scalars: escapes, and line folding (a single line break
/// becomes a space, each further break a `\n`, leading blanks of continuation lines go).
extension Scanner {
    mutating func scanFlowScalar(single: Bool) throws(YAMLSyntaxError) -> Token {
        let start = mark
        let quote = single ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        skip()
        var text: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        var whitespaces: [UInt8] = []
        while true {
            if mark.column == 0 && isDocumentIndicator(at()) {
                throw scannerError("found unexpected document indicator", context: start)
            }
            if isZ() {
                throw scannerError("found unexpected end of stream", context: start)
            }
            var leadingBlanks = false
            while !isBlankZ() {
                let c = at()
                if single && c == quote && at(1) == quote {
                    text.append(quote)
                    skip(); skip()
                } else if c == quote {
                    break
                } else if !single && c == UInt8(ascii: "\\") && isBreak(1) {
                    skip()
                    skipLine()
                    leadingBlanks = true
                    break
                } else if !single && c == UInt8(ascii: "\\") {
                    try scanEscape(into: &text, start: start)
                } else {
                    read(into: &text)
                }
            }
            if at() == quote { break }
            // Spec mode: leading spaces of a continuation line (-1: no line break yet).
            var leadingSpaces = -1
            while isBlank() || isBreak() {
                if isBlank() {
                    if leadingSpaces >= 0 && isSpace() && mark.column == leadingSpaces { leadingSpaces += 1 }
                    if !leadingBlanks { read(into: &whitespaces) } else { skip() }
                } else if !leadingBlanks {
                    whitespaces.removeAll(keepingCapacity: true)
                    readLine(into: &leadingBreak)
                    leadingBlanks = true
                    leadingSpaces = 0
                } else {
                    readLine(into: &trailingBreaks)
                    leadingSpaces = 0
                }
            }
            // YAML 1.2: continuation lines in block context are indented past the block.
            if spec && flowLevel == 0 && leadingSpaces >= 0 && leadingSpaces <= indent && !isZ() {
                throw scannerError("quoted scalar continuation line is not indented enough", context: start)
            }
            if leadingBlanks {
                Scanner.fold(leadingBreak: &leadingBreak, trailingBreaks: &trailingBreaks, into: &text)
            } else {
                text.append(contentsOf: whitespaces)
                whitespaces.removeAll(keepingCapacity: true)
            }
        }
        skip()
        var token = Token(.scalar, start: start, end: mark)
        token.value = String(decoding: text, as: UTF8.self)
        token.style = single ? .singleQuoted : .doubleQuoted
        return token
    }

    /// Joins lines: a first `\n` break becomes a space unless more breaks follow; LS/PS
    /// breaks are kept as they are.
    static func fold(leadingBreak: inout [UInt8], trailingBreaks: inout [UInt8], into text: inout [UInt8]) {
        if leadingBreak.first == 0x0A {
            if trailingBreaks.isEmpty {
                text.append(0x20)
            } else {
                text.append(contentsOf: trailingBreaks)
            }
        } else {
            text.append(contentsOf: leadingBreak)
            text.append(contentsOf: trailingBreaks)
        }
        leadingBreak.removeAll(keepingCapacity: true)
        trailingBreaks.removeAll(keepingCapacity: true)
    }

    /// One backslash escape of a double-quoted scalar (the cursor is on the `\`).
    mutating func scanEscape(into text: inout [UInt8], start: Mark) throws(YAMLSyntaxError) {
        var codeLength = 0
        switch at(1) {
        case UInt8(ascii: "0"): text.append(0)
        case UInt8(ascii: "a"): text.append(7)
        case UInt8(ascii: "b"): text.append(8)
        case UInt8(ascii: "t"), 0x09: text.append(9)
        case UInt8(ascii: "n"): text.append(10)
        case UInt8(ascii: "v"): text.append(11)
        case UInt8(ascii: "f"): text.append(12)
        case UInt8(ascii: "r"): text.append(13)
        case UInt8(ascii: "e"): text.append(27)
        case 0x20: text.append(0x20)
        case UInt8(ascii: "\""): text.append(UInt8(ascii: "\""))
        case UInt8(ascii: "'") where !spec: text.append(UInt8(ascii: "'"))
        case UInt8(ascii: "/") where spec: text.append(UInt8(ascii: "/"))
        case UInt8(ascii: "\\"): text.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "N"): text.append(contentsOf: [0xC2, 0x85])
        case UInt8(ascii: "_"): text.append(contentsOf: [0xC2, 0xA0])
        case UInt8(ascii: "L"): text.append(contentsOf: [0xE2, 0x80, 0xA8])
        case UInt8(ascii: "P"): text.append(contentsOf: [0xE2, 0x80, 0xA9])
        case UInt8(ascii: "x"): codeLength = 2
        case UInt8(ascii: "u"): codeLength = 4
        case UInt8(ascii: "U"): codeLength = 8
        default:
            throw scannerError("found unknown escape character", context: start)
        }
        skip(); skip()
        guard codeLength > 0 else { return }
        var value: UInt32 = 0
        for k in 0..<codeLength {
            guard isHex(k) else {
                throw scannerError("did not find expected hexdecimal number", context: start)
            }
            value = value << 4 + hexValue(k)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw scannerError("found invalid Unicode character escape code", context: start)
        }
        text.append(contentsOf: String(Character(scalar)).utf8)
        for _ in 0..<codeLength { skip() }
    }
}
