#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Functions
import KrelCore
import Template

/// Renders every template of a chart tree (Helm's engine, spec 8): all files of all charts
/// are parsed into one template set in Helm's order, every file whose name does not start
/// with `_` is executed with its chart's root object, and `<no value>` is removed.
public struct TemplateRenderer {
    public var functions: FunctionTable
    /// Helm's `toYaml` (no trailing newline), for `.Files.AsConfig` and `.Values.YAML`.
    public var toYAML: FilesObject.YAMLEncoder

    public init(functions: FunctionTable, toYAML: @escaping FilesObject.YAMLEncoder) {
        self.functions = functions
        self.toYAML = toYAML
    }

    /// One template file to parse, with the root object its chart's files execute with.
    struct Source {
        var path: String
        var text: String
        var root: [String: Value]
        var executable: Bool
        /// The chart's full path (`app/charts/db`): files of one chart share its `.Values`.
        var chartPath: String
        /// `<chart path>/templates`, the file's `.Template.BasePath`.
        var basePath: String {
            chartPath + "/templates"
        }
    }

    /// Renders `chart`; returns the output of every executed file, NOTES included.
    public func render(_ chart: RenderableChart, context: RenderContext) throws(RenderError) -> [RenderedFile] {
        var sources: [Source] = []
        _ = collect(chart, parentPath: nil, context: context, into: &sources)
        let ordered = TemplateOrder.sorted(sources) { $0.path }

        let set = TemplateSet(functions: functions)
        set.valuesMethods = ValuesMethods.table(toYAML: toYAML)
        for source in ordered {
            do {
                try set.addFile(named: source.path, text: source.text)
            } catch let error as TemplateParseError {
                throw RenderError(HelmErrorText.parseError(error), duringRender: true)
            } catch {
                throw RenderError("\(error)", duringRender: true)
            }
        }

        // One large-stack thread for all files: `execute` then runs inline instead of
        // starting a thread per file (hundreds in big charts).
        do {
            return try LargeStack.run { try execute(ordered, in: set) }
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError(HelmErrorText.executionError(error), duringRender: true)
        }
    }

    private func execute(_ ordered: [Source], in set: TemplateSet) throws(RenderError) -> [RenderedFile] {
        var rendered: [RenderedFile] = []
        // Changes a file makes to its chart's `.Values` (with `set`, `merge`...) are seen by
        // the files of that chart executed after it, as in Helm (spec 8.3).
        var valuesByChart: [String: Value] = [:]
        for source in ordered where source.executable {
            var root = source.root
            if let values = valuesByChart[source.chartPath] { root["Values"] = values }
            root["Template"] = .map(
                ["Name": .string(source.path), "BasePath": .string(source.basePath)], .helmValues)
            var data = Value.map(root, .helmValues)
            do {
                let output = try set.execute(named: source.path, data: &data)
                rendered.append(RenderedFile(path: source.path, content: NoValue.removed(from: output)))
                if let values = data["Values"] { valuesByChart[source.chartPath] = values }
            } catch {
                throw RenderError(HelmErrorText.executionError(error), duringRender: true)
            }
        }
        return rendered
    }

    /// Adds the chart's template sources (and its subcharts') and returns its root object
    /// without `.Template` (that differs per file), for the parent's `.Subcharts`.
    private func collect(
        _ chart: RenderableChart, parentPath: String?, context: RenderContext, into sources: inout [Source]
    ) -> [String: Value] {
        let fullPath = parentPath.map { "\($0)/charts/\(chart.name)" } ?? chart.name
        var subcharts: [String: Value] = [:]
        for sub in chart.subcharts {
            subcharts[sub.name] = .map(collect(sub, parentPath: fullPath, context: context, into: &sources), .helmValues)
        }
        let root: [String: Value] = [
            "Values": .map(chart.values, .helmValues),
            "Release": context.release,
            "Chart": chart.metadata.templateValue(isRoot: parentPath == nil),
            "Capabilities": .object(context.capabilities),
            "Files": .object(FilesObject(files: chart.files, toYAML: toYAML)),
            "Subcharts": .map(subcharts),
        ]
        for template in chart.templates {
            let base = GoPath.base(template.path)
            // Library charts only contribute helpers; other files are not even parsed.
            if chart.isLibrary && !base.hasPrefix("_") { continue }
            sources.append(Source(
                path: "\(fullPath)/\(template.path)", text: String(decoding: template.data, as: UTF8.self),
                root: root, executable: !base.hasPrefix("_"), chartPath: fullPath))
        }
        return root
    }
}

/// A render failure, with the text Helm prints after `Error: `.
public struct RenderError: Error, CustomStringConvertible, Equatable {
    public var message: String
    /// Failures during or after rendering get Helm's "Use --debug" hint.
    public var duringRender: Bool

    public init(_ message: String, duringRender: Bool) {
        self.message = message
        self.duringRender = duringRender
    }

    public var description: String { message }
}
