import KrelCore

extension ChartMetadata {
    /// `.Chart` as templates see it (spec 7.2): a `map[string]interface {}` keyed by Go
    /// field names, strings defaulting to "", lists to empty `[]interface {}`, a nil
    /// `Annotations` map, plus `IsRoot`.
    public func templateValue(isRoot: Bool) -> Value {
        let annotationsValue: Value
        if let annotations {
            annotationsValue = .map(annotations.mapValues { .string($0) }, .strings)
        } else {
            annotationsValue = .object(NilStringMap())
        }
        return .map([
            "Name": .string(name),
            "Home": .string(home),
            "Sources": .list(sources.map { .string($0) }),
            "Version": .string(version),
            "Description": .string(description),
            "Keywords": .list(keywords.map { .string($0) }),
            "Maintainers": .list(maintainers.compactMap { $0 }.map { $0.templateValue }),
            "Icon": .string(icon),
            "APIVersion": .string(apiVersion),
            "Condition": .string(condition),
            "Tags": .string(tags),
            "AppVersion": .string(appVersion),
            "Deprecated": .bool(deprecated),
            "Annotations": annotationsValue,
            "KubeVersion": .string(kubeVersion),
            "Dependencies": .list(dependencies.compactMap { $0 }.map { $0.templateValue }),
            "Type": .string(type),
            "IsRoot": .bool(isRoot),
        ])
    }
}

extension Maintainer {
    /// `{Name Email URL}` as in `.Chart.Maintainers`.
    public var templateValue: Value {
        .map(["Name": .string(name), "Email": .string(email), "URL": .string(url)])
    }
}

extension Dependency {
    /// `{Name Version Repository Condition Tags Enabled ImportValues Alias}` as in
    /// `.Chart.Dependencies` (the dependency processor normalises ImportValues first).
    public var templateValue: Value {
        .map([
            "Name": .string(name),
            "Version": .string(version),
            "Repository": .string(repository),
            "Condition": .string(condition),
            "Tags": .list(tags.map { .string($0) }),
            "Enabled": .bool(enabled),
            "ImportValues": .list(importValues),
            "Alias": .string(alias),
        ])
    }
}

/// A Go nil `map[string]string`: prints `map[]`, has no keys, and encodes as JSON `null`.
public struct NilStringMap: GoCollectionObject, GoEncodableObject {
    public init() {}
    public var goTypeName: String { "map[string]string" }
    public var goKindName: String { "map" }
    public var formatted: String { "map[]" }
    public func member(_ name: String) -> Value? { nil }
    public var identity: Value { .null }
    public var collection: Value { .map([:], .strings) }
    public var encoded: Value { .null }
}
