import YAML
import KrelCore
import Template

/// `.Capabilities` (Helm's `*common.Capabilities`, spec 7.3) for `helm template`:
/// Kubernetes v1.35.0 by default, the built-in API versions plus any `--api-versions`.
public struct Capabilities: GoObject, GoEncodableObject {
    public var kubeVersion: KubeVersion
    public var apiVersions: VersionSet
    public var helmVersion: HelmBuildInfo

    public init(kubeVersion: KubeVersion = .defaultVersion, apiVersions: VersionSet = VersionSet(VersionSet.defaultVersions),
                helmVersion: HelmBuildInfo = HelmBuildInfo()) {
        self.kubeVersion = kubeVersion
        self.apiVersions = apiVersions
        self.helmVersion = helmVersion
    }

    /// The capabilities for `--kube-version` (empty: the default) and `--api-versions`
    /// values (each may be comma separated; appended as given).
    public init(kubeVersionFlag: String?, apiVersionFlags: [String]) throws {
        var kube = KubeVersion.defaultVersion
        if let flag = kubeVersionFlag, !flag.isEmpty { kube = try KubeVersion(parsing: flag) }
        var versions = VersionSet.defaultVersions
        for flag in apiVersionFlags {
            versions += flag.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        self.init(kubeVersion: kube, apiVersions: VersionSet(versions))
    }

    public var goTypeName: String { "*common.Capabilities" }
    public var formatted: String { "&{\(kubeVersion.formatted) \(apiVersions.formatted) \(helmVersion.formatted)}" }
    public var identity: Value { .list([kubeVersion.identity, apiVersions.identity, helmVersion.identity]) }

    public func member(_ name: String) -> Value? {
        switch name {
        case "KubeVersion": .object(kubeVersion)
        case "APIVersions": .object(apiVersions)
        case "HelmVersion": .object(helmVersion)
        default: nil
        }
    }

    public var encoded: Value {
        .map(["KubeVersion": kubeVersion.encoded, "APIVersions": apiVersions.collection, "HelmVersion": helmVersion.encoded])
    }

}

extension Capabilities: GoJSONMarshalable {
    /// Go marshals the struct's fields in declaration order.
    public func goJSONForm() throws -> GoJSONForm {
        .fields([("KubeVersion", .object(kubeVersion)), ("APIVersions", apiVersions.collection),
                 ("HelmVersion", .object(helmVersion))])
    }
}

/// `.Capabilities.APIVersions` (`common.VersionSet`, a `[]string` with a `Has` method).
public struct VersionSet: GoCollectionObject, GoEncodableObject, GoMethodSignatures {
    public var versions: [String]

    public init(_ versions: [String]) { self.versions = versions }

    public func has(_ version: String) -> Bool { versions.contains(version) }

    public var goTypeName: String { "common.VersionSet" }
    public var goKindName: String { "slice" }
    public var formatted: String { "[" + versions.joined(separator: " ") + "]" }
    public var collection: Value { .list(versions.map { .string($0) }, .strings) }
    public var encoded: Value { collection }
    public var identity: Value { collection }
    public func member(_ name: String) -> Value? { nil }
    public func hasMethod(_ name: String) -> Bool { name == "Has" }
    public func methodParameters(_ name: String) -> [ParameterType]? { name == "Has" ? [.string] : nil }

    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        guard name == "Has" else { return nil }
        guard arguments.count == 1 else { throw FunctionErrorText.wrongArgs("Has", want: 1, got: arguments.count) }
        guard case .string(let s) = arguments[0] else {
            throw FunctionErrorText.wrongType(expected: "string", got: arguments[0].goTypeName)
        }
        return .bool(has(s))
    }

    /// Helm 4.1.4's built-in list (group/versions only, no kinds), in its order.
    public static let defaultVersions: [String] = [
        "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1", "apps/v1", "apps/v1beta1",
        "apps/v1beta2", "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1", "authentication.k8s.io/v1beta1",
        "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1", "autoscaling/v1", "autoscaling/v2",
        "autoscaling/v2beta1", "autoscaling/v2beta2", "batch/v1", "batch/v1beta1", "certificates.k8s.io/v1",
        "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1", "coordination.k8s.io/v1alpha2",
        "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1", "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
        "events.k8s.io/v1", "events.k8s.io/v1beta1", "extensions/v1beta1", "flowcontrol.apiserver.k8s.io/v1",
        "flowcontrol.apiserver.k8s.io/v1beta1", "flowcontrol.apiserver.k8s.io/v1beta2",
        "flowcontrol.apiserver.k8s.io/v1beta3", "networking.k8s.io/v1", "networking.k8s.io/v1beta1", "node.k8s.io/v1",
        "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1", "policy/v1", "policy/v1beta1", "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1",
        "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3", "scheduling.k8s.io/v1alpha1",
        "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1", "storage.k8s.io/v1beta1", "storage.k8s.io/v1",
        "storage.k8s.io/v1alpha1", "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1",
    ]
}

/// `.Capabilities.HelmVersion` (`version.BuildInfo`) of Helm v4.1.4.
public struct HelmBuildInfo: GoObject, GoEncodableObject {
    public var version = "v4.1.4"
    public var gitCommit = "05fa37973dc9e42b76e1d2883494c87174b6074f"
    public var gitTreeState = "clean"
    public var goVersion = "go1.25.9"
    public var kubeClientVersion = "v1.35"

    public init() {}

    public var goTypeName: String { "version.BuildInfo" }
    public var goKindName: String { "struct" }
    public var formatted: String { "{\(version) \(gitCommit) \(gitTreeState) \(goVersion) \(kubeClientVersion)}" }
    public var identity: Value { .list(fields.map { .string($0.1) }) }

    fileprivate var fields: [(String, String)] {
        [("version", version), ("git_commit", gitCommit), ("git_tree_state", gitTreeState),
         ("go_version", goVersion), ("kube_client_version", kubeClientVersion)]
    }

    public func member(_ name: String) -> Value? {
        switch name {
        case "Version": .string(version)
        case "GitCommit": .string(gitCommit)
        case "GitTreeState": .string(gitTreeState)
        case "GoVersion": .string(goVersion)
        case "KubeClientVersion": .string(kubeClientVersion)
        default: nil
        }
    }

    public var encoded: Value { .map(Dictionary(uniqueKeysWithValues: fields.map { ($0.0, Value.string($0.1)) })) }
}

extension HelmBuildInfo: GoJSONMarshalable {
    public func goJSONForm() throws -> GoJSONForm { .fields(fields.map { ($0.0, Value.string($0.1)) }) }
}
