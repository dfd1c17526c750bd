/// A stack whose top elements can be moved out without copies: an `Array` can only copy
/// a slice out and then destroy the originals, which costs a retain and a release per
/// element on the fast reader's hottest path.
final class MoveStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always) func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The top element, moved out. The caller checks `count > 0`.
    @inline(__always) func popLast() -> Element {
        count -= 1
        return (base + count).move()
    }

    /// The elements from index `start` to the top, moved into an array.
    func moveOut(from start: Int) -> [Element] {
        let k = count - start
        guard k > 0 else { return [] }
        let from = base + start
        let array = [Element](unsafeUninitializedCapacity: k) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: from, count: k) }
            initialized = k
        }
        count = start
        return array
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
