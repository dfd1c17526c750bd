/// Go's `path` package helpers on slash-separated paths.
enum GoPath {
    /// `path.Clean`: collapse `//`, drop `.` elements, resolve `..` lexically, no trailing `/`.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var stack: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = stack.last, last != ".." {
                    stack.removeLast()
                } else if !rooted {
                    stack.append(element)
                }
            default:
                stack.append(element)
            }
        }
        let body = stack.joined(separator: "/")
        if rooted { return "/" + body }
        return body.isEmpty ? "." : body
    }

    /// `path.Base`: the last element; `.` for empty, `/` for only slashes.
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return "/" }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// `path.Ext`: the suffix from the last `.` in the final element, or "".
    static func ext(_ path: String) -> String {
        var index = path.endIndex
        while index > path.startIndex {
            index = path.index(before: index)
            let c = path[index]
            if c == "/" { return "" }
            if c == "." { return String(path[index...]) }
        }
        return ""
    }
}
