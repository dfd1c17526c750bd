/// Helm's install order of kinds (spec 9.4). Known kinds first in this order, unknown kinds
/// after them sorted bytewise (so `""` comes first among them); ties keep input order.
public enum KindOrder {
    public static let install: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: install.enumerated().map { ($1, $0) })

    /// Whether kind `a` sorts strictly before kind `b`.
    public static func less(_ a: String, _ b: String) -> Bool {
        switch (rank[a], rank[b]) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return GoTextOrder.less(a, b)
        }
    }

    /// A stable sort by kind (Swift's `sort` is not guaranteed stable, so indexes break ties).
    static func stableSort<T>(_ items: [T], kind: (T) -> String) -> [T] {
        items.enumerated().sorted { x, y in
            let (ka, kb) = (kind(x.element), kind(y.element))
            if less(ka, kb) { return true }
            if less(kb, ka) { return false }
            return x.offset < y.offset
        }.map(\.element)
    }
}

/// Bytewise string order (Go's `<` on strings).
enum GoTextOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
