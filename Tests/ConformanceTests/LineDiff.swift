import Foundation

/// A small line diff for test failure messages: unchanged lines as "  ", removed "- ",
/// added "+ ", with unchanged runs shortened to a few lines of context.
enum LineDiff {
    /// Outputs longer than this are compared by first difference only (the LCS table is quadratic).
    static let maxLines = 3000
    static let context = 2

    static func render(_ old: String, _ new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = a.count * b.count <= maxLines * maxLines / 4 ? lcsEdits(a, b) : prefixEdits(a, b)
        return shorten(edits).joined(separator: "\n")
    }

    private enum Edit { case same(String), removed(String), added(String) }

    private static func lcsEdits(_ a: [String], _ b: [String]) -> [Edit] {
        // lengths[i][j]: LCS length of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                edits.append(.added(b[j])); j += 1
            } else {
                edits.append(.removed(a[i])); i += 1
            }
        }
        return edits
    }

    /// Common prefix, then everything after it as removed/added.
    private static func prefixEdits(_ a: [String], _ b: [String]) -> [Edit] {
        var k = 0
        while k < a.count, k < b.count, a[k] == b[k] { k += 1 }
        return a[..<k].map { .same($0) } + a[k...].map { .removed($0) } + b[k...].map { .added($0) }
    }

    private static func shorten(_ edits: [Edit]) -> [String] {
        var keep = Array(repeating: false, count: edits.count)
        for (index, edit) in edits.enumerated() {
            if case .same = edit { continue }
            for k in max(0, index - context)...min(edits.count - 1, index + context) { keep[k] = true }
        }
        var lines: [String] = []
        var skipped = false
        for (index, edit) in edits.enumerated() {
            guard keep[index] else { skipped = true; continue }
            if skipped { lines.append("  ..."); skipped = false }
            switch edit {
            case .same(let line): lines.append("  " + line)
            case .removed(let line): lines.append("- " + visible(line))
            case .added(let line): lines.append("+ " + visible(line))
            }
        }
        if skipped { lines.append("  ...") }
        return lines
    }

    /// Makes trailing whitespace and carriage returns visible in changed lines.
    private static func visible(_ line: String) -> String {
        var out = line.replacingOccurrences(of: "\r", with: "\\r")
        if out.last == " " || out.last == "\t" { out += "⏎" }
        return out
    }
}
