/// Block and flow sequences and mappings.
extension Parser {
    mutating func parseBlockSequenceEntry(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first { skipToken() }  // BLOCK-SEQUENCE-START
        let token = try peek()
        if token.kind == .blockEntry {
            let entryEnd = token.end
            skipToken()
            let next = try peek()
            if next.kind == .blockEntry || next.kind == .blockEnd {
                state = .blockSequenceEntry
                return emptyScalar(at: entryEnd)
            }
            states.append(.blockSequenceEntry)
            return try parseNode(block: true, indentlessSequence: false)
        }
        if token.kind == .blockEnd {
            popState()
            skipToken()
            return YAMLEvent(.sequenceEnd, at: token.start)
        }
        throw parserError("did not find expected '-' indicator", at: token.start)
    }

    mutating func parseIndentlessSequenceEntry() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        if token.kind == .blockEntry {
            let entryEnd = token.end
            skipToken()
            let next = try peek()
            if next.kind == .blockEntry || next.kind == .key || next.kind == .value || next.kind == .blockEnd {
                state = .indentlessSequenceEntry
                return emptyScalar(at: entryEnd)
            }
            states.append(.indentlessSequenceEntry)
            return try parseNode(block: true, indentlessSequence: false)
        }
        popState()
        return YAMLEvent(.sequenceEnd, at: token.start)
    }

    mutating func parseBlockMappingKey(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first { skipToken() }  // BLOCK-MAPPING-START
        let token = try peek()
        if token.kind == .key {
            let keyEnd = token.end
            skipToken()
            let next = try peek()
            if next.kind == .key || next.kind == .value || next.kind == .blockEnd {
                state = .blockMappingValue
                return emptyScalar(at: keyEnd)
            }
            states.append(.blockMappingValue)
            return try parseNode(block: true, indentlessSequence: true)
        }
        if token.kind == .blockEnd {
            popState()
            skipToken()
            return YAMLEvent(.mappingEnd, at: token.start)
        }
        if scanner.spec && token.kind == .value {
            // YAML 1.2: `: value` with an empty key.
            state = .blockMappingValue
            return emptyScalar(at: token.start)
        }
        throw parserError("did not find expected key", at: token.start)
    }

    mutating func parseBlockMappingValue() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        if token.kind == .value {
            let valueEnd = token.end
            skipToken()
            let next = try peek()
            if next.kind == .key || next.kind == .value || next.kind == .blockEnd {
                state = .blockMappingKey
                return emptyScalar(at: valueEnd)
            }
            states.append(.blockMappingKey)
            return try parseNode(block: true, indentlessSequence: true)
        }
        state = .blockMappingKey
        return emptyScalar(at: token.start)
    }

    mutating func parseFlowSequenceEntry(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first { skipToken() }  // FLOW-SEQUENCE-START
        var token = try peek()
        if token.kind != .flowSequenceEnd {
            if !first {
                guard token.kind == .flowEntry else {
                    throw parserError("did not find expected ',' or ']'", at: token.start)
                }
                skipToken()
                token = try peek()
            }
            if token.kind == .key || (scanner.spec && token.kind == .value) {
                state = .flowSequenceEntryMappingKey
                var event = YAMLEvent(.mappingStart, at: token.start)
                event.flow = true
                if token.kind == .key { skipToken() }
                return event
            }
            if token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        popState()
        skipToken()
        return YAMLEvent(.sequenceEnd, at: token.start)
    }

    mutating func parseFlowSequenceEntryMappingKey() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        if token.kind == .value || token.kind == .flowEntry || token.kind == .flowSequenceEnd {
            state = .flowSequenceEntryMappingValue
            return emptyScalar(at: token.end)
        }
        states.append(.flowSequenceEntryMappingValue)
        return try parseNode(block: false, indentlessSequence: false)
    }

    mutating func parseFlowSequenceEntryMappingValue() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        if token.kind == .value {
            skipToken()
            let next = try peek()
            if next.kind != .flowEntry && next.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntryMappingEnd)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        state = .flowSequenceEntryMappingEnd
        return emptyScalar(at: token.start)
    }

    mutating func parseFlowSequenceEntryMappingEnd() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        state = .flowSequenceEntry
        var event = YAMLEvent(.mappingEnd, at: token.start)
        event.flow = true
        return event
    }

    mutating func parseFlowMappingKey(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first { skipToken() }  // FLOW-MAPPING-START
        var token = try peek()
        if token.kind != .flowMappingEnd {
            if !first {
                guard token.kind == .flowEntry else {
                    throw parserError("did not find expected ',' or '}'", at: token.start)
                }
                skipToken()
                token = try peek()
            }
            if token.kind == .key {
                skipToken()
                let next = try peek()
                if next.kind != .value && next.kind != .flowEntry && next.kind != .flowMappingEnd {
                    states.append(.flowMappingValue)
                    return try parseNode(block: false, indentlessSequence: false)
                }
                state = .flowMappingValue
                return emptyScalar(at: next.start)
            }
            if scanner.spec && token.kind == .value {
                // YAML 1.2: `{: value}` with an empty key.
                state = .flowMappingValue
                return emptyScalar(at: token.start)
            }
            if token.kind != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        popState()
        skipToken()
        return YAMLEvent(.mappingEnd, at: token.start)
    }

    mutating func parseFlowMappingValue(empty: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try peek()
        if empty {
            state = .flowMappingKey
            return emptyScalar(at: token.start)
        }
        if token.kind == .value {
            skipToken()
            let next = try peek()
            if next.kind != .flowEntry && next.kind != .flowMappingEnd {
                states.append(.flowMappingKey)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        state = .flowMappingKey
        return emptyScalar(at: token.start)
    }
}
