/// Choosing the next token from its first character, and the simple indicators.
extension Scanner {
    mutating func fetchNextToken() throws(YAMLSyntaxError) {
        if !streamStartProduced { return fetchStreamStart() }
        if spec { try scanToNextTokenSpec() } else { try scanToNextToken() }
        try removeStaleSimpleKeys()
        unrollIndent(mark.column)
        if let pending = input.pendingError, mark.offset + 4 >= input.limit {
            throw YAMLSyntaxError(origin: .reader, problem: pending, problemMark: Mark(), contextMark: Mark())
        }
        let c = at()
        if c == 0 { return try fetchStreamEnd() }
        var adjacentJSON = false
        if spec {
            adjacentJSON = afterJSONLikeNode
            afterJSONLikeNode = false
            try checkSpecIndentation(c)
        }
        if mark.column == 0 {
            if c == UInt8(ascii: "%") { return try fetchDirective() }
            if isDocumentIndicator(c) {
                return try fetchDocumentIndicator(c == UInt8(ascii: "-") ? .documentStart : .documentEnd)
            }
        }
        switch c {
        case UInt8(ascii: "["): return try fetchFlowCollectionStart(.flowSequenceStart)
        case UInt8(ascii: "{"): return try fetchFlowCollectionStart(.flowMappingStart)
        case UInt8(ascii: "]"): return try fetchFlowCollectionEnd(.flowSequenceEnd)
        case UInt8(ascii: "}"): return try fetchFlowCollectionEnd(.flowMappingEnd)
        case UInt8(ascii: ","): return try fetchFlowEntry()
        default: break
        }
        if c == UInt8(ascii: "-") && isBlankZ(1) { return try fetchBlockEntry() }
        if spec {
            let flowEnd = flowLevel > 0 && isFlowIndicator(1)
            if c == UInt8(ascii: "?") && (isBlankZ(1) || flowEnd) { return try fetchKey() }
            if c == UInt8(ascii: ":") && (isBlankZ(1) || flowEnd || (flowLevel > 0 && adjacentJSON)) { return try fetchValue() }
        } else {
            if c == UInt8(ascii: "?") && (flowLevel > 0 || isBlankZ(1)) { return try fetchKey() }
            if c == UInt8(ascii: ":") && (flowLevel > 0 || isBlankZ(1)) { return try fetchValue() }
        }
        switch c {
        case UInt8(ascii: "*"): return try fetchAnchor(.alias)
        case UInt8(ascii: "&"): return try fetchAnchor(.anchor)
        case UInt8(ascii: "!"): return try fetchTag()
        case UInt8(ascii: "|") where flowLevel == 0: return try fetchBlockScalar(literal: true)
        case UInt8(ascii: ">") where flowLevel == 0: return try fetchBlockScalar(literal: false)
        case UInt8(ascii: "'"): return try fetchFlowScalar(single: true)
        case UInt8(ascii: "\""): return try fetchFlowScalar(single: false)
        default: break
        }
        if canStartPlainScalar(c) { return try fetchPlainScalar() }
        throw scannerError("found character that cannot start any token", context: mark)
    }

