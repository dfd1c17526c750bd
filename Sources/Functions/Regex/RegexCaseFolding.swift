/// Simple case folding orbits, for `(?i)`.
///
/// Go matches case-insensitively by Unicode simple folding: `k`, `K` and the Kelvin sign
/// U+212A are one orbit, `s`, `S` and the long s U+017F another. Swift has no folding
/// table, so the orbits are derived once from the case mappings: two runes fold together
/// when lowercasing their uppercase gives the same rune (single-rune mappings only).
enum RegexCaseFolding {
    /// Lowest and highest runes that take part in folding (outside: nothing to do).
    static let lowestFoldable: UInt32 = 0x41
    static let highestFoldable: UInt32 = 0x1E943

    /// Every rune with a non-trivial orbit, mapped to its whole orbit (sorted).
    static let orbits: [UInt32: [UInt32]] = buildOrbits()

    /// The runes of `orbits`, sorted, to enumerate those inside a range.
    static let foldableRunes: [UInt32] = orbits.keys.sorted()

    /// The orbit of `c` (just `[c]` when it has no case variants).
    static func orbit(of c: UInt32) -> [UInt32] {
        if c < lowestFoldable || c > highestFoldable { return [c] }
        return orbits[c] ?? [c]
    }

    /// Appends the case variants of the runes in `lo...hi` to `out` as single-rune pairs.
    static func appendVariants(of lo: UInt32, _ hi: UInt32, to out: inout [UInt32]) {
        if hi < lowestFoldable || lo > highestFoldable { return }
        let runes = foldableRunes
        var index = lowerBound(runes, lo)
        while index < runes.count, runes[index] <= hi {
            for member in orbits[runes[index]] ?? [] where member < lo || member > hi {
                out.append(member)
                out.append(member)
            }
            index += 1
        }
    }

    private static func lowerBound(_ sorted: [UInt32], _ value: UInt32) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func singleScalar(_ text: String) -> Unicode.Scalar? {
        var iterator = text.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil else { return nil }
        return first
    }

    /// The orbit key: lowercase of uppercase, falling back to the rune itself.
    private static func foldKey(_ s: Unicode.Scalar) -> UInt32 {
        let upper = singleScalar(s.properties.uppercaseMapping) ?? s
        if let lower = singleScalar(upper.properties.lowercaseMapping) { return lower.value }
        if let lower = singleScalar(s.properties.lowercaseMapping) { return lower.value }
        return s.value
    }

    private static func buildOrbits() -> [UInt32: [UInt32]] {
        var groups: [UInt32: [UInt32]] = [:]
        for value in lowestFoldable...highestFoldable {
            // Dotless i folds only under Turkic rules, which Go does not use.
            if value == 0x131 { continue }
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped
            else { continue }
            groups[foldKey(scalar), default: []].append(value)
        }
        var result: [UInt32: [UInt32]] = [:]
        for (key, var members) in groups {
            if !members.contains(key), key != 0x131 { members.append(key) }
            guard members.count > 1 else { continue }
            members.sort()
            for member in members { result[member] = members }
        }
        return result
    }
}
