/// The tree the block emitter writes: what go-yaml's encoder sees after Helm's value has
/// been converted (through JSON for toYaml, directly for toYamlPretty). Map entries are
/// already in output order.
indirect enum EmitterNode {
    /// A number, boolean or null, already formatted; always written plain.
    case literal(String)
    /// A string; its style (plain, quoted, literal block) is chosen when writing.
    case string(String)
    case list([EmitterNode])
    case map([(key: String, value: EmitterNode)])
}

/// A Helm marshal failure (the text `mustToYaml` reports; `toYaml` returns "").
public struct YAMLEmitError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
