import KrelCore

/// Just enough YAML to read the simple `values:` blocks of the conformance cases (block
/// maps and sequences, flow collections, plain and quoted scalars; numbers are float64 as
/// in Helm's values). Returns nil for anything else, and the case is skipped.
public struct MiniValuesReader {
    private var lines: [(indent: Int, text: String)] = []
    private var index = 0

    public static func read(_ text: String) -> Value? {
        var reader = MiniValuesReader()
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.contains("\t") || trimmed.contains(" #") || trimmed.hasPrefix("&") || trimmed.contains(": |") || trimmed.contains(": >") { return nil }
            reader.lines.append((line.prefix(while: { $0 == " " }).count, trimmed))
        }
        if reader.lines.isEmpty { return .map([:], .helmValues) }
        guard case .map(let m, _)? = reader.block(indent: reader.lines[0].indent), reader.index == reader.lines.count else { return nil }
        return .map(m, .helmValues)
    }

    private mutating func block(indent: Int) -> Value? {
        guard index < lines.count else { return nil }
        if lines[index].text.hasPrefix("- ") || lines[index].text == "-" { return sequence(indent: indent) }
        var map: [String: Value] = [:]
        while index < lines.count && lines[index].indent == indent && !lines[index].text.hasPrefix("- ") {
            guard let (key, rest) = splitKey(lines[index].text) else { return nil }
            index += 1
            if rest.isEmpty {
                if index < lines.count && lines[index].indent > indent {
                    guard let v = block(indent: lines[index].indent) else { return nil }
                    map[key] = v
                } else if index < lines.count && lines[index].indent == indent && lines[index].text.hasPrefix("- ") {
                    guard let v = sequence(indent: indent) else { return nil }
                    map[key] = v
                } else {
                    map[key] = .null
                }
            } else {
                guard let v = MiniValuesReader.inline(rest) else { return nil }
                map[key] = v
            }
        }
        return .map(map)
    }

    private mutating func sequence(indent: Int) -> Value? {
        var items: [Value] = []
        while index < lines.count && lines[index].indent == indent && lines[index].text.hasPrefix("- ") {
            let rest = String(lines[index].text.dropFirst(2))
            if let (_, _) = splitKey(rest), !rest.hasPrefix("[") && !rest.hasPrefix("{") && !rest.hasPrefix("\"") {
                // A map item: its first key sits after "- ".
                lines[index] = (indent + 2, rest)
                guard let v = block(indent: indent + 2) else { return nil }
                items.append(v)
            } else {
                index += 1
                guard let v = MiniValuesReader.inline(rest) else { return nil }
                items.append(v)
            }
        }
        return .list(items)
    }

    private func splitKey(_ text: String) -> (String, String)? {
        var s = Substring(text)
        var key: String
        if s.hasPrefix("\"") {
            guard let close = s.dropFirst().firstIndex(of: "\"") else { return nil }
            key = String(s[s.index(after: s.startIndex)..<close])
            s = s[s.index(after: close)...]
            guard s.hasPrefix(":") else { return nil }
            return (key, s.dropFirst().trimmingCharacters(in: .whitespaces))
        }
        guard let colon = s.range(of: ": ") ?? (s.hasSuffix(":") ? s.range(of: ":", options: .backwards) : nil) else { return nil }
        key = String(s[..<colon.lowerBound])
        if key.contains("{") || key.contains("[") { return nil }
        return (key, String(s[colon.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    static func inline(_ text: String) -> Value? {
        var parser = FlowParser(bytes: Array(text.utf8))
        guard let v = parser.value(), parser.atEnd else { return nil }
        return v
    }

    private struct FlowParser {
        let bytes: [UInt8]
        var i = 0

        var atEnd: Bool {
            mutating get { skipSpaces(); return i >= bytes.count }
        }

        mutating func skipSpaces() { while i < bytes.count && bytes[i] == 0x20 { i += 1 } }

        mutating func value() -> Value? {
            skipSpaces()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "["):
                i += 1
                var items: [Value] = []
                skipSpaces()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                while true {
                    guard let v = value() else { return nil }
                    items.append(v)
                    skipSpaces()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                    return nil
                }
            case UInt8(ascii: "{"):
                i += 1
                var map: [String: Value] = [:]
                skipSpaces()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .map(map) }
                while true {
                    guard case .string(let key)? = scalar(stopAtColon: true) else { return nil }
                    skipSpaces()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    map[key] = v
                    skipSpaces()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpaces(); continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(map) }
                    return nil
                }
            default:
                return scalar(stopAtColon: false)
            }
        }

        mutating func scalar(stopAtColon: Bool) -> Value? {
            skipSpaces()
            if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
                var j = i + 1
                while j < bytes.count && bytes[j] != UInt8(ascii: "\"") { if bytes[j] == UInt8(ascii: "\\") { j += 1 }; j += 1 }
                guard j < bytes.count else { return nil }
                let raw = String(decoding: bytes[i...j], as: UTF8.self)
                i = j + 1
                return .string(CaseFileReader.unquoteDouble(raw))
            }
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { break }
                if stopAtColon && b == UInt8(ascii: ":") { break }
                i += 1
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if stopAtColon { return .string(text) }
            return MiniValuesReader.resolve(text)
        }
    }

    static func resolve(_ text: String) -> Value {
        switch text {
        case "null", "~", "": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        if let d = Double(text), text.first.map({ $0.isNumber || $0 == "-" || $0 == "." || $0 == "+" }) == true,
            !text.hasPrefix("0") || text == "0" || text.hasPrefix("0.")
        {
            return .float(d)
        }
        return .string(text)
    }
}