    /// `---` or `...` followed by a blank or the end.
    func isDocumentIndicator(_ c: UInt8) -> Bool {
        (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && at(1) == c && at(2) == c && isBlankZ(3)
    }

    func canStartPlainScalar(_ c: UInt8) -> Bool {
        if isBlankZ() { return false }
        switch c {
        case UInt8(ascii: "-") where spec, UInt8(ascii: "?") where spec, UInt8(ascii: ":") where spec:
            // YAML 1.2: an indicator followed by a "safe" character starts a plain scalar.
            return !isBlankZ(1) && !(flowLevel > 0 && isFlowIndicator(1))
        case UInt8(ascii: "-"):
            return !isBlank(1)
        case UInt8(ascii: "?"), UInt8(ascii: ":"):
            return flowLevel == 0 && !isBlankZ(1)
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Skips blanks, comments and line breaks. Tabs are whitespace in flow context and
    /// where no simple key may start (after a key on the same line).
    mutating func scanToNextToken() throws(YAMLSyntaxError) {
        while true {
            if mark.column == 0 && isBOM() { skip() }
            while at() == 0x20 || ((flowLevel > 0 || !simpleKeyAllowed) && at() == 0x09) { skip() }
            if at() == UInt8(ascii: "#") {
                while !isBreakZ() { skip() }
            }
            guard isBreak() else { return }
            skipLine()
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    mutating func fetchStreamStart() {
        indent = -1
        simpleKeys.append(SimpleKey())
        simpleKeyAllowed = true
        streamStartProduced = true
        append(Token(.streamStart, start: mark, end: mark))
    }

    mutating func fetchStreamEnd() throws(YAMLSyntaxError) {
        if mark.column != 0 {
            mark.column = 0
            mark.line += 1
        }
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        append(Token(.streamEnd, start: mark, end: mark))
    }

    mutating func fetchDirective() throws(YAMLSyntaxError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        if let token = try scanDirective() { append(token) }
    }

    mutating func fetchDocumentIndicator(_ kind: TokenKind) throws(YAMLSyntaxError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip(); skip(); skip()
        if spec && kind == .documentEnd {
            // YAML 1.2: nothing but a comment may follow `...` on its line.
            var k = 0
            while isBlank(k) { k += 1 }
            if !isBreakZ(k) && !(k > 0 && at(k) == UInt8(ascii: "#")) {
                throw scannerError("found content after the document end marker", context: start)
            }
        }
        append(Token(kind, start: start, end: mark))
    }

    mutating func fetchFlowCollectionStart(_ kind: TokenKind) throws(YAMLSyntaxError) {
        try saveSimpleKey()
        try increaseFlowLevel()
        if spec { flowMappings.append(kind == .flowMappingStart) }
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(Token(kind, start: start, end: mark))
    }

    mutating func fetchFlowCollectionEnd(_ kind: TokenKind) throws(YAMLSyntaxError) {
        try removeSimpleKey()
        decreaseFlowLevel()
        simpleKeyAllowed = false
        let start = mark
        skip()
        append(Token(kind, start: start, end: mark))
        afterJSONLikeNode = spec
    }

    mutating func fetchFlowEntry() throws(YAMLSyntaxError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(Token(.flowEntry, start: start, end: mark))
    }

    mutating func fetchBlockEntry() throws(YAMLSyntaxError) {
        if spec && flowLevel == 0 && tabBeforeToken {
            throw scannerError("found a tab character that violates indentation", context: mark)
        }
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw scannerError("block sequence entries are not allowed in this context", context: mark)
            }
            try rollIndent(mark.column, number: nil, kind: .blockSequenceStart, at: mark)
        }
        // A '-' in flow context is reported by the parser, which knows the context.
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(Token(.blockEntry, start: start, end: mark))
    }

    mutating func fetchKey() throws(YAMLSyntaxError) {
        if spec && flowLevel == 0 && tabBeforeToken {
            throw scannerError("found a tab character that violates indentation", context: mark)
        }
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw scannerError("mapping keys are not allowed in this context", context: mark)
            }
            try rollIndent(mark.column, number: nil, kind: .blockMappingStart, at: mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        let start = mark
        skip()
        append(Token(.key, start: start, end: mark))
    }

    mutating func fetchValue() throws(YAMLSyntaxError) {
        let level = simpleKeys.count - 1
        let key = simpleKeys[level]
        if key.possible {
            // The ':' completes a simple key: put KEY (and maybe BLOCK-MAPPING-START)
            // in front of the key's first token.
            if spec && flowLevel == 0 && key.afterTab && indent < key.mark.column {
                // The key would open a block mapping after a tab.
                throw scannerError("found a tab character that violates indentation", context: key.mark)
            }
            insert(Token(.key, start: key.mark, end: key.mark), at: key.tokenNumber - tokensParsed)
            try rollIndent(key.mark.column, number: key.tokenNumber, kind: .blockMappingStart, at: key.mark)
            simpleKeys[level].possible = false
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                guard simpleKeyAllowed else {
                    throw scannerError("mapping values are not allowed in this context", context: mark)
                }
                try rollIndent(mark.column, number: nil, kind: .blockMappingStart, at: mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let start = mark
        skip()
        append(Token(.value, start: start, end: mark))
    }

    mutating func fetchAnchor(_ kind: TokenKind) throws(YAMLSyntaxError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        append(try scanAnchor(kind))
    }

    mutating func fetchTag() throws(YAMLSyntaxError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        append(try scanTag())
    }

    mutating func fetchBlockScalar(literal: Bool) throws(YAMLSyntaxError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        append(try scanBlockScalar(literal: literal))
    }

    mutating func fetchFlowScalar(single: Bool) throws(YAMLSyntaxError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        append(try scanFlowScalar(single: single))
        afterJSONLikeNode = spec
    }

    mutating func fetchPlainScalar() throws(YAMLSyntaxError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        append(try scanPlainScalar())
    }
}
