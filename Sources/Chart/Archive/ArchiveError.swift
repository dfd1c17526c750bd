import KrelCore
/// Failures while reading a packaged chart (`.tgz`). The messages are Helm's (or Go's
/// `compress/gzip`, `compress/flate` and `archive/tar`) so they can be printed as is.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a gzip stream at all (bad magic or flags).
    case invalidGzipHeader
    /// The gzip trailer's CRC-32 or length does not match the data.
    case invalidGzipChecksum
    /// DEFLATE data that cannot be decoded; `offset` is the input byte offset.
    case corruptDeflate(offset: Int)
    /// The compressed stream or a tar entry ends too early.
    case unexpectedEOF
    /// A tar header block whose checksum or fields are wrong.
    case invalidTarHeader
    /// A chart member whose path is absolute.
    case absolutePath
    /// A member that resolves to the archive root itself (`name` is the raw tar name).
    case outsideBaseDirectory(name: String)
    /// A member path starting with `..`.
    case parentDirectoryReference
    /// A member path like `c:/x`.
    case illegalFileName
    /// `Chart.yaml` sitting at the archive root instead of inside the chart folder.
    case chartYamlNotInBaseDirectory
    /// More than `limit` decompressed bytes in total.
    case chartTooLarge(limit: Int)
    /// One member larger than `limit` bytes.
    case fileTooLarge(name: String, limit: Int)
    /// The archive holds no files.
    case noFiles

    public var description: String {
        switch self {
        case .invalidGzipHeader: "gzip: invalid header"
        case .invalidGzipChecksum: "gzip: invalid checksum"
        case .corruptDeflate(let offset): "flate: corrupt input before offset \(offset)"
        case .unexpectedEOF: "unexpected EOF"
        case .invalidTarHeader: "archive/tar: invalid tar header"
        case .absolutePath: "chart illegally contains absolute paths"
        case .outsideBaseDirectory(let name):
            "chart illegally contains content outside the base directory: \(GoQuote.quote(name))"
        case .parentDirectoryReference: "chart illegally references parent directory"
        case .illegalFileName: "chart contains illegally named files"
        case .chartYamlNotInBaseDirectory: "chart yaml not in base directory"
        case .chartTooLarge(let limit): "decompressed chart is larger than the maximum size \(limit) bytes"
        case .fileTooLarge(let name, let limit):
            "decompressed chart file \(GoQuote.quote(name)) is larger than the maximum file size \(limit) bytes"
        case .noFiles: "no files in chart archive"
        }
    }
}
