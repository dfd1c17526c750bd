/// A DEFLATE (RFC 1951) decoder that produces output on demand.
///
/// Decoding pauses as soon as enough output is pending for the consumer, so a small
/// compressed input that expands to gigabytes (a "decompression bomb") never has to be
/// held in memory: the consumer stops pulling once a size limit is hit. Only the last
/// 32 KiB of output (DEFLATE's back-reference window) is kept after being handed out.
struct Inflater {
    private(set) var reader: BitReader
    /// Window plus pending output: bytes before `pendingStart` were already handed out.
    private var buffer: [UInt8] = []
    private var pendingStart = 0
    private var phase: Phase = .blockHeader
    private var sawFinalBlock = false

    private enum Phase {
        case blockHeader
        case stored(remaining: Int)
        case compressed(literals: HuffmanTable, distances: HuffmanTable)
        case finished
    }

    private static let windowSize = 32 * 1024

    init(bytes: [UInt8], startingAt position: Int) {
        reader = BitReader(bytes: bytes, position: position)
        buffer.reserveCapacity(128 * 1024)
    }

    var isFinished: Bool {
        if case .finished = phase { return pendingStart == buffer.count }
        return false
    }

    /// The input offset just after the DEFLATE data (valid once the stream is finished).
    var endOffset: Int { reader.consumedOffset }

    /// Hands out up to `count` bytes of output; an empty result means the stream ended.
    mutating func read(upTo count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - pendingStart < count {
            if case .finished = phase { break }
            try step(until: pendingStart + count)
        }
        let end = min(buffer.count, pendingStart + count)
        let slice = buffer[pendingStart..<end]
        pendingStart = end
        compactIfNeeded()
        return slice
    }

    /// Drops handed-out bytes older than the window once they pile up.
    private mutating func compactIfNeeded() {
        let keepFrom = pendingStart - Inflater.windowSize
        if keepFrom >= 256 * 1024 {
            buffer.removeFirst(keepFrom)
            pendingStart -= keepFrom
        }
    }

    private func corrupt() -> ArchiveError {
        reader.overrun ? .unexpectedEOF : .corruptDeflate(offset: reader.consumedOffset)
    }

    /// Decodes until `buffer.count >= target` or the current block or stream ends.
    private mutating func step(until target: Int) throws {
        switch phase {
        case .finished:
            return
        case .blockHeader:
            if sawFinalBlock {
                reader.alignToByte()
                phase = .finished
                return
            }
            try readBlockHeader()
        case .stored(let remaining):
            let want = min(remaining, max(target - buffer.count, 1))
            let got = reader.readAlignedBytes(want, into: &buffer)
            if got < want { throw ArchiveError.unexpectedEOF }
            phase = remaining - got == 0 ? .blockHeader : .stored(remaining: remaining - got)
        case .compressed(let literals, let distances):
            if try decodeSymbols(literals, distances, until: target) {
                phase = .blockHeader
            }
        }
    }

    private mutating func readBlockHeader() throws {
        sawFinalBlock = reader.read(1) == 1
        let type = reader.read(2)
        if reader.overrun { throw ArchiveError.unexpectedEOF }
        switch type {
        case 0:
            reader.alignToByte()
            let length = reader.read(16)
            let complement = reader.read(16)
            if reader.overrun { throw ArchiveError.unexpectedEOF }
            if length != ~complement & 0xFFFF { throw corrupt() }
            phase = length == 0 ? .blockHeader : .stored(remaining: Int(length))
        case 1:
            phase = .compressed(literals: DeflateTables.fixedLiterals, distances: DeflateTables.fixedDistances)
        case 2:
            let (literals, distances) = try readDynamicTables()
            phase = .compressed(literals: literals, distances: distances)
        default:
            throw corrupt()
        }
    }

    private mutating func readDynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = Int(reader.read(5)) + 257
        let distanceCount = Int(reader.read(5)) + 1
        let codeLengthCount = Int(reader.read(4)) + 4
        if literalCount > 286 || distanceCount > 30 { throw corrupt() }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount {
            codeLengthLengths[DeflateTables.codeLengthOrder[i]] = UInt8(reader.read(3))
        }
        if reader.overrun { throw ArchiveError.unexpectedEOF }
        guard let codeLengthTable = HuffmanTable(lengths: codeLengthLengths) else { throw corrupt() }
        var lengths = [UInt8]()
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            guard let symbol = codeLengthTable.decode(&reader) else { throw corrupt() }
            switch symbol {
            case 0..<16:
                lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw corrupt() }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + Int(reader.read(2))))
            case 17:
                lengths.append(contentsOf: repeatElement(0, count: 3 + Int(reader.read(3))))
            default:
                lengths.append(contentsOf: repeatElement(0, count: 11 + Int(reader.read(7))))
            }
            if reader.overrun { throw ArchiveError.unexpectedEOF }
        }
        if lengths.count > literalCount + distanceCount || lengths[256] == 0 { throw corrupt() }
        guard let literals = HuffmanTable(lengths: Array(lengths[0..<literalCount])),
              let distances = HuffmanTable(lengths: Array(lengths[literalCount...]))
        else { throw corrupt() }
        return (literals, distances)
    }

    /// Decodes literal/length symbols until the block ends (true) or `target` is reached.
    private mutating func decodeSymbols(_ literals: HuffmanTable, _ distances: HuffmanTable, until target: Int) throws -> Bool {
        while buffer.count < target {
            guard let symbol = literals.decode(&reader) else { throw corrupt() }
            if reader.overrun { throw ArchiveError.unexpectedEOF }
            if symbol < 256 {
                buffer.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return true }
            let lengthIndex = symbol - 257
            guard lengthIndex < DeflateTables.lengthBase.count else { throw corrupt() }
            let length = DeflateTables.lengthBase[lengthIndex] + Int(reader.read(DeflateTables.lengthExtra[lengthIndex]))
            guard let distanceSymbol = distances.decode(&reader), distanceSymbol < 30 else { throw corrupt() }
            let distance = DeflateTables.distanceBase[distanceSymbol] + Int(reader.read(DeflateTables.distanceExtra[distanceSymbol]))
            if reader.overrun { throw ArchiveError.unexpectedEOF }
            if distance > buffer.count { throw corrupt() }
            // Byte by byte: the source may overlap the bytes being written (run-length copies).
            var from = buffer.count - distance
            for _ in 0..<length {
                buffer.append(buffer[from])
                from += 1
            }
        }
        return false
    }
}

/// Fixed tables from RFC 1951 section 3.2.5-3.2.7.
enum DeflateTables {
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return HuffmanTable(lengths: lengths)!  // constant input: always a valid code
    }()

    static let fixedDistances: HuffmanTable = HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))!
}
