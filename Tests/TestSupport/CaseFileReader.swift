import Foundation

/// A reader for the conformance case files' small YAML subset only (a `cases:` list of
/// maps with block scalars and double-quoted strings). Stand-in until the YAML module
/// is merged; cases using anything else are returned with `unsupported` set.
public struct ConformanceCase {
    public var name = ""
    public var template = ""
    public var values: String?
    public var expect: String?
    public var error: String?
    /// `--set` arguments, in order.
    public var set: [String] = []
    public var releaseName = "rel"
    public var releaseNamespace = "default"
    public var kubeVersion: String?
    public var apiVersions: [String] = []
    public var unsupported = false

    public init() {}
}

public enum CaseFileReader {
    public static func read(_ text: String) -> [ConformanceCase] {
        let lines = text.components(separatedBy: "\n")
        var cases: [ConformanceCase] = []
        var current: ConformanceCase? = nil
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("  - ") {
                if let c = current { cases.append(c) }
                current = ConformanceCase()
                i = readEntry(lines, i, prefixLength: 4, into: &current!)
                continue
            }
            if line.hasPrefix("    "), current != nil, !line.hasPrefix("     ") {
                i = readEntry(lines, i, prefixLength: 4, into: &current!)
                continue
            }
            i += 1
        }
        if let c = current { cases.append(c) }
        return cases
    }

    /// Reads `key: value` starting at line i; returns the next line index.
    private static func readEntry(_ lines: [String], _ i: Int, prefixLength: Int, into c: inout ConformanceCase) -> Int {
        let body = String(lines[i].dropFirst(prefixLength))
        guard let colon = body.range(of: ": ") ?? (body.hasSuffix(":") ? body.range(of: ":", options: .backwards) : nil) else {
            return i + 1
        }
        let key = String(body[..<colon.lowerBound])
        let rest = String(body[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
        var next = i + 1
        var value: String? = nil
        if rest.hasPrefix("|") {
            (value, next) = readBlock(lines, i + 1, header: rest, parentIndent: 4)
        } else if rest.hasPrefix("\"") {
            var text = rest
            while !closesQuoted(text), next < lines.count {
                text += "\n" + lines[next]
                next += 1
            }
            value = unquoteDouble(text)
        } else {
            value = rest
        }
        switch key {
        case "name": c.name = value ?? ""
        case "template": c.template = value ?? ""
        case "values": c.values = value
        case "expect": c.expect = value
        case "error": c.error = value
        case "helm_error", "description": break
        case "set": c.set = flowStrings(rest)
        case "api_versions": c.apiVersions = flowStrings(rest)
        case "kube_version": c.kubeVersion = value
        case "release":
            for (k, v) in flowPairs(rest) {
                if k == "name" { c.releaseName = v } else if k == "namespace" { c.releaseNamespace = v } else { c.unsupported = true }
            }
        default: c.unsupported = true
        }
        return next
    }

    /// The double-quoted strings of a one-line flow sequence `["a", "b"]`.
    static func flowStrings(_ text: String) -> [String] {
        quotedRanges(text).map { unquoteDouble($0) }
    }

    /// `{k: "v", ...}` with double-quoted values.
    static func flowPairs(_ text: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var rest = Substring(text.trimmingCharacters(in: CharacterSet(charactersIn: "{} ")))
        while let colon = rest.firstIndex(of: ":") {
            let key = rest[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            let after = rest[rest.index(after: colon)...]
            guard let quoted = quotedRanges(String(after)).first else { break }
            pairs.append((key, unquoteDouble(quoted)))
            guard let end = after.range(of: quoted) else { break }
            rest = after[end.upperBound...]
        }
        return pairs
    }

    private static func quotedRanges(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var out: [String] = []
        var k = 0
        while k < bytes.count {
            guard bytes[k] == UInt8(ascii: "\"") else { k += 1; continue }
            var j = k + 1
            while j < bytes.count && bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
            guard j < bytes.count else { break }
            out.append(String(decoding: bytes[k...j], as: UTF8.self))
            k = j + 1
        }
        return out
    }

    private static func closesQuoted(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var k = 1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "\\") { k += 2; continue }
            if bytes[k] == UInt8(ascii: "\"") { return true }
            k += 1
        }
        return false
    }

    private static func readBlock(_ lines: [String], _ start: Int, header: String, parentIndent: Int) -> (String, Int) {
        var chomp: Character = " "
        var explicitIndent: Int? = nil
        for ch in header.dropFirst() {
            if ch == "-" || ch == "+" { chomp = ch } else if let d = ch.wholeNumberValue { explicitIndent = d }
        }
        var j = start
        var indent = explicitIndent.map { parentIndent + $0 }
        var content: [String] = []
        while j < lines.count {
            let line = lines[j]
            let leading = line.prefix(while: { $0 == " " }).count
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                content.append(String(line.dropFirst(min(leading, indent ?? leading))))
                j += 1
                continue
            }
            if indent == nil { indent = leading }
            if leading < indent! { break }
            content.append(String(line.dropFirst(indent!)))
            j += 1
        }
        // Trailing empty lines belong to the scalar only with keep chomping.
        var trailing = 0
        while let last = content.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
            content.removeLast()
            trailing += 1
        }
        var text = content.joined(separator: "\n")
        switch chomp {
        case "-": break
        case "+": text += String(repeating: "\n", count: trailing + (content.isEmpty ? 0 : 1))
        default: if !content.isEmpty { text += "\n" }
        }
        return (text, j)
    }

    /// A YAML double-quoted scalar (escapes and line folding).
    public static func unquoteDouble(_ raw: String) -> String {
        var s = Array(raw.unicodeScalars)
        s.removeFirst()
        if s.last == "\"" { s.removeLast() }
        var out = String.UnicodeScalarView()
        var k = 0
        while k < s.count {
            let c = s[k]
            if c == "\n" {
                // Folding: trim surrounding spaces; a single break becomes a space.
                while let last = out.last, last == " " { out.removeLast() }
                var breaks = 0
                while k < s.count && (s[k] == "\n" || s[k] == " ") {
                    if s[k] == "\n" { breaks += 1 }
                    k += 1
                }
                if breaks == 1 { out.append(" ") } else { for _ in 1..<breaks { out.append("\n") } }
                continue
            }
            if c != "\\" {
                out.append(c)
                k += 1
                continue
            }
            k += 1
            guard k < s.count else { break }
            let e = s[k]
            k += 1
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\u{0}")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "e": out.append("\u{1B}")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case " ": out.append(" ")
            case "N": out.append("\u{85}")
            case "_": out.append("\u{A0}")
            case "\n":
                while k < s.count && s[k] == " " { k += 1 }
            case "x", "u", "U":
                let n = e == "x" ? 2 : e == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(s[k..<min(k + n, s.count)]))
                k += n
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.append(scalar) }
            default:
                out.append(e)
            }
        }
        return String(out)
    }
}
