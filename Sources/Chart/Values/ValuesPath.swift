import KrelCore

/// Helm's `Values.Table` and `Values.PathValue` lookups with their error texts.
enum ValuesPath {
    /// The map at dotted `path`; the error names the segment that is missing or not a map:
    /// `"users" is not a table`.
    static func table(_ values: [String: Value], _ path: String) -> Result<[String: Value], ValuesLookupError> {
        var current = values
        for segment in path.split(separator: ".", omittingEmptySubsequences: false) {
            let key = String(segment)
            guard case .map(let next, _)? = current[key] else {
                return .failure(ValuesLookupError(message: "\(GoQuote.string(key)) is not a table"))
            }
            current = next
        }
        return .success(current)
    }

    /// The non-map value at dotted `path`, or nil when missing or a map (Helm's ErrNoValue).
    static func pathValue(_ values: [String: Value], _ path: String) -> Value? {
        var segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = segments.popLast() else { return nil }
        var table = values
        if !segments.isEmpty {
            guard case .success(let t) = ValuesPath.table(values, segments.joined(separator: ".")) else { return nil }
            table = t
        }
        guard let value = table[last] else { return nil }
        if case .map = value { return nil }
        return value
    }
}

struct ValuesLookupError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
