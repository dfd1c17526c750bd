/// What the emitter allows for one string (libyaml's scalar analysis, go-yaml flavour).
struct ScalarAnalysis {
    var multiline = false
    var plainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    /// - Parameter tabsAllowedInBlock: go-yaml v3 treats a tab as disallowing plain and
    ///   single-quoted styles only; v2 counts it as a special character (double quotes).
    init(_ v: [UInt8], tabsAllowedInBlock: Bool) {
        if v.isEmpty {
            plainAllowed = false
            blockAllowed = false
            return
        }
        var indicators = false
        if v.count >= 3 {
            let head = (v[0], v[1], v[2])
            if head == (0x2D, 0x2D, 0x2D) || head == (0x2E, 0x2E, 0x2E) { indicators = true }
        }
        var precededByWhitespace = true
        var followedByWhitespace = EmitterBytes.isBlankOrEnd(v, EmitterBytes.width(v[0]))
        var lineBreaks = false, special = false, tabs = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false
        var i = 0
        while i < v.count {
            let c = v[i]
            let w = EmitterBytes.width(c)
            let first = i == 0
            let last = i + w == v.count
            if first {
                switch c {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"),
                     UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                     UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                    indicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
                    if followedByWhitespace { indicators = true }
                default: break
                }
            } else {
                if c == UInt8(ascii: ":") && followedByWhitespace { indicators = true }
                if c == UInt8(ascii: "#") && precededByWhitespace { indicators = true }
            }
            if c == 0x09 && tabsAllowedInBlock {
                tabs = true
            } else if !EmitterBytes.isPrintable(v, i) {
                special = true
            }
            let isBreak = EmitterBytes.isBreak(v, i)
            if isBreak { lineBreaks = true }
            if c == 0x20 {
                if first { leadingSpace = true }
                if last { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if isBreak {
                if first { leadingBreak = true }
                if last { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousBreak = true
                previousSpace = false
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = EmitterBytes.isBlankOrEnd(v, i)
            i += w
            if i < v.count {
                followedByWhitespace = EmitterBytes.isBlankOrEnd(v, i + EmitterBytes.width(v[i]))
            }
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { plainAllowed = false }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            plainAllowed = false
            singleQuotedAllowed = false
        }
        if tabs {
            plainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || special {
            plainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks || indicators { plainAllowed = false }
    }
}
