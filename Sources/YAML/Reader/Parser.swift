/// Turns tokens into events with libyaml's state machine (which go-yaml v2 ports).
/// The grammar's nesting lives in an explicit state stack, so deep input cannot
/// exhaust the call stack.
struct Parser: Sendable {
    var scanner: Scanner
    var state: State = .streamStart
    var states: [State] = []
    /// Tag directives in force for the current document, defaults included.
    var tagDirectives: [YAMLEvent.TagDirective] = []
    /// A token looked at but not yet consumed.
    var peeked: Token?

    enum State: UInt8, Sendable {
        case streamStart, implicitDocumentStart, documentStart, documentContent, documentEnd
        case blockNode, blockNodeOrIndentlessSequence, flowNode
        case blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry
        case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue
        case end
    }

    static let defaultTagDirectives = [
        YAMLEvent.TagDirective(handle: "!", prefix: "!"),
        YAMLEvent.TagDirective(handle: "!!", prefix: "tag:yaml.org,2002:"),
    ]

    init(scanner: Scanner) {
        self.scanner = scanner
    }

    // MARK: tokens

    mutating func peek() throws(YAMLSyntaxError) -> Token {
        if let peeked { return peeked }
        guard let token = try scanner.next() else {
            // After STREAM-END the scanner has nothing more; repeat the end.
            return Token(.streamEnd, start: scanner.mark, end: scanner.mark)
        }
        peeked = token
        return token
    }

    mutating func skipToken() { peeked = nil }

    func parserError(_ problem: String, at mark: Mark, context: Mark = Mark()) -> YAMLSyntaxError {
        YAMLSyntaxError(origin: .parser, problem: problem, problemMark: mark, contextMark: context)
    }

    // MARK: driver

    mutating func next() throws(YAMLSyntaxError) -> YAMLEvent? {
        switch state {
        case .end: return nil
        case .streamStart: return try parseStreamStart()
        case .implicitDocumentStart: return try parseDocumentStart(implicit: true)
        case .documentStart: return try parseDocumentStart(implicit: false)
        case .documentContent: return try parseDocumentContent()
        case .documentEnd: return try parseDocumentEnd()
        case .blockNode: return try parseNode(block: true, indentlessSequence: false)
        case .blockNodeOrIndentlessSequence: return try parseNode(block: true, indentlessSequence: true)
        case .flowNode: return try parseNode(block: false, indentlessSequence: false)
        case .blockSequenceFirstEntry: return try parseBlockSequenceEntry(first: true)
        case .blockSequenceEntry: return try parseBlockSequenceEntry(first: false)
        case .indentlessSequenceEntry: return try parseIndentlessSequenceEntry()
        case .blockMappingFirstKey: return try parseBlockMappingKey(first: true)
        case .blockMappingKey: return try parseBlockMappingKey(first: false)
        case .blockMappingValue: return try parseBlockMappingValue()
        case .flowSequenceFirstEntry: return try parseFlowSequenceEntry(first: true)
        case .flowSequenceEntry: return try parseFlowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey: return try parseFlowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue: return try parseFlowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd: return try parseFlowSequenceEntryMappingEnd()
        case .flowMappingFirstKey: return try parseFlowMappingKey(first: true)
        case .flowMappingKey: return try parseFlowMappingKey(first: false)
        case .flowMappingValue: return try parseFlowMappingValue(empty: false)
        case .flowMappingEmptyValue: return try parseFlowMappingValue(empty: true)
        }
    }

    mutating func popState() {
        state = states.popLast() ?? .end
    }

    // MARK: stream and documents

    mutating func parseStreamStart() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        guard token.kind == .streamStart else {
            throw parserError("did not find expected <stream-start>", at: token.start)
        }
        state = .implicitDocumentStart
        skipToken()
        return YAMLEvent(.streamStart, at: token.start)
    }

    mutating func parseDocumentStart(implicit: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try peek()
        if !implicit || scanner.spec {
            while token.kind == .documentEnd {
                skipToken()
                token = try peek()
            }
        }
        let startsExplicitly = token.kind == .versionDirective || token.kind == .tagDirective
            || token.kind == .documentStart || token.kind == .streamEnd
        if implicit && !startsExplicitly {
            tagDirectives = Parser.defaultTagDirectives
            states.append(.documentEnd)
            state = .blockNode
            return YAMLEvent(.documentStart, at: token.start)
        }
        if token.kind == .streamEnd {
            state = .end
            skipToken()
            return YAMLEvent(.streamEnd, at: token.start)
        }
        var event = YAMLEvent(.documentStart, at: token.start)
        try processDirectives(into: &event)
        token = try peek()
        guard token.kind == .documentStart else {
            throw parserError("did not find expected <document start>", at: token.start)
        }
        states.append(.documentEnd)
        state = .documentContent
        event.explicit = true
        skipToken()
        return event
    }

    mutating func processDirectives(into event: inout YAMLEvent) throws(YAMLSyntaxError) {
        var directives: [YAMLEvent.TagDirective] = []
        while true {
            let token = try peek()
            if token.kind == .versionDirective {
                if event.version != nil {
                    throw parserError("found duplicate %YAML directive", at: token.start)
                }
                // go-yaml v2 accepts only YAML 1.1; spec mode any YAML 1.x.
                if token.major != 1 || (token.minor != 1 && !scanner.spec) {
                    throw parserError("found incompatible YAML document", at: token.start)
                }
                event.version = (token.major, token.minor)
            } else if token.kind == .tagDirective {
                if directives.contains(where: { $0.handle == token.value }) {
                    throw parserError("found duplicate %TAG directive", at: token.start)
                }
                directives.append(YAMLEvent.TagDirective(handle: token.value, prefix: token.suffix))
            } else {
                break
            }
            skipToken()
        }
        event.tagDirectives = directives
        tagDirectives = directives
        for directive in Parser.defaultTagDirectives where !directives.contains(where: { $0.handle == directive.handle }) {
            tagDirectives.append(directive)
        }
    }

    mutating func parseDocumentContent() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        switch token.kind {
        case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
            popState()
            return emptyScalar(at: token.start)
        default:
            return try parseNode(block: true, indentlessSequence: false)
        }
    }

    mutating func parseDocumentEnd() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        var event = YAMLEvent(.documentEnd, at: token.start)
        if token.kind == .documentEnd {
            event.explicit = true
            skipToken()
        } else if scanner.spec && (token.kind == .versionDirective || token.kind == .tagDirective) {
            throw parserError("missing document end marker before directive", at: token.start)
        }
        tagDirectives = []
        // YAML 1.2: after `...` a bare document may follow.
        state = scanner.spec && event.explicit ? .implicitDocumentStart : .documentStart
        return event
    }

    func emptyScalar(at mark: Mark) -> YAMLEvent {
        var event = YAMLEvent(.scalar, at: mark)
        event.plainImplicit = true
        return event
    }
}
