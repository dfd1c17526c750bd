import KrelCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack, so deep (but bounded) template recursion
/// cannot overflow the caller's stack. Nested calls run inline.
///
/// Plain pthreads rather than Foundation's `Thread`: starting one costs microseconds and
/// pulls in nothing at process start.
public enum LargeStack {
    /// Stack size of the worker thread (virtual memory; pages are committed on use).
    public static let stackSize = 512 * 1024 * 1024

    /// Marks large-stack worker threads (thread-specific data).
    private static let activeKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether the current thread is a large-stack worker.
    public static var isActive: Bool { pthread_getspecific(activeKey) != nil }

    /// Runs `body` on a large-stack thread (or inline when already on one) and returns its result.
    public static func run<T>(_ body: () throws -> T) throws -> T {
        if isActive { return try body() }
        return try withoutActuallyEscaping(body) { escapable in
            var result: Result<T, any Error>?
            try withoutActuallyEscaping({ result = Result { try escapable() } }) { work in
                let job = Job(work)
                try start(job)
            }
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }

    /// Runs the job on a new thread and waits for it.
    private static func start(_ job: Job) throws {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let argument = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
            pthread_setspecific(LargeStack.activeKey, raw)
            StackGuard.registerCurrentThread(stackSize: LargeStack.stackSize)
            job.work()
            return nil
        }, argument)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(argument).release()
            // No thread could be made: run inline rather than fail the render.
            job.work()
            return
        }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
    }

    /// The work handed to the thread; it outlives neither `run` nor the thread.
    private final class Job: @unchecked Sendable {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }
}
