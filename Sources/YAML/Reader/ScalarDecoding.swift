import KrelCore

/// A scalar as go-yaml's decoder types it into `interface{}`.
enum DecodedScalar: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
}

/// go-yaml v2's scalar decoding: plain scalars go through the resolver, quoted and block
/// scalars are strings, and standard tags force or check a type.
enum ScalarDecoding {
    static let yamlTagPrefix = "tag:yaml.org,2002:"

    /// go-yaml's short form of a tag (`tag:yaml.org,2002:int` → `!!int`).
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix(yamlTagPrefix) ? "!!" + tag.dropFirst(yamlTagPrefix.utf8.count) : tag
    }

    static func decode(_ event: YAMLEvent) throws(YAMLDecodeError) -> DecodedScalar {
        if event.tag == nil {
            // The common case: untagged.
            guard event.plainImplicit else { return .string(event.value) }
            return plain(event.value)
        }
        let tag = event.tag.map(shortTag) ?? ""
        if tag.isEmpty && !event.plainImplicit { return .string(event.value) }
        switch tag {
        case "", "!!str", "!!bool", "!!null", "!!int", "!!float", "!!timestamp":
            break
        case "!!binary":
            return .string(try decodeBinary(event.value))
        default:
            // Unknown and local tags: the text as it is.
            return .string(event.value)
        }
        if tag == "!!str" { return .string(event.value) }
        let resolution = PlainScalarResolver.resolve(event.value)
        let (resolvedTag, value): (String, DecodedScalar)
        switch resolution {
        case .null: (resolvedTag, value) = ("!!null", .null)
        case .bool(let b): (resolvedTag, value) = ("!!bool", .bool(b))
        case .int(let i): (resolvedTag, value) = ("!!int", .int(i))
        case .uint(let u): (resolvedTag, value) = ("!!int", .uint(u))
        case .float(let d): (resolvedTag, value) = ("!!float", .float(d))
        case .timestamp:
            // Recognised as a timestamp only when untagged or tagged !!timestamp; into
            // interface{} go-yaml keeps the original text.
            if tag.isEmpty || tag == "!!timestamp" {
                (resolvedTag, value) = ("!!timestamp", .string(event.value))
            } else {
                (resolvedTag, value) = ("!!str", .string(event.value))
            }
        case .merge: (resolvedTag, value) = ("!!merge", .string(event.value))
        case .string: (resolvedTag, value) = ("!!str", .string(event.value))
        }
        if tag.isEmpty || tag == resolvedTag { return value }
        if tag == "!!float", case .int(let i) = value { return .float(Double(i)) }
        throw YAMLDecodeError(text: "yaml: cannot decode \(resolvedTag) `\(event.value)` as a \(tag)")
    }

    /// An untagged plain scalar, typed by the resolver.
    static func plain(_ text: String) -> DecodedScalar {
        switch PlainScalarResolver.resolve(text) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .float(let d): return .float(d)
        case .timestamp, .merge, .string: return .string(text)
        }
    }

    /// Go's standard base64 (padding required; CR and LF ignored); the bytes become a
    /// string with each invalid UTF-8 byte replaced by U+FFFD, as encoding/json does.
    static func decodeBinary(_ text: String) throws(YAMLDecodeError) -> String {
        let invalid = YAMLDecodeError(text: "yaml: !!binary value contains invalid base64 data")
        var sextets: [UInt8] = []
        var padding = 0
        for b in text.utf8 {
            if b == 0x0A || b == 0x0D { continue }
            if b == UInt8(ascii: "=") { padding += 1; continue }
            guard padding == 0, let v = base64Value(b) else { throw invalid }
            sextets.append(v)
        }
        guard (sextets.count + padding) % 4 == 0, padding <= 2, sextets.count % 4 != 1 else { throw invalid }
        if padding > 0 && (sextets.count % 4) + padding != 4 { throw invalid }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sextets.count * 3 / 4)
        var i = 0
        while i < sextets.count {
            let n = min(4, sextets.count - i)
            var acc: UInt32 = 0
            for k in 0..<4 { acc = acc << 6 | (k < n ? UInt32(sextets[i + k]) : 0) }
            bytes.append(UInt8(acc >> 16 & 0xFF))
            if n > 2 { bytes.append(UInt8(acc >> 8 & 0xFF)) }
            if n > 3 { bytes.append(UInt8(acc & 0xFF)) }
            i += 4
        }
        return GoUTF8.replacingInvalid(bytes)
    }

    private static func base64Value(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return b - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return b - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}

/// Go's view of byte strings as UTF-8.
enum GoUTF8 {
    /// Each byte that does not start a valid UTF-8 sequence becomes U+FFFD (Go's
    /// `utf8.DecodeRune` consumes one byte on error, unlike Swift's maximal subparts).
    static func replacingInvalid(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let width = validSequenceLength(bytes, at: i)
            if width == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            } else {
                out.append(contentsOf: bytes[i..<i + width])
                i += width
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func validSequenceLength(_ s: [UInt8], at i: Int) -> Int {
        let b = s[i]
        if b < 0x80 { return 1 }
        let width: Int
        var value: UInt32
        switch b {
        case 0xC2...0xDF: width = 2; value = UInt32(b & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(b & 0x0F)
        case 0xF0...0xF4: width = 4; value = UInt32(b & 0x07)
        default: return 0
        }
        guard i + width <= s.count else { return 0 }
        for k in 1..<width {
            guard s[i + k] & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(s[i + k] & 0x3F)
        }
        let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        if value < minimum || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return 0 }
        return width
    }
}
