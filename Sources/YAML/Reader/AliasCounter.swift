import KrelCore

/// go-yaml's defence against alias bombs ("billion laughs"): it counts decoding steps and
/// the steps spent inside alias expansions, and fails with "document contains excessive
/// aliasing" once more than 100 alias steps make up too large a share of over 1000 steps
/// (99% for small documents, sliding down to 10% between 400,000 and 4,000,000 steps).
///
/// We never expand aliases (values are shared), so an alias adds its target's whole
/// step count at once. The check is monotone within such a bulk addition, so the
/// outcome is the same as stepping one node at a time.
struct AliasCounter: Sendable {
    var decodeCount = 0
    var aliasCount = 0

    /// Saturation bound for step counts, so exponential alias trees cannot overflow.
    static let cap = 1 << 50

    mutating func countNode() {
        decodeCount = min(decodeCount + 1, AliasCounter.cap)
    }

    /// An alias whose target takes `targetSteps` decoding steps.
    mutating func countAlias(targetSteps: Int) {
        decodeCount = min(decodeCount + 1 + targetSteps, AliasCounter.cap)
        aliasCount = min(aliasCount + targetSteps, AliasCounter.cap)
    }

    var isExcessive: Bool {
        guard aliasCount > 100 && decodeCount > 1000 else { return false }
        return Double(aliasCount) / Double(decodeCount) > AliasCounter.allowedRatio(decodeCount)
    }

    static func allowedRatio(_ count: Int) -> Double {
        let low = 400_000.0
        let high = 4_000_000.0
        let c = Double(count)
        if c <= low { return 0.99 }
        if c >= high { return 0.10 }
        return 0.99 - 0.89 * ((c - low) / (high - low))
    }
}

/// JSON's view of values: encoding/json walks map keys in sorted order.
enum JSONOrder {
    /// The Go text of the first NaN/Inf encoding/json would meet (`+Inf`, `-Inf`, `NaN`).
    static func firstNonFinite(in value: Value) -> String? {
        var pending = [value]
        while let v = pending.popLast() {
            switch v {
            case .float(let d) where !d.isFinite:
                return d.isNaN ? "NaN" : (d < 0 ? "-Inf" : "+Inf")
            case .map(let entries, _):
                for key in entries.keys.sorted(by: >) { if let child = entries[key] { pending.append(child) } }
            case .list(let items, _):
                pending.append(contentsOf: items.reversed())
            default:
                break
            }
        }
        return nil
    }
}
