import KrelCore

/// Helm's strvals grammar for `--set`, `--set-string`, `--set-json` and `--set-file`
/// (spec 5.2): `a.b=1,l[0]=x,k={a,b}`, backslash escapes, list gaps, index and depth
/// limits. It writes into an existing map, so `--set l[1]=X` patches a list from `-f`.
///
/// The grammar is scanned byte by byte: every structural character is ASCII, so UTF-8
/// sequences pass through untouched.
public struct SetParser {
    /// Decodes the first JSON value at the start of the bytes; returns it and the number
    /// of bytes it used (Go's `json.Decoder.Decode` + `InputOffset`).
    public typealias JSONPrefixDecoder = (ArraySlice<UInt8>) throws -> (value: Value, consumed: Int)
    /// Reads the file named by a `--set-file` value and returns its contents.
    public typealias FileReader = (String) throws -> String

    public enum Mode {
        /// `--set`: scalars typed by `SetScalarTyping`.
        case typed
        /// `--set-string`: every scalar stays a string.
        case strings
        /// `--set-json`: each value is one JSON document (empty means null).
        case json(JSONPrefixDecoder)
        /// `--set-file`: each value names a file whose contents become a string.
        case file(FileReader)
    }

    /// Helm's limits: list indexes up to 65536, at most 30 dotted levels.
    public static let maxIndex = 65536
    public static let maxNestedNameLevel = 30
    /// Our own bound on `[i][j].k[l]...` chains, which Helm leaves unbounded.
    static let maxRecursion = 1000

    /// Parses `text` and applies every assignment to `values`.
    public static func parse(_ text: String, into values: inout [String: Value], mode: Mode) throws(SetParseError) {
        var parser = SetParser(text: text, mode: mode)
        while true {
            do {
                try parser.key(&values, level: 0, depth: 0)
            } catch {
                switch error {
                case .endOfInput: return
                case .message(let message): throw SetParseError(message)
                }
            }
        }
    }

    var scanner: SetScanner
    let mode: Mode

    init(text: String, mode: Mode) {
        scanner = SetScanner(Array(text.utf8))
        self.mode = mode
    }

    mutating func key(_ data: inout [String: Value], level: Int, depth: Int) throws(SetFailure) {
        guard depth < SetParser.maxRecursion else { throw .message("value nesting is too deep") }
        let (keyBytes, last) = scanner.until(escapes: true) { $0 == 0x3D || $0 == 0x5B || $0 == 0x2C || $0 == 0x2E }
        let k = String(decoding: keyBytes, as: UTF8.self)
        guard let last else {
            if keyBytes.isEmpty { throw .endOfInput }
            throw .message("key \(GoQuote.string(k)) has no value")
        }
        switch last {
        case UInt8(ascii: "["):
            let index = try keyIndex()
            var list: [Value] = []
            if let existing = data[k] {
                guard case .list(let items, _) = existing else {
                    throw .conversion(found: existing, wanted: "[]interface {}")
                }
                list = items
            }
            let failure = listItem(&list, index, level: level, depth: depth + 1)
            Self.set(&data, k, .list(list))
            if let failure { throw failure }
        case UInt8(ascii: "="):
            try assignValue(&data, k)
        case UInt8(ascii: ","):
            Self.set(&data, k, .string(""))
            throw .message("key \(GoQuote.string(k)) has no value (cannot end with ,)")
        default:  // "."
            try Self.descend(&data, k, level: level) { (inner, level) throws(SetFailure) in
                try key(&inner, level: level, depth: depth + 1)
            }
        }
    }

    /// The value after `key=`.
    private mutating func assignValue(_ data: inout [String: Value], _ k: String) throws(SetFailure) {
        if case .json(let decode) = mode {
            Self.set(&data, k, try jsonValue(decode))
            return
        }
        switch try valueList() {
        case .list(let items, let failure):
            Self.set(&data, k, .list(items))
            if let failure { throw failure }
        case .endOfInput:
            Self.set(&data, k, .string(""))
            throw .endOfInput
        case .notList:
            let text = scanner.until(escapes: true) { $0 == 0x2C }.text
            do {
                Self.set(&data, k, try read(text))
            } catch {
                Self.set(&data, k, .null)
                throw error
            }
        }
    }

    /// One JSON document, or null when the value is empty; swallows a following `,`.
    private mutating func jsonValue(_ decode: JSONPrefixDecoder) throws(SetFailure) -> Value {
        if scanner.skipEmptyValue() { return .null }
        let decoded: (value: Value, consumed: Int)
        do { decoded = try decode(scanner.remaining) } catch { throw .from(error) }
        scanner.advance(by: decoded.consumed)
        _ = scanner.skipEmptyValue()
        return decoded.value
    }

    /// Checks the index of `name[i]` and reads up to the next `=`, `[` or `.`, which it
    /// returns; shared by the `--set` and `--set-literal` grammars.
    static func afterIndex(_ i: Int, depth: Int, _ scanner: inout SetScanner) -> Result<UInt8, SetFailure> {
        if i < 0 { return .failure(.message("negative \(i) index not allowed")) }
        guard depth < maxRecursion else { return .failure(.message("value nesting is too deep")) }
        let (rest, last) = scanner.until(escapes: false) { $0 == 0x5B || $0 == 0x2E || $0 == 0x3D }
        if !rest.isEmpty {
            let text = String(decoding: rest, as: UTF8.self)
            return .failure(.message("unexpected data at end of array index: \(GoQuote.runeSlice(text))"))
        }
        guard let last else { return .failure(.endOfInput) }
        return .success(last)
    }

