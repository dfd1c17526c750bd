/// Splits a conformance case's `args` line like a POSIX shell (and Python's `shlex.split`):
/// single quotes are literal, double quotes allow `\"` and `\\`, a bare backslash escapes
/// the next character. No globbing or expansion.
enum ShellWords {
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            switch c {
            case " ", "\t", "\n":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                while true {
                    guard let q = chars.next() else { throw BenchError("unclosed ' in args: \(line)") }
                    if q == "'" { break }
                    current.append(q)
                }
            case "\"":
                inWord = true
                while true {
                    guard let q = chars.next() else { throw BenchError("unclosed \" in args: \(line)") }
                    if q == "\"" { break }
                    if q == "\\" {
                        guard let escaped = chars.next() else { throw BenchError("dangling \\ in args: \(line)") }
                        if !"\"\\$`\n".contains(escaped) { current.append("\\") }
                        current.append(escaped)
                    } else {
                        current.append(q)
                    }
                }
            case "\\":
                inWord = true
                if let escaped = chars.next(), escaped != "\n" { current.append(escaped) }
            default:
                inWord = true
                current.append(c)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
