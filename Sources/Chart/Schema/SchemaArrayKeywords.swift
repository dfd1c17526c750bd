import KrelCore

/// Array keywords in jsonschema v6's order.
enum SchemaArrayKeywords {
    static func check(
        _ s: [String: Value], _ items: [Value], at path: [String], run: inout SchemaRun, depth: Int,
        seen: inout Evaluated, into errors: inout [SchemaFailure]
    ) {
        func fail(_ message: String, _ causes: [SchemaFailure] = []) {
            errors.append(SchemaFailure(instanceLocation: path, message: message, causes: causes))
        }
        // jsonschema v6 reports items checked by `items` after `prefixItems` (and by
        // `additionalItems` after an `items` array) at their index minus the prefix length:
        // `[1, 2]` against prefixItems [{}] + items string fails at '/l/0' [oracle].
        func sub(_ schema: Value, _ index: Int, reportedAs reported: Int? = nil) {
            let location = path + [String(reported ?? index)]
            if let f = run.check(schema, items[index], at: location, depth: depth + 1) { errors.append(f) }
        }
        if let min = SchemaObjectKeywords.count(s["minItems"]), items.count < min {
            fail("minItems: got \(SchemaText.integer(items.count)), want \(SchemaText.integer(min))")
        }
        if let max = SchemaObjectKeywords.count(s["maxItems"]), items.count > max {
            fail("maxItems: got \(SchemaText.integer(items.count)), want \(SchemaText.integer(max))")
        }
        if case .bool(true)? = s["uniqueItems"], items.count > 1 {
            duplicates: for i in 0..<items.count {
                for j in (i + 1)..<items.count where SchemaEquality.equal(items[i], items[j]) {
                    fail("items at \(i) and \(j) are equal")
                    break duplicates
                }
            }
        }
        if run.draft < 2020 {
            var evaluated = 0
            switch s["items"] {
            case .list(let schemas, _)?:
                evaluated = min(items.count, schemas.count)
                for i in 0..<evaluated { sub(schemas[i], i) }
                seen.items.formUnion(0..<evaluated)
            case let schema?:
                for i in items.indices { sub(schema, i) }
                evaluated = items.count
                seen.allItems = true
            case nil: break
            }
            if let extra = s["additionalItems"], evaluated < items.count {
                if case .bool(false) = extra {
                    fail("last \(items.count - evaluated) additionalItem(s) not allowed")
                } else {
                    for i in evaluated..<items.count { sub(extra, i, reportedAs: i - evaluated) }
                }
                seen.allItems = true
            }
        } else {
            let prefix = s["prefixItems"]?.listValue ?? []
            let evaluated = min(prefix.count, items.count)
            for i in 0..<evaluated { sub(prefix[i], i) }
            seen.items.formUnion(0..<evaluated)
            if let rest = s["items"] {
                for i in evaluated..<items.count { sub(rest, i, reportedAs: i - evaluated) }
                seen.allItems = true
            }
        }
        if run.draft >= 6, let contains = s["contains"] {
            var matching: [Int] = []
            var misses: [SchemaFailure] = []
            for i in items.indices {
                if let f = run.check(contains, items[i], at: path + [String(i)], depth: depth + 1) { misses.append(f) } else { matching.append(i) }
            }
            if run.draft >= 2020 { seen.items.formUnion(matching) }
            let minimum = run.draft >= 2019 ? SchemaObjectKeywords.count(s["minContains"]) ?? 1 : 1
            if matching.isEmpty && minimum > 0 {
                fail(minimum == 1 ? "no items match contains schema"
                    : "min \(minimum) items required to match contains schema, but none matched", misses)
            } else if matching.count < minimum {
                fail("min \(minimum) items required to match contains schema, but matched \(matching.count) items at \(matching.map(String.init).joined(separator: " "))", misses)
            }
            if run.draft >= 2019, let maximum = SchemaObjectKeywords.count(s["maxContains"]), matching.count > maximum {
                fail("max \(maximum) items required to match contains schema, but matched \(matching.count) items at \(matching.map(String.init).joined(separator: " "))")
            }
        }
    }
}
