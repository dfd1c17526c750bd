import KrelCore

/// The `semver` format (semver.org grammar) with jsonschema v6's reasons.
enum SchemaSemver {
    static func check(_ text: String) -> String? {
        var s = Substring(text)
        func identifierChar(_ c: Unicode.Scalar) -> Bool { SchemaFormats.isLetter(c) || c == "-" }
        if let plus = s.firstIndex(of: "+") {
            let build = s[s.index(after: plus)...]
            if build.isEmpty { return "build is empty" }
            for id in build.split(separator: ".", omittingEmptySubsequences: false) {
                if id.isEmpty { return "build identifier is empty" }
                for c in id.unicodeScalars where !(SchemaFormats.isDigit(c) || identifierChar(c)) {
                    return "invalid character \(SchemaFormats.runeQuote(c)) in build identifier"
                }
            }
            s = s[..<plus]
        }
        if let dash = s.firstIndex(of: "-") {
            for id in s[s.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false) {
                if id.isEmpty { return "pre-release identifier is empty" }
                var numeric = true
                for c in id.unicodeScalars {
                    if SchemaFormats.isDigit(c) { continue }
                    guard identifierChar(c) else { return "invalid character \(SchemaFormats.runeQuote(c)) in pre-release identifier" }
                    numeric = false
                }
                if numeric && id.count > 1 && id.hasPrefix("0") { return "pre-release numeric identifier starts with zero" }
            }
            s = s[..<dash]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return "versionCore must have 3 numbers separated by dot" }
        for (name, part) in zip(["major", "minor", "patch"], parts) {
            if part.isEmpty { return "\(name) is empty" }
            if part.count > 1 && part.hasPrefix("0") { return "\(name) starts with zero" }
            if !part.unicodeScalars.allSatisfy(SchemaFormats.isDigit) { return "\(name) contains non-digit" }
        }
        return nil
    }
}
