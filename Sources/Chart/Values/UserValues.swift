import KrelCore

/// The user value flags of one command line, each list in command-line order.
/// `valueFiles` are already split at commas (cobra's string-slice flag does that).
public struct UserValueFlags: Sendable, Equatable {
    public var valueFiles: [String]
    public var jsonValues: [String]
    public var values: [String]
    public var stringValues: [String]
    public var fileValues: [String]
    public var literalValues: [String]

    public init(
        valueFiles: [String] = [], jsonValues: [String] = [], values: [String] = [],
        stringValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []
    ) {
        self.valueFiles = valueFiles
        self.jsonValues = jsonValues
        self.values = values
        self.stringValues = stringValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }
}

/// A user values error with Helm's exact text (`failed parsing --set data: ...`).
public struct UserValuesError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Builds the user values map (spec 5.1): `-f` files, then every `--set-json`, `--set`,
/// `--set-string`, `--set-file`, `--set-literal`, by flag kind and not by position.
public struct UserValues {
    /// Reads a `-f` file or a `--set-file` file (`-` is stdin); throws with Go's text,
    /// e.g. `ValuesInputError("open x.yaml: no such file or directory")`.
    public var readFile: (String) throws -> String
    /// Parses one values file (all its YAML documents deep-merged, spec 1.2) into a map;
    /// its error text follows `failed to parse <file>: `.
    public var parseValuesFile: (String) throws -> [String: Value]
    /// Decodes the first JSON value of the bytes (see `SetParser.JSONPrefixDecoder`).
    public var decodeJSONPrefix: SetParser.JSONPrefixDecoder

    public init(
        readFile: @escaping (String) throws -> String,
        parseValuesFile: @escaping (String) throws -> [String: Value],
        decodeJSONPrefix: @escaping SetParser.JSONPrefixDecoder
    ) {
        self.readFile = readFile
        self.parseValuesFile = parseValuesFile
        self.decodeJSONPrefix = decodeJSONPrefix
    }

    public func merge(_ flags: UserValueFlags) throws(UserValuesError) -> [String: Value] {
        var base: [String: Value] = [:]
        for path in flags.valueFiles {
            let text: String
            do { text = try readFile(path) } catch { throw UserValuesError(String(describing: error)) }
            do {
                base = ValueMerge.merge(base, try parseValuesFile(text))
            } catch {
                throw UserValuesError("failed to parse \(path): \(error)")
            }
        }
        for arg in flags.jsonValues { try mergeJSON(arg, into: &base) }
        for arg in flags.values {
            do { try SetParser.parse(arg, into: &base, mode: .typed) } catch {
                throw UserValuesError("failed parsing --set data: \(error.message)")
            }
        }
        for arg in flags.stringValues {
            do { try SetParser.parse(arg, into: &base, mode: .strings) } catch {
                throw UserValuesError("failed parsing --set-string data: \(error.message)")
            }
        }
        for arg in flags.fileValues {
            do { try SetParser.parse(arg, into: &base, mode: .file(readFile)) } catch {
                throw UserValuesError("failed parsing --set-file data: \(error.message)")
            }
        }
        for arg in flags.literalValues {
            do { try LiteralSetParser.parse(arg, into: &base) } catch {
                throw UserValuesError("failed parsing --set-literal data: \(error.message)")
            }
        }
        return base
    }

    /// `--set-json`: a whole JSON object when the trimmed text starts with `{`, otherwise
    /// `key=json` assignments. Helm drops the decoder's message from both errors.
    private func mergeJSON(_ arg: String, into base: inout [String: Value]) throws(UserValuesError) {
        let trimmed = GoStrings.trimSpace(arg)
        if trimmed.hasPrefix("{") {
            let bytes = Array(trimmed.utf8)
            guard let decoded = try? decodeJSONPrefix(bytes[...]),
                  case .map(let object, _) = decoded.value,
                  bytes[min(decoded.consumed, bytes.count)...].allSatisfy(GoStrings.isASCIISpace)
            else { throw UserValuesError("failed parsing --set-json data JSON: \(arg)") }
            base = ValueMerge.merge(base, object)
            return
        }
        do { try SetParser.parse(arg, into: &base, mode: .json(decodeJSONPrefix)) } catch {
            throw UserValuesError("failed parsing --set-json data \(arg)")
        }
    }
}
