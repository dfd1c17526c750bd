/// The compiled form of a regular expression: instructions for the Pike VM.
enum RegexInstruction: Sendable {
    case match
    /// Consume one rune of `classes[index]`.
    case rune(Int)
    /// Consume exactly this rune.
    case literal(UInt32)
    /// Try `first`, then (lower priority) `second`.
    case split(Int, Int)
    case jump(Int)
    /// Record the current position in capture slot `slot`.
    case save(Int)
    case assert(RegexAssertion)
}

struct RegexProgram: Sendable {
    /// Go's limit on compiled program size (about 128 MB of instructions).
    static let maxInstructions = 3_000_000

    var instructions: [RegexInstruction] = []
    var classes: [RegexCharClass] = []
    /// Number of capture slots: 2 per group, the whole match included.
    var slotCount = 2
    /// Whether every match must start at the beginning of the text (`^` or `\A` first).
    var anchoredAtStart = false

    /// Compiles `node`, wrapped in the implicit whole-match group.
    static func compile(_ node: RegexNode, groupCount: Int, pattern: String) throws(GoRegexError) -> RegexProgram {
        var program = RegexProgram()
        program.slotCount = 2 * (groupCount + 1)
        program.anchoredAtStart = startsWithTextAnchor(node)
        try program.emit(node, pattern: pattern)
        program.instructions.append(.match)
        return program
    }

    private static func startsWithTextAnchor(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(.beginText): true
        case .concat(let subs): subs.first.map(startsWithTextAnchor) ?? false
        case .capture(_, let sub): startsWithTextAnchor(sub)
        default: false
        }
    }

    private mutating func append(_ instruction: RegexInstruction, pattern: String) throws(GoRegexError) -> Int {
        if instructions.count >= RegexProgram.maxInstructions { throw GoRegexError(.tooLarge, pattern) }
        instructions.append(instruction)
        return instructions.count - 1
    }

    private mutating func emit(_ node: RegexNode, pattern: String) throws(GoRegexError) {
        switch node {
        case .empty:
            break
        case .charClass(let charClass):
            if let single = charClass.singleRune {
                _ = try append(.literal(single), pattern: pattern)
            } else {
                classes.append(charClass)
                _ = try append(.rune(classes.count - 1), pattern: pattern)
            }
        case .assertion(let assertion):
            _ = try append(.assert(assertion), pattern: pattern)
        case .capture(let index, let sub):
            _ = try append(.save(2 * index), pattern: pattern)
            try emit(sub, pattern: pattern)
            _ = try append(.save(2 * index + 1), pattern: pattern)
        case .concat(let subs):
            for sub in subs { try emit(sub, pattern: pattern) }
        case .alternate(let subs):
            var jumpsToEnd: [Int] = []
            for (i, sub) in subs.enumerated() {
                if i == subs.count - 1 {
                    try emit(sub, pattern: pattern)
                } else {
                    let split = try append(.split(0, 0), pattern: pattern)
                    try emit(sub, pattern: pattern)
                    jumpsToEnd.append(try append(.jump(0), pattern: pattern))
                    instructions[split] = .split(split + 1, instructions.count)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
        case .repetition(let sub, let min, let max, let greedy):
            try emitRepetition(sub, min: min, max: max, greedy: greedy, pattern: pattern)
        }
    }

    /// Expands counted repetitions the way Go simplifies them: `x{2,}` = `xx+`,
    /// `x{2,4}` = `xx(x(x)?)?`, and `x*` of a nullable `x` = `(x+)?`.
    private mutating func emitRepetition(
        _ sub: RegexNode, min: Int, max: Int, greedy: Bool, pattern: String
    ) throws(GoRegexError) {
        if max == 0 { return }
        if max < 0 {
            if min == 0 {
                if sub.isNullable {
                    try emitOptional(greedy: greedy, pattern: pattern) { (me) throws(GoRegexError) in
                        try me.emitPlus(sub, greedy: greedy, pattern: pattern)
                    }
                } else {
                    try emitStar(sub, greedy: greedy, pattern: pattern)
                }
                return
            }
            for _ in 0..<(min - 1) { try emit(sub, pattern: pattern) }
            try emitPlus(sub, greedy: greedy, pattern: pattern)
            return
        }
        for _ in 0..<min { try emit(sub, pattern: pattern) }
        if max == min { return }
        // Optional copies, each entered only if the previous one matched.
        var splits: [Int] = []
        for _ in 0..<(max - min) {
            splits.append(try append(.split(0, 0), pattern: pattern))
            try emit(sub, pattern: pattern)
        }
        let end = instructions.count
        for split in splits {
            instructions[split] = greedy ? .split(split + 1, end) : .split(end, split + 1)
        }
    }

    private mutating func emitOptional(
        greedy: Bool, pattern: String, _ body: (inout RegexProgram) throws(GoRegexError) -> Void
    ) throws(GoRegexError) {
        let split = try append(.split(0, 0), pattern: pattern)
        try body(&self)
        let end = instructions.count
        instructions[split] = greedy ? .split(split + 1, end) : .split(end, split + 1)
    }

    private mutating func emitPlus(_ sub: RegexNode, greedy: Bool, pattern: String) throws(GoRegexError) {
        let start = instructions.count
        try emit(sub, pattern: pattern)
        let split = try append(.split(0, 0), pattern: pattern)
        instructions[split] = greedy ? .split(start, split + 1) : .split(split + 1, start)
    }

    private mutating func emitStar(_ sub: RegexNode, greedy: Bool, pattern: String) throws(GoRegexError) {
        let split = try append(.split(0, 0), pattern: pattern)
        try emit(sub, pattern: pattern)
        _ = try append(.jump(split), pattern: pattern)
        let end = instructions.count
        instructions[split] = greedy ? .split(split + 1, end) : .split(end, split + 1)
    }
}
