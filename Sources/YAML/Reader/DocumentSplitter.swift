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
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            var contentEnd = lineEnd
            if lineEnd < n && contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = bytes[lineStart..<contentEnd]
            if line.starts(with: [0x2D, 0x2D, 0x2D]) {
                let rest = goTrimSpace(String(decoding: line.dropFirst(3), as: UTF8.self))
                if let first = rest.utf8.first, first != UInt8(ascii: "#") {
                    throw YAMLError(message: "invalid Yaml document separator: " + rest, stage: .documentSplit)
                }
                if !current.isEmpty {
                    documents.append(current)
                    current = []
                    lineStart = next
                    continue
                }
            }
            current.append(contentsOf: line)
            current.append(0x0A)
            lineStart = next
        }
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
