/// Version constraints with the grammar and matching rules of Masterminds semver v3.4.0:
/// `= != > < >= <= => =< ~ ~> ^`, wildcards `x X *`, partial versions (`1.2`), hyphen
/// ranges (`1.2 - 1.4.5`), AND by space or comma, OR by `||`.
///
/// A prerelease version satisfies an OR-branch only if one of that branch's constraints
/// names a prerelease (`>=1.20-0` accepts `1.28.3-gke.1`, `>=1.20` does not).
///
///     let c = try SemverConstraints(parsing: ">=1.20-0")
///     c.isSatisfied(by: try SemanticVersion(parsing: "v1.28.3-gke.1"))   // true
public struct SemverConstraints: Sendable {
    /// One comparison: operator, the version it was written with, and which parts were
    /// wildcards or missing ("dirty").
    struct Term: Sendable {
        var op: String
        var version: SemanticVersion
        var wildcardMajor: Bool
        var wildcardMinor: Bool
        var wildcardPatch: Bool
        var dirty: Bool { wildcardMajor || wildcardMinor || wildcardPatch }
    }

    /// OR of ANDs.
    var branches: [[Term]]
    /// Per branch: whether a constraint mentions a prerelease (then prereleases may match).
    var branchAllowsPrerelease: [Bool]

    public init(parsing text: String) throws(SemverError) {
        let rewritten = SemverConstraintSyntax.rewriteHyphenRanges(text)
        branches = []
        branchAllowsPrerelease = []
        for part in SemverConstraintSyntax.splitOr(rewritten) {
            guard let items = SemverConstraintSyntax.scanConjunction(part) else {
                throw SemverError.improperConstraint(part)
            }
            var terms: [Term] = []
            var allowsPrerelease = false
            for item in items {
                let term = try SemverConstraints.term(item)
                if !term.version.prerelease.isEmpty { allowsPrerelease = true }
                terms.append(term)
            }
            branches.append(terms)
            branchAllowsPrerelease.append(allowsPrerelease)
        }
    }

    private static func isWildcard(_ part: String) -> Bool { part == "x" || part == "X" || part == "*" }

    private static func term(_ item: SemverConstraintSyntax.Item) throws(SemverError) -> Term {
        let prereleaseSuffix = item.prerelease.map { "-" + $0 } ?? ""
        var text = item.versionText
        var major = false, minor = false, patch = false
        if isWildcard(item.major) {
            text = "0.0.0" + prereleaseSuffix
            major = true
        } else if item.minor.map(isWildcard) ?? true {
            text = item.major + ".0.0" + prereleaseSuffix
            minor = true
        } else if item.patch.map(isWildcard) ?? true {
            text = item.major + "." + (item.minor ?? "") + ".0" + prereleaseSuffix
            patch = true
        }
        guard let version = try? SemanticVersion(parsing: text) else { throw SemverError.constraintParserError }
        return Term(op: item.op, version: version, wildcardMajor: major, wildcardMinor: minor, wildcardPatch: patch)
    }

    /// Whether `version` satisfies every constraint of at least one OR-branch.
    public func isSatisfied(by version: SemanticVersion) -> Bool {
        for (index, terms) in branches.enumerated() {
            let allowsPrerelease = branchAllowsPrerelease[index]
            if terms.allSatisfy({ SemverConstraints.check(version, $0, allowsPrerelease: allowsPrerelease) }) {
                return true
            }
        }
        return false
    }

    static func check(_ v: SemanticVersion, _ c: Term, allowsPrerelease: Bool) -> Bool {
        if !v.prerelease.isEmpty, !allowsPrerelease { return false }
        let con = c.version
        switch c.op {
        case "", "=":
            return c.dirty ? tilde(v, c) : v.compare(to: con) == 0
        case "!=":
            return notEqual(v, c)
        case ">":
            if !c.dirty || c.wildcardMajor { return v.compare(to: con) > 0 }
            if v.major != con.major { return v.major > con.major }
            if c.wildcardMinor { return false }
            return v.minor > con.minor
        case "<":
            return v.compare(to: con) < 0
        case ">=", "=>":
            return v.compare(to: con) >= 0
        case "<=", "=<":
            if !c.dirty { return v.compare(to: con) <= 0 }
            if v.major > con.major { return false }
            if v.major == con.major, v.minor > con.minor, !c.wildcardMinor { return false }
            return true
        case "~", "~>":
            return tilde(v, c)
        case "^":
            return caret(v, c)
        default:
            return false
        }
    }

    private static func tilde(_ v: SemanticVersion, _ c: Term) -> Bool {
        let con = c.version
        if v.compare(to: con) < 0 { return false }
        if con.major == 0, con.minor == 0, con.patch == 0, !c.wildcardMinor, !c.wildcardPatch { return true }
        if v.major != con.major { return false }
        if v.minor != con.minor, !c.wildcardMinor { return false }
        return true
    }

    private static func caret(_ v: SemanticVersion, _ c: Term) -> Bool {
        let con = c.version
        if v.compare(to: con) < 0 { return false }
        if con.major > 0 || c.wildcardMinor { return v.major == con.major }
        if v.major > 0 { return false }
        if con.minor > 0 || c.wildcardPatch { return v.minor == con.minor }
        if v.minor > 0 { return false }
        return v.patch == con.patch
    }

    private static func notEqual(_ v: SemanticVersion, _ c: Term) -> Bool {
        let con = c.version
        if c.dirty {
            if con.major != v.major { return true }
            if con.minor != v.minor, !c.wildcardMinor { return true }
            if c.wildcardMinor { return false }
            if con.patch != v.patch, !c.wildcardPatch { return true }
            if c.wildcardPatch {
                if !v.prerelease.isEmpty || !con.prerelease.isEmpty {
                    return SemanticVersion.comparePrereleases(v.prerelease, con.prerelease) != 0
                }
                return false
            }
        }
        return v.compare(to: con) != 0
    }
}
