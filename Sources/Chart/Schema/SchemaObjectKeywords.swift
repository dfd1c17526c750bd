import KrelCore

/// Object keywords in jsonschema v6's order. Properties are visited in sorted order (Go visits
/// them in random map order, so helm prints several member failures shuffled; checked by
/// repeated helm runs).
enum SchemaObjectKeywords {
    static func check(
        _ s: [String: Value], _ object: [String: Value], at path: [String], run: inout SchemaRun, depth: Int,
        seen: inout Evaluated, into errors: inout [SchemaFailure]
    ) {
        func fail(_ message: String) { errors.append(SchemaFailure(instanceLocation: path, message: message)) }
        if let min = count(s["minProperties"]), object.count < min {
            fail("minProperties: got \(SchemaText.integer(object.count)), want \(SchemaText.integer(min))")
        }
        if let max = count(s["maxProperties"]), object.count > max {
            fail("maxProperties: got \(SchemaText.integer(object.count)), want \(SchemaText.integer(max))")
        }
        if case .list(let required, _)? = s["required"] {
            let missing = required.compactMap(\.stringValue).filter { object[$0] == nil }
            if missing.count == 1 { fail("missing property \(SchemaText.quote(missing[0]))") }
            if missing.count > 1 { fail("missing properties \(SchemaText.joinQuoted(missing))") }
        }
        let keys = object.keys.sorted(by: Value.goStringLess)
        if case .map(let deps, _)? = s["dependencies"] {
            for name in deps.keys.sorted(by: Value.goStringLess) where object[name] != nil {
                if case .list(let names, _) = deps[name]! {
                    let missing = names.compactMap(\.stringValue).filter { object[$0] == nil }
                    if !missing.isEmpty { fail("properties \(SchemaText.joinQuoted(missing)) required, if \(SchemaText.quote(name)) exists") }
                } else if let f = run.checkInPlace(deps[name]!, .map(object), at: path, depth: depth + 1, seen: &seen) {
                    errors.append(f)
                }
            }
        }
        let properties = s["properties"]?.mapValue ?? [:]
        let patterns = s["patternProperties"]?.mapValue ?? [:]
        var additional: [String] = []
        for key in keys {
            let value = object[key]!
            var evaluated = false
            if let sub = properties[key] {
                evaluated = true
                seen.properties.insert(key)
                if let f = run.check(sub, value, at: path + [key], depth: depth + 1) { errors.append(f) }
            }
            for pattern in patterns.keys.sorted(by: Value.goStringLess) where (try? run.schema.regex(pattern, key)) == true {
                evaluated = true
                seen.properties.insert(key)
                if let f = run.check(patterns[pattern]!, value, at: path + [key], depth: depth + 1) { errors.append(f) }
            }
            if !evaluated, let extra = s["additionalProperties"] {
                if case .bool(false) = extra {
                    additional.append(key)
                } else if let f = run.check(extra, value, at: path + [key], depth: depth + 1) {
                    errors.append(f)
                }
            }
        }
        if s["additionalProperties"] != nil { seen.allProperties = true }
        if !additional.isEmpty { fail("additional properties \(SchemaText.joinQuoted(additional)) not allowed") }
        guard run.draft >= 6 else { return }
        if let names = s["propertyNames"] {
            // jsonschema validates each name as a new instance, so the failure and its causes
            // sit at '' rather than at the object [oracle].
            for key in keys {
                guard let inner = run.check(names, .string(key), at: [], depth: depth + 1) else { continue }
                errors.append(SchemaFailure(
                    instanceLocation: [], message: "invalid propertyName \(SchemaText.quote(key))",
                    causes: inner.isGroup ? inner.causes : [inner]))
            }
        }
        guard run.draft >= 2019 else { return }
        if case .map(let schemas, _)? = s["dependentSchemas"] {
            for name in schemas.keys.sorted(by: Value.goStringLess) where object[name] != nil {
                if let f = run.checkInPlace(schemas[name]!, .map(object), at: path, depth: depth + 1, seen: &seen) { errors.append(f) }
            }
        }
        if case .map(let required, _)? = s["dependentRequired"] {
            for name in required.keys.sorted(by: Value.goStringLess) where object[name] != nil {
                let missing = (required[name]?.listValue ?? []).compactMap(\.stringValue).filter { object[$0] == nil }
                if !missing.isEmpty { fail("properties \(SchemaText.joinQuoted(missing)) required, if \(SchemaText.quote(name)) exists") }
            }
        }
    }

    static func count(_ v: Value?) -> Int? {
        guard let v, let d = SchemaEquality.number(v), d.isFinite, d >= 0, d < 1e15 else { return nil }
        return Int(d)
    }
}
