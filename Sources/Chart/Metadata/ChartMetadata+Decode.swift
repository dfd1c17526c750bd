import KrelCore

extension ChartMetadata {
    /// Metadata read from a parsed Chart.yaml document.
    public init(from value: Value) throws {
        self.init()
        try apply(value)
    }

    /// Overlays the fields present in `value` (Chart.yaml, or requirements.yaml merged on top
    /// the way Helm unmarshals it into the same struct). Absent and `null` fields keep
    /// their current values, except lists, which `null` clears.
    public mutating func apply(_ value: Value) throws {
        if case .null = value { return }
        let s = "Metadata"
        for (key, item) in try MetadataDecoding.fields(value, structName: s, path: "", goType: "v2.Metadata") {
            switch key {
            case "name": name = try MetadataDecoding.string(item, s, "name") ?? name
            case "home": home = try MetadataDecoding.string(item, s, "home") ?? home
            case "sources": sources = try MetadataDecoding.stringList(item, s, "sources") ?? []
            case "version": version = try MetadataDecoding.string(item, s, "version") ?? version
            case "description": description = try MetadataDecoding.string(item, s, "description") ?? description
            case "keywords": keywords = try MetadataDecoding.stringList(item, s, "keywords") ?? []
            case "maintainers": maintainers = try ChartMetadata.decodeMaintainers(item)
            case "icon": icon = try MetadataDecoding.string(item, s, "icon") ?? icon
            case "apiversion": apiVersion = try MetadataDecoding.string(item, s, "apiVersion") ?? apiVersion
            case "condition": condition = try MetadataDecoding.string(item, s, "condition") ?? condition
            case "tags": tags = try MetadataDecoding.string(item, s, "tags") ?? tags
            case "appversion": appVersion = try MetadataDecoding.string(item, s, "appVersion") ?? appVersion
            case "deprecated": deprecated = try MetadataDecoding.bool(item, s, "deprecated") ?? deprecated
            case "annotations":
                if let decoded = try MetadataDecoding.stringMap(item, s, "annotations") { annotations = decoded }
            case "kubeversion": kubeVersion = try MetadataDecoding.string(item, s, "kubeVersion") ?? kubeVersion
            case "dependencies": dependencies = try ChartMetadata.decodeDependencies(item)
            case "type": type = try MetadataDecoding.string(item, s, "type") ?? type
            default: continue  // unknown fields are ignored
            }
        }
    }

    private static func decodeMaintainers(_ value: Value) throws -> [Maintainer?] {
        switch value {
        case .null: return []
        case .list(let items, _):
            return try items.map { item -> Maintainer? in
                if case .null = item { return nil }
                var m = Maintainer()
                let s = "Maintainer"
                for (key, field) in try MetadataDecoding.fields(item, structName: "Metadata", path: "maintainers", goType: "v2.Maintainer") {
                    switch key {
                    case "name": m.name = try MetadataDecoding.string(field, s, "maintainers.name") ?? m.name
                    case "email": m.email = try MetadataDecoding.string(field, s, "maintainers.email") ?? m.email
                    case "url": m.url = try MetadataDecoding.string(field, s, "maintainers.url") ?? m.url
                    default: continue
                    }
                }
                return m
            }
        default:
            throw MetadataTypeError(jsonKind: MetadataDecoding.jsonKind(value), structName: "Metadata",
                                    fieldPath: "maintainers", goType: "[]*v2.Maintainer")
        }
    }

    /// `owner` is the Go struct holding the list: `Metadata`, or `Lock` for lock files.
    static func decodeDependencies(_ value: Value, owner: String = "Metadata") throws -> [Dependency?] {
        switch value {
        case .null: return []
        case .list(let items, _):
            return try items.map { item -> Dependency? in
                if case .null = item { return nil }
                return try Dependency(from: item, owner: owner)
            }
        default:
            throw MetadataTypeError(jsonKind: MetadataDecoding.jsonKind(value), structName: owner,
                                    fieldPath: "dependencies", goType: "[]*v2.Dependency")
        }
    }
}

extension Dependency {
    /// One `dependencies:` item read from its parsed map.
    public init(from value: Value) throws {
        try self.init(from: value, owner: "Metadata")
    }

    init(from value: Value, owner: String) throws {
        self.init()
        let s = "Dependency"
        for (key, field) in try MetadataDecoding.fields(value, structName: owner, path: "dependencies", goType: "v2.Dependency") {
            switch key {
            case "name": name = try MetadataDecoding.string(field, s, "dependencies.name") ?? name
            case "version": version = try MetadataDecoding.string(field, s, "dependencies.version") ?? version
            case "repository": repository = try MetadataDecoding.string(field, s, "dependencies.repository") ?? repository
            case "condition": condition = try MetadataDecoding.string(field, s, "dependencies.condition") ?? condition
            case "tags": tags = try MetadataDecoding.stringList(field, s, "dependencies.tags") ?? []
            case "enabled": enabled = try MetadataDecoding.bool(field, s, "dependencies.enabled") ?? enabled
            case "import-values":
                switch field {
                case .null: importValues = []
                case .list(let items, _): importValues = items
                default:
                    throw MetadataTypeError(jsonKind: MetadataDecoding.jsonKind(field), structName: s,
                                            fieldPath: "dependencies.import-values", goType: "[]interface {}")
                }
            case "alias": alias = try MetadataDecoding.string(field, s, "dependencies.alias") ?? alias
            default: continue
            }
        }
    }
}
