/// A pull parser over YAML text: call `next()` until it returns nil (after `streamEnd`).
public struct YAMLEventStream: Sendable {
    var parser: Parser

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        parser = Parser(scanner: Scanner(input: ScannerInput(bytes: bytes)))
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
    public static func events(_ text: String) throws(YAMLError) -> [YAMLEvent] {
        var stream = YAMLEventStream(text)
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
