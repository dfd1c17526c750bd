import KrelCore

/// Go's fmt package: `Sprintf`, `Sprint`, `Sprintln` over `Value`s (verbs, flags, width,
/// precision, argument indexes, and Go's `%!verb(type=value)` error texts).
public enum GoFormat {
    public static func sprint(_ args: [Value]) -> String {
        var p = Printer()
        var previousIsString = false
        for (i, arg) in args.enumerated() {
            let isString: Bool
            if case .string = arg { isString = true } else { isString = false }
            if i > 0 && !isString && !previousIsString { p.out.append(0x20) }
            p.printArg(arg, verb: UInt8(ascii: "v"))
            previousIsString = isString
        }
        return p.text
    }

    public static func sprintln(_ args: [Value]) -> String {
        var p = Printer()
        for (i, arg) in args.enumerated() {
            if i > 0 { p.out.append(0x20) }
            p.printArg(arg, verb: UInt8(ascii: "v"))
        }
        p.out.append(0x0A)
        return p.text
    }

    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        var p = Printer()
        p.doPrintf(Array(format.utf8), args)
        return p.text
    }

    /// `%v` of one value with Go's default formatting.
    public static func formatV(_ value: Value) -> String {
        var p = Printer()
        p.printArg(value, verb: UInt8(ascii: "v"))
        return p.text
    }
}

/// Flags and sizes of one verb.
struct FormatFlags {
    var minus = false, plus = false, sharp = false, space = false, zero = false
    var width: Int? = nil
    var precision: Int? = nil
    /// `%#v`: Go-syntax representation.
    var sharpV = false
    /// `%+v`.
    var plusV = false
}

struct Printer {
    var out: [UInt8] = []
    var flags = FormatFlags()

    var text: String { String(decoding: out, as: UTF8.self) }

