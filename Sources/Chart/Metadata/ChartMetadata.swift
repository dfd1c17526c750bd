import KrelCore

/// Chart.yaml (Helm's `chart.Metadata`), with Go's zero values for absent fields.
public struct ChartMetadata: Sendable {
    public var name = ""
    public var home = ""
    public var sources: [String] = []
    public var version = ""
    public var description = ""
    public var keywords: [String] = []
    /// nil entries stand for null list items (a validation error).
    public var maintainers: [Maintainer?] = []
    public var icon = ""
    public var apiVersion = ""
    public var condition = ""
    public var tags = ""
    public var appVersion = ""
    public var deprecated = false
    /// nil when Chart.yaml has no annotations (Go nil map: prints `map[]`, toJson `null`).
    public var annotations: [String: String]?
    public var kubeVersion = ""
    public var dependencies: [Dependency?] = []
    public var type = ""

    public init() {}

    public static let apiVersionV1 = "v1"
    public static let apiVersionV2 = "v2"

    public var isLibrary: Bool { type == "library" }
}

/// One `maintainers:` entry.
public struct Maintainer: Sendable, Equatable {
    public var name = ""
    public var email = ""
    public var url = ""

    public init(name: String = "", email: String = "", url: String = "") {
        self.name = name
        self.email = email
        self.url = url
    }
}

/// One `dependencies:` entry (Chart.yaml or requirements.yaml).
public struct Dependency: Sendable {
    public var name = ""
    public var version = ""
    public var repository = ""
    public var condition = ""
    public var tags: [String] = []
    public var enabled = false
    /// Raw `import-values` items: strings or `{child, parent}` maps.
    public var importValues: [Value] = []
    public var alias = ""

    public init() {}

    /// The name the subchart goes by once processed: the alias if set.
    public var effectiveName: String { alias.isEmpty ? name : alias }
}
