import KrelCore

/// Reading YAML the way Helm v4 does (go-yaml v2 behind sigs.k8s.io/yaml).
public enum HelmYAML {
    /// A values file (chart `values.yaml`, `-f` files): split into documents on `---`
    /// lines, each document read as a map (or nothing), later documents deep-merged over
    /// earlier ones. Errors have `fromValuesLoader` set; Helm prints them as
    /// `cannot load values.yaml: \(error)` or `failed to parse FILE: \(error)`.
    public static func loadValues(_ bytes: [UInt8]) throws(YAMLError) -> [String: Value] {
        try checkSize(bytes.count, fromValuesLoader: true)
        var values: [String: Value] = [:]
        let documents: [[UInt8]]
        do {
            documents = try DocumentSplitter.split(bytes)
        } catch {
            var e = error
            e.fromValuesLoader = true
            throw e
        }
        for document in documents {
            let map: [String: Value]?
            do {
                map = try unmarshalMap(bytes: document)
            } catch {
                var e = error
                e.fromValuesLoader = true
                throw e
            }
            if let map { values = values.isEmpty ? map : ValueMerge.merge(values, map) }
        }
        return values
    }

    /// sigs.k8s.io/yaml `Unmarshal` into `interface{}`: the first document only, numbers
    /// as float64; an empty document is `.null`.
    public static func unmarshal(_ text: String) throws(YAMLError) -> Value {
        try unmarshal(bytes: Array(text.utf8))
    }

    public static func unmarshal(bytes: [UInt8]) throws(YAMLError) -> Value {
        try checkSize(bytes.count, fromValuesLoader: false)
        // Most values files are plain block YAML: read those in one pass.
        if let value = bytes.withUnsafeBufferPointer({ FastBlockReader.read($0, mode: .json) }) { return value }
        return try unmarshalFull(bytes: bytes)
    }

    /// Inputs beyond `Limits.maxYAMLDocumentBytes` are refused before any parsing, so a
    /// hostile file cannot make krel build an unbounded tree.
    static func checkSize(_ count: Int, fromValuesLoader: Bool) throws(YAMLError) {
        guard count > Limits.maxYAMLDocumentBytes else { return }
        throw YAMLError(
            message: "yaml: input of \(count) bytes exceeds krel's limit of \(Limits.maxYAMLDocumentBytes) bytes",
            fromValuesLoader: fromValuesLoader)
    }

    /// `unmarshal` through the libyaml-style scanner, parser and composer.
    static func unmarshalFull(bytes: [UInt8]) throws(YAMLError) -> Value {
        var composer = Composer(parser: Parser(scanner: Scanner(input: ScannerInput(bytes: bytes))), mode: .json)
        do {
            return try composer.nextDocument() ?? .null
        } catch {
            throw YAMLError(failure: error, prefix: "error converting YAML to JSON: ")
        }
    }

    /// `fromYaml`: the document as a map; on error `{"Error": message}`.
    public static func fromYaml(_ text: String) -> Value {
        do {
            return .map(try unmarshalMap(bytes: Array(text.utf8)) ?? [:])
        } catch {
            return .map(["Error": .string(error.message)])
        }
    }

    /// `fromYamlArray`: the document as a list; on error `[message]`.
    public static func fromYamlArray(_ text: String) -> Value {
        do throws(YAMLError) {
            let value = try unmarshal(text)
            switch value {
            case .null: return .list([])
            case .list: return value
            default: throw jsonTypeError(value, target: "[]interface {}")
            }
        } catch {
            return .list([.string(error.message)])
        }
    }

    /// Every document of a YAML stream with go-yaml typing; `.native` keeps integers as
    /// Int64 (for krel's own files), `.json` gives Helm's float64 numbers.
    public static func parseDocuments(_ text: String, numbers: YAMLNumberMode = .native) throws(YAMLError) -> [Value] {
        var composer = Composer(parser: Parser(scanner: Scanner(input: ScannerInput(bytes: Array(text.utf8)))), mode: numbers)
        var documents: [Value] = []
        do {
            while let document = try composer.nextDocument() { documents.append(document) }
        } catch {
            throw YAMLError(failure: error, prefix: "")
        }
        return documents
    }

    /// sigs' Unmarshal into `map[string]interface{}`; nil for a null document.
    static func unmarshalMap(bytes: [UInt8]) throws(YAMLError) -> [String: Value]? {
        let value = try unmarshal(bytes: bytes)
        switch value {
        case .null: return nil
        case .map(let entries, _): return entries
        default: throw jsonTypeError(value, target: "map[string]interface {}")
        }
    }

    /// encoding/json's error for a document of the wrong kind.
    static func jsonTypeError(_ value: Value, target: String) -> YAMLError {
        let kind: String
        switch value {
        case .list: kind = "array"
        case .map: kind = "object"
        case .string: kind = "string"
        case .bool: kind = "bool"
        default: kind = "number"
        }
        return YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type \(target)")
    }
}

extension YAMLError {
    init(failure: ReadFailure, prefix: String) {
        switch failure {
        case .syntax(let syntax):
            let position = syntax.origin == .reader ? nil : syntax.problemMark.sourcePosition
            self.init(message: prefix + syntax.goText, line: position?.line, column: position?.column)
        case .decode(let decode):
            self.init(message: prefix + decode.text)
        }
    }
}
