/// Helm's parse and execution order for a chart's template files (spec 8.2, 8.3): more
/// `/` in the path first (deepest subcharts first), then reverse bytewise order.
enum TemplateOrder {
    static func sorted<T>(_ items: [T], path: (T) -> String) -> [T] {
        items.sorted { a, b in
            let pa = path(a), pb = path(b)
            let da = pa.utf8.lazy.filter { $0 == UInt8(ascii: "/") }.count
            let db = pb.utf8.lazy.filter { $0 == UInt8(ascii: "/") }.count
            if da != db { return da > db }
            return Array(pa.utf8).lexicographicallyPrecedes(Array(pb.utf8)) == false && pa != pb
        }
    }
}
