/// Parses Go RE2 syntax (Perl flags: `(?imsU)`, `\pL`, `\d`, non-greedy operators) into
/// a `RegexNode` tree, rejecting what RE2 rejects with Go's error texts.
///
/// Groups are parsed with an explicit frame stack (no recursion), and nesting is
/// bounded like Go's (`expression nests too deeply`).
struct RegexParser {
    static let maxRepeat = 1000
    static let maxNesting = 1000

    /// One open group: its finished alternatives and the concatenation being built.
    struct Frame {
        var alternatives: [RegexNode] = []
        var current: [RegexNode] = []
        /// Capture index, nil for `(?:...)` and the top level.
        var capture: Int?
        /// Flags to restore at the closing parenthesis.
        var savedFlags: RegexFlags
    }

    let bytes: [UInt8]
    let whole: String
    var index = 0
    var flags: RegexFlags = []
    var frames: [Frame]
    /// Capture names; element 0 stands for the whole match.
    var captureNames: [String] = [""]
    /// Start of the previous token when it was a repetition operator (for `a**`).
    var lastRepeatStart: Int?

    init(_ pattern: String) {
        whole = pattern
        bytes = Array(pattern.utf8)
        frames = [Frame(savedFlags: [])]
    }

    /// The text of bytes `from..<to` (error messages quote parts of the pattern).
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<min(to, bytes.count)], as: UTF8.self)
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func parse() throws(GoRegexError) -> (RegexNode, [String]) {
        while index < bytes.count {
            var repeatStart: Int?
            let c = bytes[index]
            switch c {
            case UInt8(ascii: "("):
                if peek(1) == UInt8(ascii: "?") {
                    try parseGroupPrefix()
                } else {
                    try openGroup(capture: newCapture(name: ""))
                    index += 1
                }
            case UInt8(ascii: "|"):
                var frame = frames.removeLast()
                frame.alternatives.append(RegexParser.concatenation(frame.current))
                frame.current = []
                frames.append(frame)
                index += 1
            case UInt8(ascii: ")"):
                try closeGroup()
                index += 1
            case UInt8(ascii: "^"):
                push(.assertion(flags.contains(.multiLine) ? .beginLine : .beginText))
                index += 1
            case UInt8(ascii: "$"):
                push(.assertion(flags.contains(.multiLine) ? .endLine : .endText))
                index += 1
            case UInt8(ascii: "."):
                push(.charClass(flags.contains(.dotNL) ? .anyRune : .anyRuneExceptNewline))
                index += 1
            case UInt8(ascii: "["):
                try parseClass()
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                let start = index
                index += 1
                let (low, high) = c == UInt8(ascii: "*") ? (0, -1) : c == UInt8(ascii: "+") ? (1, -1) : (0, 1)
                try applyRepetition(min: low, max: high, start: start, counted: false)
                repeatStart = start
            case UInt8(ascii: "{"):
                let start = index
                if let (low, high, end) = parseRepeatBraces() {
                    index = end
                    if low < 0 || low > RegexParser.maxRepeat || high > RegexParser.maxRepeat
                        || (high >= 0 && low > high)
                    {
                        throw GoRegexError(.invalidRepeatSize, text(start, end))
                    }
                    try applyRepetition(min: low, max: high, start: start, counted: true)
                    repeatStart = start
                } else {
                    pushLiteral(UInt32(c))
                    index += 1
                }
            case UInt8(ascii: "\\"):
                try parseBackslash()
            default:
                let decoded = RegexUTF8.decode(bytes, at: index)
                if RegexUTF8.isError(decoded) { throw GoRegexError(.invalidUTF8, text(index, bytes.count)) }
                pushLiteral(decoded.rune)
                index += decoded.width
            }
            lastRepeatStart = repeatStart
        }
        guard frames.count == 1, let top = frames.first else { throw GoRegexError(.missingParen, whole) }
        return (RegexParser.alternation(top.alternatives + [RegexParser.concatenation(top.current)]), captureNames)
    }

    // MARK: Building

    mutating func push(_ node: RegexNode) {
        frames[frames.count - 1].current.append(node)
    }

    mutating func pushLiteral(_ rune: UInt32) {
        if flags.contains(.foldCase) {
            var pairs: [UInt32] = []
            for member in RegexCaseFolding.orbit(of: rune) { pairs.append(member); pairs.append(member) }
            push(.charClass(RegexCharClass(ranges: pairs)))
        } else {
            push(.charClass(RegexCharClass(ranges: [rune, rune])))
        }
    }

    static func concatenation(_ nodes: [RegexNode]) -> RegexNode {
        nodes.count == 1 ? nodes[0] : nodes.isEmpty ? .empty : .concat(nodes)
    }

    static func alternation(_ nodes: [RegexNode]) -> RegexNode {
        nodes.count == 1 ? nodes[0] : .alternate(nodes)
    }

    mutating func newCapture(name: String) -> Int {
        captureNames.append(name)
        return captureNames.count - 1
    }

    mutating func openGroup(capture: Int?) throws(GoRegexError) {
        if frames.count > RegexParser.maxNesting { throw GoRegexError(.nestingDepth, whole) }
        frames.append(Frame(capture: capture, savedFlags: flags))
    }

    mutating func closeGroup() throws(GoRegexError) {
        guard frames.count > 1 else { throw GoRegexError(.unexpectedParen, whole) }
        let frame = frames.removeLast()
        var node = RegexParser.alternation(frame.alternatives + [RegexParser.concatenation(frame.current)])
        if let capture = frame.capture { node = .capture(index: capture, node) }
        flags = frame.savedFlags
        push(node)
    }

    /// Applies `* + ? {n,m}` (already consumed from `start`) to the last atom.
    mutating func applyRepetition(min: Int, max: Int, start: Int, counted: Bool) throws(GoRegexError) {
        var greedy = !flags.contains(.nonGreedy)
        if peek() == UInt8(ascii: "?") {
            index += 1
            greedy.toggle()
        }
        if let previous = lastRepeatStart {
            throw GoRegexError(.invalidRepeatOp, text(previous, index))
        }
        let frame = frames.count - 1
        guard let atom = frames[frame].current.popLast() else {
            throw GoRegexError(.missingRepeatArgument, text(start, index))
        }
        let node = RegexNode.repetition(atom, min: min, max: max, greedy: greedy)
        if counted, min >= 2 || max >= 2, !RegexParser.repeatIsValid(node, RegexParser.maxRepeat) {
            throw GoRegexError(.invalidRepeatSize, text(start, index))
        }
        frames[frame].current.append(node)
    }

    /// Whether nested counted repetitions stay within `limit` copies of the innermost atom.
    static func repeatIsValid(_ node: RegexNode, _ limit: Int) -> Bool {
        var limit = limit
        switch node {
        case .repetition(let sub, let min, let max, _):
            if max == 0 { return true }
            let count = max < 0 ? min : max
            if count > limit { return false }
            if count > 0 { limit /= count }
            return repeatIsValid(sub, limit)
        case .capture(_, let sub):
            return repeatIsValid(sub, limit)
        case .concat(let subs), .alternate(let subs):
            return subs.allSatisfy { repeatIsValid($0, limit) }
        case .empty, .charClass, .assertion:
            return true
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` at `index`: (min, max, end), max -1 when open; a number too
    /// big gives min -1. Nil when the text is not a repetition (then `{` is a literal).
    func parseRepeatBraces() -> (Int, Int, Int)? {
        var i = index + 1
        func number() -> Int?? {
            guard i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            if bytes[i] == 0x30, i + 1 < bytes.count, bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 { return nil }
            var value = 0
            var overflow = false
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                if value >= 100_000_000 { overflow = true } else { value = value * 10 + Int(bytes[i] - 0x30) }
                i += 1
            }
            return .some(overflow ? nil : value)
        }
        guard let first = number() else { return nil }
        var low = first ?? -1
        var high = low
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: ",") {
            i += 1
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "}") {
                high = -1
            } else {
                guard let second = number() else { return nil }
                if let value = second { high = value } else { low = -1; high = -1 }
            }
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "}") else { return nil }
        return (low, high, i + 1)
    }
}
