import KrelCore
import Template

/// The map merge Sprig gets from dario.cat/mergo v1.0.1 (`Merge` and, with `overwrite`,
/// `MergeWithOverwrite`) on `map[string]interface{}` values, as observed:
///
/// * a nil source value is skipped, or written (nil) when overwriting;
/// * a map source value merges recursively into a map destination value (an empty one
///   too: Go fills that very map); a missing or nil destination takes the source map;
/// * any other source value (lists included: lists are never merged) replaces the
///   destination value when overwriting, or when the destination value is missing or
///   "empty" (nil, false, 0, "", empty list or map);
/// * without overwrite, a non-empty destination value always stays.
enum GoMerge {
    /// Nesting deeper than this is refused (values are trees, so this only guards the stack).
    static let maximumDepth = 10_000

    /// `assigned`, when not nil, receives the path of every element the merge sets (or
    /// removes), in order: the element is then the source's element at the same path.
    static func merge(
        into destination: inout [String: Value], from source: [String: Value], overwrite: Bool, depth: Int,
        assigned: inout [[PathStep]]?, path: [PathStep] = []
    ) throws {
        guard depth < maximumDepth else { throw FunctionError("merge: values nested too deeply") }
        for (key, sourceValue) in source {
            let existing = destination[key]
            if sourceValue.isNull {
                if overwrite {
                    destination[key] = .null
                    assigned?.append(path + [.key(key)])
                }
                continue
            }
            if case .map(let sourceMap, _) = sourceValue, case .map(var destinationMap, let destinationType)? = existing {
                // Go merges into the destination map itself (an empty one too): it stays
                // the same map, and only the keys it lacks become the source's values.
                destination[key] = .null
                try merge(
                    into: &destinationMap, from: sourceMap, overwrite: overwrite, depth: depth + 1,
                    assigned: &assigned, path: assigned == nil ? [] : path + [.key(key)])
                destination[key] = .map(destinationMap, destinationType)
                continue
            }
            if overwrite || existing == nil || !(existing?.isTruthy ?? false) {
                destination[key] = sourceValue
                assigned?.append(path + [.key(key)])
            }
        }
    }
}
