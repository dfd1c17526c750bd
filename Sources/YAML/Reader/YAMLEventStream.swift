/// How closely the reader follows go-yaml v2 or the YAML 1.2 specification.
public struct YAMLReaderOptions: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// go-yaml v2 (libyaml-like), as Helm reads values files. The default.
        case helm
        /// YAML 1.2 where go-yaml deviates: `%YAML 1.2` and reserved directives, `\/`,
        /// tabs as separation, YAML 1.2 flow-context rules (`:` and `?` in plain
        /// scalars, adjacent values after JSON-like keys, multi-line flow keys), empty
        /// keys, 1.2 anchor names and tag characters, stricter comments, indentation of
        /// flow content and zero-indented top-level block scalars.
        case spec
    }

    public var mode: Mode

    public init(mode: Mode = .helm) {
        self.mode = mode
    }

    public static let helm = YAMLReaderOptions()
    public static let spec = YAMLReaderOptions(mode: .spec)
}

/// A pull parser over YAML text: call `next()` until it returns nil (after `streamEnd`).
public struct YAMLEventStream: Sendable {
    var parser: Parser

    public init(_ text: String, options: YAMLReaderOptions = .helm) {
        self.init(bytes: Array(text.utf8), options: options)
    }

    public init(bytes: [UInt8], options: YAMLReaderOptions = .helm) {
        parser = Parser(scanner: Scanner(input: ScannerInput(bytes: bytes), spec: options.mode == .spec))
    }

    /// The next event, or nil after the stream ended. Errors carry go-yaml's text
    /// (`yaml: line 3: did not find expected key`).
    public mutating func next() throws(YAMLError) -> YAMLEvent? {
        do {
            return try parser.next()
        } catch {
            throw YAMLError(syntax: error)
        }
    }

    /// All events of `text`.
    public static func events(_ text: String, options: YAMLReaderOptions = .helm) throws(YAMLError) -> [YAMLEvent] {
        var stream = YAMLEventStream(text, options: options)
        var events: [YAMLEvent] = []
        while let event = try stream.next() { events.append(event) }
        return events
    }
}

extension YAMLError {
    init(syntax: YAMLSyntaxError) {
        let position = syntax.origin == .reader ? nil : syntax.problemMark.sourcePosition
        self.init(message: syntax.goText, line: position?.line, column: position?.column)
    }
}
