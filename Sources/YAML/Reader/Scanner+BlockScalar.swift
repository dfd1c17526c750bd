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
            if spec && !followsWhiteSpace() {
                throw scannerError("comment not separated from the content by white space", context: start)
            }
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
        var known = increment > 0
        try scanBreaks(indent: &blockIndent, known: &known, breaks: &trailingBreaks, start: start, end: &end)
        var leadingBlank = false
        while mark.column == blockIndent && !isZ() && !(spec && mark.column == 0 && isDocumentIndicator(at())) {
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
            if spec && isZ() && UnsafeBufferPointer(start: input.base + lineStart, count: mark.offset - lineStart).allSatisfy({ $0 == 0x20 }) {
                // A last line of spaces at the end of input still ends with a break.
                leadingBreak.append(0x0A)
            }
            readLine(into: &leadingBreak)
            try scanBreaks(indent: &blockIndent, known: &known, breaks: &trailingBreaks, start: start, end: &end)
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

    private mutating func scanBreaks(indent blockIndent: inout Int, known: inout Bool, breaks: inout [UInt8],
                                     start: Mark, end: inout Mark) throws(YAMLSyntaxError) {
        if spec {
            try scanBlockScalarBreaksSpec(indent: &blockIndent, known: &known, breaks: &breaks, start: start, end: &end)
        } else {
            try scanBlockScalarBreaks(indent: &blockIndent, breaks: &breaks, start: start, end: &end)
        }
    }

    /// Spec mode: a tab ends the indentation (it is content, never an error here), a
    /// top-level scalar may sit at column 0, and leading empty lines may not be indented
    /// deeper than the first content line.
    private mutating func scanBlockScalarBreaksSpec(indent blockIndent: inout Int, known: inout Bool, breaks: inout [UInt8],
                                                    start: Mark, end: inout Mark) throws(YAMLSyntaxError) {
        var maxIndent = 0
        end = mark
        while true {
            while (!known || mark.column < blockIndent) && isSpace() { skip() }
            if isTab() && (known ? mark.column < blockIndent : mark.column <= indent) {
                throw scannerError("found a tab character where an indentation space is expected", context: start)
            }
            if isZ() && mark.column > 0 && !known {
                // A last line of spaces at the end of input counts as an empty line.
                breaks.append(0x0A)
                break
            }
            guard isBreak() else { break }
            if mark.column > maxIndent { maxIndent = mark.column }
            readLine(into: &breaks)
            end = mark
        }
        if !known {
            let column = mark.column
            if !isZ() && column > indent && column < maxIndent {
                throw scannerError("leading empty lines are indented deeper than the first content line", context: start)
            }
            blockIndent = max(maxIndent, isZ() ? 0 : column, indent + 1)
            known = true
        }
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
