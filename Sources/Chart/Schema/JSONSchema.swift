import KrelCore

/// A JSON Schema (draft-04, 06, 07, 2019-09, 2020-12; default 2020-12) for values.schema.json,
/// reporting failures the way santhosh-tekuri/jsonschema v6 words and nests them.
///
/// Supported: type, enum, const, format (asserted up to draft-07, every jsonschema v6 format),
/// `$ref`/`$dynamicRef` within the document (pointers, `$anchor`, `$dynamicAnchor`, embedded
/// `$id` resources), properties, patternProperties, additionalProperties, required,
/// min/maxProperties, propertyNames, dependencies, dependentRequired, dependentSchemas,
/// items/additionalItems/prefixItems, min/maxItems, uniqueItems, contains, min/maxLength,
/// pattern, minimum/maximum/exclusive*, multipleOf, allOf/anyOf/oneOf/not, if/then/else,
/// unevaluatedProperties/unevaluatedItems. content* are annotations only (as in helm). Remote
/// `$ref`s are treated as `true`; unresolvable `urn:` ones are listed in `unresolvedURNs`.
public struct JSONSchema {
    /// Whether `text` matches the RE2 `pattern` (Go `regexp.MatchString`).
    public typealias RegexMatcher = (_ pattern: String, _ text: String) throws -> Bool

    let root: Value
    let draft: Int
    let regex: RegexMatcher
    let numberLiterals: SchemaNumberLiterals
    let references: SchemaReferences

    /// jsonschema's compile error (an unresolvable local `$ref`), printed under the chart name
    /// instead of failures; nil when the schema compiles.
    public var compileError: String? { references.compileError }

    /// `urn:` references that resolve nowhere: jsonschema treats them as `true` and helm logs
    /// `level=WARN msg="unresolved URN reference ignored; using permissive schema" urn=<urn>`.
    public var unresolvedURNs: [String] { references.unresolvedURNs }

    public init(document: Value, regex: @escaping RegexMatcher) {
        self.init(document: document, source: nil, regex: regex)
    }

    /// `source` is the schema's JSON text, from which `enum`/`const` messages take their
    /// number literals verbatim, as jsonschema does (`1.0` stays `1.0`).
    public init(document: Value, source: [UInt8]?, regex: @escaping RegexMatcher) {
        root = document
        self.regex = regex
        draft = Self.draft(of: document)
        references = SchemaReferences(root: document, draft: draft)
        numberLiterals = source.map { SchemaNumberLiterals(json: $0) } ?? SchemaNumberLiterals()
    }

    static func draft(of document: Value) -> Int {
        guard case .string(let uri)? = document["$schema"] else { return 2020 }
        if uri.contains("draft-04") { return 4 }
        if uri.contains("draft-06") { return 6 }
        if uri.contains("draft-07") { return 7 }
        if uri.contains("2019-09") { return 2019 }
        return 2020
    }

    /// The top-level failures (jsonschema's causes of its "validation failed with" error);
    /// empty when the instance is valid.
    public func validate(_ instance: Value) -> [SchemaFailure] {
        var run = SchemaRun(schema: self)
        guard let failure = run.check(root, instance, at: [], depth: 0) else { return [] }
        return failure.isGroup ? failure.causes : [failure]
    }

    /// Helm's text for the failures: one `- at ...` line per failure, ending in a newline.
    public static func render(_ failures: [SchemaFailure]) -> String {
        var out = ""
        for failure in failures { failure.render(into: &out, indent: 1) }
        return out + "\n"
    }
}

/// One validation pass over an instance.
struct SchemaRun {
    let schema: JSONSchema
    static let maxDepth = 256
    /// The dynamic scope: URIs of the resources entered through references, outermost first.
    var scope: [String]

    init(schema: JSONSchema) {
        self.schema = schema
        scope = [schema.references.base]
    }

    var draft: Int { schema.draft }

    /// Validates `instance` against `node`; nil when valid.
    mutating func check(_ node: Value, _ instance: Value, at path: [String], depth: Int) -> SchemaFailure? {
        var seen = Evaluated()
        return check(node, instance, at: path, depth: depth, seen: &seen)
    }

