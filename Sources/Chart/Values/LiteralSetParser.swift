import KrelCore

/// `--set-literal key=value`: the key is still a dotted path with `[i]` indexes, but there
/// are no escapes and no `,` separators; everything after the first `=` is one string.
public enum LiteralSetParser {
    public static func parse(_ text: String, into values: inout [String: Value]) throws(SetParseError) {
        var scanner = SetScanner(Array(text.utf8))
        while true {
            do {
                try key(&values, &scanner, level: 0, depth: 0)
            } catch {
                switch error {
                case .endOfInput: return
                case .message(let message): throw SetParseError(message)
                }
            }
        }
    }

    private static func key(
        _ data: inout [String: Value], _ scanner: inout SetScanner, level: Int, depth: Int
    ) throws(SetFailure) {
        guard depth < SetParser.maxRecursion else { throw .message("value nesting is too deep") }
        let (keyBytes, last) = scanner.until(escapes: false) { $0 == 0x3D || $0 == 0x5B || $0 == 0x2E }
        let k = String(decoding: keyBytes, as: UTF8.self)
        guard let last else {
            if keyBytes.isEmpty { throw .endOfInput }
            throw .message("key \(GoQuote.string(k)) has no value")
        }
        switch last {
        case UInt8(ascii: "="):
            SetParser.set(&data, k, .string(restOfInput(&scanner)))
        case UInt8(ascii: "."):
            try SetParser.descend(&data, k, level: level) { (inner, level) throws(SetFailure) in
                try key(&inner, &scanner, level: level, depth: depth + 1)
            }
        default:  // "["
            let index = try keyIndex(&scanner)
            var list: [Value] = []
            if let existing = data[k] {
                guard case .list(let items, _) = existing else {
                    throw .conversion(found: existing, wanted: "[]interface {}")
                }
                list = items
            }
            let failure = listItem(&list, index, &scanner, level: level, depth: depth + 1)
            SetParser.set(&data, k, .list(list))
            if let failure { throw failure }
        }
    }

    private static func listItem(
        _ list: inout [Value], _ i: Int, _ scanner: inout SetScanner, level: Int, depth: Int
    ) -> SetFailure? {
        let last: UInt8
        switch SetParser.afterIndex(i, depth: depth, &scanner) {
        case .success(let byte): last = byte
        case .failure(let failure): return failure
        }
        do {
            switch last {
            case UInt8(ascii: "="):
                return SetParser.setIndex(&list, i, .string(restOfInput(&scanner)))
            case UInt8(ascii: "."):
                var inner: [String: Value] = [:]
                if i < list.count {
                    if case .map(let entries, _) = list[i] { inner = entries } else { list[i] = .map([:]) }
                }
                try key(&inner, &scanner, level: level, depth: depth + 1)
                return SetParser.setIndex(&list, i, .map(inner))
            default:  // "["
                let next = try keyIndex(&scanner)
                var inner: [Value] = []
                if i < list.count, !list[i].isNull {
                    guard case .list(let items, _) = list[i] else {
                        return .conversion(found: list[i], wanted: "[]interface {}")
                    }
                    inner = items
                }
                if let failure = listItem(&inner, next, &scanner, level: level, depth: depth + 1) { return failure }
                return SetParser.setIndex(&list, i, .list(inner))
            }
        } catch {
            return error
        }
    }

    private static func keyIndex(_ scanner: inout SetScanner) throws(SetFailure) -> Int {
        let (digits, last) = scanner.until(escapes: false) { $0 == 0x5D }
        guard last != nil else { throw .endOfInput }
        return try SetScalarTyping.atoi(String(decoding: digits, as: UTF8.self))
    }

    private static func restOfInput(_ scanner: inout SetScanner) -> String {
        let text = String(decoding: scanner.remaining, as: UTF8.self)
        scanner.advance(by: scanner.remaining.count)
        return text
    }
}
