/// Literal (`|`) and folded (`>`) block scalars with their chomping (`-`, `+`) and
/// indentation (`1`-`9`) indicators.
extension Scanner {
    mutating func scanBlockScalar(literal: Bool) throws(YAMLSyntaxError) -> Token {
        let start = mark
        skip()
        var chomping = 0
        var increment = 0
        if at() == UInt8(ascii: "+") || at() == UInt8(ascii: "-") {
            chomping = at() == UInt8(ascii: "+") ? 1 : -1
            skip()
            if isDigit() {
                increment = try scanIndentationIndicator(start: start)
            }
        } else if isDigit() {
            increment = try scanIndentationIndicator(start: start)
            if at() == UInt8(ascii: "+") || at() == UInt8(ascii: "-") {
                chomping = at() == UInt8(ascii: "+") ? 1 : -1
                skip()
            }
        }
        while isBlank() { skip() }
        if at() == UInt8(ascii: "#") {
            while !isBreakZ() { skip() }
        }
        guard isBreakZ() else {
            throw scannerError("did not find expected comment or line break", context: start)
        }
        if isBreak() { skipLine() }
        var end = mark
        var blockIndent = 0
        if increment > 0 {
            blockIndent = indent >= 0 ? indent + increment : increment
        }
        var text: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        try scanBlockScalarBreaks(indent: &blockIndent, breaks: &trailingBreaks, start: start, end: &end)
        var leadingBlank = false
        while mark.column == blockIndent && !isZ() {
            let trailingBlank = isBlank()
            if !literal && leadingBreak.first == 0x0A && !leadingBlank && !trailingBlank {
                if trailingBreaks.isEmpty { text.append(0x20) }
                leadingBreak.removeAll(keepingCapacity: true)
            } else {
                text.append(contentsOf: leadingBreak)
                leadingBreak.removeAll(keepingCapacity: true)
            }
            text.append(contentsOf: trailingBreaks)
            trailingBreaks.removeAll(keepingCapacity: true)
            leadingBlank = isBlank()
            let lineStart = mark.offset
            while !isBreakZ() { skip() }
            text.append(contentsOf: UnsafeBufferPointer(start: input.base + lineStart, count: mark.offset - lineStart))
            readLine(into: &leadingBreak)
            try scanBlockScalarBreaks(indent: &blockIndent, breaks: &trailingBreaks, start: start, end: &end)
        }
        if chomping != -1 { text.append(contentsOf: leadingBreak) }
        if chomping == 1 { text.append(contentsOf: trailingBreaks) }
        var token = Token(.scalar, start: start, end: end)
        token.value = String(decoding: text, as: UTF8.self)
        token.style = literal ? .literal : .folded
        return token
    }

    private mutating func scanIndentationIndicator(start: Mark) throws(YAMLSyntaxError) -> Int {
        if at() == UInt8(ascii: "0") {
            throw scannerError("found an indentation indicator equal to 0", context: start)
        }
        let value = Int(at() - UInt8(ascii: "0"))
        skip()
        return value
    }

    /// Eats indentation and empty lines; settles the indentation when not yet known.
    private mutating func scanBlockScalarBreaks(indent blockIndent: inout Int, breaks: inout [UInt8],
                                                start: Mark, end: inout Mark) throws(YAMLSyntaxError) {
        var maxIndent = 0
        end = mark
        while true {
            while (blockIndent == 0 || mark.column < blockIndent) && isSpace() { skip() }
            if mark.column > maxIndent { maxIndent = mark.column }
            if (blockIndent == 0 || mark.column < blockIndent) && isTab() {
                throw scannerError("found a tab character where an indentation space is expected", context: start)
            }
            guard isBreak() else { break }
            readLine(into: &breaks)
            end = mark
        }
        if blockIndent == 0 {
            blockIndent = max(maxIndent, indent + 1, 1)
        }
    }
}
