import Glibc
import KrelCore

/// The input leaves the fast reader's subset; the full pipeline takes over.
struct FastPathExit: Error {}

/// A one-pass reader for the block-style subset of YAML that values files are written
/// in: block mappings and sequences (indentless ones too), one-line plain and quoted
/// scalars, one-line flow sequences of scalars, `{}`, and literal/folded block scalars.
///
/// It reads bytes straight into `Value`s (no tokens, no events) and gives up the moment
/// it meets anything else: anchors, tags, multi-line flow or plain scalars, escapes,
/// tabs, CRs, document markers, merge keys, unusual keys, and every error. The caller
/// then runs the libyaml-style scanner/parser/composer, which stays the reference:
/// whatever the fast reader accepts, it reads exactly as that pipeline does (checked by
/// FastBlockReaderTests on the whole corpus).
///
/// Invariant between nodes: `pos` is on the first character of the next line holding
/// content, `lineStart` on that line's start and `lineIndent` its indentation (-1 at the
/// end of the input).
struct FastBlockReader {
    let p: UnsafePointer<UInt8>
    let n: Int
    /// go-yaml's own number types (`.native`) or Helm's float64 numbers (`.json`).
    let native: Bool
    var pos = 0
    var lineStart = 0
    var lineIndent = -1
    /// Column of the root node (-1: none).
    var rootColumn = -1
    /// Entries of the maps and items of the lists being built, innermost last.
    let entries = MoveStack<(String, Value)>()
    let items = MoveStack<Value>()
    /// Scratch for scalars that are not a plain slice of the input.
    var text: [UInt8] = []

    /// Nesting beyond this is left to the full pipeline (which bounds it itself).
    static let maxDepth = 200
    /// go-yaml forgets a possible simple key after 1024 characters; stay well below.
    static let maxKeyLength = 1000

