/// Helm's (apimachinery's `YAMLReader`) line-based document splitter for values files.
///
/// Lines are read like Go's `bufio.Reader.ReadLine`: `\n` and `\r\n` end a line (the
/// ending is dropped) and every line gets a `\n` back, so a missing final newline is
/// added. A line starting with `---` separates documents when the rest of it, trimmed,
/// is empty or a comment; anything else there is an error. The first separator, met
/// while no text has been collected, stays in the first document.
enum DocumentSplitter {
    static func split(_ bytes: [UInt8]) throws(YAMLError) -> [[UInt8]] {
        if isSingleDocument(bytes) { return bytes.isEmpty ? [] : [bytes] }
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

    /// No `---` line, no CR, and a final newline: the splitter would hand the text back
    /// unchanged. Checked eight bytes at a time (exact per-byte flags for LF and CR).
    static func isSingleDocument(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last else { return true }
        guard last == 0x0A else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return true }
            let n = buffer.count
            func startsSeparator(_ i: Int) -> Bool {
                i + 3 <= n && p[i] == 0x2D && p[i + 1] == 0x2D && p[i + 2] == 0x2D
            }
            if startsSeparator(0) { return false }
            let high: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let raw = UnsafeRawPointer(p)
            var i = 0
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let lf = w ^ 0x0A0A_0A0A_0A0A_0A0A
                let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
                var lfFlags = ~(((lf & low7) &+ low7) | lf) & high
                let crFlags = ~(((cr & low7) &+ low7) | cr) & high
                if crFlags != 0 { return false }
                while lfFlags != 0 {
                    let k = lfFlags.trailingZeroBitCount / 8
                    if startsSeparator(i + k + 1) { return false }
                    lfFlags &= lfFlags - 1
                }
                i += 8
            }
            while i < n {
                if p[i] == 0x0D || (p[i] == 0x0A && startsSeparator(i + 1)) { return false }
                i += 1
            }
            return true
        }
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
