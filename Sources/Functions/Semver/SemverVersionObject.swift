import KrelCore

/// A `*semver.Version` (or, for `IncPatch` and friends, a `semver.Version` value) as
/// templates see it: methods `Major Minor Patch` (uint64), `Prerelease Metadata Original
/// String`, comparisons taking another version, and `Inc*`/`Set*`. Prints as `String()`.
public struct SemverVersionObject: GoObject {
    public let version: SemanticVersion
    /// True for the pointer type `semver` returns; false for values from `IncPatch` etc.
    public let isPointer: Bool

    public init(_ version: SemanticVersion, isPointer: Bool = true) {
        self.version = version
        self.isPointer = isPointer
    }

    public var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }
    public var goKindName: String { isPointer ? "ptr" : "struct" }
    public var formatted: String { version.description }
    public var identity: Value { .string(goTypeName + version.original + "|" + version.description) }

    static let methodNames: Set<String> = [
        "Major", "Minor", "Patch", "Prerelease", "Metadata", "Original", "String", "Compare",
        "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal", "IncPatch",
        "IncMinor", "IncMajor", "SetPrerelease", "SetMetadata",
    ]

    public func hasMethod(_ name: String) -> Bool { SemverVersionObject.methodNames.contains(name) }

    public func member(_ name: String) -> Value? {
        switch name {
        case "Major": .int(Int64(bitPattern: version.major), .uint64)
        case "Minor": .int(Int64(bitPattern: version.minor), .uint64)
        case "Patch": .int(Int64(bitPattern: version.patch), .uint64)
        case "Prerelease": .string(version.prerelease)
        case "Metadata": .string(version.metadata)
        case "Original": .string(version.original)
        case "String": .string(version.description)
        case "IncPatch", "IncMinor", "IncMajor": .object(SemverVersionObject(incremented(name), isPointer: false))
        default: nil
        }
    }

    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        switch name {
        case "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal":
            guard arguments.count == 1 else {
                throw SemverObjectError("wrong number of args for \(name): want 1 got \(arguments.count)")
            }
            guard case .object(let object) = arguments[0], let other = object as? SemverVersionObject,
                  other.isPointer
            else {
                throw SemverObjectError("wrong type for value; expected *semver.Version; got \(arguments[0].goTypeName)")
            }
            let order = version.compare(to: other.version)
            switch name {
            case "Compare": return .int(Int64(order))
            case "LessThan": return .bool(order < 0)
            case "LessThanEqual": return .bool(order <= 0)
            case "GreaterThan": return .bool(order > 0)
            case "GreaterThanEqual": return .bool(order >= 0)
            default: return .bool(order == 0)
            }
        case "SetPrerelease", "SetMetadata":
            guard arguments.count == 1, case .string(let text) = arguments[0] else {
                throw SemverObjectError("wrong type for value; expected string")
            }
            var next = version
            if name == "SetPrerelease" { next.prerelease = text } else { next.metadata = text }
            if !text.isEmpty {
                // Validate by parsing the resulting version text.
                _ = try SemanticVersion(parsing: next.description)
            }
            next.original = vPrefix + next.description
            return .object(SemverVersionObject(next, isPointer: false))
        default:
            if arguments.isEmpty { return member(name) }
            return nil
        }
    }

    private var vPrefix: String { version.original.hasPrefix("v") ? "v" : "" }

    private func incremented(_ name: String) -> SemanticVersion {
        var next = version
        next.metadata = ""
        next.prerelease = ""
        switch name {
        case "IncMajor":
            next.major &+= 1
            next.minor = 0
            next.patch = 0
        case "IncMinor":
            next.minor &+= 1
            next.patch = 0
        default:
            if version.prerelease.isEmpty { next.patch &+= 1 }
        }
        next.original = vPrefix + next.description
        return next
    }
}

struct SemverObjectError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
