import Dispatch
import KrelCore

/// Large values files are read in two halves on two threads: the input is cut at a line
/// that starts a top-level key (column 0, a letter, digit or `_`). Inside the fast
/// reader's subset such a line can only continue the root mapping (block scalars end
/// at column 0, and multi-line scalars leave the subset), so reading the halves apart
/// and merging the two root maps (later keys win) gives the same result; any doubt
/// (either half leaves the subset, a root that is not a column-0 mapping) falls back
/// to the single-threaded read.
extension FastBlockReader {
    /// Below this size a second thread costs more than it saves.
    static let parallelThreshold = 1 << 20

    static func readInHalves(_ p: UnsafePointer<UInt8>, count n: Int, native: Bool) -> Value?? {
        guard n >= parallelThreshold, let cut = splitPoint(p, count: n) else { return nil }
        final class Results: @unchecked Sendable {
            var halves: [Value?] = [nil, nil]
            var rootColumns = [-1, -1]
        }
        struct Input: @unchecked Sendable { let p: UnsafePointer<UInt8> }
        let results = Results()
        let input = Input(p: p)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let start = half == 0 ? 0 : cut
            let end = half == 0 ? cut : n
            var reader = FastBlockReader(p: input.p + start, n: end - start, native: native)
            guard FastTextCheck.isSimple(input.p + start, count: end - start) else { return }
            let value = try? reader.document()
            results.halves[half] = value
            results.rootColumns[half] = reader.rootColumn
        }
        let halves = results.halves
        results.halves = []  // keep the first map uniquely referenced for the merge
        guard case .map(var first, _)? = halves[0], case .map(let second, _)? = halves[1],
              results.rootColumns == [0, 0] else { return .some(nil) }
        for (key, value) in second { first[key] = value }
        return .some(.map(first))
    }

    /// The start of a line near the middle that begins with a key character at column 0.
    static func splitPoint(_ p: UnsafePointer<UInt8>, count n: Int) -> Int? {
        var i = n / 2
        while i < n - 1 {
            if p[i] == 0x0A {
                let c = p[i + 1]
                let isKeyStart = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                    || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
                if isKeyStart { return i + 1 }
            }
            i += 1
        }
        return nil
    }
}
