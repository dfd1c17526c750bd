import Glibc
import KrelCore

/// Literal (`|`) and folded (`>`) block scalars in the fast reader, with libyaml's rules
/// for the auto-detected indentation, folding and chomping (only `\n` breaks and spaces
/// occur here: tabs and other breaks left the subset earlier).
extension FastBlockReader {
    /// `indent` is the column of the innermost block collection (libyaml's `indent`).
    mutating func blockScalar(indent: Int) throws(FastPathExit) -> Value {
        let literal = p[pos] == UInt8(ascii: "|")
        pos += 1
        var chomping = 0
        if pos < n && (p[pos] == UInt8(ascii: "+") || p[pos] == UInt8(ascii: "-")) {
            chomping = p[pos] == UInt8(ascii: "+") ? 1 : -1
            pos += 1
        }
        // Explicit indentation indicators are left to the full pipeline.
        if pos < n && p[pos] >= UInt8(ascii: "0") && p[pos] <= UInt8(ascii: "9") { throw FastPathExit() }
        skipSpaces()
        if pos < n && p[pos] == UInt8(ascii: "#") {
            skipToNextLine()
        } else if pos < n && p[pos] == 0x0A {
            pos += 1
        } else if pos < n {
            throw FastPathExit()
        }

        text.removeAll(keepingCapacity: true)
        var column = 0
        var blockIndent = 0
        var leadingBreak = false
        var trailingBreaks = 0
        eatBreaks(indent: indent, blockIndent: &blockIndent, column: &column, breaks: &trailingBreaks)
        var leadingBlank = false
        while column == blockIndent && pos < n {
            let trailingBlank = p[pos] == 0x20
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if trailingBreaks == 0 { text.append(0x20) }
            } else if leadingBreak {
                text.append(0x0A)
            }
            leadingBreak = false
            for _ in 0..<trailingBreaks { text.append(0x0A) }
            trailingBreaks = 0
            leadingBlank = trailingBlank
            let lineBegin = pos
            if let hit = memchr(p + pos, 0x0A, n - pos) {
                pos = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
            } else {
                pos = n
            }
            text.append(contentsOf: UnsafeBufferPointer(start: p + lineBegin, count: pos - lineBegin))
            if pos < n {
                leadingBreak = true
                pos += 1
                column = 0
            } else {
                column = -1
            }
            eatBreaks(indent: indent, blockIndent: &blockIndent, column: &column, breaks: &trailingBreaks)
        }
        if chomping != -1 && leadingBreak { text.append(0x0A) }
        if chomping == 1 { for _ in 0..<trailingBreaks { text.append(0x0A) } }
        // Back to the start of the line that ended the scalar.
        if pos < n && column > 0 { pos -= column }
        let value = Value.string(String(decoding: text, as: UTF8.self))
        try peekContent()
        return value
    }

    /// Indentation and empty lines; settles the indentation when not yet known.
    private mutating func eatBreaks(indent: Int, blockIndent: inout Int, column: inout Int, breaks: inout Int) {
        var maxIndent = 0
        while true {
            if column >= 0 {
                while (blockIndent == 0 || column < blockIndent) && pos < n && p[pos] == 0x20 {
                    pos += 1
                    column += 1
                }
                if column > maxIndent { maxIndent = column }
            }
            guard pos < n, p[pos] == 0x0A else { break }
            breaks += 1
            pos += 1
            column = 0
        }
        if blockIndent == 0 { blockIndent = max(maxIndent, indent + 1, 1) }
    }
}
