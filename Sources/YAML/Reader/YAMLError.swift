/// An error reading YAML, worded exactly as Helm's libraries word it.
///
/// `message` is the text of sigs.k8s.io/yaml (or Helm's document splitter) without the
/// prefixes Helm adds itself, e.g. `error converting YAML to JSON: yaml: line 2: did not
/// find expected key`. `description` adds the wrapper of Helm's values loader
/// (`cannot unmarshal yaml document: ...`, `error reading yaml document: ...`) when the
/// error came from `HelmYAML.loadValues`; Helm then prefixes `cannot load values.yaml: `
/// (chart values) or `failed to parse FILE: ` (`-f FILE`).
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: Sendable, Equatable {
        /// Helm's line-based `---` splitter rejected a separator line.
        case documentSplit
        /// sigs.k8s.io/yaml `Unmarshal` failed (YAML syntax, decoding, JSON conversion).
        case unmarshal
    }

    /// The library's own text (fromYaml shows exactly this).
    public var message: String
    /// 1-based line of the problem in the parsed text, when known (krel diagnostics only:
    /// Helm's text carries go-yaml's own line rule inside `message`).
    public var line: Int?
    /// 1-based column (characters) of the problem, when known.
    public var column: Int?
    public var stage: Stage
    /// Set by `loadValues`: the text wraps `message` in the loader's prefix.
    public var fromValuesLoader: Bool

    public init(message: String, line: Int? = nil, column: Int? = nil,
                stage: Stage = .unmarshal, fromValuesLoader: Bool = false) {
        self.message = message
        self.line = line
        self.column = column
        self.stage = stage
        self.fromValuesLoader = fromValuesLoader
    }

    /// What Helm prints after its own `cannot load values.yaml: ` / `failed to parse F: `.
    public var description: String {
        guard fromValuesLoader else { return message }
        switch stage {
        case .documentSplit: return "error reading yaml document: " + message
        case .unmarshal: return "cannot unmarshal yaml document: " + message
        }
    }
}

/// A syntax error inside the reader, scanner or parser, before it is worded for Helm.
struct YAMLSyntaxError: Error, Sendable {
    enum Origin: Sendable { case reader, scanner, parser }
    var origin: Origin
    var problem: String
    var problemMark: Mark
    var contextMark: Mark

    /// go-yaml's `yaml: [line N: ]problem`: scanner lines are shown 1-based, parser lines
    /// 0-based, and nothing when the (0-based) line is 0; reader errors carry no line.
    var goText: String {
        var line = 0
        if origin != .reader {
            if problemMark.line != 0 {
                line = problemMark.line + (origin == .scanner ? 1 : 0)
            } else if contextMark.line != 0 {
                line = contextMark.line
            }
        }
        return line != 0 ? "yaml: line \(line): \(problem)" : "yaml: \(problem)"
    }
}

/// A decoding error (go-yaml's decoder or sigs' JSON conversion); no line, ever.
struct YAMLDecodeError: Error, Sendable {
    var text: String
}
