/// The scalar styles of YAML's presentation.
public enum ScalarStyle: UInt8, Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

enum TokenKind: UInt8, Sendable {
    case streamStart, streamEnd
    case versionDirective, tagDirective
    case documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value
    case alias, anchor, tag, scalar
}

/// One scanner token. `value` holds the scalar text, anchor/alias name, tag handle or
/// `%TAG` handle; `suffix` the tag suffix or `%TAG` prefix.
struct Token: Sendable {
    var kind: TokenKind
    var start: Mark
    var end: Mark
    var value: String = ""
    var suffix: String = ""
    var style: ScalarStyle = .plain
    var major = 0
    var minor = 0

    init(_ kind: TokenKind, start: Mark, end: Mark) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
