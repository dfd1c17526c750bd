import KrelCore

/// Everything `helm template` needs besides the chart itself: a library call that the CLI
/// (and later `install`, `upgrade` and `diff`) fills from its flags.
public struct TemplateRequest: Sendable {
    /// A chart directory or packaged `.tgz`, relative to the working directory.
    public var chartPath: String
    public var releaseName: String
    public var namespace = "default"
    public var revision = 1
    public var isUpgrade = false
    public var valueFlags = UserValueFlags()
    /// `--kube-version`.
    public var kubeVersion: String?
    /// `-a/--api-versions`, already comma-split.
    public var apiVersions: [String] = []
    public var skipSchemaValidation = false
    public var output = TemplateOutputOptions()
    /// `--output-dir`; when set, documents are written there instead of printed.
    public var outputDir: String?
    /// `--release-name`: put `--output-dir` files under a folder named after the release.
    public var outputDirUsesReleaseName = false

    public init(chartPath: String, releaseName: String) {
        self.chartPath = chartPath
        self.releaseName = releaseName
    }
}

/// What `helm template` prints when it succeeds.
public struct TemplateResponse: Sendable, Equatable {
    public var stdout: String
    /// Log lines for stderr (warnings), each ending in a newline.
    public var stderr: String
}

/// Why `helm template` failed: the text after `Error: `, the log lines printed before it,
/// and whether Helm adds its "Use --debug" hint (failures during or after rendering).
public struct TemplateFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var stderrBefore: String
    public var duringRender: Bool
    /// Output already produced (`--output-dir` reports its writes before failing).
    public var stdout = ""

    public init(_ message: String, stderrBefore: String = "", duringRender: Bool = false) {
        self.message = message
        self.stderrBefore = stderrBefore
        self.duringRender = duringRender
    }

    public var description: String { message }
}
