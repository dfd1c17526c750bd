/// Directives (`%YAML`, `%TAG`), anchors and aliases, and tags.
extension Scanner {
    /// The directive token, or nil for a reserved directive skipped in spec mode.
    mutating func scanDirective() throws(YAMLSyntaxError) -> Token? {
        let start = mark
        skip()
        let nameStart = mark.offset
        while isAlpha() { skip() }
        let name = text(from: nameStart, to: mark.offset)
        if name.isEmpty {
            throw scannerError("could not find expected directive name", context: start)
        }
        guard isBlankZ() else {
            throw scannerError("found unexpected non-alphabetical character", context: start)
        }
        var token: Token
        if name == "YAML" {
            while isBlank() { skip() }
            let major = try scanVersionNumber(start: start)
            guard at() == UInt8(ascii: ".") else {
                throw scannerError("did not find expected digit or '.' character", context: start)
            }
            skip()
            let minor = try scanVersionNumber(start: start)
            token = Token(.versionDirective, start: start, end: mark)
            token.major = major
            token.minor = minor
        } else if name == "TAG" {
            while isBlank() { skip() }
            let handle = try scanTagHandle(directive: true, start: start)
            guard isBlank() else {
                throw scannerError("did not find expected whitespace", context: start)
            }
            while isBlank() { skip() }
            let prefix = try scanTagURI(directive: true, head: "", start: start)
            guard isBlankZ() else {
                throw scannerError("did not find expected whitespace or line break", context: start)
            }
            token = Token(.tagDirective, start: start, end: mark)
            token.value = handle
            token.suffix = prefix
        } else if spec {
            // YAML 1.2 reserves other directives: they are ignored.
            while !isBreakZ() { skip() }
            if isBreak() { skipLine() }
            return nil
        } else {
            throw scannerError("found unknown directive name", context: start)
        }
        if spec && !isBlankZ() {
            throw scannerError("did not find expected comment or line break", context: start)
        }
        while isBlank() { skip() }
        if at() == UInt8(ascii: "#") {
            while !isBreakZ() { skip() }
        }
        guard isBreakZ() else {
            throw scannerError("did not find expected comment or line break", context: start)
        }
        if isBreak() { skipLine() }
        return token
    }

    private mutating func scanVersionNumber(start: Mark) throws(YAMLSyntaxError) -> Int {
        var value = 0
        var length = 0
        while isDigit() {
            length += 1
            if length > 9 {
                throw scannerError("found extremely long version number", context: start)
            }
            value = value * 10 + Int(at() - UInt8(ascii: "0"))
            skip()
        }
        if length == 0 {
            throw scannerError("did not find expected version number", context: start)
        }
        return value
    }

