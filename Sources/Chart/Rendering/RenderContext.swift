import KrelCore

/// The objects every template file of a render sees besides its chart's own.
public struct RenderContext: Sendable {
    /// `.Release` (a plain map).
    public var release: Value
    /// `.Capabilities`.
    public var capabilities: Capabilities

    public init(release: Value, capabilities: Capabilities) {
        self.release = release
        self.capabilities = capabilities
    }
}

/// One template file's output, `<no value>` already removed.
public struct RenderedFile: Sendable, Equatable {
    /// The full path, e.g. `app/charts/db/templates/svc.yaml`.
    public var path: String
    public var content: String

    public init(path: String, content: String) {
        self.path = path
        self.content = content
    }
}
