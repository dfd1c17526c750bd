import Foundation
import XCTest

/// Builds `.tgz` fixtures with Python's tarfile/gzip (an independent implementation).
enum ArchiveFixture {
    /// `entries`: (tar name, content); `format`: "gnu", "pax" or "ustar"; `level`: gzip level.
    static func make(_ entries: [(String, String)], format: String = "pax", level: Int = 9,
                     extra: String = "") throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("krel-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try JSONSerialization.data(withJSONObject: entries.map { [$0.0, $0.1] })
        try spec.write(to: dir.appendingPathComponent("spec.json"))
        let script = """
        import tarfile, gzip, io, json, sys
        entries = json load
        fmt = {"gnu": tarfile.GNU_FORMAT, "pax": tarfile.PAX_FORMAT, "ustar": tarfile.USTAR_FORMAT}["\(format)"]
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
            for name, content in entries:
                if name.endswith("/"):
                    info = tarfile.TarInfo(name.rstrip("/")); info.type = tarfile.DIRTYPE; tar.addfile(info); continue
                data = content.encode()
                if content.startswith("ZEROS:"):
                    data = bytes(int(content[6:]))
                info = tarfile.TarInfo(name); info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        raw = buf.getvalue()
        \(extra)
        sys.stdout.buffer.write(gzip.compress(raw, compresslevel=\(level)))
        """.replacingOccurrences(of: "json load", with: "json.load(open(sys.argv[1]))")
        try script.write(to: dir.appendingPathComponent("make.py"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", dir.appendingPathComponent("make.py").path, dir.appendingPathComponent("spec.json").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
