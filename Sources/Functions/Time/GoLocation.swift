#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Go `*time.Location`: a named set of zone periods, read from TZif data.
public struct GoLocation: Sendable, Hashable {
    public struct Zone: Sendable, Hashable {
        public var abbreviation: String
        public var offset: Int
        public var isDST: Bool
    }

    struct Transition: Sendable, Hashable {
        var when: Int64
        var zoneIndex: Int
    }

    /// What `Location.String()` prints: `UTC`, `Local`, `Asia/Tokyo`, or a fixed zone's name.
    public let name: String
    let zones: [Zone]
    let transitions: [Transition]
    /// The TZif footer's POSIX TZ rule, for times after the last transition.
    let rule: PosixTZRule?

    init(name: String, zones: [Zone], transitions: [Transition], rule: PosixTZRule?) {
        self.name = name
        self.zones = zones
        self.transitions = transitions
        self.rule = rule
    }

    public static let utc = GoLocation(name: "UTC", zones: [], transitions: [], rule: nil)

    /// Go's `time.FixedZone`.
    public static func fixed(name: String, offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(abbreviation: name, offset: offset, isDST: false)], transitions: [], rule: nil)
    }

    public struct Period: Sendable {
        public var abbreviation: String
        public var offset: Int
        /// The period's validity range [start, end) in unix seconds.
        var start: Int64
        var end: Int64
    }

    /// The zone in effect at unix time `seconds`.
    public func lookup(_ seconds: Int64) -> Period {
        guard !zones.isEmpty else {
            return Period(abbreviation: "UTC", offset: 0, start: .min, end: .max)
        }
        if transitions.isEmpty || seconds < transitions[0].when {
            let zone = zones[firstZoneIndex()]
            return Period(abbreviation: zone.abbreviation, offset: zone.offset, start: .min,
                          end: transitions.first?.when ?? .max)
        }
        // The last transition at or before `seconds`.
        var low = 0, high = transitions.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if seconds < transitions[middle].when { high = middle } else { low = middle }
        }
        let zone = zones[transitions[low].zoneIndex]
        let end = low + 1 < transitions.count ? transitions[low + 1].when : Int64.max
        if low == transitions.count - 1, let rule, let period = rule.period(at: seconds) {
            return period
        }
        return Period(abbreviation: zone.abbreviation, offset: zone.offset, start: transitions[low].when, end: end)
    }

    /// Go's rule for times before the first transition: the first standard-time zone.
    private func firstZoneIndex() -> Int {
        if !transitions.contains(where: { $0.zoneIndex == 0 }) { return 0 }
        if let first = transitions.first, zones[first.zoneIndex].isDST {
            var index = first.zoneIndex - 1
            while index >= 0 {
                if !zones[index].isDST { return index }
                index -= 1
            }
        }
        return 0
    }

    /// Go's `lookupName`: the offset of a zone abbreviation, preferring one in effect at `seconds`.
    func offset(ofAbbreviation abbreviation: String, near seconds: Int64) -> Int? {
        for zone in zones where zone.abbreviation == abbreviation {
            if lookup(seconds &- Int64(zone.offset)).abbreviation == zone.abbreviation {
                return lookup(seconds &- Int64(zone.offset)).offset
            }
        }
        return zones.first(where: { $0.abbreviation == abbreviation })?.offset
    }
}

// MARK: - Loading

extension GoLocation {
    public struct UnknownTimeZone: Error, Equatable, CustomStringConvertible {
        public let name: String
        public var description: String { "unknown time zone \(name)" }
    }

    static let zoneInfoDirectories = ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"]

    /// Go's `time.LoadLocation`: "" and "UTC" are UTC, "Local" the local zone, anything
    /// else a file in the system zoneinfo folders (ZONEINFO first, when set).
    public static func load(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GoLocation {
        if name.isEmpty || name == "UTC" { return .utc }
        if name == "Local" { return processLocal }
        guard !name.contains(".."), !name.hasPrefix("/"), !name.hasPrefix("\\") else {
            throw UnknownTimeZone(name: name)
        }
        var folders = zoneInfoDirectories
        if let custom = environment["ZONEINFO"], !custom.isEmpty { folders.insert(custom + "/", at: 0) }
        for folder in folders {
            if let location = try? loadFile(folder + name, name: name) { return location }
        }
        throw UnknownTimeZone(name: name)
    }

    static func loadFile(_ path: String, name: String) throws -> GoLocation {
        guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else {
            throw UnknownTimeZone(name: name)
        }
        return try TZif.parse(Array(data), name: name)
    }

    /// The process's `time.Local`, computed once like Go's.
    public static let processLocal = local()

    /// Go's `time.Local`, derived from TZ like Go's initLocal: unset ⇒ /etc/localtime,
    /// empty or "UTC" ⇒ UTC, a path or a zone name otherwise; failures fall back to UTC.
    public static func local(environment: [String: String] = ProcessInfo.processInfo.environment) -> GoLocation {
        guard var tz = environment["TZ"] else {
            if let zone = try? loadFile("/etc/localtime", name: "Local") { return zone }
            return .utc
        }
        if tz.hasPrefix(":") { tz.removeFirst() }
        if tz.hasPrefix("/") {
            if let zone = try? loadFile(tz, name: tz == "/etc/localtime" ? "Local" : tz) { return zone }
        } else if !tz.isEmpty && tz != "UTC" {
            if let zone = try? load(tz, environment: environment) { return zone }
        }
        return .utc
    }
}
