import KrelCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: the process's streams, or buffers in tests.
public protocol CommandOutput {
    mutating func writeOut(_ text: String)
    mutating func writeErr(_ text: String)
}

/// The process's stdout and stderr, written as bytes (no buffering surprises).
public struct StandardStreams: CommandOutput {
    public init() {}
    public mutating func writeOut(_ text: String) { write(text, to: 1) }
    public mutating func writeErr(_ text: String) { write(text, to: 2) }

    /// Writes the bytes Go would (raw invalid bytes included, see `RawBytes`).
    private func write(_ text: String, to fd: Int32) {
        if RawBytes.containsMarkers(text) {
            RawBytes.bytes(of: text).withUnsafeBufferPointer { write($0, to: fd) }
        } else {
            var text = text
            text.withUTF8 { write($0, to: fd) }
        }
    }

    private func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, base + offset, buffer.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}

/// Collects a command's output in memory (tests, the conformance runner).
public struct CapturedOutput: CommandOutput {
    public var stdout = ""
    public var stderr = ""
    public init() {}
    public mutating func writeOut(_ text: String) { stdout += text }
    public mutating func writeErr(_ text: String) { stderr += text }
}

private func systemWrite(_ fd: Int32, _ buf: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buf, count)
    #else
    return Darwin.write(fd, buf, count)
    #endif
}
