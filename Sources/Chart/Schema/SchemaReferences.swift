import KrelCore

/// The reference targets inside one values.schema.json: embedded resources (`$id`), anchors
/// (`$anchor`, `$dynamicAnchor`, draft-06/07 `"$id": "#name"`), and every `$ref`/`$dynamicRef`
/// so that unresolvable local ones fail up front, as jsonschema's compile step does.
/// URIs are joined simply (no full RFC 3986 resolution); remote documents are not fetched.
struct SchemaReferences {
    /// The root resource's URI: its `$id`, else the file URL helm loads it under.
    let base: String
    private var resources: [String: Value] = [:]
    private var anchors: [String: Value] = [:]
    /// Resource URI ⇒ its dynamic anchor names.
    private var dynamicAnchors: [String: Set<String>] = [:]
    /// Resources whose root says `"$recursiveAnchor": true` (2019-09).
    private var recursiveAnchors: Set<String> = []
    /// jsonschema's compile error for the first reachable local reference that does not
    /// resolve, and the `urn:` references it replaces by a permissive schema.
    private(set) var compileError: String?
    private(set) var unresolvedURNs: [String] = []
    static let fileURL = "file:///values.schema.json"

    init(root: Value, draft: Int) {
        base = Self.documentPart(root["$id"]?.stringValue ?? "file:///values.schema.json")
        resources[base] = root
        var anchorSites: [String: String] = [:]
        walk(root, resource: base, draft: draft, at: [], anchorSites: &anchorSites)
        guard compileError == nil else { return }
        var visited: Set<String> = []
        reach(root, resource: base, draft: draft, visited: &visited, depth: 0)
    }

    /// Indexes resources and anchors; a name anchored twice in one resource is jsonschema's
    /// `duplicate anchor` error (anchorSites: resource#name ⇒ JSON pointer of the first).
    private mutating func walk(_ node: Value, resource: String, draft: Int, at path: [String], anchorSites: inout [String: String]) {
        guard path.count < 128 else { return }
        let depth = path.count
        switch node {
        case .list(let items, _):
            for (i, item) in items.enumerated() {
                walk(item, resource: resource, draft: draft, at: path + [String(i)], anchorSites: &anchorSites)
            }
        case .map(let s, _):
            var current = resource
            if depth > 0, let id = s["$id"]?.stringValue {
                if id.hasPrefix("#") && draft <= 7 {
                    anchors[resource + id] = node
                } else {
                    current = Self.documentPart(Self.join(id, resource))
                    resources[current] = node
                }
            }
            let pointer = SchemaText.pointer(path)
            for name in Set([s["$anchor"]?.stringValue, s["$dynamicAnchor"]?.stringValue].compactMap { $0 }) {
                let key = current + "#" + name
                if let first = anchorSites[key], compileError == nil {
                    let (a, b) = first < pointer ? (first, pointer) : (pointer, first)
                    let file = current == base ? Self.fileURL : current
                    compileError = "duplicate anchor \"\(name)\" in \"\(file)\" at \"\(a)\" and \"\(b)\""
                }
                anchorSites[key] = pointer
                anchors[key] = node
            }
            if let name = s["$dynamicAnchor"]?.stringValue { dynamicAnchors[current, default: []].insert(name) }
            // Only a resource root (the document root or a node with its own `$id`) counts.
            if case .bool(true)? = s["$recursiveAnchor"], depth == 0 || current != resource {
                recursiveAnchors.insert(current)
            }
            for key in s.keys.sorted() where !["enum", "const", "default", "examples"].contains(key) {
                walk(s[key] ?? .null, resource: current, draft: draft, at: path + [key], anchorSites: &anchorSites)
            }
        default: break
        }
    }

    static func documentPart(_ uri: String) -> String {
        uri.firstIndex(of: "#").map { String(uri[..<$0]) } ?? uri
    }

    /// `ref` against the resource URI `against`.
    static func join(_ ref: String, _ against: String) -> String {
        if ref.contains("://") || ref.hasPrefix("urn:") { return ref }
        let document = documentPart(against)
        if ref.hasPrefix("#") || ref.isEmpty { return document + ref }
        guard let slash = document.lastIndex(of: "/") else { return ref }
        return document[...slash] + ref
    }

    /// The node `ref` names and the resource it lives in; nil when it cannot be resolved here.
    func resolve(_ ref: String, in resource: String) -> (node: Value, resource: String)? {
        let uri = Self.join(ref, resource)
        let document = Self.documentPart(uri)
        guard let root = resources[document] else { return nil }
        let fragment = uri.dropFirst(document.count + 1)
        if fragment.isEmpty { return (root, document) }
        if fragment.hasPrefix("/") {
            // A pointer may land on an embedded resource; its own `$id` then scopes it.
            guard let node = Self.pointer(String(fragment), in: root) else { return nil }
            if let id = node["$id"]?.stringValue, !id.hasPrefix("#") { return (node, Self.documentPart(Self.join(id, document))) }
            return (node, document)
        }
        return anchors[document + "#" + fragment].map { ($0, document) }
    }