    /// Validates and reports what the schema evaluated (for unevaluated* in the caller).
    mutating func check(_ node: Value, _ instance: Value, at path: [String], depth: Int, seen: inout Evaluated) -> SchemaFailure? {
        guard depth < Self.maxDepth else {
            return SchemaFailure(instanceLocation: path, message: "schema nesting too deep (reference cycle?)")
        }
        switch node {
        case .bool(true): return nil
        case .bool(false): return SchemaFailure(instanceLocation: path, message: "false schema")
        case .map(let s, _): return checkObject(s, instance, at: path, depth: depth, seen: &seen)
        default: return nil
        }
    }

    /// An in-place subschema whose annotations count only when it passes.
    mutating func checkInPlace(_ node: Value, _ instance: Value, at path: [String], depth: Int, seen: inout Evaluated) -> SchemaFailure? {
        var inner = Evaluated()
        let failure = check(node, instance, at: path, depth: depth, seen: &inner)
        if failure == nil { seen.merge(inner) }
        return failure
    }

    private mutating func checkObject(_ s: [String: Value], _ v: Value, at path: [String], depth: Int, seen: inout Evaluated) -> SchemaFailure? {
        func fail(_ message: String) -> SchemaFailure { SchemaFailure(instanceLocation: path, message: message) }
        if let types = s["type"], let failure = checkType(types, v) { return fail(failure) }
        if draft >= 6, let want = s["const"], !SchemaEquality.equal(v, want) {
            switch want {
            case .list, .map: return fail("'const' failed")
            default: return fail("value must be \(display(want))")
            }
        }
        if case .list(let options, _)? = s["enum"], !options.contains(where: { SchemaEquality.equal(v, $0) }) {
            if options.contains(where: { if case .list = $0 { true } else if case .map = $0 { true } else { false } }) {
                return fail("'enum' failed")
            }
            if options.count == 1 { return fail("value must be \(display(options[0]))") }
            return fail("value must be one of \(options.map(display).joined(separator: ", "))")
        }
        if draft <= 7, case .string(let format)? = s["format"], case .string(let text) = v,
           let problem = SchemaFormats.check(format, text, regex: schema.regex) {
            return fail("\(SchemaText.quote(text)) is not valid \(format): \(problem)")
        }
        var errors: [SchemaFailure] = []
        if case .string(let ref)? = s["$ref"] {
            let refFailure = checkRef(ref, v, at: path, depth: depth, seen: &seen)
            if draft < 2019 { return refFailure }
            if let refFailure { errors.append(refFailure) }
        }
        if draft >= 2020, case .string(let ref)? = s["$dynamicRef"],
           let failure = checkRef(ref, kind: .dynamic, v, at: path, depth: depth, seen: &seen) {
            errors.append(failure)
        }
        if draft == 2019, case .string(let ref)? = s["$recursiveRef"],
           let failure = checkRef(ref, kind: .recursive, v, at: path, depth: depth, seen: &seen) {
            errors.append(failure)
        }
        switch v {
        case .map(let object, _): SchemaObjectKeywords.check(s, object, at: path, run: &self, depth: depth, seen: &seen, into: &errors)
        case .list(let items, _): SchemaArrayKeywords.check(s, items, at: path, run: &self, depth: depth, seen: &seen, into: &errors)
        case .string(let text): SchemaScalarKeywords.checkString(s, text, at: path, regex: schema.regex, into: &errors)
        case .int, .float: SchemaScalarKeywords.checkNumber(s, v, at: path, draft: draft, into: &errors)
        default: break
        }
        checkConditions(s, v, at: path, depth: depth, seen: &seen, into: &errors)
        if draft >= 2019 { SchemaUnevaluated.check(s, v, at: path, run: &self, depth: depth, seen: &seen, into: &errors) }
        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default:
            var group = fail("validation failed")
            group.causes = errors
            group.isGroup = true
            return group
        }
    }

    /// An enum/const member as jsonschema prints it, numbers in their written form.
    private func display(_ value: Value) -> String {
        if let number = SchemaEquality.number(value), let literal = schema.numberLiterals.literal(for: number) {
            return literal
        }
        return SchemaText.display(value)
    }

    private func checkType(_ types: Value, _ v: Value) -> String? {
        let wanted: [String]
        switch types {
        case .string(let t): wanted = [t]
        case .list(let items, _): wanted = items.compactMap(\.stringValue)
        default: return nil
        }
        let got = SchemaEquality.jsonType(v)
        if wanted.contains(got) || (wanted.contains("integer") && got == "number" && SchemaEquality.isInteger(v)) {
            return nil
        }
        let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
        return "got \(got), want \(order.filter(wanted.contains).joined(separator: " or "))"
    }

    enum RefKind { case plain, dynamic, recursive }

    private mutating func checkRef(_ ref: String, kind: RefKind = .plain, _ v: Value, at path: [String], depth: Int, seen: inout Evaluated) -> SchemaFailure? {
        let current = scope.last ?? schema.references.base
        let found: (node: Value, resource: String)?
        switch kind {
        case .plain: found = schema.references.resolve(ref, in: current)
        case .dynamic: found = schema.references.resolveDynamic(ref, in: current, scope: scope)
        case .recursive: found = schema.references.resolveRecursive(ref, in: current, scope: scope)
        }
        guard let found else { return nil }
        scope.append(found.resource)
        defer { scope.removeLast() }
        guard let failure = checkInPlace(found.node, v, at: path, depth: depth + 1, seen: &seen) else { return nil }
        var wrapper = SchemaFailure(instanceLocation: path, message: "validation failed")
        wrapper.isReference = true
        wrapper.causes = [failure]
        return wrapper
    }

    private mutating func checkConditions(
        _ s: [String: Value], _ v: Value, at path: [String], depth: Int, seen: inout Evaluated,
        into errors: inout [SchemaFailure]
    ) {
        func wrap(_ message: String, _ causes: [SchemaFailure]) -> SchemaFailure {
            SchemaFailure(instanceLocation: path, message: message, causes: causes)
        }
        if let not = s["not"], check(not, v, at: path, depth: depth + 1) == nil {
            errors.append(wrap("'not' failed", []))
        }
        if case .list(let all, _)? = s["allOf"] {
            let failures = all.compactMap { checkInPlace($0, v, at: path, depth: depth + 1, seen: &seen) }
            if !failures.isEmpty { errors.append(wrap("'allOf' failed", failures)) }
        }
        // With annotations in play (2019-09+) every anyOf branch is evaluated, so each passing
        // branch contributes what it evaluated; the first failures alone are reported.
        if case .list(let any, _)? = s["anyOf"] {
            var failures: [SchemaFailure] = []
            var matched = false
            for sub in any {
                if let f = checkInPlace(sub, v, at: path, depth: depth + 1, seen: &seen) {
                    if !matched { failures.append(f) }
                } else {
                    matched = true
                    if draft < 2019 { break }
                }
            }
            if !matched { errors.append(wrap("'anyOf' failed", failures)) }
        }
        if case .list(let one, _)? = s["oneOf"] {
            var matched: Int?
            var failures: [SchemaFailure] = []
            var matchedSeen = Evaluated()
            for (i, sub) in one.enumerated() {
                var inner = Evaluated()
                if let f = check(sub, v, at: path, depth: depth + 1, seen: &inner) {
                    if matched == nil { failures.append(f) }
                } else if let first = matched {
                    errors.append(wrap("'oneOf' failed, subschemas \(first), \(i) matched", []))
                    matchedSeen = Evaluated()
                    break
                } else {
                    matched = i
                    matchedSeen = inner
                }
            }
            if matched == nil { errors.append(wrap("'oneOf' failed, none matched", failures)) }
            seen.merge(matchedSeen)
        }
        if draft >= 7, let condition = s["if"] {
            if checkInPlace(condition, v, at: path, depth: depth + 1, seen: &seen) == nil {
                if let then = s["then"], let f = checkInPlace(then, v, at: path, depth: depth + 1, seen: &seen) { errors.append(f) }
            } else if let otherwise = s["else"], let f = checkInPlace(otherwise, v, at: path, depth: depth + 1, seen: &seen) {
                errors.append(f)
            }
        }
    }
}
