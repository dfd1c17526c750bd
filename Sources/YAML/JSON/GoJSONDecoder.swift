import KrelCore

extension GoJSON {
    /// The Go variable `json.Unmarshal` decodes into.
    public enum Target: Sendable {
        /// `interface{}` (Sprig's `mustFromJson`).
        case any
        /// `map[string]interface{}` (Helm's `fromJson`).
        case map
        /// `[]interface{}` (Helm's `fromJsonArray`).
        case list

        var goTypeName: String {
            switch self {
            case .any: "interface {}"
            case .map: "map[string]interface {}"
            case .list: "[]interface {}"
            }
        }
    }

    /// What `json.Unmarshal` leaves behind: the decoded value and its error, if any.
    /// A syntax error leaves the target untouched (`value` is the target's zero value);
    /// type errors (a number out of float64 range, a top-level type mismatch) are
    /// reported after decoding everything else, as Go does.
    public struct Decoded: Sendable {
        public var value: Value
        public var error: GoJSONError?
    }

    /// Go's `json.Decoder.Decode` on a stream: decodes the first JSON value of `bytes` and
    /// returns it with the number of bytes consumed (used by `--set-json`).
    public static func decodePrefix(_ bytes: ArraySlice<UInt8>) throws -> (value: Value, consumed: Int) {
        try Array(bytes).withUnsafeBufferPointer { buffer in
            var parser = GoJSONParser(bytes: buffer)
            let value = try parser.parseValue(allowTrailing: true)
            if let typeError = parser.firstTypeError { throw typeError }
            return (value, parser.pos)
        }
    }

    /// Go's `json.Unmarshal(text, &target)`: numbers become float64, objects
    /// `map[string]interface{}` (duplicate keys: last wins), nesting limited to 10000.
    public static func unmarshal(_ text: String, into target: Target = .any) -> Decoded {
        var text = text
        return text.withUTF8 { bytes in
            var parser = GoJSONParser(bytes: bytes)
            let zero: Value = target == .map ? .map([:]) : target == .list ? .list([]) : .null
            do {
                let value = try parser.parseDocument()
                return fit(value, into: target, zero: zero, typeError: parser.firstTypeError)
            } catch let error as GoJSONError {
                return Decoded(value: zero, error: error)
            } catch {
                return Decoded(value: zero, error: GoJSONError("\(error)"))
            }
        }
    }

    private static func fit(_ value: Value, into target: Target, zero: Value, typeError: GoJSONError?) -> Decoded {
        func mismatch(_ kind: String) -> Decoded {
            Decoded(value: zero, error: typeError
                ?? GoJSONError("json: cannot unmarshal \(kind) into Go value of type \(target.goTypeName)"))
        }
        switch (target, value) {
        case (.any, _), (.map, .map), (.list, .list), (_, .null):
            return Decoded(value: value.isNull ? zero : value, error: typeError)
        case (_, .map): return mismatch("object")
        case (_, .list): return mismatch("array")
        case (_, .string): return mismatch("string")
        case (_, .bool): return mismatch("bool")
        default: return mismatch("number")
        }
    }
}

