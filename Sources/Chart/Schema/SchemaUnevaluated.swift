import KrelCore

/// What the keywords of one schema (and its valid in-place subschemas) evaluated of the
/// instance: the annotations `unevaluatedProperties`/`unevaluatedItems` (2019-09+) look at.
/// Failing subschemas (allOf/anyOf/oneOf/not/if/`$ref` branches) contribute nothing; a failing
/// `properties` entry of the schema itself still counts [oracle].
struct Evaluated {
    var properties: Set<String> = []
    var allProperties = false
    var items: Set<Int> = []
    var allItems = false

    mutating func merge(_ other: Evaluated) {
        properties.formUnion(other.properties)
        allProperties = allProperties || other.allProperties
        items.formUnion(other.items)
        allItems = allItems || other.allItems
    }
}

/// The two unevaluated* keywords, run after every other keyword of the schema. Each leftover
/// member is validated on its own and reported at its own location (jsonschema visits them
/// in map order, which is random, so krel reports them sorted).
enum SchemaUnevaluated {
    static func check(
        _ s: [String: Value], _ v: Value, at path: [String], run: inout SchemaRun, depth: Int,
        seen: inout Evaluated, into errors: inout [SchemaFailure]
    ) {
        if let rest = s["unevaluatedProperties"], case .map(let object, _) = v, !seen.allProperties {
            for key in object.keys.sorted(by: Value.goStringLess) where !seen.properties.contains(key) {
                if let f = run.check(rest, object[key] ?? .null, at: path + [key], depth: depth + 1) { errors.append(f) }
            }
            seen.allProperties = true
        }
        if let rest = s["unevaluatedItems"], case .list(let items, _) = v, !seen.allItems {
            for i in items.indices where !seen.items.contains(i) {
                if let f = run.check(rest, items[i], at: path + [String(i)], depth: depth + 1) { errors.append(f) }
            }
            seen.allItems = true
        }
    }
}
