import KrelCore

/// Helm unmarshals `Chart.lock` and `requirements.lock` into its `Lock` struct while
/// loading, so a malformed lock file fails the load (`cannot load Chart.lock: ...`).
/// krel keeps the bytes; this only reproduces the failures.
enum LockFileCheck {
    static func check(_ bytes: [UInt8], file: String, parseYAML: ChartLoader.YAMLParser) throws {
        do {
            let document = try parseYAML(bytes)
            if case .null = document { return }
            // Go keeps the first type mismatch and goes on; time.Time's own error stops at once.
            var firstTypeError: Error?
            for (key, value) in try MetadataDecoding.fields(document, structName: "Lock", path: "", goType: "v2.Lock") {
                do {
                    switch key {
                    case "digest": _ = try MetadataDecoding.string(value, "Lock", "digest")
                    case "dependencies": _ = try ChartMetadata.decodeDependencies(value, owner: "Lock")
                    case "generated":
                        // time.Time reads only JSON strings; the string's time format is not checked.
                        switch value {
                        case .null, .string: break
                        default: throw LockTimeError()
                        }
                    default: continue
                    }
                } catch let error as MetadataTypeError {
                    if firstTypeError == nil { firstTypeError = error }
                }
            }
            if let firstTypeError { throw firstTypeError }
        } catch {
            throw ChartLoadError.cannotLoad(file: file, reason: "\(error)")
        }
    }
}

/// Go's `time.Time` JSON decoding refusing a non-string.
struct LockTimeError: Error, CustomStringConvertible {
    var description: String { "error unmarshaling JSON: while decoding JSON: Time.UnmarshalJSON: input is not a JSON string" }
}