    mutating func scanAnchor(_ kind: TokenKind) throws(YAMLSyntaxError) -> Token {
        let start = mark
        skip()
        let nameStart = mark.offset
        if spec {
            // YAML 1.2 anchor names: any characters but blanks and flow indicators.
            while !isBlankZ() && !isFlowIndicator() { skip() }
            if mark.offset == nameStart {
                throw scannerError("did not find expected alphabetic or numeric character", context: start)
            }
            var token = Token(kind, start: start, end: mark)
            token.value = text(from: nameStart, to: mark.offset)
            return token
        }
        while isAlpha() { skip() }
        let c = at()
        let endsWell = isBlankZ() || c == UInt8(ascii: "?") || c == UInt8(ascii: ":") || c == UInt8(ascii: ",")
            || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "%") || c == UInt8(ascii: "@")
            || c == UInt8(ascii: "`")
        if mark.offset == nameStart || !endsWell {
            throw scannerError("did not find expected alphabetic or numeric character", context: start)
        }
        var token = Token(kind, start: start, end: mark)
        token.value = text(from: nameStart, to: mark.offset)
        return token
    }

    mutating func scanTag() throws(YAMLSyntaxError) -> Token {
        let start = mark
        var handle: String
        var suffix: String
        if at(1) == UInt8(ascii: "<") {
            // Verbatim: !<uri>
            handle = ""
            skip(); skip()
            suffix = try scanTagURI(directive: false, head: "", start: start)
            guard at() == UInt8(ascii: ">") else {
                throw scannerError("did not find the expected '>'", context: start)
            }
            skip()
        } else {
            let scanned = try scanTagHandle(directive: false, start: start)
            if scanned.utf8.count > 1 && scanned.hasPrefix("!") && scanned.hasSuffix("!") {
                handle = scanned
                suffix = try scanTagURI(directive: false, head: "", start: start, shorthand: spec)
            } else {
                // Not a handle after all: `!foo` is handle `!` with suffix `foo`.
                suffix = try scanTagURI(directive: false, head: scanned, start: start, shorthand: spec)
                handle = "!"
                if suffix.isEmpty {
                    // The non-specific tag `!`.
                    handle = ""
                    suffix = "!"
                }
            }
        }
        guard isBlankZ() || (flowLevel > 0 && (at() == UInt8(ascii: ",") || (spec && isFlowIndicator()))) else {
            throw scannerError("did not find expected whitespace or line break", context: start)
        }
        var token = Token(.tag, start: start, end: mark)
        token.value = handle
        token.suffix = suffix
        return token
    }

    /// `!`, `!!` or `!name!` (in a tag, `!name` without the closing `!` is returned too).
    private mutating func scanTagHandle(directive: Bool, start: Mark) throws(YAMLSyntaxError) -> String {
        guard at() == UInt8(ascii: "!") else {
            throw scannerError("did not find expected '!'", context: start)
        }
        let handleStart = mark.offset
        skip()
        while isAlpha() { skip() }
        if at() == UInt8(ascii: "!") {
            skip()
        } else if directive && mark.offset - handleStart != 1 {
            throw scannerError("did not find expected '!'", context: start)
        }
        return text(from: handleStart, to: mark.offset)
    }

    /// A tag URI (after a handle, or a `%TAG` prefix); `%XX` escapes are decoded.
    /// `head` is a scanned handle that turned out to be the start of the suffix.
    /// `shorthand` (spec mode): a tag suffix, which YAML 1.2 ends at flow indicators.
    private mutating func scanTagURI(directive: Bool, head: String, start: Mark,
                                     shorthand: Bool = false) throws(YAMLSyntaxError) -> String {
        var bytes: [UInt8] = Array(head.utf8.dropFirst())
        var hasTag = !head.isEmpty
        while isAlpha() || (isURIPunctuation(at()) && !(shorthand && isFlowIndicator())) {
            if at() == UInt8(ascii: "%") {
                try scanURIEscapes(directive: directive, into: &bytes, start: start)
            } else {
                read(into: &bytes)
            }
            hasTag = true
        }
        guard hasTag else {
            throw scannerError("did not find expected tag URI", context: start)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func isURIPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"),
             UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","),
             UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    /// `%XX` sequences forming one UTF-8 character.
    private mutating func scanURIEscapes(directive: Bool, into bytes: inout [UInt8], start: Mark) throws(YAMLSyntaxError) {
        var remaining = 0
        repeat {
            guard at() == UInt8(ascii: "%"), isHex(1), isHex(2) else {
                throw scannerError("did not find URI escaped octet", context: start)
            }
            let octet = UInt8(hexValue(1) << 4 + hexValue(2))
            if remaining == 0 {
                remaining = octet & 0x80 == 0 ? 1 : octet & 0xE0 == 0xC0 ? 2 : octet & 0xF0 == 0xE0 ? 3 : octet & 0xF8 == 0xF0 ? 4 : 0
                if remaining == 0 {
                    throw scannerError("found an incorrect leading UTF-8 octet", context: start)
                }
            } else if octet & 0xC0 != 0x80 {
                throw scannerError("found an incorrect trailing UTF-8 octet", context: start)
            }
            bytes.append(octet)
            skip(); skip(); skip()
            remaining -= 1
        } while remaining > 0
    }
}
