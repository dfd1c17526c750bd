import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished run of an external command: wall time, peak resident memory, exit status.
struct ProcessSample {
    var seconds: Double
    /// The child's peak resident set size in bytes (`ru_maxrss` from `wait4`).
    var peakBytes: Int
    var exitStatus: Int32
}

/// Runs commands with `posix_spawn` and reaps them with `wait4`, which reports the child's
/// own peak RSS: no external `time` tool, and no Foundation `Process` overhead in the timing.
enum ProcessProbe {
    /// Runs `executable arguments` in `directory`, stdout to `stdoutPath` (default /dev/null),
    /// stderr to /dev/null.
    static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, stdoutPath: String = "/dev/null"
    ) throws -> ProcessSample {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        // posix_spawn_file_actions_addchdir_np is not visible from Swift's Glibc module, so
        // the child inherits our working directory: switch to it around the spawn.
        let previous = FileManager.default.currentDirectoryPath
        if let directory, !FileManager.default.changeCurrentDirectoryPath(directory) {
            throw BenchError("cannot enter \(directory)")
        }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(executable): errno \(errno)") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED/WEXITSTATUS are macros; decode the status word by hand.
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessSample(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, exitStatus: exitStatus)
    }
}

/// Medians of repeated process runs.
struct ProcessStats {
    var seconds: Double
    var peakBytes: Int

    init(_ samples: [ProcessSample]) {
        let times = samples.map(\.seconds).sorted()
        let peaks = samples.map(\.peakBytes).sorted()
        seconds = times[times.count / 2]
        peakBytes = peaks[peaks.count / 2]
    }

    var megabytes: Double { Double(peakBytes) / 1_048_576 }
}
