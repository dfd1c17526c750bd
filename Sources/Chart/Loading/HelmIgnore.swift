import Functions
/// The rules of a chart's `.helmignore` (spec 2.1), with Helm's exact quirks:
/// `!pat` ignores every path that does NOT match `pat` (it never re-includes), `**` is
/// refused, and matching is Go's `filepath.Match` against the basename (no `/` in the
/// pattern) or the whole root-relative path.
public struct HelmIgnore: Sendable {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case doubleStar
        case badPattern

        public var description: String {
            switch self {
            case .doubleStar: "double-star (**) syntax is not supported"
            case .badPattern: "syntax error in pattern"
            }
        }
    }

    struct Rule: Sendable {
        var pattern: [Unicode.Scalar]
        var negated: Bool
        var directoriesOnly: Bool
        /// Pattern has a `/`: matched against the whole path, else against the basename.
        var matchesWholePath: Bool
    }

    private(set) var rules: [Rule] = []

    public init() {}

    /// Parses `.helmignore` text: one pattern per trimmed line; blank and `#` lines skipped.
    public init(parsing bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            try add(String(line))
        }
    }

    /// Helm's built-in rule: hidden files directly under the root chart's `templates/`.
    public static let defaultRule = "templates/.?*"

    /// The rules Helm applies to a chart directory: the root `.helmignore` plus the default.
    public static func forChartDirectory(helmignore: [UInt8]?) throws -> HelmIgnore {
        var rules = try helmignore.map { try HelmIgnore(parsing: $0) } ?? HelmIgnore()
        try rules.add(defaultRule)
        return rules
    }

    /// Adds one line of `.helmignore`.
    public mutating func add(_ line: String) throws {
        var rule = Substring(line.trimmingGoSpace())
        if rule.isEmpty || rule.hasPrefix("#") { return }
        // Byte checks: Substring.contains(String) is a slow generic _StringProcessing call.
        if Self.hasDoubleStar(rule.utf8) { throw ParseError.doubleStar }
        // Helm checks the raw line (with `!` and `/`) is a valid pattern.
        do { _ = try GoFilepathMatch.match(String(rule), "abc") } catch { throw ParseError.badPattern }
        var negated = false
        if rule.hasPrefix("!") {
            negated = true
            rule = rule.dropFirst()
        }
        var directoriesOnly = false
        if rule.hasSuffix("/") {
            directoriesOnly = true
            rule = rule.dropLast()
        }
        let whole = rule.utf8.contains(0x2F)
        if rule.hasPrefix("/") { rule = rule.dropFirst() }
        rules.append(Rule(pattern: Array(rule.unicodeScalars), negated: negated,
                          directoriesOnly: directoriesOnly, matchesWholePath: whole))
    }

    private static func hasDoubleStar(_ bytes: Substring.UTF8View) -> Bool {
        var previousWasStar = false
        for byte in bytes {
            if byte == 0x2A && previousWasStar { return true }
            previousWasStar = byte == 0x2A
        }
        return false
    }

    /// Whether `path` (root-relative, `/`-separated) is ignored.
    public func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        let whole = Array(path.unicodeScalars)
        let base = Array(GoPath.base(path).unicodeScalars)
        for rule in rules {
            let subject = rule.matchesWholePath ? whole : base
            // A pattern error at match time counts as no match, as in Helm.
            let matched = (try? GoFilepathMatch.match(rule.pattern, subject)) ?? false
            if rule.negated {
                if rule.directoriesOnly && !isDirectory { return true }
                if !matched { return true }
                continue
            }
            if rule.directoriesOnly && !isDirectory { continue }
            if matched { return true }
        }
        return false
    }
}

extension String {
    /// `strings.TrimSpace`: drops leading and trailing Unicode white space.
    func trimmingGoSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!  // exists: `first` does
        return String(scalars[first...last])
    }
}
