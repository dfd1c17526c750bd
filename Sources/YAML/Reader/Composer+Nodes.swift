import KrelCore

/// A completed anchored node, for aliases.
struct AnchoredNode: Sendable {
    var id: Int
    var done = false
    var value: Value = .null
    /// go-yaml decoding steps for this node's subtree (aliases expanded).
    var steps = 0
    var isMap = false
    var isScalar = false
    /// The key this node makes when an alias to it is used as a map key.
    var key: MapKey?
}

/// A collection being built.
struct Frame: Sendable {
    enum Role: Sendable {
        case root, element, key, value, mergeValue, mergeSequence, mergeElement
    }
    var isMap: Bool
    var role: Role
    /// Build with go-yaml's own number types (keys and values printed in error texts).
    var native: Bool
    var anchor: String?
    var anchorID = 0
    var list: [Value] = []
    var map: [String: Value] = [:]
    /// For maps: the key waiting for its value.
    var key: MapKey?
    var steps = 1
}

extension Composer {
    /// What the next node is to the collection being built.
    var nextRole: Frame.Role {
        guard let top = frames.last else { return .root }
        if top.isMap {
            guard let key = top.key else { return .key }
            if case .merge = key { return .mergeValue }
            return .value
        }
        return top.role == .mergeSequence ? .mergeElement : .element
    }

    var buildsNative: Bool {
        if mode == .native { return true }
        guard let top = frames.last else { return false }
        if top.native { return true }
        if top.isMap {
            guard let key = top.key else { return true }  // a key
            if case .unsupported = key { return true }
        }
        return false
    }

    func value(of scalar: DecodedScalar, native: Bool) -> Value {
        switch scalar {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .int(let i): return native ? .int(i, .int) : .float(Double(i))
        case .uint(let u): return native ? .int(Int64(bitPattern: u), .uint64) : .float(Double(u))
        case .float(let d): return .float(d)
        }
    }

    mutating func registerAnchor(_ name: String?) -> Int {
        guard let name else { return 0 }
        nextAnchorID += 1
        anchors[name] = AnchoredNode(id: nextAnchorID)
        return nextAnchorID
    }

    mutating func handleScalar(_ event: YAMLEvent) throws(ReadFailure) {
        let anchorID = registerAnchor(event.anchor)
        guard failure == nil else { return }
        let role = nextRole
        if role == .key && isMergeKey(event) {
            frames[frames.count - 1].key = .merge
            return
        }
        counter.countNode()
        if counter.isExcessive { return fail("yaml: document contains excessive aliasing") }
        let decoded: DecodedScalar
        do {
            decoded = try ScalarDecoding.decode(event)
        } catch {
            return fail(error.text)
        }
        let native = buildsNative
        let v = value(of: decoded, native: native)
        if case .float(let d) = v, !d.isFinite, !native { sawNonFiniteFloat = true }
        if let name = event.anchor, anchors[name]?.id == anchorID {
            anchors[name] = AnchoredNode(id: anchorID, done: true, value: v, steps: 1, isScalar: true,
                                         key: MapKey.from(decoded))
        }
        deliver(v, steps: 1, isMap: false, key: MapKey.from(decoded))
    }

    mutating func handleAlias(_ event: YAMLEvent) throws(ReadFailure) {
        let name = event.anchor ?? ""
        guard let target = anchors[name] else {
            throw .decode(YAMLDecodeError(text: "yaml: unknown anchor '\(name)' referenced"))
        }
        guard failure == nil else { return }
        guard target.done else { return fail("yaml: anchor '\(name)' value contains itself") }
        counter.countAlias(targetSteps: target.steps)
        if counter.isExcessive { return fail("yaml: document contains excessive aliasing") }
        deliver(target.value, steps: 1 + target.steps, isMap: target.isMap, key: target.key)
    }

    mutating func startCollection(_ event: YAMLEvent) {
        let anchorID = registerAnchor(event.anchor)
        guard failure == nil else { return }
        let role = nextRole
        let isMap = event.kind == .mappingStart
        var frame = Frame(isMap: isMap, role: role, native: buildsNative, anchor: event.anchor, anchorID: anchorID)
        if role == .mergeValue && !isMap {
            // `<<: [*a, *b]`: the sequence itself is no decoding step.
            frame.role = .mergeSequence
            frame.steps = 0
        } else {
            counter.countNode()
            if counter.isExcessive { return fail("yaml: document contains excessive aliasing") }
        }
        frames.append(frame)
    }

    mutating func endCollection() {
        guard failure == nil, let frame = frames.popLast() else { return }
        if frame.role == .mergeSequence {
            // Earlier maps win: apply them last.
            for source in frame.list.reversed() { mergeIntoTop(source) }
            if !frames.isEmpty {
                frames[frames.count - 1].key = nil
                frames[frames.count - 1].steps = min(frames[frames.count - 1].steps + frame.steps, AliasCounter.cap)
            }
            return
        }
        let v: Value = frame.isMap ? .map(frame.map) : .list(frame.list)
        if let name = frame.anchor, anchors[name]?.id == frame.anchorID {
            anchors[name] = AnchoredNode(id: frame.anchorID, done: true, value: v, steps: frame.steps, isMap: frame.isMap)
        }
        deliver(v, steps: frame.steps, isMap: frame.isMap, key: nil)
    }

    /// Hands a finished node to its parent. `key` is the map key the node makes (nil
    /// for collections, which cannot be keys).
    mutating func deliver(_ v: Value, steps: Int, isMap: Bool, key: MapKey?) {
        guard failure == nil else { return }
        guard !frames.isEmpty else {
            root = v
            return
        }
        let top = frames.count - 1
        frames[top].steps = min(frames[top].steps + steps, AliasCounter.cap)
        if frames[top].isMap {
            guard let pending = frames[top].key else {
                guard let key else { return fail("yaml: invalid map key: " + GoSyntaxFormat.format(v)) }
                frames[top].key = key
                return
            }
            frames[top].key = nil
            switch pending {
            case .string(let k):
                frames[top].map[k] = v
            case .merge:
                guard isMap else { return fail("yaml: map merge requires map or sequence of maps as the value") }
                mergeIntoTop(v)
            case .unsupported(let typeName, let goSyntax):
                let index = unsupportedKeyMessages.count
                unsupportedKeyMessages.append(MapKey.unsupportedMessage(typeName: typeName, key: goSyntax, value: v))
                frames[top].map[Composer.unsupportedKeyMarker + String(index)] = v
            }
        } else if frames[top].role == .mergeSequence {
            guard isMap else { return fail("yaml: map merge requires map or sequence of maps as the value") }
            frames[top].list.append(v)
        } else {
            frames[top].list.append(v)
        }
    }

    /// go-yaml decodes a merged map into the map being built: its keys overwrite.
    mutating func mergeIntoTop(_ source: Value) {
        guard case .map(let entries, _) = source, !frames.isEmpty else { return }
        let top = frames.count - 1
        if frames[top].map.isEmpty {
            frames[top].map = entries
        } else {
            frames[top].map.merge(entries) { _, new in new }
        }
    }
}
