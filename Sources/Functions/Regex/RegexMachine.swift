/// A Pike VM: runs all threads in lockstep over the text, one rune per step, so time is
/// O(text × program) whatever the pattern (no catastrophic backtracking). Threads are kept
/// in priority order, which gives Go's leftmost-first match and submatches.
struct RegexMachine {
    let program: RegexProgram

    /// Threads at one text position: a sparse set of program counters, each with its
    /// capture slots (stored at `pc * slotCount`).
    private struct ThreadList {
        var sparse: [Int]
        var dense: [Int]
        var count = 0
        var slots: [Int]

        init(size: Int, slotCount: Int) {
            sparse = Array(repeating: 0, count: size)
            dense = Array(repeating: 0, count: size)
            slots = Array(repeating: -1, count: size * slotCount)
        }

        @inline(__always) func contains(_ pc: Int) -> Bool {
            let i = sparse[pc]
            return i < count && dense[i] == pc
        }

        @inline(__always) mutating func insert(_ pc: Int) {
            sparse[pc] = count
            dense[count] = pc
            count += 1
        }
    }

    private enum Job {
        case explore(Int)
        case restore(slot: Int, value: Int)
    }

    /// The leftmost-first match starting at or after `start`: capture slot positions
    /// (byte offsets, -1 when a group did not take part), or nil. `slotCount` may be 2 when
    /// only the whole match is needed.
    func search(_ text: UnsafeBufferPointer<UInt8>, from start: Int, slotCount requested: Int) -> [Int]? {
        let slotCount = min(requested, program.slotCount)
        let size = program.instructions.count
        var current = ThreadList(size: size, slotCount: slotCount)
        var next = ThreadList(size: size, slotCount: slotCount)
        var work = Array(repeating: -1, count: slotCount)
        var stack: [Job] = []
        var matched: [Int]?
        var position = start
        while true {
            if matched == nil, position == start || !program.anchoredAtStart {
                for i in 0..<slotCount { work[i] = -1 }
                work[0] = position
                addThread(&current, pc: 0, at: position, text: text, work: &work, stack: &stack, slotCount: slotCount)
            }
            if current.count == 0 { break }
            let atEnd = position >= text.count
            let (rune, width) = atEnd ? (UInt32.max, 0) : RegexUTF8.decode(text, at: position)
            next.count = 0
            var i = 0
            threads: while i < current.count {
                let pc = current.dense[i]
                i += 1
                let advance: Bool
                switch program.instructions[pc] {
                case .match:
                    var result = Array(current.slots[(pc * slotCount)..<(pc * slotCount + slotCount)])
                    if slotCount > 1 { result[1] = position }
                    matched = result
                    break threads  // lower-priority threads lose to this match
                case .literal(let expected):
                    advance = !atEnd && rune == expected
                case .rune(let index):
                    advance = !atEnd && program.classes[index].matches(rune)
                default:
                    advance = false
                }
                if advance {
                    for s in 0..<slotCount { work[s] = current.slots[pc * slotCount + s] }
                    addThread(&next, pc: pc + 1, at: position + width, text: text, work: &work,
                              stack: &stack, slotCount: slotCount)
                }
            }
            if atEnd { break }
            swap(&current, &next)
            position += width
        }
        return matched
    }

    /// Adds `pc` and everything reachable from it without consuming text, in priority
    /// order, with `work` as the capture slots on entry.
    private func addThread(
        _ list: inout ThreadList, pc start: Int, at position: Int, text: UnsafeBufferPointer<UInt8>,
        work: inout [Int], stack: inout [Job], slotCount: Int
    ) {
        stack.append(.explore(start))
        while let job = stack.popLast() {
            switch job {
            case .restore(let slot, let value):
                work[slot] = value
            case .explore(let pc):
                if list.contains(pc) { continue }
                list.insert(pc)
                switch program.instructions[pc] {
                case .jump(let target):
                    stack.append(.explore(target))
                case .split(let first, let second):
                    stack.append(.explore(second))
                    stack.append(.explore(first))
                case .save(let slot):
                    if slot < slotCount {
                        stack.append(.restore(slot: slot, value: work[slot]))
                        work[slot] = position
                    }
                    stack.append(.explore(pc + 1))
                case .assert(let assertion):
                    if RegexMachine.holds(assertion, at: position, in: text) { stack.append(.explore(pc + 1)) }
                case .match, .rune, .literal:
                    let base = pc * slotCount
                    for s in 0..<slotCount { list.slots[base + s] = work[s] }
                }
            }
        }
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    static func holds(_ assertion: RegexAssertion, at p: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch assertion {
        case .beginText: return p == 0
        case .endText: return p == text.count
        case .beginLine: return p == 0 || text[p - 1] == 0x0A
        case .endLine: return p == text.count || text[p] == 0x0A
        case .wordBoundary, .noWordBoundary:
            let before = p > 0 && isWordByte(text[p - 1])
            let after = p < text.count && isWordByte(text[p])
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}
