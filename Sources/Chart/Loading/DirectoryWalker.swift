import Functions
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a chart directory the way Helm does (spec 2.1): lexical order, symlinks followed
/// (under the link's own name), ignored directories skipped whole, non-regular files and
/// files over 5 MiB refused, BOMs stripped.
struct DirectoryWalker {
    let root: String
    let rules: HelmIgnore
    let maxFileBytes: Int
    /// Bounds directory depth so symlink cycles end with an error instead of looping.
    static let maxDepth = 128

    /// `log` receives Helm's INFO line for every symlink followed (ignored ones included).
    func walk(log: inout [String]) throws -> [ChartFile] {
        var files: [ChartFile] = []
        try walkDirectory(absolute: root, relative: "", depth: 0, into: &files, log: &log)
        return files
    }

    private func walkDirectory(absolute: String, relative: String, depth: Int, into files: inout [ChartFile],
                               log: inout [String]) throws {
        if depth > DirectoryWalker.maxDepth { throw ChartLoadError.symlinkLoop(path: absolute) }
        for name in try FileSystem.sortedEntries(of: absolute) {
            let path = absolute + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var info = try FileSystem.lstatInfo(path)
            if info.isSymlink {
                let resolved: String
                switch SymlinkEvaluation.evaluate(path) {
                case .success(let target): resolved = target
                case .failure(let error): throw ChartLoadError.symlinkUnresolved(path: path, reason: error.reason)
                }
                log.append(SlogLine.info(LoadWarning.symlinkFollowed, [("path", path), ("resolved", resolved)]))
                info = try FileSystem.lstatInfo(resolved)
            }
            if info.isDirectory {
                if rules.ignores(rel, isDirectory: true) { continue }
                try walkDirectory(absolute: path, relative: rel, depth: depth + 1, into: &files, log: &log)
                continue
            }
            if rules.ignores(rel, isDirectory: false) { continue }
            if !info.isRegular { throw ChartLoadError.irregularFile(path: path) }
            if info.size > maxFileBytes { throw ChartLoadError.fileTooLarge(name: name, limit: maxFileBytes) }
            guard var data = FileSystem.readFile(path) else { throw ChartLoadError.readFailed(path: rel) }
            ByteOrderMark.strip(&data)
            files.append(ChartFile(path: rel, data: data))
        }
    }
}

/// The few POSIX file operations the loader needs.
enum FileSystem {
    struct Info {
        var isDirectory: Bool
        var isRegular: Bool
        var isSymlink: Bool
        var size: Int
    }

    static func lstatInfo(_ path: String) throws -> Info {
        var st = stat()
        guard lstat(path, &st) == 0 else { throw ChartLoadError.readFailed(path: path) }
        let type = st.st_mode & S_IFMT
        return Info(isDirectory: type == S_IFDIR, isRegular: type == S_IFREG, isSymlink: type == S_IFLNK, size: Int(st.st_size))
    }

    /// `stat` (following links); nil when the path does not exist.
    static func statInfo(_ path: String) -> Info? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        return Info(isDirectory: type == S_IFDIR, isRegular: type == S_IFREG, isSymlink: false, size: Int(st.st_size))
    }

    /// Entry names of a directory (without `.` and `..`), sorted bytewise like Go.
    static func sortedEntries(of directory: String) throws -> [String] {
        guard let dir = opendir(directory) else {
            throw ChartLoadError.fileSystem("open \(directory): \(SymlinkEvaluation.errnoText(errno))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { data.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count { break }
        }
        return ferror(file) == 0 ? data : nil
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// Go's `filepath.Abs`: joins a relative path to the working directory and cleans it.
    static func absolute(_ path: String) -> String {
        GoPath.clean(path.hasPrefix("/") ? path : currentDirectory() + "/" + path)
    }
}
