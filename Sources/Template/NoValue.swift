/// Go prints a missing value as `<no value>`; Helm deletes every occurrence of that text
/// from each rendered file and from each `tpl` result (spec helm-compat 3.4).
public enum NoValue {
    public static let text = "<no value>"
    private static let bytes: [UInt8] = Array(text.utf8)

    /// `text` without any `<no value>`.
    public static func removed(from text: String) -> String {
        var input = text
        let cleaned: String? = input.withUTF8 { haystack in
            guard let first = ByteSearch.firstIndex(of: bytes, in: haystack) else { return nil }
            // The marker is ASCII, so cutting around it keeps UTF-8 boundaries.
            var out: [UInt8] = []
            out.reserveCapacity(haystack.count)
            var from = 0
            var hit: Int? = first
            while let at = hit {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: haystack[from..<at]))
                from = at + bytes.count
                hit = ByteSearch.firstIndex(of: bytes, in: haystack, from: from)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: haystack[from...]))
            return String(decoding: out, as: UTF8.self)
        }
        return cleaned ?? text
    }
}
