import KrelCore
import Template

/// `snakecase`, `kebabcase` and `camelcase`: the behaviour of huandu/xstrings v1.5.0
/// (ToSnakeCase, ToKebabCase, ToPascalCase), reimplemented.
enum CaseStyleFunctions {
    static func register(into table: inout FunctionTable) {
        table["snakecase"] = .fixed([.string]) { .string(joinedLowerCase(try $0.string(0), connector: "_")) }
        table["kebabcase"] = .fixed([.string]) { .string(joinedLowerCase(try $0.string(0), connector: "-")) }
        table["camelcase"] = .fixed([.string]) { .string(pascalCase(try $0.string(0))) }
    }

    enum WordKind { case end, number, upper, alphabet, connector, punctuation, other }

    struct Word {
        var kind: WordKind
        var scalars: ArraySlice<Unicode.Scalar>
    }

    /// `-`, `_` and white space separate words.
    static func isConnector(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "_" || GoStrings.isSpace(s)
    }

    /// A letter that is not a CJK ideograph (those are treated like symbols).
    static func isAlphabet(_ s: Unicode.Scalar) -> Bool {
        guard GoUnicode.isLetter(s) else { return false }
        switch s.value {
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    /// Splits text into runs: connectors, punctuation, an upper case letter with the lower
    /// case letters after it (or an all-caps run, minus the capital that starts the next
    /// word as in `HTTPServer`), lower case letters, numbers, and anything else.
    static func words(_ text: String) -> [Word] {
        let s = Array(text.unicodeScalars)
        var words: [Word] = []
        var i = 0
        func run(from start: Int, while accept: (Unicode.Scalar) -> Bool) -> Int {
            var j = start
            while j < s.count && accept(s[j]) { j += 1 }
            return j
        }
        while i < s.count {
            let c = s[i]
            let kind: WordKind
            var end: Int
            if isConnector(c) {
                kind = .connector
                end = run(from: i + 1, while: isConnector)
            } else if GoUnicode.isPunct(c) {
                kind = .punctuation
                end = run(from: i + 1, while: GoUnicode.isPunct)
            } else if GoUnicode.isUpper(c) {
                kind = .upper
                end = i + 1
                if end < s.count && GoUnicode.isUpper(s[end]) {
                    end = run(from: end, while: GoUnicode.isUpper)
                    if end < s.count && isAlphabet(s[end]) { end -= 1 }
                } else if end < s.count && isAlphabet(s[end]) {
                    end = run(from: end) { isAlphabet($0) && !GoUnicode.isUpper($0) }
                }
            } else if isAlphabet(c) {
                kind = .alphabet
                end = run(from: i + 1) { isAlphabet($0) && !GoUnicode.isUpper($0) }
            } else if GoUnicode.isNumber(c) {
                kind = .number
                end = run(from: i + 1, while: GoUnicode.isNumber)
            } else {
                kind = .other
                end = run(from: i + 1) {
                    !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0))
                }
            }
            words.append(Word(kind: kind, scalars: s[i..<end]))
            i = end
        }
        return words
    }

    /// snake/kebab case: words lower-cased and joined with `connector`; a number sticks to
    /// the word before it unless lower case letters follow it (`Bld4Floor` ⇒ `bld4_floor`,
    /// `HTTP2xx` ⇒ `http_2xx`), and punctuation is kept without connectors around it.
    static func joinedLowerCase(_ text: String, connector: Unicode.Scalar) -> String {
        let all = words(text)
        guard !all.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        func word(_ i: Int) -> Word { i < all.count ? all[i] : Word(kind: .end, scalars: []) }
        func emit(_ w: Word) {
            switch w.kind {
            case .upper, .connector:
                for s in w.scalars {
                    out.append(isConnector(s) ? connector : (GoUnicode.isUpper(s) ? GoUnicode.toLower(s) : s))
                }
            default:
                out.append(contentsOf: w.scalars)
            }
        }
        func separates(_ kind: WordKind) -> Bool { kind != .connector && kind != .punctuation }
        var i = 0
        while i < all.count - 1 {
            let current = all[i]
            if current.kind != .connector { emit(current) }
            i += 1
            switch current.kind {
            case .number:
                while word(i).kind == .alphabet || word(i).kind == .number { emit(word(i)); i += 1 }
                if word(i).kind != .end && separates(word(i).kind) { out.append(connector) }
            case .connector:
                emit(current)
            case .punctuation:
                break
            default:
                if word(i).kind != .number {
                    if separates(word(i).kind) { out.append(connector) }
                    break
                }
                if i + 1 >= all.count { break }
                let number = word(i)
                i += 1
                if word(i).kind != .alphabet {
                    emit(number)
                    if separates(word(i).kind) { out.append(connector) }
                    break
                }
                out.append(connector)
                emit(number)
                while word(i).kind == .alphabet || word(i).kind == .number { emit(word(i)); i += 1 }
                if word(i).kind != .end && separates(word(i).kind) { out.append(connector) }
            }
        }
        emit(word(i))
        return String(out)
    }

    /// Pascal case: connectors dropped (a run of them keeps all but its last), the letter
    /// after a connector upper-cased, and the capitals following a word's leading capital
    /// lower-cased (`GOLANG_IS_GREAT` ⇒ `GolangIsGreat`, `AlreadyCamel` unchanged).
    /// Leading connectors are kept, and (as in xstrings) a text of only connectors
    /// repeats its last one.
    static func pascalCase(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        guard !s.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        var i = 0
        var current: Unicode.Scalar = s[0]
        var leadingCapital = false
        while i < s.count {
            current = s[i]
            i += 1
            if !isConnector(current) {
                leadingCapital = GoUnicode.isUpper(current)
                current = GoUnicode.toUpper(current)
                break
            }
            out.append(current)
        }
        if i >= s.count {
            out.append(current)
            return String(out)
        }
        while i < s.count {
            let previous = current
            current = s[i]
            i += 1
            if isConnector(current) && isConnector(previous) {
                out.append(previous)
                continue
            }
            if isConnector(previous) {
                leadingCapital = GoUnicode.isUpper(current)
                current = GoUnicode.toUpper(current)
            } else {
                if leadingCapital {
                    if GoUnicode.isUpper(current) { current = GoUnicode.toLower(current) } else { leadingCapital = false }
                }
                out.append(previous)
            }
        }
        out.append(current)
        return String(out)
    }
}
