/// Deep merge used between values files, documents of one file and `--set-json {...}`
/// objects (Helm's `loader.MergeMaps`): maps merge recursively, anything else (null
/// included) in the later map replaces.
public enum ValueMerge {
    public static func merge(_ base: [String: Value], _ overlay: [String: Value]) -> [String: Value] {
        var out = base
        for (key, value) in overlay {
            if case .map(let overlayMap, _) = value, case .map(let baseMap, _)? = out[key] {
                out[key] = .map(merge(baseMap, overlayMap))
            } else {
                out[key] = value
            }
        }
        return out
    }
}
