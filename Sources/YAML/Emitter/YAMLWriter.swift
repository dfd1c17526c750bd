/// The output side of the emitter: one growing byte buffer plus the few state flags
/// libyaml's layout decisions depend on (column, "last written was whitespace",
/// "only indentation so far on this line", the indentation stack).
struct YAMLWriter {
    var out: [UInt8] = []
    /// Characters (not bytes) since the start of the line.
    var column = 0
    var whitespace = true
    var indention = true
    var indent = -1
    private var indents: [Int] = []
    let bestIndent = 2
    /// Column after which a space may become a line break (Int.max: never).
    let bestWidth: Int

    init(bestWidth: Int) {
        self.bestWidth = bestWidth
        out.reserveCapacity(1024)
    }

    mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    mutating func put(_ b: UInt8) {
        out.append(b)
        column += 1
    }

    mutating func putBreak() {
        out.append(0x0A)
        column = 0
    }

    /// Starts a new line if needed, then pads to the current indentation.
    mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        while column < target { put(0x20) }
        whitespace = true
        indention = true
    }

    mutating func writeIndicator(_ text: StaticString, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        text.withUTF8Buffer { buffer in
            out.append(contentsOf: buffer)
            column += buffer.count
        }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    /// Copies the character at `i` and advances past it.
    mutating func writeCharacter(_ v: [UInt8], _ i: inout Int) {
        let b = v[i]
        if b < 0x80 {
            out.append(b)
            column += 1
            i += 1
            return
        }
        let w = EmitterBytes.width(b)
        let end = min(i + w, v.count)
        out.append(contentsOf: v[i..<end])
        column += 1
        i = end
    }

    /// Writes the line break at `i` (LF as a newline, NEL/LS/PS copied as they are).
    mutating func writeBreak(_ v: [UInt8], _ i: inout Int) {
        if v[i] == 0x0A {
            putBreak()
            i += 1
        } else {
            writeCharacter(v, &i)
            column = 0
        }
    }
}
