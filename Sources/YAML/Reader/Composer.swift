import KrelCore

/// How numbers come out of the composer.
public enum YAMLNumberMode: Sendable {
    /// Helm's pipeline (go-yaml, then JSON): every number a float64, NaN/Inf rejected.
    case json
    /// go-yaml's own types: ints as `.int(_, .int)`, values above Int64 as
    /// `.int(_, .uint64)`, floats as `.float`; NaN/Inf kept.
    case native
}

/// Why reading failed: a syntax error (with position) or a decoding error (no line).
enum ReadFailure: Error, Sendable {
    case syntax(YAMLSyntaxError)
    case decode(YAMLDecodeError)
}

/// Builds `Value`s from events with go-yaml v2's decoder semantics plus sigs.k8s.io/yaml's
/// JSON step: keys stringified, duplicate keys last-wins, anchors and aliases, merge keys
/// applied in place, and go-yaml's limit on alias expansion.
///
/// go-yaml parses a whole document before decoding it, so syntax errors and unknown
/// anchors win over decoding errors; we keep the first decoding error and only parse
/// (without building) for the rest of the document.
struct Composer {
    var parser: Parser
    let mode: YAMLNumberMode

    var frames: [Frame] = []
    var root: Value = .null
    var anchors: [String: AnchoredNode] = [:]
    var nextAnchorID = 0
    var failure: YAMLDecodeError?
    var counter = AliasCounter()
    /// Messages for keys sigs' JSON conversion rejects; the map holds a marker key.
    var unsupportedKeyMessages: [String] = []
    var sawNonFiniteFloat = false

    static let unsupportedKeyMarker = "\u{0}krel-unsupported-key\u{0}"

    init(parser: Parser, mode: YAMLNumberMode) {
        self.parser = parser
        self.mode = mode
    }

    /// Reads the next document; nil at the end of the stream.
    mutating func nextDocument() throws(ReadFailure) -> Value? {
        while true {
            let event: YAMLEvent
            do {
                guard let next = try parser.next() else { return nil }
                event = next
            } catch {
                throw .syntax(error)
            }
            switch event.kind {
            case .streamStart:
                continue
            case .streamEnd:
                return nil
            case .documentStart:
                startDocument()
            case .documentEnd:
                return try finishDocument()
            case .scalar:
                try handleScalar(event)
            case .alias:
                try handleAlias(event)
            case .sequenceStart, .mappingStart:
                startCollection(event)
            case .sequenceEnd, .mappingEnd:
                endCollection()
            }
        }
    }

    mutating func startDocument() {
        frames.removeAll()
        root = .null
        anchors.removeAll()
        failure = nil
        counter = AliasCounter()
        counter.countNode()  // the document node
        unsupportedKeyMessages.removeAll()
        sawNonFiniteFloat = false
    }

    mutating func finishDocument() throws(ReadFailure) -> Value {
        if let failure { throw .decode(failure) }
        if !unsupportedKeyMessages.isEmpty, let message = firstUnsupportedKey(in: root) {
            throw .decode(YAMLDecodeError(text: message))
        }
        if sawNonFiniteFloat, let bad = JSONOrder.firstNonFinite(in: root) {
            throw .decode(YAMLDecodeError(text: "json: unsupported value: " + bad))
        }
        return root
    }

    mutating func fail(_ text: String) {
        if failure == nil { failure = YAMLDecodeError(text: text) }
        frames.removeAll()
    }

    /// Searches for a marker key left by an unsupported key, depth first in document
    /// order like sigs' conversion (map entries come in Go's random order anyway).
    func firstUnsupportedKey(in value: Value) -> String? {
        var pending = [value]
        while let v = pending.popLast() {
            switch v {
            case .map(let entries, _):
                for key in entries.keys where key.hasPrefix(Composer.unsupportedKeyMarker) {
                    if let index = Int(key.dropFirst(Composer.unsupportedKeyMarker.count)),
                       index < unsupportedKeyMessages.count {
                        return unsupportedKeyMessages[index]
                    }
                }
                pending.append(contentsOf: entries.values)
            case .list(let items, _):
                pending.append(contentsOf: items.reversed())
            default:
                break
            }
        }
        return nil
    }
}
