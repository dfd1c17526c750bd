import KrelCore

/// TOML values: strings, numbers, booleans, date-times (kept as text), arrays, inline tables.
extension TOMLParser {
    mutating func parseValue(depth: Int) throws -> Value {
        guard depth < Self.maxDepth else { throw fail("nesting too deep") }
        guard let c = peek, c != 0x0A, c != 0x0D, c != UInt8(ascii: "#") else {
            throw fail(peek == nil ? "unexpected EOF; expected value" : "expected value but found newline instead")
        }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return .string(try parseString())
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth)
        default:
            return try parseScalarWord()
        }
    }

    mutating func parseArray(depth: Int) throws -> Value {
        pos += 1
        var items: [Value] = []
        while true {
            skipTrivia()
            guard let c = peek else { throw fail("unexpected EOF; expected array separator ',' or ']'") }
            if c == UInt8(ascii: "]") {
                pos += 1
                return .list(items)
            }
            items.append(try parseValue(depth: depth + 1))
            skipTrivia()
            if peek == UInt8(ascii: ",") {
                pos += 1
            } else if peek != UInt8(ascii: "]") {
                throw fail("expected a comma (',') or array terminator (']'), but got \(describe(peek))")
            }
        }
    }

    mutating func parseInlineTable(depth: Int) throws -> Value {
        pos += 1
        let table = TOMLTable()
        skipBlanks()
        if peek == UInt8(ascii: "}") {
            pos += 1
            return .map([:])
        }
        while true {
            skipBlanks()
            try parseKeyValue(into: table, depth: depth + 1)
            skipBlanks()
            if peek == UInt8(ascii: ",") {
                pos += 1
            } else if peek == UInt8(ascii: "}") {
                pos += 1
                return table.value
            } else {
                throw fail("expected a comma or an inline table terminator '}', but got \(describe(peek))")
            }
        }
    }

    func describe(_ c: UInt8?) -> String {
        guard let c else { return "EOF" }
        if c == 0x0A { return "newline" }
        return "'\(Character(Unicode.Scalar(c)))'"
    }

    /// Basic (`"..."`, `"""..."""`) or literal (`'...'`, `'''...'''`) strings.
    mutating func parseString() throws -> String {
        let quote = bytes[pos]
        let multi = pos + 2 < bytes.count && bytes[pos + 1] == quote && bytes[pos + 2] == quote
        pos += multi ? 3 : 1
        if multi {
            // A newline right after the opening delimiter is trimmed.
            if peek == 0x0D, pos + 1 < bytes.count, bytes[pos + 1] == 0x0A { pos += 1 }
            if peek == 0x0A { pos += 1; line += 1 }
        }
        var out: [UInt8] = []
        while true {
            guard let c = peek else { throw fail("unexpected EOF; expected '\(Character(Unicode.Scalar(quote)))'") }
            if c == quote {
                if !multi {
                    pos += 1
                    return String(decoding: out, as: UTF8.self)
                }
                // Up to two extra quotes may precede the closing delimiter.
                var run = 0
                while pos + run < bytes.count && bytes[pos + run] == quote { run += 1 }
                if run >= 3 {
                    out.append(contentsOf: repeatElement(quote, count: min(run - 3, 2)))
                    pos += min(run, 5)
                    return String(decoding: out, as: UTF8.self)
                }
                out.append(contentsOf: repeatElement(quote, count: run))
                pos += run
                continue
            }
            if c == 0x0A {
                guard multi else { throw fail("strings cannot contain newlines") }
                line += 1
                out.append(c)
                pos += 1
                continue
            }
            if c == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                try parseEscape(into: &out, multi: multi)
                continue
            }
            out.append(c)
            pos += 1
        }
    }

    private mutating func parseEscape(into out: inout [UInt8], multi: Bool) throws {
        pos += 1
        guard let e = peek else { throw fail("unexpected EOF") }
        pos += 1
        switch e {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "e"): out.append(0x1B)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(e)
        case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x"):
            let count = e == UInt8(ascii: "u") ? 4 : e == UInt8(ascii: "U") ? 8 : 2
            guard pos + count <= bytes.count,
                  let code = UInt32(String(decoding: bytes[pos..<(pos + count)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(code) else {
                throw fail("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
            }
            pos += count
            out.append(contentsOf: String(Character(scalar)).utf8)
        case 0x20 where multi, 0x09 where multi, 0x0D where multi, 0x0A where multi:
            // Line-ending backslash: drop the break and following whitespace.
            pos -= 1
            while let c = peek, c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A {
                if c == 0x0A { line += 1 }
                pos += 1
            }
        default:
            throw fail("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
        }
    }

    /// Booleans, numbers and date-times.
    mutating func parseScalarWord() throws -> Value {
        let start = pos
        while let c = peek, Self.isWordByte(c) { pos += 1 }
        // A date and a time may be separated by one space.
        if pos - start == 10, peek == 0x20, pos + 3 < bytes.count, bytes[pos + 3] == UInt8(ascii: ":") {
            pos += 1
            while let c = peek, Self.isWordByte(c) { pos += 1 }
        }
        let word = String(decoding: bytes[start..<pos], as: UTF8.self)
        if word.isEmpty { throw fail("expected value but found \(describe(peek)) instead") }
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if let v = Self.number(word) { return v }
        if Self.looksLikeDateTime(word) { return .string(word) }
        throw fail("expected value but found '\(word)' instead")
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        isBareKeyByte(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
    }

    static func number(_ word: String) -> Value? {
        var body = Substring(word)
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        // Underscores only between digits.
        if body.hasPrefix("_") || body.hasSuffix("_") || body.contains("__") { return nil }
        let digits = String(body.filter { $0 != "_" })
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            guard word.first != "+" && word.first != "-", let v = Int64(digits.dropFirst(2), radix: radix) else { return nil }
            return .int(v, .int64)
        }
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        if digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            let allowed = Set("0123456789.eE+-")
            guard digits.allSatisfy({ allowed.contains($0) }), let d = Double(digits), d.isFinite else { return nil }
            return .float(negative ? -d : d)
        }
        if digits.count > 1 && first == "0" { return nil }
        guard let v = Int64((negative ? "-" : "") + digits) else { return nil }
        return .int(v, .int64)
    }

    static func looksLikeDateTime(_ word: String) -> Bool {
        let b = Array(word.utf8)
        func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        let datePunctuation = b.count >= 10 && b[4] == 0x2D && b[7] == 0x2D
        let isDate = datePunctuation && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy(digit)
        let timePunctuation = b.count >= 8 && b[2] == 0x3A && b[5] == 0x3A
        let isTime = timePunctuation && [0, 1, 3, 4, 6, 7].allSatisfy(digit)
        return isDate || isTime
    }
}
