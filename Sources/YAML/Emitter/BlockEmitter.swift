import KrelCore

/// Writes an `EmitterNode` tree in block style the way go-yaml's encoder and emitter do.
/// The differences between go-yaml v2 (toYaml) and v3 (toYamlPretty) are the options.
struct BlockEmitter {
    struct Options {
        /// v2: a sequence that is a mapping value starts at the key's column (`key:` / `- a`).
        var indentlessSequencesInMappings: Bool
        /// Column past which spaces in scalars may be turned into line breaks.
        var bestWidth: Int
        /// v3 lets a tab appear in a literal block; v2 escapes it in double quotes.
        var tabsAllowedInBlock: Bool

        static let goYAMLv2 = Options(indentlessSequencesInMappings: true, bestWidth: 80, tabsAllowedInBlock: false)
        static let goYAMLv3 = Options(indentlessSequencesInMappings: false, bestWidth: .max, tabsAllowedInBlock: true)
    }

    enum ScalarStyle { case plain, singleQuoted, doubleQuoted, literal }

    let options: Options
    var writer: YAMLWriter

    init(options: Options) {
        self.options = options
        writer = YAMLWriter(bestWidth: options.bestWidth)
    }

    /// The whole document, with go-yaml's final line break (Helm trims it later).
    static func document(_ root: EmitterNode, options: Options) throws -> [UInt8] {
        var emitter = BlockEmitter(options: options)
        try emitter.emit(root, inMapping: false, depth: 0)
        emitter.writer.indent = -1
        emitter.writer.writeIndent()
        return emitter.writer.out
    }

    private mutating func emit(_ node: EmitterNode, inMapping: Bool, depth: Int) throws {
        guard StackGuard.allows(depth: depth) else { throw YAMLEmitError("yaml: nesting too deep (\(depth) levels)") }
        switch node {
        case .literal(let text):
            emitScalar(Array(text.utf8), isString: false, simpleKey: false)
        case .string(let text):
            emitScalar(Array(text.utf8), isString: true, simpleKey: false)
        case .list(let items):
            if items.isEmpty {
                writeEmptyFlow("[", "]")
                return
            }
            let indentless = options.indentlessSequencesInMappings && inMapping && !writer.indention
            writer.increaseIndent(flow: false, indentless: indentless)
            for item in items {
                writer.writeIndent()
                writer.writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                try emit(item, inMapping: false, depth: depth + 1)
            }
            writer.popIndent()
        case .map(let entries):
            if entries.isEmpty {
                writeEmptyFlow("{", "}")
                return
            }
            writer.increaseIndent(flow: false, indentless: false)
            for (key, value) in entries {
                writer.writeIndent()
                let bytes = Array(key.utf8)
                let analysis = ScalarAnalysis(bytes, tabsAllowedInBlock: options.tabsAllowedInBlock)
                if bytes.count <= 128 && !analysis.multiline {
                    emitScalar(bytes, isString: true, simpleKey: true, analysis: analysis)
                    writer.writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writer.writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                    emitScalar(bytes, isString: true, simpleKey: false, analysis: analysis)
                    writer.writeIndent()
                    writer.writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                try emit(value, inMapping: true, depth: depth + 1)
            }
            writer.popIndent()
        }
    }

    private mutating func writeEmptyFlow(_ open: StaticString, _ close: StaticString) {
        writer.writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        writer.writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func emitScalar(_ v: [UInt8], isString: Bool, simpleKey: Bool, analysis: ScalarAnalysis? = nil) {
        let analysis = analysis ?? ScalarAnalysis(v, tabsAllowedInBlock: options.tabsAllowedInBlock)
        let style = Self.style(for: v, isString: isString, simpleKey: simpleKey, analysis: analysis)
        writer.increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writer.writePlain(v, allowBreaks: !simpleKey)
        case .singleQuoted: writer.writeSingleQuoted(v, allowBreaks: !simpleKey)
        case .doubleQuoted: writer.writeDoubleQuoted(v, allowBreaks: !simpleKey)
        case .literal: writer.writeLiteral(v)
        }
        writer.popIndent()
    }

    /// The encoder's request (literal for text with `\n`, double quotes for strings that
    /// would read back as something else, plain otherwise), downgraded by the emitter
    /// when the text does not allow it.
    static func style(for v: [UInt8], isString: Bool, simpleKey: Bool, analysis: ScalarAnalysis) -> ScalarStyle {
        var style: ScalarStyle = .plain
        if isString {
            if v.contains(0x0A) {
                style = .literal
            } else if !StringQuoting.canBePlain(v) {
                style = .doubleQuoted
            }
        }
        if simpleKey && analysis.multiline { style = .doubleQuoted }
        if style == .plain && (!analysis.plainAllowed || (v.isEmpty && simpleKey)) { style = .singleQuoted }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!analysis.blockAllowed || simpleKey) { style = .doubleQuoted }
        return style
    }
}
