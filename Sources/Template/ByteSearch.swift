/// Substring search over UTF-8 bytes: Foundation's `contains`/`range(of:)` go through
/// CFString and cost several percent of a large render.
enum ByteSearch {
    /// The first index at or after `from` where `needle` starts in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var i = from
        while i <= last {
            if haystack[i] == head {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
