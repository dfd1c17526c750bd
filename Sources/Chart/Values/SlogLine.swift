import KrelCore
/// Helm's log lines as Go's slog text handler prints them on stderr, without a time:
/// `level=INFO msg="skipping unknown hooks" hookTypes=bogus`.
public enum SlogLine {
    public static func info(_ message: String, _ attributes: [(String, String)] = []) -> String {
        line("INFO", message, attributes)
    }

    public static func warn(_ message: String, _ attributes: [(String, String)] = []) -> String {
        line("WARN", message, attributes)
    }

    public static func error(_ message: String, _ attributes: [(String, String)] = []) -> String {
        line("ERROR", message, attributes)
    }

    static func line(_ level: String, _ message: String, _ attributes: [(String, String)]) -> String {
        var out = "level=\(level) msg=\(quoteIfNeeded(message))"
        for (key, value) in attributes { out += " \(key)=\(quoteIfNeeded(value))" }
        return out
    }

    /// slog quotes a value (Go `strconv.Quote`) when it is empty or holds a space, `=`, `"`,
    /// a control character or a non-printable/space rune; a backslash alone does not.
    static func quoteIfNeeded(_ text: String) -> String {
        if text.isEmpty { return "\"\"" }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x5C { continue }
                if v <= 0x20 || v == 0x3D || v == 0x22 || v == 0x7F { return GoQuote.string(text) }
            } else if GoStrings.isSpace(scalar) || GoQuote.string(String(scalar)).hasPrefix("\"\\") {
                return GoQuote.string(text)
            }
        }
        return text
    }
}

/// Collects Helm's log lines in order; the caller writes them to stderr.
public struct ValuesLog: Sendable, Equatable {
    public private(set) var lines: [String] = []
    public init() {}
    public mutating func append(_ line: String) { lines.append(line) }
    /// Go's `log.Printf` in Helm 4 goes through slog at INFO level.
    mutating func printf(_ message: String) { lines.append(SlogLine.info(message)) }
}
