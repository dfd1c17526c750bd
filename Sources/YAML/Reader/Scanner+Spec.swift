/// Spec mode (YAML 1.2) rules of the scanner that go-yaml does not have: tabs as
/// separation but never as indentation, comments separated by white space, and flow
/// content indented deeper than the enclosing block collection.
extension Scanner {
    @inline(__always) func isFlowIndicator(_ k: Int = 0) -> Bool {
        let b = at(k)
        return b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }

    /// Only blanks remain on this line.
    func restOfLineIsBlank() -> Bool {
        var k = 0
        while isBlank(k) { k += 1 }
        return isBreakZ(k)
    }

    /// The byte before the cursor is white space, a line break, or the input starts.
    func followsWhiteSpace() -> Bool {
        guard mark.offset > 0 else { return true }
        let b = input.base[mark.offset - 1]
        return b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// Like `scanToNextToken`, but tabs are skipped anywhere (and remembered when they
    /// stand in a line's indentation), and `#` starts a comment only after white space.
    mutating func scanToNextTokenSpec() throws(YAMLSyntaxError) {
        tabBeforeToken = false
        while true {
            if mark.column == 0 && isBOM() { skip() }
            var counting = mark.column == 0
            if counting { lineSpaces = 0 }
            while at() == 0x20 || at() == 0x09 {
                if at() == 0x09 {
                    counting = false
                    if flowLevel == 0 { tabBeforeToken = true }
                    if crossedLineBreak && flowLevel == 0 { tabInIndentation = true }
                } else if counting {
                    lineSpaces += 1
                }
                skip()
            }
            if at() == UInt8(ascii: "#") {
                guard followsWhiteSpace() else {
                    throw scannerError("comment not separated from the content by white space", context: mark)
                }
                while !isBreakZ() { skip() }
            }
            guard isBreak() else { return }
            skipLine()
            crossedLineBreak = true
            tabInIndentation = false
            tabBeforeToken = false
            lineSpaces = 0
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    /// Before a token that starts a line: no tab may indent block content, and flow
    /// content inside a block collection must be indented deeper than it.
    mutating func checkSpecIndentation(_ c: UInt8) throws(YAMLSyntaxError) {
        defer {
            crossedLineBreak = false
            tabInIndentation = false
        }
        guard crossedLineBreak else { return }
        if flowLevel == 0 && tabInIndentation && lineSpaces <= indent && c != UInt8(ascii: "[") && c != UInt8(ascii: "{") {
            throw scannerError("found a tab character that violates indentation", context: mark)
        }
        if flowLevel > 0 && indent >= 0 && lineSpaces <= indent {
            throw scannerError("flow content is not indented deeper than its block collection", context: mark)
        }
    }
}
