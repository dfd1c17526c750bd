import Functions
/// Helm's rules for reading a packaged chart (spec 2.3): gunzip and untar in memory,
/// strip the first path component, refuse paths escaping the chart, enforce size limits
/// while decompressing, and drop a leading UTF-8 BOM from every file.
public enum ChartArchive {
    /// Total decompressed bytes Helm accepts for one archive (100 MiB).
    public static let maxChartBytes = 100 * 1024 * 1024
    /// Largest single file Helm accepts (5 MiB).
    public static let maxFileBytes = 5 * 1024 * 1024

    /// The files of a `.tgz` chart, paths relative to the chart root, in archive order.
    public static func files(fromArchive bytes: [UInt8], maxChartBytes: Int = maxChartBytes,
                             maxFileBytes: Int = maxFileBytes) throws -> [ChartFile] {
        let gzip = try GzipReader(bytes: bytes)
        // Headers and padding count against a generous bound so endless empty entries stop.
        var tar = TarReader(source: gzip, maxStreamBytes: maxChartBytes * 2 + 64 * 1024 * 1024)
        var files: [ChartFile] = []
        var remaining = maxChartBytes
        while let entry = try tar.next() {
            if entry.isDirectory || entry.isGlobalHeader { continue }
            let path = try chartRelativePath(entry.name)
            if entry.size > remaining { throw ArchiveError.chartTooLarge(limit: maxChartBytes) }
            if entry.size > maxFileBytes { throw ArchiveError.fileTooLarge(name: entry.name, limit: maxFileBytes) }
            var data = try tar.readContent(limit: remaining)
            remaining -= data.count
            if data.count < entry.size || remaining <= 0 { throw ArchiveError.chartTooLarge(limit: maxChartBytes) }
            ByteOrderMark.strip(&data)
            files.append(ChartFile(path: path, data: data))
        }
        if files.isEmpty { throw ArchiveError.noFiles }
        return files
    }

    /// Drops the chart folder component and checks the rest is a safe relative path.
    static func chartRelativePath(_ name: String) throws -> String {
        // Archives made on Windows may use `\` as separator.
        let separator: Character = name.contains("\\") ? "\\" : "/"
        let parts = name.split(separator: separator, omittingEmptySubsequences: false)
        let rest = parts.dropFirst().joined(separator: "/")
        if rest.hasPrefix("/") { throw ArchiveError.absolutePath }
        let cleaned = GoPath.clean(rest)
        if cleaned == "." { throw ArchiveError.outsideBaseDirectory(name: name) }
        if cleaned.hasPrefix("..") { throw ArchiveError.parentDirectoryReference }
        if looksLikeDrivePath(cleaned) { throw ArchiveError.illegalFileName }
        if parts.first == "Chart.yaml" { throw ArchiveError.chartYamlNotInBaseDirectory }
        return cleaned
    }

    /// `c:/...`: a Windows drive letter path smuggled past the absolute-path check.
    private static func looksLikeDrivePath(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(3))
        guard bytes.count == 3 else { return false }
        let letter = bytes[0] | 0x20
        return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z")
            && bytes[1] == UInt8(ascii: ":") && bytes[2] == UInt8(ascii: "/")
    }
}

/// The UTF-8 byte order mark Helm removes from the start of every chart file.
enum ByteOrderMark {
    static func strip(_ data: inout [UInt8]) {
        if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
            data.removeFirst(3)
        }
    }
}
