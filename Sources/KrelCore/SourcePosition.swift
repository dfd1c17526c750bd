/// A place in a source text: 1-based line and column (columns count bytes, as Go does).
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Resource limits that keep hostile input from hanging or exhausting memory.
public enum Limits {
    /// Largest input the YAML reader accepts (bytes).
    public static let maxYAMLDocumentBytes = 256 * 1024 * 1024
}