    /// `$dynamicRef`: resolved statically; when that lands on a matching `$dynamicAnchor`, the
    /// outermost resource in the dynamic scope declaring the same anchor wins.
    func resolveDynamic(_ ref: String, in resource: String, scope: [String]) -> (node: Value, resource: String)? {
        guard let found = resolve(ref, in: resource) else { return nil }
        let name = String(ref.drop { $0 != "#" }.dropFirst())
        guard !name.hasPrefix("/"), found.node["$dynamicAnchor"]?.stringValue == name else { return found }
        for outer in scope where dynamicAnchors[outer]?.contains(name) == true {
            if let node = anchors[outer + "#" + name] { return (node, outer) }
        }
        return found
    }

    /// Compiles what jsonschema compiles: the schemas reachable from the root through keywords
    /// and references (unreferenced `$defs` are never looked at).
    private mutating func reach(_ node: Value, resource: String, draft: Int, visited: inout Set<String>, depth: Int) {
        guard depth < 128, compileError == nil else { return }
        switch node {
        case .list(let items, _):
            for item in items { reach(item, resource: resource, draft: draft, visited: &visited, depth: depth + 1) }
        case .map(let s, _):
            var current = resource
            if depth > 0, let id = s["$id"]?.stringValue, !(id.hasPrefix("#") && draft <= 7) {
                current = Self.documentPart(Self.join(id, resource))
            }
            for key in ["$ref", "$dynamicRef"] {
                guard let ref = s[key]?.stringValue else { continue }
                let uri = Self.join(ref, current)
                let document = Self.documentPart(uri)
                guard resources[document] != nil else {
                    if uri.hasPrefix("urn:") { unresolvedURNs.append(uri) }
                    // Relative refs from the file-loaded root point at files next to it, which
                    // helm never has (it loads the schema from memory) [oracle].
                    if document.hasPrefix("file:///") {
                        compileError = "failing loading \"\(document)\": open \(document.dropFirst(7)): no such file or directory"
                        return
                    }
                    continue
                }
                guard let target = resolve(ref, in: current) else {
                    compileError = unresolvedText(uri, document)
                    return
                }
                if visited.insert(uri).inserted {
                    reach(target.node, resource: target.resource, draft: draft, visited: &visited, depth: depth + 1)
                }
            }
            for key in s.keys.sorted() where !["$defs", "definitions", "enum", "const", "default", "examples"].contains(key) {
                reach(s[key] ?? .null, resource: current, draft: draft, visited: &visited, depth: depth + 1)
            }
        default: break
        }
    }

    /// `$recursiveRef` (2019-09): like `$ref`, but when the target resource is marked
    /// `$recursiveAnchor: true`, the outermost such resource in the dynamic scope is used.
    func resolveRecursive(_ ref: String, in resource: String, scope: [String]) -> (node: Value, resource: String)? {
        guard let found = resolve(ref, in: resource) else { return nil }
        guard case .bool(true)? = found.node["$recursiveAnchor"] else { return found }
        for outer in scope where recursiveAnchors.contains(outer) {
            if let node = resources[outer] { return (node, outer) }
        }
        return found
    }

    /// jsonschema names a missing pointer by the file it was loaded from, and a missing anchor
    /// by the reference URI, within "the schema" of that file [oracle].
    private func unresolvedText(_ uri: String, _ document: String) -> String {
        let fragment = uri.dropFirst(document.count + 1)
        let file = document == base ? Self.fileURL : document
        if fragment.hasPrefix("/") { return "json-pointer in \"\(file)#\(fragment)\" not found" }
        return "anchor in \"\(uri)\" not found in schema \"\(file)\""
    }

    static func pointer(_ fragment: String, in root: Value) -> Value? {
        var current = root
        for raw in fragment.split(separator: "/", omittingEmptySubsequences: true) {
            let token = percentDecode(String(raw)).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
            switch current {
            case .map(let m, _):
                guard let next = m[token] else { return nil }
                current = next
            case .list(let items, _):
                guard let i = Int(token), i >= 0, i < items.count else { return nil }
                current = items[i]
            default: return nil
            }
        }
        return current
    }

    private static func percentDecode(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.first {
            it = it.dropFirst()
            if b == UInt8(ascii: "%"), it.count >= 2,
               let h = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(h)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
