import Chart
import Functions
import KrelCore
import Template

/// `krel template [NAME] CHART [flags]`: renders a chart like `helm template`.
enum TemplateCommand {
    static let parser = FlagParser(specs: HelmFlags.template)

    static func run(_ arguments: [String], output: inout some CommandOutput) -> Int32 {
        if arguments.contains(where: { $0 == "-h" || $0 == "--help" }) {
            output.writeOut(helpText)
            return 0
        }
        let flags: FlagParser.Result
        do { flags = try parser.parse(arguments) } catch {
            output.writeErr("Error: \(error.message)\n")
            return 1
        }
        let request: TemplateRequest
        do { request = try makeRequest(flags) } catch {
            output.writeErr(error.stderrBefore + "Error: \(error.message)\n")
            return 1
        }
        do {
            let response = try ChartTemplating.run(request)
            output.writeErr(response.stderr)
            output.writeOut(response.stdout)
            return 0
        } catch {
            output.writeOut(error.stdout)
            output.writeErr(error.stderrBefore + "Error: \(error.message)\n")
            if error.duringRender { output.writeErr("\nUse --debug flag to render out invalid YAML\n") }
            return 1
        }
    }

    /// Turns the flags into a render request: release name, chart, values and output options.
    static func makeRequest(_ flags: FlagParser.Result) throws(TemplateFailure) -> TemplateRequest {
        let positionals = flags.positionals
        if positionals.count > 2 {
            throw TemplateFailure(
                "expected at most two arguments, unexpected arguments: " + positionals[2...].joined(separator: ", "))
        }
        guard let chartPath = positionals.last else {
            throw TemplateFailure("\"krel template\" requires at least 1 argument\n\nUsage:  krel template [NAME] [CHART] [flags]")
        }
        let releaseName = try releaseName(flags, explicit: positionals.count == 2 ? positionals[0] : nil)
        var request = TemplateRequest(chartPath: chartPath, releaseName: releaseName)
        request.namespace = flags.string("namespace") ?? "default"
        request.isUpgrade = flags.bool("is-upgrade")
        request.kubeVersion = flags.string("kube-version")
        request.apiVersions = flags.strings("api-versions")
        request.skipSchemaValidation = flags.bool("skip-schema-validation")
        request.valueFlags = UserValueFlags(
            valueFiles: flags.strings("values"), jsonValues: flags.strings("set-json"), values: flags.strings("set"),
            stringValues: flags.strings("set-string"), fileValues: flags.strings("set-file"),
            literalValues: flags.strings("set-literal"))
        request.output.includeCRDs = flags.bool("include-crds")
        request.output.disableHooks = flags.bool("no-hooks")
        request.output.skipTests = flags.bool("skip-tests")
        request.output.showOnly = flags.strings("show-only")
        request.outputDir = flags.string("output-dir")
        request.outputDirUsesReleaseName = flags.bool("release-name")
        return request
    }

    static let helpText = """
        Render chart templates locally and display the output, like `helm template`.

        Usage:
          krel template [NAME] [CHART] [flags]

        Common flags:
          -f, --values strings         values files (comma-separated or repeated; - reads stdin)
              --set stringArray        set values (key1=val1,key2=val2); also --set-string,
                                       --set-json, --set-file, --set-literal
          -n, --namespace string       release namespace (default "default")
              --kube-version string    Kubernetes version for .Capabilities.KubeVersion
          -a, --api-versions strings   extra API versions for .Capabilities.APIVersions
          -s, --show-only stringArray  only show manifests rendered from the given templates
              --include-crds           include CRDs in the output
              --skip-tests             skip test hooks; --no-hooks skips all hooks
              --is-upgrade             set .Release.IsUpgrade instead of .Release.IsInstall
              --output-dir string      write the manifests to files instead of stdout
              --name-template string   template for the release name
              --skip-schema-validation disable values.schema.json validation

        Every other `helm template` flag is accepted; those that need a cluster or a chart
        repository have no effect.

        """

    /// The release name: the NAME argument, `--name-template`, `--generate-name`, or
    /// `release-name`; then Helm's validity check.
    static func releaseName(_ flags: FlagParser.Result, explicit: String?) throws(TemplateFailure) -> String {
        let template = flags.string("name-template")
        if explicit != nil && (template != nil || flags.bool("generate-name")) {
            throw TemplateFailure(template != nil ? "cannot set --name-template and also specify a name"
                                                  : "cannot set --generate-name and also specify a name")
        }
        // `helm template -g` keeps the default name: only a real install generates one.
        var name = explicit ?? "release-name"
        if let template {
            do {
                name = try TemplateSet(functions: FunctionLibrary.helm).execute(text: template, name: "name-template", data: .null)
            } catch { throw TemplateFailure("\(error)") }
        }
        do { try ReleaseName.validate(name) } catch let invalid as ReleaseName.InvalidName {
            throw TemplateFailure(
                invalid.cliMessage,
                stderrBefore: SlogLine.error("release name check failed", [("error", invalid.description)]) + "\n")
        } catch { throw TemplateFailure("\(error)") }
        return name
    }
}
