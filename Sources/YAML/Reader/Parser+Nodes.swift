/// Nodes: properties (anchor, tag), scalars, aliases and the start of collections.
extension Parser {
    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try peek()
        if token.kind == .alias {
            popState()
            var event = YAMLEvent(.alias, at: token.start)
            event.anchor = token.value
            skipToken()
            return event
        }
        let start = token.start
        var anchor: String?
        var tagHandle: String?
        var tagSuffix = ""
        var tagMark = Mark()
        if token.kind == .anchor {
            anchor = token.value
            skipToken()
            token = try peek()
            if token.kind == .tag {
                tagHandle = token.value
                tagSuffix = token.suffix
                tagMark = token.start
                skipToken()
                token = try peek()
            }
        } else if token.kind == .tag {
            tagHandle = token.value
            tagSuffix = token.suffix
            tagMark = token.start
            skipToken()
            token = try peek()
            if token.kind == .anchor {
                anchor = token.value
                skipToken()
                token = try peek()
            }
        }
        var tag: String?
        if let handle = tagHandle {
            if handle.isEmpty {
                tag = tagSuffix
            } else if let directive = tagDirectives.first(where: { $0.handle == handle }) {
                tag = directive.prefix + tagSuffix
            } else {
                throw parserError("found undefined tag handle", at: tagMark, context: start)
            }
        }
        let implicit = tag?.isEmpty ?? true

        if indentlessSequence && token.kind == .blockEntry {
            state = .indentlessSequenceEntry
            return collectionStart(.sequenceStart, anchor: anchor, tag: tag, flow: false, at: start)
        }
        switch token.kind {
        case .scalar:
            var event = YAMLEvent(.scalar, at: start)
            event.anchor = anchor
            event.tag = tag
            event.value = token.value
            event.style = token.style
            event.plainImplicit = (token.style == .plain && tag == nil) || tag == "!"
            popState()
            skipToken()
            return event
        case .flowSequenceStart:
            state = .flowSequenceFirstEntry
            return collectionStart(.sequenceStart, anchor: anchor, tag: tag, flow: true, at: start)
        case .flowMappingStart:
            state = .flowMappingFirstKey
            return collectionStart(.mappingStart, anchor: anchor, tag: tag, flow: true, at: start)
        case .blockSequenceStart where block:
            state = .blockSequenceFirstEntry
            return collectionStart(.sequenceStart, anchor: anchor, tag: tag, flow: false, at: start)
        case .blockMappingStart where block:
            state = .blockMappingFirstKey
            return collectionStart(.mappingStart, anchor: anchor, tag: tag, flow: false, at: start)
        default:
            if anchor != nil || tag != nil {
                // Properties without content: an empty plain scalar.
                popState()
                var event = YAMLEvent(.scalar, at: start)
                event.anchor = anchor
                event.tag = tag
                event.plainImplicit = implicit
                return event
            }
            throw parserError("did not find expected node content", at: token.start, context: start)
        }
    }

    func collectionStart(_ kind: YAMLEvent.Kind, anchor: String?, tag: String?, flow: Bool, at mark: Mark) -> YAMLEvent {
        var event = YAMLEvent(kind, at: mark)
        event.anchor = anchor
        event.tag = tag
        event.flow = flow
        return event
    }
}
