import Functions
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KrelCore
import Template

/// `.Files` (Helm's `engine.files`, a `map[string][]byte` with methods; spec 7.5).
///
/// `toYAML` must be Helm's `toYaml` template function (YAML text without the trailing
/// newline); it is injected so this type does not depend on the YAML emitter.
public struct FilesObject: GoCollectionObject, GoEncodableObject, GoMethodSignatures {
    public typealias YAMLEncoder = @Sendable (Value) -> String

    private let storage: [String: [UInt8]]
    /// Paths in Go's map iteration order for templates (bytewise sorted).
    public let paths: [String]
    private let toYAML: YAMLEncoder

    public init(files: [ChartFile], toYAML: @escaping YAMLEncoder) {
        var storage: [String: [UInt8]] = [:]
        for file in files { storage[file.path] = file.data }
        self.init(storage: storage, toYAML: toYAML)
    }

    private init(storage: [String: [UInt8]], toYAML: @escaping YAMLEncoder) {
        self.storage = storage
        self.paths = storage.keys.sorted(by: Value.goStringLess)
        self.toYAML = toYAML
    }

    public var goTypeName: String { "engine.files" }
    public var goKindName: String { "map" }
    public var count: Int { storage.count }

    public func data(at path: String) -> [UInt8]? { storage[path] }

    static func bytesValue(_ bytes: [UInt8]) -> Value {
        .list(bytes.map { .int(Int64($0), .uint8) }, .bytes)
    }

    public var collection: Value {
        .map(storage.mapValues { FilesObject.bytesValue($0) })
    }

    public var encoded: Value { collection }

    public var formatted: String { collection.goFormatted }

    public var identity: Value { collection }

    static let methodNames: Set<String> = ["Get", "GetBytes", "Glob", "Lines", "AsConfig", "AsSecrets"]

    public func hasMethod(_ name: String) -> Bool { FilesObject.methodNames.contains(name) }

    public func methodParameters(_ name: String) -> [ParameterType]? {
        switch name {
        case "Get", "GetBytes", "Glob", "Lines": [.string]
        case "AsConfig", "AsSecrets": []
        default: nil
        }
    }

    /// Methods without arguments, else map lookup (a missing key is a nil `[]byte`).
    public func member(_ name: String) -> Value? {
        switch name {
        case "AsConfig": return .string(asConfig())
        case "AsSecrets": return .string(asSecrets())
        default:
            if hasMethod(name) { return nil }
            return FilesObject.bytesValue(storage[name] ?? [])
        }
    }

    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
        switch name {
        case "Get": return .string(String(decoding: storage[try stringArgument(name, arguments)] ?? [], as: UTF8.self))
        case "GetBytes": return FilesObject.bytesValue(storage[try stringArgument(name, arguments)] ?? [])
        case "Glob": return .object(glob(try stringArgument(name, arguments)))
        case "Lines": return try lines(try stringArgument(name, arguments))
        case "AsConfig", "AsSecrets":
            guard arguments.isEmpty else { throw MethodArgumentError("wrong number of args for \(name): want 0 got \(arguments.count)") }
            return member(name)
        default: return nil
        }
    }

    private func stringArgument(_ method: String, _ arguments: [Value]) throws -> String {
        guard arguments.count == 1 else {
            throw MethodArgumentError("wrong number of args for \(method): want 1 got \(arguments.count)")
        }
        guard case .string(let s) = arguments[0] else {
            throw MethodArgumentError("wrong type for value; expected string; got \(arguments[0].goTypeName)")
        }
        return s
    }

    /// The files whose path matches `pattern`; an invalid pattern matches every file.
    public func glob(_ pattern: String) -> FilesObject {
        guard let matcher = GobwasGlob.compile(pattern) else { return self }
        return FilesObject(storage: storage.filter { matcher.matches($0.key) }, toYAML: toYAML)
    }

    /// Lines of a file without its final newline; `[]` for a missing file. An empty file
    /// makes Helm index a string at -1, which is reported as a runtime error.
    public func lines(_ path: String) throws -> Value {
        guard let data = storage[path] else { return .list([], .strings) }
        guard let last = data.last else { throw FunctionError("runtime error: index out of range [-1]") }
        let body = last == UInt8(ascii: "\n") ? data.dropLast() : data[...]
        let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return .list(lines.map { .string(String(decoding: $0, as: UTF8.self)) }, .strings)
    }

    /// toYaml of `{basename: content}`; same basenames overwrite each other (last path wins).
    public func asConfig() -> String {
        var map: [String: Value] = [:]
        for path in paths { map[GoPath.base(path)] = .string(String(decoding: storage[path] ?? [], as: UTF8.self)) }
        return toYAML(.map(map, .strings))
    }

    /// toYaml of `{basename: base64(content)}`.
    public func asSecrets() -> String {
        var map: [String: Value] = [:]
        for path in paths { map[GoPath.base(path)] = .string(Data(storage[path] ?? []).base64EncodedString()) }
        return toYAML(.map(map, .strings))
    }
}
