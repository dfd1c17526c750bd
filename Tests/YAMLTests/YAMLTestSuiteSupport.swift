import Foundation
import KrelCore
@testable import YAML

/// The yaml-test-suite's event notation (`+STR`, `+DOC ---`, `=VAL &a <tag> :text`, ...).
enum SuiteEventFormat {
    static func line(_ e: YAMLEvent) -> String {
        func properties() -> String {
            var s = ""
            if let a = e.anchor { s += " &" + a }
            if let t = e.tag { s += " <" + t + ">" }
            return s
        }
        switch e.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart: return e.explicit ? "+DOC ---" : "+DOC"
        case .documentEnd: return e.explicit ? "-DOC ..." : "-DOC"
        case .mappingStart: return "+MAP" + (e.flow ? " {}" : "") + properties()
        case .mappingEnd: return "-MAP"
        case .sequenceStart: return "+SEQ" + (e.flow ? " []" : "") + properties()
        case .sequenceEnd: return "-SEQ"
        case .alias: return "=ALI *" + (e.anchor ?? "")
        case .scalar:
            let style: String
            switch e.style {
            case .plain: style = ":"
            case .singleQuoted: style = "'"
            case .doubleQuoted: style = "\""
            case .literal: style = "|"
            case .folded: style = ">"
            }
            return "=VAL" + properties() + " " + style + escape(e.value)
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// A tiny JSON reader for the suite's `in.json` (several JSON texts one after another).
struct SuiteJSONReader {
    let bytes: [UInt8]
    var i = 0

    enum JSON: Equatable { case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON]) }

    static func documents(_ data: Data) -> [JSON]? {
        var reader = SuiteJSONReader(bytes: Array(data))
        var docs: [JSON] = []
        while true {
            reader.skipSpace()
            if reader.i >= reader.bytes.count { return docs }
            guard let v = reader.value() else { return nil }
            docs.append(v)
        }
    }

    mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    }

    mutating func value() -> JSON? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var object: [String: JSON] = [:]
            skipSpace()
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
            while true {
                skipSpace()
                guard case .string(let k)? = value() else { return nil }
                skipSpace()
                guard bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                object[k] = v
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var array: [JSON] = []
            skipSpace()
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
            while true {
                guard let v = value() else { return nil }
                array.append(v)
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                return nil
            }
        case UInt8(ascii: "\""):
            let start = i
            i += 1
            while i < bytes.count && bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            i += 1
            let text = Data(bytes[start..<i])
            guard let s = try? JSONSerialization.jsonObject(with: text, options: .fragmentsAllowed) as? String else { return nil }
            return .string(s)
        default:
            let start = i
            while i < bytes.count, !" \n\r\t,]}".utf8.contains(bytes[i]) { i += 1 }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            switch word {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return Double(word).map { .number($0) }
            }
        }
    }

    /// Structure comparison with YAML 1.2 core typing on one side and go-yaml's on the
    /// other: collections must match in shape and size, strings must match strings, and
    /// any scalar matches any scalar otherwise (`yes` is a string in 1.2, a bool in Helm).
    static func matches(_ json: JSON, _ value: Value) -> Bool {
        switch (json, value) {
        case (.array(let a), .list(let b, _)):
            return a.count == b.count && zip(a, b).allSatisfy { matches($0, $1) }
        case (.object(let a), .map(let b, _)):
            guard a.count == b.count else { return false }
            for (k, v) in a {
                if let w = b[k] { if !matches(v, w) { return false } }
            }
            return true
        case (.string(let a), .string(let b)):
            return a == b
        case (.number(let a), .int(let b, _)):
            return a == Double(b)
        case (.number(let a), .float(let b)):
            return a == b
        case (.array, _), (.object, _), (_, .list), (_, .map):
            return false
        default:
            return true
        }
    }
}

/// Builds JSON-like documents from spec-mode events with the YAML 1.2 core schema (for
/// comparing with the suite's `in.json`): plain scalars typed as null/bool/int/float,
/// everything else a string, aliases resolved, keys as their scalar text.
enum SuiteCoreComposer {
    static func documents(_ events: [YAMLEvent]) -> [Value] {
        var documents: [Value] = []
        var stack: [(isMap: Bool, items: [Value], keys: [String])] = []
        var anchors: [String: Value] = [:]
        var anchorStack: [String?] = []
        func deliver(_ v: Value) {
            guard !stack.isEmpty else { documents.append(v); return }
            stack[stack.count - 1].items.append(v)
        }
        for e in events {
            switch e.kind {
            case .scalar:
                let v = e.plainImplicit && e.style == .plain && e.tag == nil ? core(e.value) : .string(e.value)
                if let a = e.anchor { anchors[a] = v }
                deliver(v)
            case .alias:
                deliver(anchors[e.anchor ?? ""] ?? .null)
            case .sequenceStart, .mappingStart:
                stack.append((e.kind == .mappingStart, [], []))
                anchorStack.append(e.anchor)
            case .sequenceEnd, .mappingEnd:
                guard let top = stack.popLast() else { continue }
                var v: Value
                if top.isMap {
                    var map: [String: Value] = [:]
                    var i = 0
                    while i + 1 < top.items.count {
                        map[keyText(top.items[i])] = top.items[i + 1]
                        i += 2
                    }
                    v = .map(map)
                } else {
                    v = .list(top.items)
                }
                if let a = anchorStack.popLast() ?? nil { anchors[a] = v }
                deliver(v)
            default:
                continue
            }
        }
        return documents
    }

    static func keyText(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let d): return String(d)
        default: return "\(v)"
        }
    }

    static func core(_ s: String) -> Value {
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let i = Int64(s) { return .int(i) }
        if s.hasPrefix("0x"), let i = Int64(s.dropFirst(2), radix: 16) { return .int(i) }
        if s.hasPrefix("0o"), let i = Int64(s.dropFirst(2), radix: 8) { return .int(i) }
        if s.first.map({ "0123456789+-.".contains($0) }) ?? false, let d = Double(s) { return .float(d) }
        return .string(s)
    }
}
