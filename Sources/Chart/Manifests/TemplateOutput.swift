import KrelCore
/// A `crds/` file of an enabled chart: its displayed path (`<chart path>/crds/<file>`) and raw text.
public struct CRDFile: Sendable, Equatable {
    public var path: String
    public var content: String
    public init(path: String, content: String) {
        self.path = path
        self.content = content
    }
}

/// The `helm template` flags that shape the output.
public struct TemplateOutputOptions: Sendable, Equatable {
    public var includeCRDs = false
    /// `--no-hooks`.
    public var disableHooks = false
    public var skipTests = false
    /// `-s/--show-only` patterns in flag order.
    public var showOnly: [String] = []
    public init() {}
}

public struct TemplateOutputError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// `helm template` stdout (spec 10.1 and 10.2), built in one growing buffer.
public enum TemplateOutput {
    public static func render(
        crds: [CRDFile], manifests: [RenderedManifest], hooks: [RenderedHook], options: TemplateOutputOptions
    ) throws(TemplateOutputError) -> String {
        var body = ""
        body.reserveCapacity(manifests.reduce(0) { $0 + $1.content.utf8.count + $1.path.utf8.count + 16 } + 64)
        if options.includeCRDs {
            for crd in crds { appendDocument(&body, path: crd.path, text: crd.content) }
        }
        for manifest in manifests { appendDocument(&body, path: manifest.path, text: manifest.content) }
        var out = GoStrings.trimSpace(body) + "\n"
        if !options.disableHooks {
            for hook in hooks where !(options.skipTests && hook.isTest) {
                appendDocument(&out, path: hook.path, text: hook.manifest)
            }
        }
        if options.showOnly.isEmpty { return out }
        return try ShowOnly.select(out, patterns: options.showOnly)
    }

    static func appendDocument(_ out: inout String, path: String, text: String) {
        out += "---\n# Source: "
        out += path
        out += "\n"
        out += text
        out += "\n"
    }
}

/// `--show-only`: re-splits the output and keeps the documents whose `# Source:` path below
/// the chart name matches a pattern, grouped by pattern in flag order.
enum ShowOnly {
    static func select(_ output: String, patterns: [String]) throws(TemplateOutputError) -> String {
        let pieces = ManifestSplitter.split(output)
        let names = pieces.map(sourcePath)
        var result = ""
        for pattern in patterns {
            var found = false
            for (piece, name) in zip(pieces, names) {
                guard let name, GoPathMatch.matches(pattern, name) else { continue }
                result += "---\n" + piece + "\n"
                found = true
            }
            if !found { throw TemplateOutputError("could not find template \(pattern) in chart") }
        }
        return result
    }

    /// The first match of the Go regex `# Source: [^/]+/(.+)` in the piece, capture group 1
    /// (`[^/]` may cross lines, `.` may not).
    static func sourcePath(_ piece: String) -> String? {
        let bytes = Array(piece.utf8)
        let marker = Array("# Source: ".utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0] && Array(bytes[i..<(i + marker.count)]) == marker {
                let start = i + marker.count
                if let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")), slash > start {
                    let end = bytes[(slash + 1)...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                    if end > slash + 1 { return String(decoding: bytes[(slash + 1)..<end], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }
}