/// An iterative (stack-safe) parser with the error texts of Go's JSON scanner.
struct GoJSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    /// The first "cannot unmarshal" error; decoding carries on after it, as in Go.
    var firstTypeError: GoJSONError?
    static let maxDepth = 10_000

    private enum Frame {
        case array([Value])
        case object([String: Value], key: String)
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses one value that must be the whole input (surrounded by white space only).
    mutating func parseDocument() throws -> Value {
        try parseValue(allowTrailing: false)
    }

    /// Parses one value; with `allowTrailing`, stops after it (`pos` is just past the value),
    /// as Go's `json.Decoder.Decode` does on a stream.
    mutating func parseValue(allowTrailing: Bool) throws -> Value {
        var stack: [Frame] = []
        while true {
            // Expecting a value.
            skipSpace()
            guard pos < bytes.count else { throw endOfInput() }
            var value: Value
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.count >= Self.maxDepth { throw syntax(c, "exceeded max depth") }
                pos += 1
                skipSpace()
                if c == UInt8(ascii: "[") {
                    if peek() == UInt8(ascii: "]") {
                        pos += 1
                        value = .list([])
                    } else {
                        stack.append(.array([]))
                        continue
                    }
                } else if peek() == UInt8(ascii: "}") {
                    pos += 1
                    value = .map([:])
                } else {
                    let key = try parseKey(afterComma: false)
                    stack.append(.object([:], key: key))
                    continue
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            case UInt8(ascii: "t"): value = try parseLiteral("true", .bool(true))
            case UInt8(ascii: "f"): value = try parseLiteral("false", .bool(false))
            case UInt8(ascii: "n"): value = try parseLiteral("null", .null)
            default:
                throw syntax(c, "looking for beginning of value")
            }
            // A value is complete: hand it to the enclosing containers.
            while true {
                guard let frame = stack.popLast() else {
                    if allowTrailing { return value }
                    skipSpace()
                    if pos < bytes.count { throw syntax(bytes[pos], "after top-level value") }
                    return value
                }
                skipSpace()
                guard pos < bytes.count else { throw endOfInput() }
                let next = bytes[pos]
                switch frame {
                case .array(var items):
                    items.append(value)
                    if next == UInt8(ascii: ",") {
                        pos += 1
                        stack.append(.array(items))
                    } else if next == UInt8(ascii: "]") {
                        pos += 1
                        value = .list(items)
                        continue
                    } else {
                        throw syntax(next, "after array element")
                    }
                case .object(var entries, let key):
                    entries[key] = value
                    if next == UInt8(ascii: ",") {
                        pos += 1
                        let nextKey = try parseKey(afterComma: true)
                        stack.append(.object(entries, key: nextKey))
                    } else if next == UInt8(ascii: "}") {
                        pos += 1
                        value = .map(entries)
                        continue
                    } else {
                        throw syntax(next, "after object key:value pair")
                    }
                }
                break
            }
        }
    }

    /// An object key and its colon; `pos` is at the key (after `{` or `,`).
    private mutating func parseKey(afterComma: Bool) throws -> String {
        skipSpace()
        guard pos < bytes.count else { throw endOfInput() }
        guard bytes[pos] == UInt8(ascii: "\"") else {
            throw syntax(bytes[pos], "looking for beginning of object key string")
        }
        let key = try parseString()
        skipSpace()
        guard pos < bytes.count else { throw endOfInput() }
        guard bytes[pos] == UInt8(ascii: ":") else { throw syntax(bytes[pos], "after object key") }
        pos += 1
        return key
    }

    /// The byte at `pos`, or the space Go's scanner feeds at the end of input.
    private var currentOrSpace: UInt8 { pos < bytes.count ? bytes[pos] : 0x20 }

    private func peek() -> UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private mutating func skipSpace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: Value) throws -> Value {
        let text = word.withUTF8Buffer { Array($0) }
        pos += 1
        for expected in text.dropFirst() {
            // Go's scanner flushes the end of input as a space.
            let c = pos < bytes.count ? bytes[pos] : 0x20
            if c != expected {
                throw syntax(c, "in literal \(word) (expecting \(GoJSONParser.quoteChar(expected)))")
            }
            pos += 1
        }
        return value
    }

    private mutating func parseNumber() throws -> Value {
        let start = pos
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        if bytes[pos] == UInt8(ascii: "-") {
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw syntax(currentOrSpace, "in numeric literal") }
        }
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
        } else {
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count && bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else {
                throw syntax(currentOrSpace, "after decimal point in numeric literal")
            }
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
            pos += 1
            if pos < bytes.count && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else {
                throw syntax(currentOrSpace, "in exponent of numeric literal")
            }
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if let d = Double(text), d.isFinite { return .float(d) }
        if firstTypeError == nil {
            firstTypeError = GoJSONError("json: cannot unmarshal number \(text) into Go value of type float64", offset: pos)
        }
        return .null
    }

    /// A string literal; `pos` is at the opening quote.
    private mutating func parseString() throws -> String {
        pos += 1
        var out: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count else { throw endOfInput() }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw syntax(c, "in string literal") }
            if c != UInt8(ascii: "\\") {
                pos += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
            pos += 1
            guard pos < bytes.count else { throw endOfInput() }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), pos + 1 < bytes.count,
                   bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                    // A surrogate pair; an unpaired half becomes U+FFFD.
                    let save = pos
                    pos += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        pos = save
                        scalar = 0xFFFD
                    }
                }
                let unicode = Unicode.Scalar(scalar) ?? Unicode.Scalar(0xFFFD)!
                out.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw syntax(e, "in string escape code")
            }
            runStart = pos
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count else { throw endOfInput() }
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw syntax(c, "in \\u hexadecimal character escape")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    private func endOfInput() -> GoJSONError {
        GoJSONError("unexpected end of JSON input", offset: bytes.count)
    }

    private func syntax(_ c: UInt8, _ context: String) -> GoJSONError {
        GoJSONError("invalid character \(GoJSONParser.quoteChar(c)) \(context)", offset: pos + 1)
    }

    /// Go's `quoteChar`: the byte as a rune, quoted like `strconv.Quote` but in single quotes.
    static func quoteChar(_ c: UInt8) -> String {
        switch c {
        case UInt8(ascii: "'"): return "'\\''"
        case UInt8(ascii: "\""): return "'\"'"
        case 0x07: return "'\\a'"
        case 0x08: return "'\\b'"
        case 0x0C: return "'\\f'"
        case 0x0A: return "'\\n'"
        case 0x0D: return "'\\r'"
        case 0x09: return "'\\t'"
        case 0x0B: return "'\\v'"
        case UInt8(ascii: "\\"): return "'\\\\'"
        case 0..<0x20, 0x7F: return "'\\x" + hex2(c) + "'"
        case 0x80..<0xA1, 0xAD: return "'\\u00" + hex2(c) + "'"
        default: return "'" + String(Character(Unicode.Scalar(c))) + "'"
        }
    }

    private static func hex2(_ c: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(c >> 4)], digits[Int(c & 15)]])
    }
}
