/// Splits a command line the way Python's `shlex.split` does (POSIX mode): the chart
/// corpus's `args` files are defined that way. Quotes group words; no globbing or variables.
public enum ShellWords {
    public struct UnbalancedQuote: Error {}

    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var chars = Array(line.unicodeScalars)[...]
        while let c = chars.popFirst() {
            switch c {
            case " ", "\t", "\n", "\r":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                while true {
                    guard let q = chars.popFirst() else { throw UnbalancedQuote() }
                    if q == "'" { break }
                    current.unicodeScalars.append(q)
                }
            case "\"":
                inWord = true
                while true {
                    guard let q = chars.popFirst() else { throw UnbalancedQuote() }
                    if q == "\"" { break }
                    if q == "\\", let next = chars.first, "\\\"$`\n".unicodeScalars.contains(next) {
                        chars.removeFirst()
                        if next != "\n" { current.unicodeScalars.append(next) }
                        continue
                    }
                    current.unicodeScalars.append(q)
                }
            case "\\":
                inWord = true
                if let next = chars.popFirst(), next != "\n" { current.unicodeScalars.append(next) }
            default:
                inWord = true
                current.unicodeScalars.append(c)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
