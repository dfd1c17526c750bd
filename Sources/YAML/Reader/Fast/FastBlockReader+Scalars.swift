import KrelCore

/// Keys and scalars of the fast reader (see FastBlockReader for the subset).
extension FastBlockReader {
    struct Key {
        var start: Int
        var end: Int
        /// Just after the `:`.
        var after: Int
        var style: ScalarStyle
    }

    /// Whether a plain scalar may start at `i` in block context (libyaml's order: `-`,
    /// `?`, `:` before a blank are indicators; the other indicators never start one).
    @inline(__always) func canStartPlain(_ i: Int) -> Bool {
        switch p[i] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return !isBlankOrEnd(i + 1)
        case 0x20, 0x0A, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// The mapping key starting at `pos` (a one-line scalar followed by `:` and a blank),
    /// or nil when the line does not start a mapping entry. Does not move.
    func scanKey() throws(FastPathExit) -> Key? {
        let start = pos
        var key: Key?
        switch p[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let style: ScalarStyle = p[start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            let close = try quotedEnd(from: start)
            var i = close + 1
            while i < n && p[i] == 0x20 { i += 1 }
            guard i < n, p[i] == UInt8(ascii: ":"), isBlankOrEnd(i + 1) else { return nil }
            key = Key(start: start + 1, end: close, after: i + 1, style: style)
        default:
            guard canStartPlain(start) else { return nil }
            var i = start
            var end = start
            while i < n {
                let b = p[i]
                if b == 0x0A { return nil }
                if b == 0x20 {
                    i += 1
                    if i < n && p[i] == UInt8(ascii: "#") { return nil }
                    continue
                }
                if b == UInt8(ascii: ":") && isBlankOrEnd(i + 1) {
                    key = Key(start: start, end: end, after: i + 1, style: .plain)
                    break
                }
                i += 1
                end = i
            }
        }
        guard let key else { return nil }
        if key.after - start > FastBlockReader.maxKeyLength { throw FastPathExit() }
        return key
    }

    /// The closing quote of a one-line quoted scalar starting at `start`; escapes, line
    /// breaks and the end of input leave the subset.
    func quotedEnd(from start: Int) throws(FastPathExit) -> Int {
        let quote = p[start]
        var i = start + 1
        while i < n {
            let b = p[i]
            if b == quote {
                if quote == UInt8(ascii: "'") && i + 1 < n && p[i + 1] == quote {
                    i += 2
                    continue
                }
                return i
            }
            if b == 0x0A || b == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { throw FastPathExit() }
            i += 1
        }
        throw FastPathExit()
    }

    /// The text of a quoted scalar between `start` and `end` (`''` is one quote).
    mutating func quotedText(start: Int, end: Int, style: ScalarStyle) -> String {
        let slice = UnsafeBufferPointer(start: p + start, count: end - start)
        guard style == .singleQuoted, slice.contains(UInt8(ascii: "'")) else {
            return String(decoding: slice, as: UTF8.self)
        }
        text.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            text.append(p[i])
            i += p[i] == UInt8(ascii: "'") ? 2 : 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The map key a scalar makes (sigs.k8s.io/yaml stringifies them); keys the composer
    /// treats specially (merge `<<`, null, above int64) leave the subset.
    mutating func keyString(_ key: Key) throws(FastPathExit) -> String {
        if key.style != .plain { return quotedText(start: key.start, end: key.end, style: key.style) }
        let slice = UnsafeBufferPointer(start: p + key.start, count: key.end - key.start)
        let resolution = PlainScalarResolver.resolve(bytes: slice)
        switch resolution {
        case .string, .timestamp:
            return String(decoding: slice, as: UTF8.self)
        case .merge:
            throw FastPathExit()
        default:
            guard case .string(let name) = MapKey.from(ScalarDecoding.plain(String(decoding: slice, as: UTF8.self))) else {
                throw FastPathExit()
            }
            return name
        }
    }

    /// A plain scalar's value, typed as the composer types it.
    @inline(__always)
    func plainValue(start: Int, end: Int) throws(FastPathExit) -> Value {
        let slice = UnsafeBufferPointer(start: p + start, count: end - start)
        switch PlainScalarResolver.resolve(bytes: slice) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return native ? .int(i, .int) : .float(Double(i))
        case .uint(let u): return native ? .int(Int64(bitPattern: u), .uint64) : .float(Double(u))
        case .float(let d):
            // NaN and infinities fail Helm's JSON step: the full pipeline words that error.
            if !native && !d.isFinite { throw FastPathExit() }
            return .float(d)
        case .timestamp, .merge, .string:
            return .string(String(decoding: slice, as: UTF8.self))
        }
    }

    /// A scalar (or one-line flow sequence, `{}`, block scalar) after `key: ` or `- `,
    /// inside a block collection at column `indent`.
    mutating func inlineScalar(indent: Int) throws(FastPathExit) -> Value {
        let value: Value
        switch p[pos] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let style: ScalarStyle = p[pos] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            let close = try quotedEnd(from: pos)
            value = .string(quotedText(start: pos + 1, end: close, style: style))
            pos = close + 1
        case UInt8(ascii: "["):
            value = try flowSequence()
        case UInt8(ascii: "{"):
            pos += 1
            skipSpaces()
            guard pos < n, p[pos] == UInt8(ascii: "}") else { throw FastPathExit() }
            pos += 1
            value = .map([:])
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try blockScalar(indent: indent)
        default:
            guard canStartPlain(pos) else { throw FastPathExit() }
            let start = pos
            var end = pos
            while pos < n {
                let b = p[pos]
                if b == 0x0A { break }
                if b == 0x20 {
                    pos += 1
                    if pos < n && p[pos] == UInt8(ascii: "#") { break }
                    continue
                }
                // `a: b: c` is an error in block context.
                if b == UInt8(ascii: ":") && isBlankOrEnd(pos + 1) { throw FastPathExit() }
                pos += 1
                end = pos
            }
            value = try plainValue(start: start, end: end)
        }
        try finishLine()
        return value
    }

    /// `[a, "b", 3]` on one line, scalars only.
    mutating func flowSequence() throws(FastPathExit) -> Value {
        pos += 1
        skipSpaces()
        var list: [Value] = []
        if pos < n && p[pos] == UInt8(ascii: "]") {
            pos += 1
        } else {
            while true {
                guard pos < n else { throw FastPathExit() }
                switch p[pos] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let style: ScalarStyle = p[pos] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
                    let close = try quotedEnd(from: pos)
                    list.append(.string(quotedText(start: pos + 1, end: close, style: style)))
                    pos = close + 1
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    throw FastPathExit()
                default:
                    guard canStartPlain(pos) else { throw FastPathExit() }
                    let start = pos
                    var end = pos
                    scan: while pos < n {
                        switch p[pos] {
                        case UInt8(ascii: ","), UInt8(ascii: "]"):
                            break scan
                        case 0x0A, UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "{"),
                             UInt8(ascii: "}"):
                            throw FastPathExit()
                        case 0x20:
                            pos += 1
                            if pos < n && p[pos] == UInt8(ascii: "#") { throw FastPathExit() }
                        default:
                            pos += 1
                            end = pos
                        }
                    }
                    list.append(try plainValue(start: start, end: end))
                }
                skipSpaces()
                guard pos < n else { throw FastPathExit() }
                if p[pos] == UInt8(ascii: "]") {
                    pos += 1
                    break
                }
                guard p[pos] == UInt8(ascii: ",") else { throw FastPathExit() }
                pos += 1
                skipSpaces()
                // A trailing `,` or an empty entry: left to the full pipeline.
                if pos >= n || p[pos] == UInt8(ascii: "]") || p[pos] == UInt8(ascii: ",") { throw FastPathExit() }
            }
        }
        // `[a]: b` would make the sequence a key.
        var i = pos
        while i < n && p[i] == 0x20 { i += 1 }
        if i < n && p[i] == UInt8(ascii: ":") { throw FastPathExit() }
        return .list(list)
    }
}
