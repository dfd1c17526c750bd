import KrelCore
/// Release name validation (spec 12.4): DNS-1123 subdomain-like, at most 53 bytes.
public enum ReleaseName {
    public static let maxLength = 53
    public static let pattern = #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#

    /// `release name "X": invalid release name, must match regex ... and the length must
    /// not be longer than 53`. The CLI prints it after `release name check failed: `.
    public struct InvalidName: Error, Equatable, CustomStringConvertible {
        public var name: String
        public var description: String {
            "release name \(GoQuote.quote(name)): invalid release name, must match regex \(ReleaseName.pattern) and the length must not be longer than \(ReleaseName.maxLength)"
        }
        /// The whole `Error:` line text.
        public var cliMessage: String { "release name check failed: \(description)" }
    }

    public static func validate(_ name: String) throws {
        if !isValid(name) { throw InvalidName(name: name) }
    }

    public static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        // Labels separated by dots; each starts and ends alphanumeric, with dashes inside.
        for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, isAlnum(first), isAlnum(last) else { return false }
            if !label.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: "-") }) { return false }
        }
        return true
    }

    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }
}
