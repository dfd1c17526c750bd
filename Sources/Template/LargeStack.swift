import Foundation

/// Runs work on a thread with a large stack, so deep (but bounded) template recursion
/// cannot overflow the caller's stack. Nested calls run inline.
public enum LargeStack {
    /// Stack size of the worker thread (virtual memory; pages are committed on use).
    public static let stackSize = 512 * 1024 * 1024
    private static let marker = "krel.largeStack"

    /// Whether the current thread is a large-stack worker.
    public static var isActive: Bool { Thread.current.threadDictionary[marker] != nil }

    /// Runs `body` on a large-stack thread (or inline when already on one) and returns its result.
    public static func run<T>(_ body: () throws -> T) throws -> T {
        if isActive { return try body() }
        return try withoutActuallyEscaping(body) { escapable in
            let box = UncheckedBox(escapable)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                Thread.current.threadDictionary[marker] = true
                if let body = box.body { box.result = Result { try body() } }
                // Drop the closure before signalling: it must not outlive this call.
                box.body = nil
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
            done.wait()
            guard let result = box.result else { throw CancellationError() }
            return try result.get()
        }
    }

    private final class UncheckedBox<T>: @unchecked Sendable {
        var body: (() throws -> T)?
        var result: Result<T, any Error>?
        init(_ body: @escaping () throws -> T) { self.body = body }
    }
}
