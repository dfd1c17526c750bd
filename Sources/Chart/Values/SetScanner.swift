/// A cursor over the bytes of one `--set` argument.
struct SetScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: ArraySlice<UInt8> { bytes[position...] }

    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func advance(by count: Int) { position = min(bytes.count, position + max(0, count)) }

    /// Reads up to the first stop byte (consumed, returned as `last`) or the end (`last` nil).
    /// With `escapes`, `\` takes the next byte literally (a trailing `\` is dropped).
    mutating func until(escapes: Bool, stop: (UInt8) -> Bool) -> (text: [UInt8], last: UInt8?) {
        var text: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if stop(b) { return (text, b) }
            if escapes && b == UInt8(ascii: "\\") {
                guard position < bytes.count else { return (text, nil) }
                text.append(bytes[position])
                position += 1
                continue
            }
            text.append(b)
        }
        return (text, nil)
    }

    /// Go strvals `emptyVal`: skips whitespace; true at the end or after a `,`
    /// (which is consumed), false before any other character (left in place).
    mutating func skipEmptyValue() -> Bool {
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: ",") { position += 1; return true }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { position += 1; continue }
            // U+0085 and U+00A0 are Unicode spaces too (UTF-8 C2 85 / C2 A0).
            if b == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0x85 || bytes[position + 1] == 0xA0 {
                position += 2
                continue
            }
            return false
        }
        return true
    }
}
