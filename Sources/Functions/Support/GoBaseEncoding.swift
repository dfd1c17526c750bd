/// Go's `encoding/base64` and `encoding/base32` standard encodings (padded), including
/// the input offsets Go reports for corrupt input.
enum GoBase64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let decodeMap: [UInt8] = reverseMap(alphabet)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group: UInt32 = 0
            for k in 0..<3 { group = group << 8 | UInt32(k < count ? bytes[index + k] : 0) }
            for k in 0..<4 {
                out.append(k <= count ? alphabet[Int(group >> UInt32(18 - 6 * k) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes quantum by quantum; `\r` and `\n` are ignored anywhere.
    static func decode(_ src: [UInt8]) -> Result<[UInt8], CorruptInput> {
        let newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r"), pad = UInt8(ascii: "=")
        var out: [UInt8] = []
        out.reserveCapacity(src.count / 4 * 3)
        var si = 0
        while true {
            var quantum = [UInt8](repeating: 0, count: 4)
            var length = 4
            var j = 0
            var finished = false
            while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return .failure(CorruptInput(offset: si - j))
                }
                let c = src[si]
                si += 1
                let value = decodeMap[Int(c)]
                if value != 0xFF { quantum[j] = value; j += 1; continue }
                if c == newline || c == carriage { continue }
                if c != pad { return .failure(CorruptInput(offset: si - 1)) }
                // Padding: "=" ends the data; two are needed after two characters.
                switch j {
                case 0, 1:
                    return .failure(CorruptInput(offset: si - 1))
                case 2:
                    while si < src.count && (src[si] == newline || src[si] == carriage) { si += 1 }
                    if si == src.count { return .failure(CorruptInput(offset: src.count)) }
                    if src[si] != pad { return .failure(CorruptInput(offset: si - 1)) }
                    si += 1
                default:
                    break
                }
                while si < src.count && (src[si] == newline || src[si] == carriage) { si += 1 }
                if si < src.count { return .failure(CorruptInput(offset: si)) }
                length = j
                finished = true
                break
            }
            let group = UInt32(quantum[0]) << 18 | UInt32(quantum[1]) << 12 | UInt32(quantum[2]) << 6 | UInt32(quantum[3])
            let produced = [0, 0, 1, 2, 3][length]
            for k in 0..<produced { out.append(UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * k))) }
            if finished { return .success(out) }
        }
    }
}

enum GoBase32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let decodeMap: [UInt8] = reverseMap(alphabet)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let count = min(5, bytes.count - index)
            var group: UInt64 = 0
            for k in 0..<5 { group = group << 8 | UInt64(k < count ? bytes[index + k] : 0) }
            let characters = [0, 2, 4, 5, 7, 8][count]
            for k in 0..<8 {
                out.append(k < characters ? alphabet[Int(group >> UInt64(35 - 5 * k) & 0x1F)] : UInt8(ascii: "="))
            }
            index += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go strips newlines first, then decodes 8-character quanta; padding is only
    /// accepted in the last quantum and must have a valid length.
    static func decode(_ input: [UInt8]) -> Result<[UInt8], CorruptInput> {
        let src = input.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let pad = UInt8(ascii: "=")
        let total = src.count
        var out: [UInt8] = []
        var position = 0
        var finished = false
        while position < total && !finished {
            var quantum = [UInt8](repeating: 0, count: 8)
            var length = 8
            var j = 0
            while j < 8 {
                if position == total { return .failure(CorruptInput(offset: total - j)) }
                let c = src[position]
                position += 1
                let left = total - position
                if c == pad && j >= 2 && left < 8 {
                    if left + j < 7 { return .failure(CorruptInput(offset: total)) }
                    for k in 0..<(7 - j) where left > k && src[position + k] != pad {
                        return .failure(CorruptInput(offset: position + k - 1))
                    }
                    length = j
                    finished = true
                    if [1, 3, 6].contains(length) { return .failure(CorruptInput(offset: position - 1)) }
                    break
                }
                let value = decodeMap[Int(c)]
                if value == 0xFF { return .failure(CorruptInput(offset: position - 1)) }
                quantum[j] = value
                j += 1
            }
            var group: UInt64 = 0
            for value in quantum { group = group << 5 | UInt64(value) }
            let produced = [0, 0, 1, 0, 2, 3, 0, 4, 5][length]
            for k in 0..<produced { out.append(UInt8(truncatingIfNeeded: group >> UInt64(32 - 8 * k))) }
        }
        return .success(out)
    }
}

private func reverseMap(_ alphabet: [UInt8]) -> [UInt8] {
    var map = [UInt8](repeating: 0xFF, count: 256)
    for (index, c) in alphabet.enumerated() { map[Int(c)] = UInt8(index) }
    return map
}
