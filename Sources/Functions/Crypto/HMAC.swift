/// HMAC (RFC 2104) over any of our hash functions.
public struct HMAC<Hash: HashFunction> {
    private var inner = Hash()
    private var outerKeyPad: [UInt8]

    public init(key: [UInt8]) {
        // Keys longer than a block are hashed first; shorter ones are zero-padded.
        var block = key.count > Hash.blockSize ? Hash.hash(key) : key
        block += [UInt8](repeating: 0, count: Hash.blockSize - block.count)
        outerKeyPad = block.map { $0 ^ 0x5c }
        inner.update(block.map { $0 ^ 0x36 })
    }

    public mutating func update(_ bytes: [UInt8]) { inner.update(bytes) }

    public mutating func finalize() -> [UInt8] {
        var outer = Hash()
        outer.update(outerKeyPad)
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// One-shot MAC of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
