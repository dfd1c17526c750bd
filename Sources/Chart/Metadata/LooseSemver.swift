/// Whether a string parses as a version for Masterminds semver's `NewVersion` (loose):
/// optional `v`, 1-3 numeric parts (leading zeros allowed, each fitting uint64), an
/// optional `-prerelease` (dot-separated `[0-9A-Za-z-]+`, numeric identifiers without
/// leading zeros) and `+build` (dot-separated `[0-9A-Za-z-]+`).
public enum LooseSemver {
    public static func isValid(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "v") { bytes = bytes.dropFirst() }
        var parts = 0
        while true {
            let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
            if digits.isEmpty || UInt64(String(decoding: digits, as: UTF8.self)) == nil { return false }
            bytes = bytes.dropFirst(digits.count)
            parts += 1
            if parts < 3, bytes.first == UInt8(ascii: "."), bytes.count > 1 {
                bytes = bytes.dropFirst()
                continue
            }
            break
        }
        if bytes.first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
            let end = bytes.firstIndex(of: UInt8(ascii: "+")) ?? bytes.endIndex
            guard identifiers(bytes[..<end], numericRule: true) else { return false }
            bytes = bytes[end...]
        }
        if bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
            guard identifiers(bytes, numericRule: false) else { return false }
            bytes = bytes[bytes.endIndex...]
        }
        return bytes.isEmpty
    }

    private static func identifiers(_ bytes: ArraySlice<UInt8>, numericRule: Bool) -> Bool {
        if bytes.isEmpty { return false }
        for identifier in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            if identifier.isEmpty { return false }
            for b in identifier {
                let ok = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                if !ok { return false }
            }
            if numericRule, identifier.count > 1, identifier.first == 0x30,
               identifier.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return false
            }
        }
        return true
    }
}
