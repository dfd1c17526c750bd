#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds deep recursions (encoders walking nested values) by the stack actually left on
/// the current thread rather than by a fixed small depth: Go's encoders have no depth
/// limit, so krel goes as deep as the thread allows (the template executor's 512 MB stack
/// reaches hundreds of thousands of levels) and fails cleanly before overflowing.
/// Shallow levels cost one comparison; the stack is measured only every
/// `checkInterval` levels past `uncheckedDepth`.
public enum StackGuard {
    /// Levels that never trigger a measurement (ordinary data).
    public static let uncheckedDepth = 512
    public static let checkInterval = 64
    /// Stack kept free for the levels between checks and the work after the recursion.
    public static let reserveBytes = 1 << 20
    /// Absolute bound whatever the stack.
    public static let hardMaxDepth = 1_000_000
    /// Bound used when the stack cannot be measured on this platform.
    public static let unmeasuredMaxDepth = 10_000

    /// Whether a recursion may go one level deeper at `depth`.
    @inline(__always)
    public static func allows(depth: Int) -> Bool {
        if depth < uncheckedDepth || depth % checkInterval != 0 { return true }
        return slowCheck(depth: depth)
    }

    private static func slowCheck(depth: Int) -> Bool {
        if depth >= hardMaxDepth { return false }
        guard let remaining = remainingBytes() else { return depth < unmeasuredMaxDepth }
        return remaining > reserveBytes
    }

    #if canImport(Glibc)
    private typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    /// glibc's `pthread_getattr_np` (a GNU extension the Swift Glibc module does not
    /// expose), looked up once.
    private static let threadAttributesFunction: GetAttributes? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// The low end of the current thread's stack as registered by `registerCurrentThread`.
    private static let registeredLowKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Records the stack of a thread krel started itself (its size is known), so the guard
    /// can measure it even where `pthread_getattr_np` cannot be looked up (a fully static
    /// executable has no dynamic symbol table). Call first thing on the new thread.
    @inline(never)
    public static func registerCurrentThread(stackSize: Int) {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        // The entry frame sits near the top; leave a page of slack for what is above it.
        let low = here > UInt(stackSize) ? here - UInt(stackSize) + 4096 : 0
        pthread_setspecific(registeredLowKey, UnsafeRawPointer(bitPattern: low))
    }

    /// Bytes between the caller's frame and the low end of this thread's stack, if known.
    @inline(never)
    public static func remainingBytes() -> Int? {
        if let low = pthread_getspecific(registeredLowKey) {
            var marker: UInt8 = 0
            let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            let bottom = UInt(bitPattern: low)
            return here > bottom ? Int(here - bottom) : 0
        }
        #if canImport(Glibc)
        guard let getAttributes = threadAttributesFunction else { return nil }
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var low: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &low, &size) == 0, let low else { return nil }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let bottom = UInt(bitPattern: low)
        return here > bottom ? Int(here - bottom) : 0
        #else
        return nil
        #endif
    }
}
