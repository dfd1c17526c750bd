/// The Chart.yaml `kubeVersion` check (spec 12.3). Semver constraints live in Functions;
/// the caller passes the matcher: `(constraint, version) throws -> Bool`.
public struct IncompatibleKubeVersion: Error, Equatable, CustomStringConvertible {
    public var constraint: String
    public var kubeVersion: String
    public var description: String {
        "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(kubeVersion)"
    }
}

extension ChartMetadata {
    /// Throws `IncompatibleKubeVersion` when `kubeVersion` is set and the cluster version
    /// (the normalised `vMAJOR.MINOR.PATCH` form) does not satisfy it. Errors thrown by
    /// `satisfies` (a bad constraint) are passed through.
    public func checkKubeVersion(_ kube: KubeVersion, satisfies: (String, String) throws -> Bool) throws {
        if kubeVersion.isEmpty { return }
        if try !satisfies(kubeVersion, kube.normalized) {
            throw IncompatibleKubeVersion(constraint: kubeVersion, kubeVersion: kube.normalized)
        }
    }
}
