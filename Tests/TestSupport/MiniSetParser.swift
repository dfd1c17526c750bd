import KrelCore

/// A stand-in for Helm's `--set` parser (strvals), enough for the conformance cases:
/// dotted keys with `\.` escapes, `name[i]` list indexes, `{a,b}` lists, comma-separated
/// assignments and Helm's scalar typing. Returns nil for anything else (case skipped).
/// Until the real parser (Chart module) is merged.
public enum MiniSetParser {
    enum Step { case key(String), index(Int) }

    public static func apply(_ assignments: [String], to values: Value) -> Value? {
        var root = values
        for assignment in assignments {
            for part in splitTop(assignment, on: ",") {
                guard let eq = firstUnescaped(part, "=") else { return nil }
                let keyText = String(part[..<eq])
                let valueText = String(part[part.index(after: eq)...])
                guard let steps = parseKey(keyText) else { return nil }
                let value: Value
                if valueText.hasPrefix("{") && valueText.hasSuffix("}") {
                    let inner = String(valueText.dropFirst().dropLast())
                    value = .list(inner.isEmpty ? [] : splitTop(inner, on: ",").map { typed(String($0)) })
                } else {
                    value = typed(unescape(valueText))
                }
                guard let next = assign(root, steps[...], value) else { return nil }
                root = next
            }
        }
        return removeNulls(root, isTop: true)
    }

    /// Helm coalesces --set values over the file: a null removes the key.
    static func removeNulls(_ value: Value, isTop: Bool) -> Value {
        guard case .map(let entries, let type) = value else { return value }
        var out: [String: Value] = [:]
        for (k, v) in entries where !v.isNull { out[k] = removeNulls(v, isTop: false) }
        return .map(out, type)
    }

    static func typed(_ text: String) -> Value {
        let lower = text.lowercased()
        if lower == "true" { return .bool(true) }
        if lower == "false" { return .bool(false) }
        if lower == "null" { return .null }
        if text == "0" { return .int(0, .int64) }
        if text.count > 1 && text.hasPrefix("0") { return .string(text) }
        if let i = Int64(text), !text.hasPrefix("+") { return .int(i, .int64) }
        return .string(text)
    }

    static func assign(_ base: Value, _ steps: ArraySlice<Step>, _ value: Value) -> Value? {
        guard let step = steps.first else { return value }
        switch step {
        case .key(let k):
            var entries: [String: Value] = [:]
            var type = MapType.interfaces
            if case .map(let m, let t) = base { entries = m; type = t }
            guard let v = assign(entries[k] ?? .null, steps.dropFirst(), value) else { return nil }
            entries[k] = v
            return .map(entries, type)
        case .index(let i):
            var items: [Value] = []
            if case .list(let l, _) = base { items = l }
            while items.count <= i { items.append(.null) }
            guard let v = assign(items[i], steps.dropFirst(), value) else { return nil }
            items[i] = v
            return .list(items)
        }
    }

    static func parseKey(_ text: String) -> [Step]? {
        var steps: [Step] = []
        var current = ""
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\\", let n = chars.first { current.append(n); chars = chars.dropFirst(); continue }
            if c == "." { steps.append(.key(current)); current = ""; continue }
            if c == "[" {
                guard let close = chars.firstIndex(of: "]"), let i = Int(String(chars[..<close])) else { return nil }
                if !current.isEmpty { steps.append(.key(current)); current = "" }
                steps.append(.index(i))
                chars = chars[chars.index(after: close)...]
                if chars.first == "." { chars = chars.dropFirst() }
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { steps.append(.key(current)) }
        return steps.isEmpty ? nil : steps
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for c in text {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }

    static func firstUnescaped(_ text: Substring, _ target: Character) -> String.Index? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\\" { i = text.index(after: i); if i < text.endIndex { i = text.index(after: i) }; continue }
            if text[i] == target { return i }
            i = text.index(after: i)
        }
        return nil
    }

    /// Splits on unescaped separators outside `{}`.
    static func splitTop(_ text: String, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\" { i = text.index(after: i); if i < text.endIndex { i = text.index(after: i) }; continue }
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 } else if c == separator && depth == 0 {
                parts.append(text[start..<i])
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        parts.append(text[start...])
        return parts
    }
}