    mutating func doPrintf(_ format: [UInt8], _ args: [Value]) {
        var argNum = 0
        var reordered = false
        var i = 0
        let end = format.count
        while i < end {
            let litStart = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > litStart { out.append(contentsOf: format[litStart..<i]) }
            if i >= end { break }
            i += 1  // skip %
            flags = FormatFlags()
            flagLoop: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = !flags.minus
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"): flags.minus = true; flags.zero = false
                case UInt8(ascii: " "): flags.space = true
                default: break flagLoop
                }
                i += 1
            }
            var badIndex = false
            // Argument index before width.
            (argNum, i, reordered, badIndex) = argumentIndex(format, i, argNum, args.count, reordered, badIndex)
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                if argNum < args.count, case .int(let w, _) = args[argNum] {
                    flags.width = Int(w)
                    if w < 0 { flags.minus = true; flags.zero = false; flags.width = Int(-w) }
                    argNum += 1
                } else {
                    if argNum < args.count { argNum += 1 }
                    out.append(contentsOf: Array("%!(BADWIDTH)".utf8))
                }
            } else {
                let (n, next) = parseNumber(format, i)
                if next > i { flags.width = n }
                i = next
            }
            if i + 1 <= end && i < end && format[i] == UInt8(ascii: ".") {
                i += 1
                (argNum, i, reordered, badIndex) = argumentIndex(format, i, argNum, args.count, reordered, badIndex)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    if argNum < args.count, case .int(let pr, _) = args[argNum] {
                        flags.precision = pr < 0 ? nil : Int(pr)
                        argNum += 1
                    } else {
                        if argNum < args.count { argNum += 1 }
                        out.append(contentsOf: Array("%!(BADPREC)".utf8))
                    }
                } else {
                    let (n, next) = parseNumber(format, i)
                    flags.precision = n
                    i = next
                }
            }
            (argNum, i, reordered, badIndex) = argumentIndex(format, i, argNum, args.count, reordered, badIndex)
            if i >= end {
                out.append(contentsOf: Array("%!(NOVERB)".utf8))
                break
            }
            // The verb is a rune.
            let (scalar, width) = GoQuote.decodeRune(format, at: i)
            let verbBytes = Array(format[i..<(i + width)])
            i += width
            let verb: UInt8 = scalar.map { $0.value < 0x80 ? UInt8($0.value) : 0xFF } ?? 0xFF
            if verb == UInt8(ascii: "%") {
                out.append(verb)
                continue
            }
            if badIndex {
                out.append(contentsOf: Array("%!".utf8)); out.append(contentsOf: verbBytes)
                out.append(contentsOf: Array("(BADINDEX)".utf8))
                continue
            }
            if argNum >= args.count {
                out.append(contentsOf: Array("%!".utf8)); out.append(contentsOf: verbBytes)
                out.append(contentsOf: Array("(MISSING)".utf8))
                continue
            }
            if verb == UInt8(ascii: "v") {
                if flags.sharp { flags.sharp = false; flags.sharpV = true }
                if flags.plus { flags.plus = false; flags.plusV = true }
            }
            if verb == 0xFF {
                badVerbBytes(verbBytes, args[argNum])
            } else {
                printArg(args[argNum], verb: verb)
            }
            argNum += 1
        }
        if !reordered && argNum < args.count {
            flags = FormatFlags()
            out.append(contentsOf: Array("%!(EXTRA ".utf8))
            for (k, arg) in args[argNum...].enumerated() {
                if k > 0 { out.append(contentsOf: Array(", ".utf8)) }
                if arg.isNull {
                    out.append(contentsOf: Array("<nil>".utf8))
                } else {
                    out.append(contentsOf: Array(arg.goTypeName.utf8))
                    out.append(UInt8(ascii: "="))
                    printArg(arg, verb: UInt8(ascii: "v"))
                }
            }
            out.append(UInt8(ascii: ")"))
        }
    }

    private func parseNumber(_ f: [UInt8], _ start: Int) -> (Int?, Int) {
        var i = start
        var n = 0
        while i < f.count, f[i] >= 0x30 && f[i] <= 0x39 {
            if n < 1_000_000 { n = n * 10 + Int(f[i] - 0x30) }
            i += 1
        }
        return (i > start ? n : nil, i)
    }

    /// `[n]` argument index: returns the new argument number and position.
    private func argumentIndex(_ f: [UInt8], _ i: Int, _ argNum: Int, _ count: Int, _ reordered: Bool, _ bad: Bool)
        -> (Int, Int, Bool, Bool)
    {
        guard i < f.count, f[i] == UInt8(ascii: "[") else { return (argNum, i, reordered, bad) }
        var j = i + 1
        while j < f.count && f[j] != UInt8(ascii: "]") { j += 1 }
        guard j < f.count else { return (argNum, f.count, true, true) }
        let (n, next) = parseNumber(f, i + 1)
        guard let n, next == j, n >= 1, n - 1 < count else { return (argNum, j + 1, true, true) }
        return (n - 1, j + 1, true, bad)
    }

    // MARK: - Padding

    mutating func pad(_ bytes: [UInt8]) {
        guard let width = flags.width else {
            out.append(contentsOf: bytes)
            return
        }
        let runes = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let padding = width - runes
        if padding <= 0 {
            out.append(contentsOf: bytes)
            return
        }
        let padByte: UInt8 = flags.zero && !flags.minus ? UInt8(ascii: "0") : UInt8(ascii: " ")
        if flags.minus {
            out.append(contentsOf: bytes)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
        } else {
            out.append(contentsOf: repeatElement(padByte, count: padding))
            out.append(contentsOf: bytes)
        }
    }

    mutating func pad(_ s: String) { pad(Array(s.utf8)) }

    // MARK: - Bad verbs

    mutating func badVerb(_ verb: UInt8, _ value: Value) {
        badVerbBytes([verb], value)
    }

    mutating func badVerbBytes(_ verb: [UInt8], _ value: Value) {
        out.append(contentsOf: Array("%!".utf8))
        out.append(contentsOf: verb)
        out.append(UInt8(ascii: "("))
        if value.isNull {
            out.append(contentsOf: Array("<nil>".utf8))
        } else {
            out.append(contentsOf: Array(value.goTypeName.utf8))
            out.append(UInt8(ascii: "="))
            printArg(value, verb: UInt8(ascii: "v"))
        }
        out.append(UInt8(ascii: ")"))
    }
}
