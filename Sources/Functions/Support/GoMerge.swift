import KrelCore
import Template

/// The map merge Sprig gets from dario.cat/mergo v1.0.1 (`Merge` and, with `overwrite`,
/// `MergeWithOverwrite`) on `map[string]interface{}` values, as observed:
///
/// * a nil source value is skipped, or written (nil) when overwriting;
/// * a map source value merges recursively into a non-empty map destination value;
///   an empty or missing destination takes the source map;
/// * any other source value (lists included: lists are never merged) replaces the
///   destination value when overwriting, or when the destination value is missing or
///   "empty" (nil, false, 0, "", empty list or map);
/// * without overwrite, a non-empty destination value always stays.
enum GoMerge {
    /// Nesting deeper than this is refused (values are trees, so this only guards the stack).
    static let maximumDepth = 10_000

    static func merge(into destination: inout [String: Value], from source: [String: Value], overwrite: Bool, depth: Int) throws {
        guard depth < maximumDepth else { throw FunctionError("merge: values nested too deeply") }
        for (key, sourceValue) in source {
            let existing = destination[key]
            if sourceValue.isNull {
                if overwrite { destination[key] = .null }
                continue
            }
            if case .map(let sourceMap, _) = sourceValue,
                case .map(var destinationMap, let destinationType)? = existing, !destinationMap.isEmpty {
                try merge(into: &destinationMap, from: sourceMap, overwrite: overwrite, depth: depth + 1)
                destination[key] = .map(destinationMap, destinationType)
                continue
            }
            if overwrite || existing == nil || !(existing?.isTruthy ?? false) {
                destination[key] = sourceValue
            }
        }
    }
}
