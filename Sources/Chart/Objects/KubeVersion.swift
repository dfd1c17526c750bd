import Template
import YAML
import KrelCore

/// `.Capabilities.KubeVersion` (Helm's `common.KubeVersion`, spec 7.3).
public struct KubeVersion: GoObject, GoEncodableObject, GoPointerStringer, Equatable {
    /// The input with a `v` prefix (`v1.30.2+k3s1`): `.Version` and `.GitVersion`.
    public var version: String
    /// `v` plus the numeric components only (`v1.30.2`): what `String()` returns.
    public var normalized: String
    public var major: String
    public var minor: String

    public static let defaultVersion = KubeVersion(version: "v1.35.0", normalized: "v1.35.0", major: "1", minor: "35")

    /// An invalid `--kube-version`: `invalid kube version 'abc': could not parse "abc" as version`.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var input: String
        public var reason: String
        public var description: String { "invalid kube version '\(input)': \(reason)" }
    }

    public init(version: String, normalized: String, major: String, minor: String) {
        self.version = version
        self.normalized = normalized
        self.major = major
        self.minor = minor
    }

    /// Parses like Kubernetes' generic version parser: optional leading white space and `v`,
    /// at least two dot-separated numbers without leading zeros, anything after them ignored.
    public init(parsing input: String) throws {
        var bytes = Array(input.utf8)[...]
        while let b = bytes.first, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "v") { bytes = bytes.dropFirst() }
        var components: [Substring] = []
        while true {
            let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
            if digits.isEmpty { break }
            components.append(Substring(String(decoding: digits, as: UTF8.self)))
            bytes = bytes.dropFirst(digits.count)
            guard bytes.first == UInt8(ascii: "."), bytes.count > 1, bytes[bytes.startIndex + 1] >= 0x30,
                  bytes[bytes.startIndex + 1] <= 0x39 else { break }
            bytes = bytes.dropFirst()
        }
        if components.isEmpty {
            throw ParseError(input: input, reason: "could not parse \(GoQuote.quote(input)) as version")
        }
        if components.count < 2 {
            throw ParseError(input: input, reason: "illegal version string \(GoQuote.quote(input))")
        }
        var numbers: [UInt64] = []
        for component in components {
            if component.count > 1 && component.hasPrefix("0") {
                throw ParseError(input: input, reason: "illegal zero-prefixed version component \(GoQuote.quote(String(component))) in \(GoQuote.quote(input))")
            }
            guard let number = UInt64(component) else {
                throw ParseError(input: input, reason: "illegal version component \(GoQuote.quote(String(component))) in \(GoQuote.quote(input))")
            }
            numbers.append(number)
        }
        version = input.hasPrefix("v") ? input : "v" + input
        normalized = "v" + numbers.map(String.init).joined(separator: ".")
        major = String(numbers[0])
        minor = String(numbers[1])
    }

    public var goTypeName: String { "common.KubeVersion" }
    public var goKindName: String { "struct" }
    public var formatted: String { "{\(version) \(normalized) \(major) \(minor)}" }
    public var pointerString: String { normalized }
    public var identity: Value { .list([.string(version), .string(normalized), .string(major), .string(minor)]) }

    public func member(_ name: String) -> Value? {
        switch name {
        case "Version", "GitVersion": .string(version)
        case "Major": .string(major)
        case "Minor": .string(minor)
        case "String": .string(normalized)
        default: nil
        }
    }

    public func hasMethod(_ name: String) -> Bool { name == "String" || name == "GitVersion" }

    /// `String()` and `GitVersion()` are methods taking no arguments.
    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        guard hasMethod(name) else { return nil }
        guard arguments.isEmpty else { throw FunctionError("wrong number of args for \(name): want 0 got \(arguments.count)") }
        return member(name)
    }

    public var encoded: Value { .map(["Version": .string(version), "Major": .string(major), "Minor": .string(minor)]) }
}

extension KubeVersion: GoJSONMarshalable {
    public func goJSONForm() throws -> GoJSONForm {
        .fields([("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))])
    }
}

