/// Turns YAML text into tokens, following libyaml's scanner design (which go-yaml v2
/// ports): a token queue, a stack of indentation columns for block collections, and one
/// "potential simple key" per flow level, so that `key: value` can be recognised only
/// when the `:` shows up (a KEY token is then inserted before the key's first token).
struct Scanner {
    let input: ScannerInput
    var mark = Mark()

    var tokens: [Token] = []
    var head = 0
    /// Tokens handed to the parser so far.
    var tokensParsed = 0
    var streamStartProduced = false
    var streamEndProduced = false

    /// Current block indentation column (-1 outside any block collection).
    var indent = -1
    var indents: [Int] = []
    var simpleKeyAllowed = false
    var simpleKeys: [SimpleKey] = []
    /// Lowest flow level whose simple key may still be possible (a speed-up only).
    var minPossibleKeyLevel = 0
    var flowLevel = 0

    /// Scratch buffers reused across scalars.
    var scratch: [UInt8] = []

    /// YAML 1.2 rules where go-yaml deviates (see `YAMLReaderOptions.Mode.spec`).
    let spec: Bool
    /// Spec mode: the last token was a quoted scalar or a flow collection end, after which
    /// `:` is a value indicator even without a blank (`{"a":b}`).
    var afterJSONLikeNode = false
    /// Spec mode: a tab was skipped in the current line's indentation (block context).
    var tabInIndentation = false
    /// Spec mode: spaces leading the current line, and whether a line break was crossed
    /// since the last token.
    var lineSpaces = 0
    var crossedLineBreak = true
    /// Spec mode: a tab separated the coming token from the previous one (block context).
    var tabBeforeToken = false
    /// Spec mode: for each open flow collection, whether it is a mapping.
    var flowMappings: [Bool] = []

    struct SimpleKey {
        var possible = false
        var required = false
        var tokenNumber = 0
        var mark = Mark()
        /// Spec mode: white space before the key held a tab.
        var afterTab = false
    }

    /// go-yaml's nesting limits for flow levels and block indentation.
    static let maxFlowLevel = 10_000
    static let maxIndents = 10_000
    /// A simple key may span at most this many characters.
    static let maxSimpleKeyLength = 1024

    init(input: ScannerInput, spec: Bool = false) {
        self.input = input
        self.spec = spec
    }

    /// The next token, or a syntax error worded like go-yaml's.
    mutating func next() throws(YAMLSyntaxError) -> Token? {
        if streamEndProduced { return nil }
        try fetchMoreTokens()
        let token = tokens[head]
        head += 1
        tokensParsed += 1
        if head == tokens.count {
            tokens.removeAll(keepingCapacity: true)
            head = 0
        }
        if token.kind == .streamEnd { streamEndProduced = true }
        return token
    }

    // MARK: queue

    /// Fetches until the head token can no longer become (part of) a simple key.
    mutating func fetchMoreTokens() throws(YAMLSyntaxError) {
        while true {
            var needMore = head == tokens.count
            if !needMore {
                try removeStaleSimpleKeys()
                needMore = headMayBeSimpleKey()
            }
            if !needMore { return }
            try fetchNextToken()
        }
    }

    /// Possible simple keys have increasing token numbers by level, so the lowest
    /// possible one decides whether the head token may still become a key.
    func headMayBeSimpleKey() -> Bool {
        var level = minPossibleKeyLevel
        while level < simpleKeys.count {
            if simpleKeys[level].possible { return simpleKeys[level].tokenNumber == tokensParsed }
            level += 1
        }
        return false
    }

    mutating func append(_ token: Token) { tokens.append(token) }

    /// Inserts `token` at queue position `number` (relative to the head).
    mutating func insert(_ token: Token, at number: Int) {
        tokens.insert(token, at: head + number)
    }

    // MARK: errors

    func scannerError(_ problem: String, context: Mark) -> YAMLSyntaxError {
        if let pending = input.pendingError, mark.offset + 4 >= input.limit {
            return YAMLSyntaxError(origin: .reader, problem: pending, problemMark: Mark(), contextMark: Mark())
        }
        return YAMLSyntaxError(origin: .scanner, problem: problem, problemMark: mark, contextMark: context)
    }

    // MARK: simple keys

    mutating func removeStaleSimpleKeys() throws(YAMLSyntaxError) {
        var level = minPossibleKeyLevel
        while level < simpleKeys.count {
            let key = simpleKeys[level]
            if !key.possible {
                minPossibleKeyLevel = level
                level += 1
                continue
            }
            // YAML 1.2 lets a flow mapping key's `:` follow on a later line.
            let multiLineAllowed = spec && level > 0 && level <= flowMappings.count && flowMappings[level - 1]
            let staleByLine = key.mark.line < mark.line && !multiLineAllowed
            if staleByLine || key.mark.index + Scanner.maxSimpleKeyLength < mark.index {
                if key.required {
                    throw scannerError("could not find expected ':'", context: key.mark)
                }
                simpleKeys[level].possible = false
                minPossibleKeyLevel = level + 1
            } else {
                break
            }
            level += 1
        }
    }

    mutating func saveSimpleKey() throws(YAMLSyntaxError) {
        let required = flowLevel == 0 && indent == mark.column
        guard simpleKeyAllowed else { return }
        let key = SimpleKey(possible: true, required: required,
                            tokenNumber: tokensParsed + (tokens.count - head), mark: mark, afterTab: tabBeforeToken)
        try removeSimpleKey()
        simpleKeys[simpleKeys.count - 1] = key
    }

    mutating func removeSimpleKey() throws(YAMLSyntaxError) {
        let i = simpleKeys.count - 1
        if simpleKeys[i].possible {
            if simpleKeys[i].required {
                throw scannerError("could not find expected ':'", context: simpleKeys[i].mark)
            }
            simpleKeys[i].possible = false
        }
        if minPossibleKeyLevel > i { minPossibleKeyLevel = i }
    }

    mutating func increaseFlowLevel() throws(YAMLSyntaxError) {
        simpleKeys.append(SimpleKey())
        flowLevel += 1
        if flowLevel > Scanner.maxFlowLevel {
            throw scannerError("exceeded max depth of \(Scanner.maxFlowLevel)", context: mark)
        }
    }

    mutating func decreaseFlowLevel() {
        guard flowLevel > 0 else { return }
        flowLevel -= 1
        simpleKeys.removeLast()
        if !flowMappings.isEmpty { flowMappings.removeLast() }
        if minPossibleKeyLevel > simpleKeys.count - 1 { minPossibleKeyLevel = simpleKeys.count - 1 }
    }

    // MARK: indentation

    /// Opens a block collection when `column` is deeper than the current indentation.
    mutating func rollIndent(_ column: Int, number: Int?, kind: TokenKind, at tokenMark: Mark) throws(YAMLSyntaxError) {
        guard flowLevel == 0, indent < column else { return }
        indents.append(indent)
        indent = column
        if indents.count > Scanner.maxIndents {
            throw scannerError("exceeded max depth of \(Scanner.maxIndents)", context: mark)
        }
        let token = Token(kind, start: tokenMark, end: tokenMark)
        if let number {
            insert(token, at: number - tokensParsed)
        } else {
            append(token)
        }
    }

    /// Closes block collections deeper than `column`.
    mutating func unrollIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            append(Token(.blockEnd, start: mark, end: mark))
            indent = indents.removeLast()
        }
    }
}