    /// The item after `name[i]`: `=value`, `[j]...` or `.key...`.
    mutating func listItem(_ list: inout [Value], _ i: Int, level: Int, depth: Int) -> SetFailure? {
        let last: UInt8
        switch Self.afterIndex(i, depth: depth, &scanner) {
        case .success(let byte): last = byte
        case .failure(let failure): return failure
        }
        do {
            switch last {
            case UInt8(ascii: "="):
                if case .json(let decode) = mode {
                    return Self.setIndex(&list, i, try jsonValue(decode))
                }
                switch try valueList() {
                case .list(let items, let failure):
                    if let failure { return failure }
                    return Self.setIndex(&list, i, .list(items))
                case .endOfInput:
                    return Self.setIndex(&list, i, .string(""))
                case .notList:
                    let text = scanner.until(escapes: true) { $0 == 0x2C }.text
                    return Self.setIndex(&list, i, try read(text))
                }
            case UInt8(ascii: "["):
                let next = try keyIndex()
                var inner: [Value] = []
                if i < list.count, !list[i].isNull {
                    guard case .list(let items, _) = list[i] else {
                        return .conversion(found: list[i], wanted: "[]interface {}")
                    }
                    inner = items
                }
                if let failure = listItem(&inner, next, level: level, depth: depth + 1) { return failure }
                return Self.setIndex(&list, i, .list(inner))
            default:  // "."
                var inner: [String: Value] = [:]
                if i < list.count {
                    if case .map(let entries, _) = list[i] { inner = entries } else { list[i] = .map([:]) }
                }
                try key(&inner, level: level, depth: depth + 1)
                return Self.setIndex(&list, i, .map(inner))
            }
        } catch {
            return error
        }
    }

    private mutating func keyIndex() throws(SetFailure) -> Int {
        let (digits, last) = scanner.until(escapes: true) { $0 == 0x5D }
        guard last != nil else { throw .endOfInput }  // "error parsing index: EOF" counts as EOF
        return try SetScalarTyping.atoi(String(decoding: digits, as: UTF8.self))
    }

    enum ListParse {
        case list([Value], SetFailure?)
        case endOfInput
        case notList
    }

    /// `{a,b,c}` list syntax; `notList` when the value does not start with `{`.
    private mutating func valueList() throws(SetFailure) -> ListParse {
        guard let first = scanner.peek() else { return .endOfInput }
        guard first == UInt8(ascii: "{") else { return .notList }
        scanner.advance(by: 1)
        var items: [Value] = []
        while true {
            let (text, last) = scanner.until(escapes: true) { $0 == 0x2C || $0 == 0x7D }
            guard let last else { throw .message("list must terminate with '}'") }
            if last == UInt8(ascii: "}") {
                if scanner.peek() == UInt8(ascii: ",") { scanner.advance(by: 1) }
                do {
                    items.append(try read(text))
                } catch {
                    items.append(.null)
                    return .list(items, error)
                }
                return .list(items, nil)
            }
            items.append(try read(text))
        }
    }

    /// Turns raw value bytes into a value according to the mode.
    private func read(_ bytes: [UInt8]) throws(SetFailure) -> Value {
        let text = String(decoding: bytes, as: UTF8.self)
        switch mode {
        case .typed: return SetScalarTyping.typed(text)
        case .strings, .json: return .string(text)
        case .file(let reader):
            do { return .string(try reader(text)) } catch { throw .from(error) }
        }
    }

    /// Go's `set`: an empty key is silently ignored.
    /// `a.b...`: runs `body` on the map at `k` (created when missing; a non-map is Helm's
    /// conversion error) one nesting level deeper, then stores it back. Shared by the
    /// `--set` and `--set-literal` grammars, which descend identically.
    static func descend(
        _ data: inout [String: Value], _ k: String, level: Int,
        _ body: (inout [String: Value], Int) throws(SetFailure) -> Void
    ) throws(SetFailure) {
        let level = level + 1
        if level > maxNestedNameLevel {
            throw .message("value name nested level is greater than maximum supported nested level of \(maxNestedNameLevel)")
        }
        var inner: [String: Value] = [:]
        if let existing = data[k] {
            guard case .map(let entries, _) = existing else {
                throw .conversion(found: existing, wanted: "map[string]interface {}")
            }
            inner = entries
        }
        var failure: SetFailure?
        do { try body(&inner, level) } catch { failure = error }
        if failure == nil && inner.isEmpty { throw .message("key map \(GoQuote.string(k)) has no value") }
        if !inner.isEmpty { set(&data, k, .map(inner)) }
        if let failure { throw failure }
    }

    static func set(_ data: inout [String: Value], _ key: String, _ value: Value) {
        if !key.isEmpty { data[key] = value }
    }

    /// Writes `value` at `index`, growing the list with nulls.
    static func setIndex(_ list: inout [Value], _ index: Int, _ value: Value) -> SetFailure? {
        if index < 0 { return .message("negative \(index) index not allowed") }
        if index > maxIndex {
            return .message("index of \(index) is greater than maximum supported index of \(maxIndex)")
        }
        if list.count <= index { list.append(contentsOf: repeatElement(Value.null, count: index + 1 - list.count)) }
        list[index] = value
        return nil
    }
}
