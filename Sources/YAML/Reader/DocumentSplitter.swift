/// Helm's (apimachinery's `YAMLReader`) line-based document splitter for values files.
///
/// Lines are read like Go's `bufio.Reader.ReadLine`: `\n` and `\r\n` end a line (the
/// ending is dropped) and every line gets a `\n` back, so a missing final newline is
/// added. A line starting with `---` separates documents when the rest of it, trimmed,
/// is empty or a comment; anything else there is an error. The first separator, met
/// while no text has been collected, stays in the first document.
enum DocumentSplitter {
    static func split(_ bytes: [UInt8]) throws(YAMLError) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var current: [UInt8] = []
        // Ordinary lines are copied in runs; only separators and CR LF endings need care.
        var runStart = 0
        var lineStart = 0
        let n = bytes.count
        func flushRun(to end: Int) {
            if end > runStart { current.append(contentsOf: bytes[runStart..<end]) }
        }
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(lineEnd + 1, n)
            let hasCR = lineEnd < n && lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D
            let contentEnd = hasCR ? lineEnd - 1 : lineEnd
            let isSeparatorCandidate = contentEnd - lineStart >= 3 && bytes[lineStart] == 0x2D
                && bytes[lineStart + 1] == 0x2D && bytes[lineStart + 2] == 0x2D
            if isSeparatorCandidate {
                let rest = goTrimSpace(String(decoding: bytes[(lineStart + 3)..<contentEnd], as: UTF8.self))
                if let first = rest.utf8.first, first != UInt8(ascii: "#") {
                    throw YAMLError(message: "invalid Yaml document separator: " + rest, stage: .documentSplit)
                }
                flushRun(to: lineStart)
                runStart = next
                if !current.isEmpty {
                    documents.append(current)
                    current = []
                    lineStart = next
                    continue
                }
                // The first separator stays with the first document.
                current.append(contentsOf: bytes[lineStart..<contentEnd])
                current.append(0x0A)
            } else if hasCR || lineEnd == n {
                // Drop the CR of CR LF; give the last line its newline.
                flushRun(to: lineStart)
                current.append(contentsOf: bytes[lineStart..<contentEnd])
                current.append(0x0A)
                runStart = next
            }
            lineStart = next
        }
        flushRun(to: n)
        if !current.isEmpty { documents.append(current) }
        return documents
    }

    /// Go's `strings.TrimSpace` (Unicode white space).
    static func goTrimSpace(_ s: String) -> String {
        let scalars = s.unicodeScalars
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true
            default:
                return false
            }
        }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
