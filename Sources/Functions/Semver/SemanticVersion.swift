/// A semantic version with the parsing and ordering of Masterminds semver v3.4.0 (what
/// Sprig's `semver`/`semverCompare` and Helm's `kubeVersion` checks use).
///
/// Parsing is loose ("coercing"): a `v` prefix is allowed, minor and patch may be missing
/// (`v1.2` is 1.2.0), and leading zeros in the numbers are accepted (`01.2.3` is 1.2.3).
///
///     let v = try SemanticVersion(parsing: "v1.28.3-gke.100")
///     v.description          // "1.28.3-gke.100"
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: UInt64
    public var minor: UInt64
    public var patch: UInt64
    public var prerelease: String
    public var metadata: String
    /// The text the version was parsed from.
    public var original: String

    public init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "", metadata: String = "") {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = ""
        self.original = description
    }

    public init(parsing text: String) throws(SemverError) {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "v") { i += 1 }
        func digits() -> String? {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
        }
        guard let majorText = digits() else { throw SemverError.invalidVersion }
        var minorText: String?
        var patchText: String?
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), SemanticVersion.isDigit(bytes[i + 1]) {
            i += 1
            minorText = digits()
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), SemanticVersion.isDigit(bytes[i + 1]) {
                i += 1
                patchText = digits()
            }
        }
        var pre = ""
        var meta = ""
        if i < bytes.count, bytes[i] == UInt8(ascii: "-"), let (text, end) = SemanticVersion.identifiers(bytes, from: i + 1) {
            pre = text
            i = end
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "+"), let (text, end) = SemanticVersion.identifiers(bytes, from: i + 1) {
            meta = text
            i = end
        }
        guard i == bytes.count else { throw SemverError.invalidVersion }
        major = try SemanticVersion.number(majorText)
        minor = try minorText.map(SemanticVersion.number) ?? 0
        patch = try patchText.map(SemanticVersion.number) ?? 0
        if !pre.isEmpty {
            for part in pre.split(separator: ".", omittingEmptySubsequences: false)
            where part.utf8.count > 1 && part.utf8.first == UInt8(ascii: "0") && part.utf8.allSatisfy(SemanticVersion.isDigit) {
                throw SemverError.segmentStartsWithZero
            }
        }
        prerelease = pre
        metadata = meta
        original = text
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isIdentifierByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-")
    }

    /// Dot-separated non-empty runs of `[0-9A-Za-z-]` from `start`: (text, end), nil if none.
    static func identifiers(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var i = start
        var end = start
        while true {
            let partStart = i
            while i < bytes.count, isIdentifierByte(bytes[i]) { i += 1 }
            if i == partStart { break }
            end = i
            guard i < bytes.count, bytes[i] == UInt8(ascii: ".") else { break }
            i += 1
        }
        return end > start ? (String(decoding: bytes[start..<end], as: UTF8.self), end) : nil
    }

    static func number(_ text: String) throws(SemverError) -> UInt64 {
        guard let value = UInt64(text) else { throw SemverError.segmentOutOfRange(text) }
        return value
    }

    /// `1.2.3`, `-pre` and `+meta` when present.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease }
        if !metadata.isEmpty { text += "+" + metadata }
        return text
    }

    /// -1, 0 or 1. Metadata is ignored; a prerelease sorts before its release; prerelease
    /// identifiers compare numerically when both are numbers, numbers before words.
    public func compare(to other: SemanticVersion) -> Int {
        if major != other.major { return major < other.major ? -1 : 1 }
        if minor != other.minor { return minor < other.minor ? -1 : 1 }
        if patch != other.patch { return patch < other.patch ? -1 : 1 }
        if prerelease.isEmpty, other.prerelease.isEmpty { return 0 }
        if prerelease.isEmpty { return 1 }
        if other.prerelease.isEmpty { return -1 }
        return SemanticVersion.comparePrereleases(prerelease, other.prerelease)
    }

    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { lhs.compare(to: rhs) < 0 }

    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { lhs.compare(to: rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    static func comparePrereleases(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: ".", omittingEmptySubsequences: false)
        let right = b.split(separator: ".", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? String(left[index]) : ""
            let y = index < right.count ? String(right[index]) : ""
            let order = comparePrereleasePart(x, y)
            if order != 0 { return order }
        }
        return 0
    }

    private static func comparePrereleasePart(_ x: String, _ y: String) -> Int {
        if x == y { return 0 }
        if x.isEmpty { return -1 }
        if y.isEmpty { return 1 }
        let xNumber = x.utf8.allSatisfy(isDigit) ? UInt64(x) : nil
        let yNumber = y.utf8.allSatisfy(isDigit) ? UInt64(y) : nil
        switch (xNumber, yNumber) {
        case let (.some(p), .some(q)): return p > q ? 1 : -1
        case (.some, nil): return -1
        case (nil, .some): return 1
        case (nil, nil): return utf8Greater(x, y) ? 1 : -1
        }
    }

    /// Byte-wise string order, as Go compares strings.
    private static func utf8Greater(_ x: String, _ y: String) -> Bool {
        x.utf8.lexicographicallyPrecedes(y.utf8) == false
    }
}

/// Errors of version and constraint parsing, with the library's texts.
public enum SemverError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidVersion
    case segmentStartsWithZero
    case segmentOutOfRange(String)
    case improperConstraint(String)
    case constraintParserError

    public var description: String {
        switch self {
        case .invalidVersion: "invalid semantic version"
        case .segmentStartsWithZero: "version segment starts with 0"
        case .segmentOutOfRange(let text):
            "error parsing version segment: strconv.ParseUint: parsing \"\(text)\": value out of range"
        case .improperConstraint(let text): "improper constraint: \(text)"
        case .constraintParserError: "constraint parser error"
        }
    }
}
