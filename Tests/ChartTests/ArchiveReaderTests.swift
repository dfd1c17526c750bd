import XCTest
@testable import Chart
import TestSupport

final class ArchiveReaderTests: XCTestCase {
    func testReadsChartFilesAcrossFormatsAndLevels() throws {
        let long = "mychart/templates/" + String(repeating: "a", count: 150) + ".yaml"
        let entries = [("mychart/", ""), ("mychart/Chart.yaml", "name: x\n"), ("mychart/values.yaml", "\u{FEFF}a: 1\n"),
                       (long, String(repeating: "hello world ", count: 5000))]
        for format in ["gnu", "pax"] {
            for level in [0, 1, 6, 9] {
                let bytes = try ArchiveFixture.make(entries, format: format, level: level)
                let files = try ChartArchive.files(fromArchive: bytes)
                XCTAssertEqual(files.map(\.path), ["Chart.yaml", "values.yaml", String(long.dropFirst("mychart/".count))], "\(format) \(level)")
                XCTAssertEqual(files[1].data, Array("a: 1\n".utf8), "BOM stripped")
                XCTAssertEqual(files[2].data.count, 60000)
            }
        }
    }

    func testUstarPrefixField() throws {
        let name = "mychart/" + String(repeating: "d", count: 60) + "/" + String(repeating: "f", count: 60) + ".txt"
        let files = try ChartArchive.files(fromArchive: try ArchiveFixture.make([(name, "x")], format: "ustar"))
        XCTAssertEqual(files.map(\.path), [String(name.dropFirst("mychart/".count))])
    }

    func testHelmPathRules() throws {
        let cases: [(String, String)] = [
            ("mychart/../evil", "chart illegally references parent directory"),
            ("mychart//etc/passwd", "chart illegally contains absolute paths"),
            ("Chart.yaml", "chart illegally contains content outside the base directory: \"Chart.yaml\""),
            ("mychart/c:/x", "chart contains illegally named files"),
            ("Chart.yaml/x", "chart yaml not in base directory"),
        ]
        for (name, message) in cases {
            let bytes = try ArchiveFixture.make([(name, "data")])
            XCTAssertThrowsError(try ChartArchive.files(fromArchive: bytes), name) { error in
                XCTAssertEqual("\(error)", message, name)
            }
        }
    }

    func testSizeLimitsAreEnforcedWhileInflating() throws {
        // 6 MiB of zeros compresses to a few KiB: the per-file limit must stop it.
        let bomb = try ArchiveFixture.make([("mychart/big.bin", "ZEROS:\(6 * 1024 * 1024)")])
        XCTAssertLessThan(bomb.count, 100_000)
        XCTAssertThrowsError(try ChartArchive.files(fromArchive: bomb)) { error in
            XCTAssertEqual("\(error)", "decompressed chart file \"mychart/big.bin\" is larger than the maximum file size 5242880 bytes")
        }
        let many = try ArchiveFixture.make((0..<5).map { ("mychart/f\($0)", "ZEROS:1000") })
        XCTAssertThrowsError(try ChartArchive.files(fromArchive: many, maxChartBytes: 3000)) { error in
            XCTAssertEqual("\(error)", "decompressed chart is larger than the maximum size 3000 bytes")
        }
    }

    func testCorruptInputGivesErrorsNotCrashes() throws {
        let good = try ArchiveFixture.make([("mychart/Chart.yaml", String(repeating: "name: x\n", count: 300))])
        XCTAssertThrowsError(try ChartArchive.files(fromArchive: Array("hello".utf8))) { error in
            XCTAssertEqual(error as? ArchiveError, .invalidGzipHeader)
        }
        // Truncations fail cleanly (the tail after tar's end marker is not needed, as in Go);
        // single-byte corruptions fail or succeed but never crash.
        for cut in stride(from: 10, to: good.count / 2, by: 7) {
            XCTAssertThrowsError(try ChartArchive.files(fromArchive: Array(good.prefix(cut))))
        }
        for index in stride(from: 10, to: good.count - 8, by: 3) {
            var bad = good
            bad[index] ^= 0x5A
            _ = try? ChartArchive.files(fromArchive: bad)
        }
        XCTAssertThrowsError(try ChartArchive.files(fromArchive: try ArchiveFixture.make([("mychart/", "")]))) { error in
            XCTAssertEqual("\(error)", "no files in chart archive")
        }
    }

    func testConcatenatedGzipMembers() throws {
        let bytes = try ArchiveFixture.make([("mychart/a.txt", "abc")], extra: """
        import gzip as _g
        half = len(raw) // 2
        sys.stdout.buffer.write(_g.compress(raw[:half]) + _g.compress(raw[half:])); sys.exit(0)
        """)
        XCTAssertEqual(try ChartArchive.files(fromArchive: bytes).map(\.path), ["a.txt"])
    }

    func testCorpusArchives() throws {
        guard let corpus = SharedMaterial.folder("conformance/charts") else { throw XCTSkip("no shared corpus") }
        let archive = corpus.appendingPathComponent("chart-packaged-tgz-root")
        let tgz = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter { $0.hasSuffix(".tgz") }
        XCTAssertFalse(tgz.isEmpty)
        for name in tgz {
            let bytes = [UInt8](try Data(contentsOf: archive.appendingPathComponent(name)))
            let files = try ChartArchive.files(fromArchive: bytes)
            XCTAssertTrue(files.contains { $0.path == "Chart.yaml" })
        }
    }
}
