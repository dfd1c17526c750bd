/// `filepath.Match` as `--show-only` uses it: a malformed pattern simply does not match
/// (Helm ignores the error). The matcher itself is `GoFilepathMatch`.
public enum GoPathMatch {
    public static func matches(_ pattern: String, _ name: String) -> Bool {
        (try? GoFilepathMatch.match(pattern, name)) ?? false
    }
}
