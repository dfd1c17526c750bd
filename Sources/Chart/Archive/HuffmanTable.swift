/// A canonical Huffman code (RFC 1951 section 3.2.2) decoded through one flat lookup table
/// indexed by the next `maxLength` bits (bit-reversed, as DEFLATE sends codes MSB first).
struct HuffmanTable {
    /// Entry: symbol << 4 | code length; 0 marks an unused slot (invalid code).
    private var entries: [UInt32]
    let maxLength: Int

    /// Builds the table from per-symbol code lengths (0 = unused). Returns nil for an
    /// over-subscribed code; incomplete codes are allowed (their missing slots fail on use).
    init?(lengths: [UInt8]) {
        var counts = [Int](repeating: 0, count: 16)
        var longest = 0
        for length in lengths where length > 0 {
            counts[Int(length)] += 1
            longest = max(longest, Int(length))
        }
        // Check the code is not over-subscribed.
        var left = 1
        for length in 1..<16 {
            left <<= 1
            left -= counts[length]
            if left < 0 { return nil }
        }
        maxLength = max(longest, 1)
        entries = [UInt32](repeating: 0, count: 1 << maxLength)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        for (symbol, lengthByte) in lengths.enumerated() where lengthByte > 0 {
            let length = Int(lengthByte)
            let assigned = nextCode[length]
            nextCode[length] += 1
            let reversed = HuffmanTable.reverse(assigned, bits: length)
            let entry = UInt32(symbol) << 4 | UInt32(length)
            // Fill every slot whose low `length` bits equal the reversed code.
            var slot = reversed
            while slot < entries.count {
                entries[slot] = entry
                slot += 1 << length
            }
        }
    }

    private static func reverse(_ value: Int, bits: Int) -> Int {
        var result = 0
        var v = value
        for _ in 0..<bits {
            result = (result << 1) | (v & 1)
            v >>= 1
        }
        return result
    }

    /// Decodes one symbol; nil for a bit pattern that is not a code.
    @inline(__always)
    func decode(_ reader: inout BitReader) -> Int? {
        let entry = entries[Int(reader.peek(maxLength))]
        if entry == 0 { return nil }
        reader.consume(Int(entry & 0xF))
        return Int(entry >> 4)
    }
}