    /// The single document in `bytes`, `.null` when it holds none; nil when the input is
    /// outside the subset.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, mode: YAMLNumberMode) -> Value? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .null }
        if let halves = readInHalves(base, count: bytes.count, native: mode == .native) {
            // nil: the halves did not fit together; the single read decides.
            if let value = halves { return value }
        }
        guard FastTextCheck.isSimple(base, count: bytes.count) else { return nil }
        var reader = FastBlockReader(p: base, n: bytes.count, native: mode == .native)
        do {
            return try reader.document()
        } catch {
            return nil
        }
    }

    init(p: UnsafePointer<UInt8>, n: Int, native: Bool) {
        self.p = p
        self.n = n
        self.native = native
    }

    mutating func document() throws(FastPathExit) -> Value {
        try skipDocumentStart()
        try peekContent()
        if lineIndent < 0 { return .null }
        rootColumn = lineIndent
        let root = try blockNode(column: lineIndent, depth: 0)
        guard lineIndent < 0 else { throw FastPathExit() }
        return root
    }

    // MARK: bytes and lines

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0x0A }

    /// A blank, a line break or the end follows position `i`.
    @inline(__always) func isBlankOrEnd(_ i: Int) -> Bool {
        i >= n || p[i] == 0x20 || p[i] == 0x0A
    }

    @inline(__always) func isEntryDash(_ i: Int) -> Bool {
        i < n && p[i] == UInt8(ascii: "-") && isBlankOrEnd(i + 1)
    }

    @inline(__always) mutating func skipSpaces() {
        while pos < n && p[pos] == 0x20 { pos += 1 }
    }

    /// Moves past the next line break (or to the end).
    @inline(__always) mutating func skipToNextLine() {
        guard pos < n, let hit = memchr(p + pos, 0x0A, n - pos) else {
            pos = n
            return
        }
        pos = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p + 1
    }

    /// A first `---` line (alone or with a comment) opens the document explicitly.
    mutating func skipDocumentStart() throws(FastPathExit) {
        var i = 0
        while i < n && (p[i] == 0x0A || p[i] == 0x20 || p[i] == UInt8(ascii: "#")) {
            // Leading blank and comment lines.
            if p[i] == UInt8(ascii: "#") {
                pos = i
                skipToNextLine()
                i = pos
            } else {
                i += 1
            }
        }
        guard i + 3 <= n, p[i] == UInt8(ascii: "-"), p[i + 1] == UInt8(ascii: "-"), p[i + 2] == UInt8(ascii: "-"),
              i == 0 || p[i - 1] == 0x0A, isBlankOrEnd(i + 3) else {
            pos = 0
            return
        }
        pos = i + 3
        skipSpaces()
        if pos < n && p[pos] == UInt8(ascii: "#") && p[pos - 1] == 0x20 {
            skipToNextLine()
        } else if pos < n && p[pos] == 0x0A {
            pos += 1
        } else if pos < n {
            throw FastPathExit()  // content after `---`
        }
    }

    /// From a line start, skips blank and comment lines; see the type's invariant.
    mutating func peekContent() throws(FastPathExit) {
        while pos < n {
            let start = pos
            skipSpaces()
            if pos == n { break }
            let b = p[pos]
            if b == 0x0A {
                pos += 1
                continue
            }
            if b == UInt8(ascii: "#") {
                skipToNextLine()
                continue
            }
            if pos == start && isDocumentMarker(pos) { throw FastPathExit() }
            lineStart = start
            lineIndent = pos - start
            return
        }
        lineIndent = -1
    }

    func isDocumentMarker(_ i: Int) -> Bool {
        let c = p[i]
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: ".") else { return false }
        return byte(i + 1) == c && byte(i + 2) == c && i + 2 < n && isBlankOrEnd(i + 3)
    }

    /// After a scalar: blanks, maybe a comment, then the line break.
    mutating func finishLine() throws(FastPathExit) {
        skipSpaces()
        if pos >= n { return try peekContent() }
        let b = p[pos]
        if b == 0x0A {
            pos += 1
        } else if b == UInt8(ascii: "#") && p[pos - 1] == 0x20 {
            skipToNextLine()
        } else {
            throw FastPathExit()
        }
        try peekContent()
    }

    // MARK: block collections

    /// A block node on its own line(s), starting at `pos` (column `column`).
    mutating func blockNode(column: Int, depth: Int) throws(FastPathExit) -> Value {
        if isEntryDash(pos) { return try sequence(column: column, indentless: false, depth: depth) }
        if try scanKey() != nil { return try mapping(column: column, depth: depth) }
        throw FastPathExit()
    }

    mutating func mapping(column: Int, depth: Int) throws(FastPathExit) -> Value {
        guard depth < FastBlockReader.maxDepth else { throw FastPathExit() }
        let base = entries.count
        while true {
            guard let key = try scanKey() else { throw FastPathExit() }
            let name = try keyString(key)
            pos = key.after
            let value = try mappingValue(indent: column, depth: depth + 1)
            entries.push((name, value))
            if lineIndent == column { continue }
            if lineIndent > column { throw FastPathExit() }
            break
        }
        var map: [String: Value] = Dictionary(minimumCapacity: entries.count - base)
        while entries.count > base {
            // Popped last entry first; with duplicate keys the last one wins, as in the composer.
            let (key, value) = entries.popLast()
            if let later = map.updateValue(value, forKey: key) { map[key] = later }
        }
        return .map(map)
    }

    /// The value after `key:` of a mapping at column `indent`.
    mutating func mappingValue(indent: Int, depth: Int) throws(FastPathExit) -> Value {
        skipSpaces()
        if pos >= n || p[pos] == 0x0A || p[pos] == UInt8(ascii: "#") {
            skipToNextLine()
            try peekContent()
            if lineIndent > indent { return try blockNode(column: lineIndent, depth: depth) }
            if lineIndent == indent && isEntryDash(pos) {
                return try sequence(column: indent, indentless: true, depth: depth)
            }
            return .null
        }
        return try inlineScalar(indent: indent)
    }

    mutating func sequence(column: Int, indentless: Bool, depth: Int) throws(FastPathExit) -> Value {
        guard depth < FastBlockReader.maxDepth else { throw FastPathExit() }
        let base = items.count
        while true {
            pos += 1  // the `-`
            let item = try sequenceEntry(indent: column, depth: depth + 1)
            items.push(item)
            if lineIndent == column {
                if isEntryDash(pos) { continue }
                if indentless { break }
                throw FastPathExit()
            }
            if lineIndent > column { throw FastPathExit() }
            break
        }
        return .list(items.moveOut(from: base))
    }

    mutating func sequenceEntry(indent: Int, depth: Int) throws(FastPathExit) -> Value {
        skipSpaces()
        if pos >= n || p[pos] == 0x0A || p[pos] == UInt8(ascii: "#") {
            skipToNextLine()
            try peekContent()
            if lineIndent > indent { return try blockNode(column: lineIndent, depth: depth) }
            return .null
        }
        if isEntryDash(pos) { throw FastPathExit() }  // `- - x`
        if try scanKey() != nil { return try mapping(column: pos - lineStart, depth: depth) }
        return try inlineScalar(indent: indent)
    }
}
