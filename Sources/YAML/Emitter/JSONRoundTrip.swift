import KrelCore

/// What sigs.k8s.io/yaml's JSON step does to a value before go-yaml v2 writes it:
/// `json.Marshal`, then go-yaml reading that JSON text back. Done on the tree, without
/// producing the text, but with the same outcomes:
/// - numbers become the JSON text re-read by go-yaml: ints (int64, else uint64) or
///   float64 (`1e+20`, `0.5`); NaN and infinities fail as in encoding/json;
/// - objects become their JSON form, `[]byte` a base64 string;
/// - raw characters go-yaml's reader rejects (DEL, C1 controls except NEL, U+FFFE,
///   U+FFFF) fail; a raw NEL is a line break inside the JSON string and folds to a
///   space (in a key it breaks the flow mapping);
/// - a key whose JSON text is longer than 1024 characters is no longer a simple key for
///   go-yaml, which then fails.
enum JSONRoundTrip {
    /// go-yaml v2 refuses to read JSON text nesting more than this many arrays/objects.
    static let readerMaxDepth = 10_000

    /// `containerDepth` counts the arrays and objects around `value` in the JSON text.
    static func convert(_ value: Value, depth: Int = 0, containerDepth: Int = 0) throws -> EmitterNode {
        guard StackGuard.allows(depth: depth) else {
            throw YAMLEmitError("error marshaling into JSON: nesting too deep (\(depth) levels)")
        }
        switch value {
        case .null:
            return .literal("null")
        case .bool(let b):
            return .literal(b ? "true" : "false")
        case .int(let i, let type):
            return .literal(type == .uint64 || type == .uint ? String(UInt64(bitPattern: i)) : String(i))
        case .float(let d):
            return .literal(try reread(number: d))
        case .string(let s):
            return .string(try rereadString(s))
        case .list(let items, let type):
            if type == .bytes {
                return .string(try GoJSON.marshal(value).dropFirst().dropLast().description)
            }
            try checkReaderDepth(containerDepth)
            return .list(try items.map { try convert($0, depth: depth + 1, containerDepth: containerDepth + 1) })
        case .map(let entries, _):
            try checkReaderDepth(containerDepth)
            var converted: [(key: String, value: EmitterNode)] = []
            converted.reserveCapacity(entries.count)
            for key in NaturalKeyOrder.sorted(Array(entries.keys)) {
                try checkKey(key)
                converted.append((key, try convert(entries[key] ?? .null, depth: depth + 1, containerDepth: containerDepth + 1)))
            }
            return .map(converted)
        case .object(let object):
            do {
                switch try object.jsonForm() {
                case .value(let v):
                    return try convert(v, depth: depth + 1, containerDepth: containerDepth)
                case .fields(let fields):
                    var map: [String: Value] = [:]
                    for (name, v) in fields { map[name] = v }
                    return try convert(.map(map), depth: depth + 1, containerDepth: containerDepth)
                }
            } catch let error as GoJSONError {
                throw YAMLEmitError("error marshaling into JSON: \(error.message)")
            }
        }
    }

    /// Reading the JSON text back, go-yaml v2 stops at its nesting limit (Helm v4.1.4:
    /// 10000 nested collections read, the 10001st fails).
    private static func checkReaderDepth(_ containerDepth: Int) throws {
        if containerDepth >= readerMaxDepth { throw YAMLEmitError("yaml: exceeded max depth of \(readerMaxDepth)") }
    }

    /// The float's JSON text as go-yaml v2 types and prints it.
    static func reread(number d: Double) throws -> String {
        let text: String
        do {
            text = try GoJSON.floatText(d)
        } catch let error as GoJSONError {
            throw YAMLEmitError("error marshaling into JSON: \(error.message)")
        }
        switch PlainScalarResolver.resolve(text) {
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .float(let f): return GoFloatFormat.formatG(f)
        default: return text
        }
    }

    private static func rejectedByReader(_ scalar: UInt32) -> Bool {
        scalar == 0x7F || (scalar >= 0x80 && scalar <= 0x9F && scalar != 0x85) || scalar == 0xFFFE || scalar == 0xFFFF
    }

    private static let readerError = YAMLEmitError("error converting JSON to YAML: yaml: control characters are not allowed")

    private static func checkKey(_ key: String) throws {
        for scalar in key.unicodeScalars {
            if rejectedByReader(scalar.value) { throw readerError }
            if scalar.value == 0x85 {
                throw YAMLEmitError("error converting JSON to YAML: yaml: line 2: did not find expected ',' or '}'")
            }
        }
        if GoJSONStrings.quotedCharacterCount(key) > 1024 {
            throw YAMLEmitError("error converting JSON to YAML: yaml: line 1: did not find expected ',' or '}'")
        }
    }

    /// A string value as go-yaml reads it back from its JSON text.
    static func rereadString(_ s: String) throws -> String {
        // encoding/json turns invalid bytes into U+FFFD before go-yaml sees the text.
        let s = RawBytes.replacingMarkers(s)
        var hasNEL = false
        for scalar in s.unicodeScalars {
            if rejectedByReader(scalar.value) { throw readerError }
            if scalar.value == 0x85 { hasNEL = true }
        }
        return hasNEL ? try foldLineBreaks(s) : s
    }

    /// Flow-scalar folding where the only raw blanks are spaces and the only raw breaks
    /// NELs (JSON escapes every other control): spaces around a break vanish, a single
    /// break becomes a space, each further break a newline.
    private static func foldLineBreaks(_ s: String) throws -> String {
        let chars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while true {
            while i < chars.count && chars[i] != " " && chars[i].value != 0x85 {
                out.append(chars[i])
                i += 1
            }
            if i == chars.count { break }
            var spaces = String.UnicodeScalarView()
            var sawBreak = false
            var extraBreaks = 0
            var atLineStart = false
            while i < chars.count && (chars[i] == " " || chars[i].value == 0x85) {
                if chars[i] == " " {
                    if !sawBreak { spaces.append(" ") }
                    atLineStart = false
                } else {
                    if sawBreak { extraBreaks += 1 }
                    sawBreak = true
                    atLineStart = true
                }
                i += 1
            }
            if atLineStart && startsWithDocumentIndicator(chars, at: i) {
                throw YAMLEmitError("error converting JSON to YAML: yaml: found unexpected document indicator")
            }
            if sawBreak {
                if extraBreaks == 0 {
                    out.append(" ")
                } else {
                    for _ in 0..<extraBreaks { out.append("\n") }
                }
            } else {
                out.append(contentsOf: spaces)
            }
        }
        return String(out)
    }

    private static func startsWithDocumentIndicator(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 3 < chars.count else { return false }
        let head = String(String.UnicodeScalarView(chars[i..<(i + 3)]))
        guard head == "---" || head == "..." else { return false }
        return chars[i + 3] == " " || chars[i + 3].value == 0x85
    }
}
