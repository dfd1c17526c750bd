/// One file of a chart: its path relative to the chart root (`/` separators) and its bytes.
public struct ChartFile: Sendable, Equatable {
    public var path: String
    public var data: [UInt8]

    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }
}
