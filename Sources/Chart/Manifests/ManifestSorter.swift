import KrelCore

/// A plain rendered document: the file it came from and its trimmed text.
public struct RenderedManifest: Sendable, Equatable {
    public var path: String
    public var content: String
    public var head: ManifestHead

    public init(path: String, content: String, head: ManifestHead) {
        self.path = path
        self.content = content
        self.head = head
    }
}

/// A document carrying a known `helm.sh/hook` annotation.
public struct RenderedHook: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var path: String
    public var manifest: String
    /// Lowercased event names; `test-success` is recorded as `test`.
    public var events: [String]
    public var weight: Int
    public var deletePolicies: [String]
    public var outputLogPolicies: [String]

    public var isTest: Bool { events.contains("test") }

    public init(
        name: String, kind: String, path: String, manifest: String, events: [String], weight: Int,
        deletePolicies: [String], outputLogPolicies: [String]
    ) {
        self.name = name
        self.kind = kind
        self.path = path
        self.manifest = manifest
        self.events = events
        self.weight = weight
        self.deletePolicies = deletePolicies
        self.outputLogPolicies = outputLogPolicies
    }
}

public struct ManifestError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Splits rendered files into documents, separates hooks from plain manifests and sorts
/// both by kind (spec 9).
public enum ManifestSorter {
    /// Parses one document as YAML (the YAML 1.1 -> JSON path); a thrown error's
    /// description follows `YAML parse error on <file>: `, e.g.
    /// `error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context`.
    /// `@Sendable`: documents are parsed in parallel.
    public typealias DocumentParser = @Sendable (String) throws -> Value

    static let hookEvents: Set<String> = [
        "pre-install", "post-install", "pre-delete", "post-delete", "pre-upgrade", "post-upgrade",
        "pre-rollback", "post-rollback", "test",
    ]

    /// `files` maps template paths to rendered text (NOTES.txt already removed). Unknown
    /// hook documents are dropped with an INFO line appended to `log`.
    public static func sort(
        files: [String: String], parse: DocumentParser, log: inout [String]
    ) throws(ManifestError) -> (hooks: [RenderedHook], manifests: [RenderedManifest]) {
        var hooks: [RenderedHook] = []
        var manifests: [RenderedManifest] = []
        var documents: [(path: String, text: String)] = []
        for path in files.keys.sorted(by: Value.goStringLess) {
            let content = files[path]!
            let base = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            if base.hasPrefix("_") || GoStrings.trimSpace(content).isEmpty { continue }
            for document in ManifestSplitter.split(content) { documents.append((path, document)) }
        }
        // Parsing every document is most of this step's cost; the first failure in
        // document order is still the one reported.
        let parsedHeads = ParallelHeads.parse(documents.map(\.text), parse: parse)
        for ((path, document), parsed) in zip(documents, parsedHeads) {
            do {
                let head: ManifestHead
                do {
                    head = try parsed.get()
                } catch let error as ManifestHeadError {
                    throw ManifestError("YAML parse error on \(path): error unmarshaling JSON: while decoding JSON: \(error.message)")
                } catch {
                    throw ManifestError("YAML parse error on \(path): \(error)")
                }
                guard let annotations = head.annotations, !annotations.isEmpty,
                      let hookTypes = annotations["helm.sh/hook"]
                else {
                    manifests.append(RenderedManifest(path: path, content: document, head: head))
                    continue
                }
                var events: [String] = []
                var unknown = false
                for item in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
                    let event = GoStrings.trimSpace(String(item)).lowercased()
                    if event == "test-success" {
                        events.append("test")
                    } else if hookEvents.contains(event) {
                        events.append(event)
                    } else {
                        unknown = true
                        break
                    }
                }
                if unknown {
                    log.append(SlogLine.info("skipping unknown hooks", [("hookTypes", hookTypes)]))
                    continue
                }
                hooks.append(RenderedHook(
                    name: head.name, kind: head.kind, path: path, manifest: document, events: events,
                    weight: Int(SetScalarTyping.parseInt64(annotations["helm.sh/hook-weight"] ?? "") ?? 0),
                    deletePolicies: policies(annotations["helm.sh/hook-delete-policy"]),
                    outputLogPolicies: policies(annotations["helm.sh/hook-output-log-policy"])))
            }
        }
        return (KindOrder.stableSort(hooks, kind: \.kind), KindOrder.stableSort(manifests, kind: \.head.kind))
    }

    private static func policies(_ annotation: String?) -> [String] {
        guard let annotation else { return [] }
        return annotation.split(separator: ",", omittingEmptySubsequences: false).map {
            GoStrings.trimSpace(String($0)).lowercased()
        }
    }
}
