import KrelCore

/// How jsonschema v6 words values in its messages (through golang.org/x/text's English
/// printer): numbers grouped with commas, exponents as `×10ⁿ`, strings single-quoted.
enum SchemaText {
    /// `%v` of a float64 through the English message printer: `5000` ⇒ `5,000`,
    /// `5e+06` ⇒ `5×10⁰⁶`.
    static func number(_ x: Double) -> String {
        // jsonschema holds numbers as big.Rat, which has no negative zero [oracle: -0.0 ⇒ 0].
        let plain = GoFloatFormat.formatG(x == 0 ? 0 : x)
        if let e = plain.firstIndex(of: "e") {
            let mantissa = plain[..<e]
            var exponent = plain[plain.index(after: e)...]
            var sign = ""
            if exponent.hasPrefix("-") { sign = "⁻" }
            if exponent.hasPrefix("-") || exponent.hasPrefix("+") { exponent = exponent.dropFirst() }
            return mantissa + "×10" + sign + exponent.map(superscript).joined()
        }
        return grouped(plain)
    }

    static func integer(_ n: Int) -> String { grouped(String(n)) }

    private static func grouped(_ text: String) -> String {
        var body = Substring(text)
        var sign = ""
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let intPart = body.prefix { $0 != "." }
        let rest = body.dropFirst(intPart.count)
        var out = ""
        for (i, c) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return sign + out + rest
    }

    private static func superscript(_ c: Character) -> String {
        let digits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        guard let d = c.wholeNumberValue else { return String(c) }
        return digits[d]
    }

    /// jsonschema's `quote`: Go `%q` with `"` unescaped and `'` escaped, in single quotes.
    static func quote(_ s: String) -> String {
        var q = GoQuote.string(s)
        q.removeFirst()
        q.removeLast()
        q = q.replacingAll("\\\"", with: "\"").replacingAll("'", with: "\\'")
        return "'" + q + "'"
    }

    static func joinQuoted(_ items: [String]) -> String { items.map(quote).joined(separator: ", ") }

    /// `display`: strings quoted, lists/maps `value`, others Go `%v`.
    static func display(_ value: Value) -> String {
        switch value {
        case .string(let s): return quote(s)
        case .list, .map: return "value"
        default: return value.goFormatted
        }
    }

    /// A JSON pointer token (`~` ⇒ `~0`, `/` ⇒ `~1`).
    static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + $0.replacingAll("~", with: "~0").replacingAll("/", with: "~1") }.joined()
    }
}

extension String {
    /// Plain substring replacement (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

/// One validation failure in jsonschema v6's tree shape.
public struct SchemaFailure: Sendable, Equatable {
    public var instanceLocation: [String]
    public var message: String
    public var causes: [SchemaFailure] = []
    /// `$ref` wrappers with a single cause are not printed.
    var isReference = false
    var isGroup = false

    /// The lines jsonschema prints below its header: `- at '/a': msg`, nested causes indented.
    func render(into out: inout String, indent: Int) {
        var indent = indent
        if !(isReference && causes.count == 1) {
            if !out.isEmpty || indent > 1 { out += "\n" }
            out += String(repeating: "  ", count: indent - 1) + "- "
            out += "at " + SchemaText.quote(SchemaText.pointer(instanceLocation)) + ": " + message
            indent += 1
        }
        for cause in causes { cause.render(into: &out, indent: indent) }
    }
}
