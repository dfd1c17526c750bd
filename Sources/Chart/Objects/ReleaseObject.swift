import KrelCore
import Template

/// `.Release` (spec 7.1): a plain map.
public struct ReleaseInfo: Sendable, Equatable {
    public var name: String
    public var namespace: String
    public var isUpgrade: Bool
    public var revision: Int

    public init(name: String, namespace: String = "default", isUpgrade: Bool = false, revision: Int = 1) {
        self.name = name
        self.namespace = namespace
        self.isUpgrade = isUpgrade
        self.revision = revision
    }

    public var templateValue: Value {
        .map([
            "Name": .string(name),
            "Namespace": .string(namespace),
            "IsInstall": .bool(!isUpgrade),
            "IsUpgrade": .bool(isUpgrade),
            "Revision": .int(Int64(revision)),
            "Service": .string("Helm"),
        ])
    }
}

/// Error texts the executor expects from methods (`error calling NAME: ...` is added by it).
enum FunctionErrorText {
    static func wrongArgs(_ name: String, want: Int, got: Int) -> MethodArgumentError {
        MethodArgumentError("wrong number of args for \(name): want \(want) got \(got)")
    }

    static func wrongType(expected: String, got: String) -> MethodArgumentError {
        MethodArgumentError("wrong type for value; expected \(expected); got \(got)")
    }
}
