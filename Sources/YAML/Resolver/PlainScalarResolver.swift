/// What a plain (unquoted, untagged) scalar means to go-yaml v2, the YAML library behind
/// Helm's values files, `fromYaml` and `toYaml` quoting decisions.
///
/// go-yaml v2 is neither YAML 1.1 nor 1.2: it looks at the first byte for a hint, checks
/// a table of fixed spellings (YAML 1.1 booleans, nulls, infinities, `<<`), and otherwise
/// tries Go's number parsers on the text with every `_` removed.
public enum ScalarResolution: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Fits in Int64.
    case int(Int64)
    /// Above Int64.max but fits in UInt64.
    case uint(UInt64)
    case float(Double)
    /// Looks like a timestamp; go-yaml keeps the original text when decoding to `interface{}`.
    case timestamp
    /// The merge key `<<`.
    case merge
    case string
}

public enum PlainScalarResolver {
    /// Resolves the text of a plain scalar with go-yaml v2's rules.
    public static func resolve(_ text: String) -> ScalarResolution {
        var text = text
        return text.withUTF8 { resolve(bytes: $0) }
    }

    /// Resolves plain-scalar bytes with go-yaml v2's rules.
    public static func resolve(bytes: UnsafeBufferPointer<UInt8>) -> ScalarResolution {
        guard let first = bytes.first else { return .null }
        if let fixed = fixedSpelling(bytes) { return fixed }
        switch first {
        case UInt8(ascii: "."):
            // Go's ParseFloat on the text as it is (underscores are not removed here).
            if let d = GoNumberParsing.parseFloat(bytes), d.isFinite { return .float(d) }
            return .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return resolveNumberLike(bytes)
        default:
            return .string
        }
    }

    private static func resolveNumberLike(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarResolution {
        if GoTimestamp.looksLikeTimestamp(bytes) { return .timestamp }
        guard bytes.contains(UInt8(ascii: "_")) else { return resolveNumber(bytes) }
        let plain = bytes.filter { $0 != UInt8(ascii: "_") }
        return plain.withUnsafeBufferPointer { resolveNumber($0) }
    }

    /// Go's number parsers on text without underscores.
    private static func resolveNumber(_ p: UnsafeBufferPointer<UInt8>) -> ScalarResolution {
        if let i = GoNumberParsing.parseInt(p) { return .int(i) }
        if let u = GoNumberParsing.parseUInt(p) { return .uint(u) }
        if GoNumberParsing.matchesYAMLFloatPattern(p) {
            if let d = GoNumberParsing.parseFloat(p), d.isFinite { return .float(d) }
        }
        return .string
    }

    /// go-yaml's table of fixed spellings: booleans (three casings only), nulls,
    /// infinities, NaN and the merge key.
    private static func fixedSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarResolution? {
        // All spellings are at most 6 bytes and start with one of a few characters.
        guard bytes.count <= 6, let first = bytes.first else { return nil }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "o"),
             UInt8(ascii: "O"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "<"):
            break
        default:
            return nil
        }
        var packed = UInt64(bytes.count) << 56
        for (k, b) in bytes.enumerated() { packed |= UInt64(b) << (8 * UInt64(k)) }
        for entry in fixedTable[bytes.count] where entry.packed == packed { return entry.resolution }
        return nil
    }

    /// The fixed spellings packed little-endian into a UInt64 (all are at most 6 bytes),
    /// the length in the top byte.
    /// Indexed by length.
    private static let fixedTable: [[(packed: UInt64, resolution: ScalarResolution)]] = {
        let groups: [([String], ScalarResolution)] = [
            (["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"], .bool(true)),
            (["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"], .bool(false)),
            (["~", "null", "Null", "NULL"], .null),
            ([".nan", ".NaN", ".NAN"], .float(.nan)),
            ([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], .float(.infinity)),
            (["-.inf", "-.Inf", "-.INF"], .float(-.infinity)),
            (["<<"], .merge),
        ]
        var table: [[(packed: UInt64, resolution: ScalarResolution)]] = Array(repeating: [], count: 7)
        for (spellings, resolution) in groups {
            for spelling in spellings {
                var packed = UInt64(spelling.utf8.count) << 56
                for (k, b) in spelling.utf8.enumerated() { packed |= UInt64(b) << (8 * UInt64(k)) }
                table[spelling.utf8.count].append((packed, resolution))
            }
        }
        return table
    }()
}
