import KrelCore
/// Splits a rendered file into YAML documents exactly like Helm 4.1.4 (spec 9.2): the Go
/// regex `(?:^|\s*\n)---\s*` applied to the trimmed text, empty pieces dropped, every other
/// piece trimmed. Implemented by hand over bytes; `\s` here is RE2's `[\t\n\f\r ]`.
public enum ManifestSplitter {
    public static func split(_ content: String) -> [String] {
        let trimmed = GoStrings.trimSpace(content)
        var documents: [String] = []
        var text = trimmed
        text.withUTF8 { bytes in
            var pieceStart = 0
            var searchFrom = 0
            while let (start, end) = nextSeparator(bytes, from: searchFrom) {
                append(bytes, pieceStart, start, to: &documents)
                pieceStart = end
                searchFrom = end
            }
            append(bytes, pieceStart, bytes.count, to: &documents)
        }
        return documents
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to documents: inout [String]) {
        guard to > from else { return }  // Helm drops only pieces that are empty before trimming
        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        documents.append(GoStrings.trimSpace(piece))
    }

    @inline(__always)
    static func isRegexSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    private static func isDashes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 3 <= bytes.count && bytes[i] == 0x2D && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x2D
    }

    /// The leftmost separator match at or after `from`, as a byte range.
    static func nextSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
        var i = from
        while i < bytes.count {
            if i == 0 && isDashes(bytes, at: 0) { return (0, skipSpaces(bytes, 3)) }
            if isRegexSpace(bytes[i]) {
                // The whitespace run starting here matches `\s*\n` only if its last byte is a
                // newline directly followed by `---` (a dash ends the run).
                let runEnd = skipSpaces(bytes, i)
                if bytes[runEnd - 1] == 0x0A && isDashes(bytes, at: runEnd) {
                    return (i, skipSpaces(bytes, runEnd + 3))
                }
                i = runEnd
                continue
            }
            i += 1
        }
        return nil
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var j = from
        while j < bytes.count && isRegexSpace(bytes[j]) { j += 1 }
        return j
    }
}
