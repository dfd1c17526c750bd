/// Plain (unquoted) scalars. They end at `: `, ` #`, a document indicator, a line that
/// is indented less than the current block, and in flow context at `,?[]{}`.
extension Scanner {
    mutating func scanPlainScalar() throws(YAMLSyntaxError) -> Token {
        let start = mark
        var end = mark
        let minIndent = indent + 1
        var text: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        var whitespaces: [UInt8] = []
        var leadingBlanks = false
        // Fast path: a one-line scalar is a slice of the input.
        var sliceStart = -1
        while true {
            if mark.column == 0 && isDocumentIndicator(at()) { break }
            if at() == UInt8(ascii: "#") { break }
            while !isBlankZ() {
                let c = at()
                if c == UInt8(ascii: ":") && (isBlankZ(1) || (spec && flowLevel > 0 && isFlowIndicator(1))) { break }
                if flowLevel > 0 && (c == UInt8(ascii: ",") || (c == UInt8(ascii: "?") && !spec) || c == UInt8(ascii: "[")
                    || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")) {
                    break
                }
                if leadingBlanks {
                    // Flush the run of input text before folding the line break.
                    if sliceStart >= 0 {
                        text.append(contentsOf: UnsafeBufferPointer(start: input.base + sliceStart, count: end.offset - sliceStart))
                        sliceStart = -1
                    }
                    Scanner.fold(leadingBreak: &leadingBreak, trailingBreaks: &trailingBreaks, into: &text)
                    leadingBlanks = false
                } else if !whitespaces.isEmpty {
                    // Inner blanks are part of the current run of input text.
                    whitespaces.removeAll(keepingCapacity: true)
                }
                if sliceStart < 0 { sliceStart = mark.offset }
                skip()
                end = mark
            }
            if !(isBlank() || isBreak()) { break }
            while isBlank() || isBreak() {
                if isBlank() {
                    if leadingBlanks && mark.column < minIndent && isTab() && !(spec && restOfLineIsBlank()) {
                        throw scannerError("found a tab character that violates indentation", context: start)
                    }
                    if !leadingBlanks { read(into: &whitespaces) } else { skip() }
                } else if !leadingBlanks {
                    whitespaces.removeAll(keepingCapacity: true)
                    readLine(into: &leadingBreak)
                    leadingBlanks = true
                } else {
                    readLine(into: &trailingBreaks)
                }
            }
            if flowLevel == 0 && mark.column < minIndent { break }
        }
        var token = Token(.scalar, start: start, end: end)
        if sliceStart >= 0 {
            if text.isEmpty {
                token.value = self.text(from: sliceStart, to: end.offset)
            } else {
                text.append(contentsOf: UnsafeBufferPointer(start: input.base + sliceStart, count: end.offset - sliceStart))
                token.value = String(decoding: text, as: UTF8.self)
            }
        } else {
            token.value = String(decoding: text, as: UTF8.self)
        }
        token.style = .plain
        if leadingBlanks { simpleKeyAllowed = true }
        return token
    }
}
