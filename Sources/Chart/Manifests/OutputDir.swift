import Functions
import KrelCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `helm template --output-dir` (spec 10.4): every document is written to
/// `<dir>/<source path>` as `---\n# Source: <path>\n<text>\n`; the first write of a run
/// truncates, later ones append, and hooks append to any file that already exists.
/// CRDs go below the output dir itself, even with `--release-name`.
public struct OutputDirPlan: Sendable, Equatable {
    /// What helm prints: one `wrote <file>` line per document, then an empty line
    /// (not when `--show-only` makes it fail).
    public var stdout = ""
    /// Final file contents in first-write order.
    public var files: [(path: String, content: String)] = []
    /// With `--show-only`, helm writes everything and then fails with this error.
    public var error: TemplateOutputError?

    public static func == (a: OutputDirPlan, b: OutputDirPlan) -> Bool {
        a.stdout == b.stdout && a.error == b.error
            && a.files.map(\.path) == b.files.map(\.path) && a.files.map(\.content) == b.files.map(\.content)
    }
}

public enum OutputDir {
    /// Plans the writes. `existingContent` returns a file's current contents on disk, or nil.
    public static func plan(
        crds: [CRDFile], manifests: [RenderedManifest], hooks: [RenderedHook],
        options: TemplateOutputOptions, outputDir: String, releaseName: String?,
        existingContent: (String) -> String?
    ) -> OutputDirPlan {
        var plan = OutputDirPlan()
        var contents: [String: String] = [:]
        var order: [String] = []
        let documentDir = releaseName.map { GoPath.clean(outputDir + "/" + $0) } ?? outputDir

        func write(_ dir: String, _ name: String, _ text: String, append: Bool) {
            let file = dir + "/" + name
            var document = ""
            TemplateOutput.appendDocument(&document, path: name, text: text)
            if contents[file] == nil { order.append(file) }
            contents[file] = append ? (contents[file] ?? existingContent(file) ?? "") + document : document
            plan.stdout += "wrote \(file)\n"
        }

        var written: Set<String> = []
        if options.includeCRDs {
            for crd in crds {
                write(outputDir, crd.path, crd.content, append: written.contains(crd.path))
                written.insert(crd.path)
            }
        }
        for manifest in manifests {
            write(documentDir, manifest.path, manifest.content, append: written.contains(manifest.path))
            written.insert(manifest.path)
        }
        if !options.disableHooks {
            for hook in hooks where !(options.skipTests && hook.isTest) {
                let file = documentDir + "/" + hook.path
                let exists = contents[file] != nil || existingContent(file) != nil
                write(documentDir, hook.path, hook.manifest, append: exists)
            }
        }
        plan.files = order.map { ($0, contents[$0]!) }
        // The (empty) manifest text is printed as one newline, unless --show-only fails on it.
        if let first = options.showOnly.first {
            plan.error = TemplateOutputError("could not find template \(first) in chart")
        } else {
            plan.stdout += "\n"
        }
        return plan
    }

    /// Reads a file for `plan(existingContent:)`.
    public static func existingContent(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes every planned file atomically (temporary file + rename), creating folders.
    public static func write(_ plan: OutputDirPlan) throws {
        for (path, content) in plan.files {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(RawBytes.bytes(of: content)).write(to: url, options: .atomic)
        }
    }
}
