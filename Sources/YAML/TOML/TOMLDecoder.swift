import KrelCore

/// Helm's `fromToml`: TOML into `map[string]interface{}` (ints int64, floats float64).
/// Covers TOML 1.0's keys, tables, arrays of tables, inline tables, strings, numbers and
/// booleans. Differences from BurntSushi: date-times are returned as their text (Go
/// gives `time.Time`), and most error texts are approximations in its format
/// (`toml: line N (last key "k"): ...`).
public enum TOMLDecoder {
    public struct DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public static func decode(_ text: String) throws -> Value {
        var parser = TOMLParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }
}

/// Tables under construction (reference semantics make nested updates simple).
final class TOMLTable {
    enum Entry {
        case value(Value)
        case table(TOMLTable)
        case tables([TOMLTable])
    }
    var entries: [String: Entry] = [:]
    /// Defined by a `[header]` or a key/value (so a second `[header]` is an error).
    var explicitlyDefined = false

    var value: Value {
        var out: [String: Value] = [:]
        for (k, e) in entries {
            switch e {
            case .value(let v): out[k] = v
            case .table(let t): out[k] = t.value
            case .tables(let ts): out[k] = .list(ts.map(\.value))
            }
        }
        return .map(out)
    }
}

struct TOMLParser {
    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var lastKey: String?
    let root = TOMLTable()
    lazy var current: TOMLTable = root
    static let maxDepth = 1_000

    init(bytes: [UInt8]) { self.bytes = bytes }

    func fail(_ message: String) -> TOMLDecoder.DecodeError {
        if let lastKey { return .init(message: "toml: line \(line) (last key \"\(lastKey)\"): \(message)") }
        return .init(message: "toml: line \(line): \(message)")
    }

    var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    mutating func skipBlanks() {
        while let c = peek, c == 0x20 || c == 0x09 { pos += 1 }
    }

    /// Blanks, comments and newlines.
    mutating func skipTrivia() {
        while let c = peek {
            if c == 0x20 || c == 0x09 || c == 0x0D {
                pos += 1
            } else if c == 0x0A {
                pos += 1
                line += 1
            } else if c == UInt8(ascii: "#") {
                while let d = peek, d != 0x0A { pos += 1 }
            } else {
                return
            }
        }
    }

    mutating func parseDocument() throws -> Value {
        while true {
            skipTrivia()
            guard let c = peek else { break }
            if c == UInt8(ascii: "[") {
                lastKey = nil
                try parseHeader()
            } else {
                try parseKeyValue(into: current, depth: 0)
            }
            skipBlanks()
            if peek == UInt8(ascii: "#") { skipTrivia(); continue }
            if let c = peek, c != 0x0A && c != 0x0D {
                throw fail("expected a top-level item to end with a newline, comment, or EOF, but got '\(Character(Unicode.Scalar(c)))' instead")
            }
        }
        return root.value
    }

    mutating func parseHeader() throws {
        pos += 1
        let array = peek == UInt8(ascii: "[")
        if array { pos += 1 }
        skipBlanks()
        let key = try parseKey()
        skipBlanks()
        for _ in 0..<(array ? 2 : 1) {
            guard peek == UInt8(ascii: "]") else { throw fail("expected ']' to close the table name") }
            pos += 1
        }
        var table = root
        for part in key.dropLast() { table = try descend(table, part, createImplicit: true) }
        let name = key[key.count - 1]
        if array {
            let fresh = TOMLTable()
            fresh.explicitlyDefined = true
            switch table.entries[name] {
            case nil: table.entries[name] = .tables([fresh])
            case .tables(let ts)?: table.entries[name] = .tables(ts + [fresh])
            default: throw fail("Key '\(key.joined(separator: "."))' has already been defined.")
            }
            current = fresh
        } else {
            switch table.entries[name] {
            case nil:
                let fresh = TOMLTable()
                fresh.explicitlyDefined = true
                table.entries[name] = .table(fresh)
                current = fresh
            case .table(let existing)? where !existing.explicitlyDefined:
                existing.explicitlyDefined = true
                current = existing
            default:
                throw fail("Key '\(key.joined(separator: "."))' has already been defined.")
            }
        }
    }

    /// The table named `part` inside `table` (the last one of an array of tables).
    mutating func descend(_ table: TOMLTable, _ part: String, createImplicit: Bool) throws -> TOMLTable {
        switch table.entries[part] {
        case nil:
            let fresh = TOMLTable()
            table.entries[part] = .table(fresh)
            return fresh
        case .table(let t)?: return t
        case .tables(let ts)?: if let last = ts.last { return last }
        default: break
        }
        throw fail("Key '\(part)' has already been defined.")
    }

    mutating func parseKeyValue(into table: TOMLTable, depth: Int) throws {
        let key = try parseKey()
        lastKey = nil
        skipBlanks()
        guard let c = peek else { throw fail("unexpected EOF; expected key separator '='") }
        guard c == UInt8(ascii: "=") else { throw fail("expected key separator '=', but got '\(Character(Unicode.Scalar(c)))' instead") }
        pos += 1
        lastKey = key.joined(separator: ".")
        skipBlanks()
        let value = try parseValue(depth: depth)
        var target = table
        for part in key.dropLast() { target = try descend(target, part, createImplicit: true) }
        let name = key[key.count - 1]
        guard target.entries[name] == nil else { throw fail("Key '\(lastKey ?? name)' has already been defined.") }
        target.entries[name] = .value(value)
    }

    /// A dotted key: bare, "basic" or 'literal' parts.
    mutating func parseKey() throws -> [String] {
        var parts: [String] = []
        while true {
            skipBlanks()
            guard let c = peek else { throw fail("unexpected EOF; expected key separator '='") }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                parts.append(try parseString())
            } else {
                let start = pos
                while let d = peek, Self.isBareKeyByte(d) { pos += 1 }
                guard pos > start else {
                    throw fail("bare keys cannot contain '\(Character(Unicode.Scalar(c)))'")
                }
                parts.append(String(decoding: bytes[start..<pos], as: UTF8.self))
            }
            skipBlanks()
            guard peek == UInt8(ascii: ".") else { return parts }
            pos += 1
        }
    }

    static func isBareKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
    }
}
