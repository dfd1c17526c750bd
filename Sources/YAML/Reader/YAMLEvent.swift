import KrelCore

/// One parse event, as libyaml/go-yaml produce them.
public struct YAMLEvent: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, Equatable {
        case streamStart, streamEnd
        case documentStart, documentEnd
        case mappingStart, mappingEnd
        case sequenceStart, sequenceEnd
        case scalar, alias
    }

    public var kind: Kind
    /// Anchor name (`&a`) on a node, or the name an alias refers to.
    public var anchor: String?
    /// The resolved tag (`tag:yaml.org,2002:str`, `!local`, `!`), nil when untagged.
    public var tag: String?
    /// Scalar text.
    public var value: String = ""
    public var style: ScalarStyle = .plain
    /// Scalar: plain and untagged (or tagged `!`), so the resolver may type it.
    public var plainImplicit = false
    /// Collections: written in flow style (`[...]`, `{...}`).
    public var flow = false
    /// Documents: `---` / `...` written explicitly.
    public var explicit = false
    /// Document start: the `%YAML` version, if given.
    public var version: (major: Int, minor: Int)?
    /// Document start: `%TAG` directives given (handle, prefix).
    public var tagDirectives: [TagDirective] = []
    /// 1-based position where the event starts.
    public var start: SourcePosition

    public struct TagDirective: Sendable, Equatable {
        public var handle: String
        public var prefix: String
    }

    init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.start = SourcePosition(line: mark.line + 1, column: mark.column + 1)
    }

    public static func == (a: YAMLEvent, b: YAMLEvent) -> Bool {
        a.kind == b.kind && a.anchor == b.anchor && a.tag == b.tag && a.value == b.value && a.style == b.style
            && a.plainImplicit == b.plainImplicit && a.flow == b.flow && a.explicit == b.explicit
            && a.version?.major == b.version?.major && a.version?.minor == b.version?.minor
            && a.tagDirectives == b.tagDirectives && a.start == b.start
    }
}
