import Foundation

/// Wall-clock timing helpers: medians over repeated runs.
enum Timing {
    /// Seconds taken by `body`, the median of `runs` runs.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        return samples[samples.count / 2]
    }

    /// Runs an external command, discarding its output; throws if it fails.
    static func runProcess(_ executable: String, _ arguments: [String], cwd: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }

    /// The helm oracle, if installed (`../shared/tools/install-helm-oracle`).
    static var helmPath: String? {
        let candidates = [ProcessInfo.processInfo.environment["HELM"],
                          NSHomeDirectory() + "/.cache/krel-oracle/helm"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func format(_ seconds: Double) -> String { String(format: "%8.1f ms", seconds * 1000) }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
