import Functions
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves a symlink found while walking a chart directory with the semantics of Go's
/// `filepath.EvalSymlinks` (which Helm uses), so failures name the same path Helm names:
/// components are resolved left to right and the first one that cannot be `lstat`ed is
/// reported (`lstat /a/missing: no such file or directory`), not the whole link target.
enum SymlinkEvaluation {
    /// Go gives up after this many links in one evaluation.
    static let maxLinks = 255

    /// The resolved, cleaned absolute path, or the reason text Helm prints after
    /// `error evaluating symlink PATH: `.
    static func evaluate(_ absolutePath: String) -> Result<String, SymlinkEvaluationError> {
        var remaining = absolutePath
        var dest = "/"
        var index = remaining.utf8.startIndex
        var linksWalked = 0
        while index < remaining.utf8.endIndex {
            let utf8 = remaining.utf8
            var start = index
            while start < utf8.endIndex, utf8[start] == UInt8(ascii: "/") { start = utf8.index(after: start) }
            var end = start
            while end < utf8.endIndex, utf8[end] != UInt8(ascii: "/") { end = utf8.index(after: end) }
            index = end
            let component = String(remaining[start..<end])
            if component.isEmpty { break }
            if component == "." { continue }
            if component == ".." {
                dest = parentKeepingDotDot(dest)
                continue
            }
            if !dest.hasSuffix("/") { dest += "/" }
            dest += component
            var st = stat()
            guard lstat(dest, &st) == 0 else { return .failure(.init("lstat \(dest): \(errnoText(errno))")) }
            let type = st.st_mode & S_IFMT
            if type != S_IFLNK {
                if type != S_IFDIR && end < utf8.endIndex { return .failure(.init(errnoText(ENOTDIR))) }
                continue
            }
            linksWalked += 1
            if linksWalked > maxLinks { return .failure(.init("EvalSymlinks: too many links")) }
            guard let link = readLink(dest) else { return .failure(.init("readlink \(dest): \(errnoText(errno))")) }
            remaining = link + String(remaining[end...])
            if link.hasPrefix("/") {
                dest = "/"
            } else {
                dest = parentDirectory(dest)
            }
            index = remaining.utf8.startIndex
        }
        return .success(GoPath.clean(dest))
    }

    /// `..` drops the last element of the resolved prefix; when there is none to drop (the
    /// root, a single element, or a `..` kept before) Go keeps the `..` in the text, which
    /// then shows in its error messages.
    private static func parentKeepingDotDot(_ dest: String) -> String {
        let bytes = Array(dest.utf8)
        var slash = bytes.count - 1
        while slash >= 1 && bytes[slash] != UInt8(ascii: "/") { slash -= 1 }
        if slash < 1 || bytes[(slash + 1)...].elementsEqual("..".utf8) {
            return (bytes.count > 1 ? dest + "/" : dest) + ".."
        }
        return String(decoding: bytes[..<slash], as: UTF8.self)
    }

    /// The directory holding `dest`, where a relative link target is resolved.
    private static func parentDirectory(_ dest: String) -> String {
        guard let slash = dest.utf8.lastIndex(of: UInt8(ascii: "/")), slash != dest.utf8.startIndex else { return "/" }
        return String(dest[..<slash])
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [Int8](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Go's text for the errno values a walk can meet (Go's table is lowercase, unlike libc's).
    static func errnoText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case ENOTDIR: return "not a directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case ENAMETOOLONG: return "file name too long"
        default:
            guard let text = strerror(code) else { return "errno \(code)" }
            let message = String(cString: text)
            return message.prefix(1).lowercased() + message.dropFirst()
        }
    }
}

struct SymlinkEvaluationError: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
