/// jsonschema v6 decodes schemas with json.Number, so `enum`/`const` messages print numbers
/// exactly as written in values.schema.json (`1.0`, `2.50`, `1e3`) [oracle], while krel's
/// decoded Value only has the number. This scan of the schema text records the literal of each
/// number that is a `const` value or an `enum` member, keyed by its numeric value; a value
/// written two different ways is dropped (then the Go `%v` form is used).
struct SchemaNumberLiterals: Sendable {
    private var literals: [Double: String] = [:]
    private var ambiguous: Set<Double> = []

    init() {}

    init(json bytes: [UInt8]) {
        // Per open container: is it an object, and the last key read inside it.
        var stack: [(isObject: Bool, key: [UInt8])] = []
        var i = 0
        var expectingKey = false
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "{"):
                stack.append((true, []))
                expectingKey = true
                i += 1
            case UInt8(ascii: "["):
                stack.append((false, []))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
                i += 1
            case UInt8(ascii: ","):
                expectingKey = stack.last?.isObject == true
                i += 1
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < bytes.count && bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
                if expectingKey, !stack.isEmpty { stack[stack.count - 1].key = Array(bytes[(i + 1)..<min(j, bytes.count)]) }
                expectingKey = false
                i = j + 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var j = i + 1
                while j < bytes.count, Self.isNumberByte(bytes[j]) { j += 1 }
                if Self.isLiteralSlot(stack) { record(String(decoding: bytes[i..<j], as: UTF8.self)) }
                i = j
            default:
                i += 1
            }
        }
    }

    private static func isNumberByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }

    /// Directly under `"const":` or a direct member of an `"enum": [...]` array.
    private static func isLiteralSlot(_ stack: [(isObject: Bool, key: [UInt8])]) -> Bool {
        guard let top = stack.last else { return false }
        if top.isObject { return top.key == Array("const".utf8) }
        guard stack.count >= 2 else { return false }
        let parent = stack[stack.count - 2]
        return parent.isObject && parent.key == Array("enum".utf8)
    }

    private mutating func record(_ literal: String) {
        guard let value = Double(literal) else { return }
        if let known = literals[value], known != literal { ambiguous.insert(value) }
        literals[value] = literal
    }

    /// The literal text for `value`, when it was written one way only.
    func literal(for value: Double) -> String? {
        ambiguous.contains(value) ? nil : literals[value]
    }
}
