/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as used by the gzip trailer.
struct CRC32 {
    private(set) var value: UInt32 = 0

    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var c = UInt32(index)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var c = ~value
        let table = CRC32.table
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        value = ~c
    }
}
