import Foundation
import XCTest
import KrelCore
import TestSupport
@testable import YAML

/// The fast reader must read every input it accepts exactly as the full
/// scanner/parser/composer pipeline does (which matches helm on the corpus), in both
/// number modes. Inputs: the yaml-test-suite, the values/fromYaml corpus, a table of
/// tricky snippets and a deterministic generator of block YAML.
final class FastBlockReaderTests: XCTestCase {
    struct Tally {
        var accepted = 0
        var total = 0
        var failures: [String] = []
    }

    func compare(_ text: String, into tally: inout Tally) {
        let bytes = Array(text.utf8)
        tally.total += 1
        for mode in [YAMLNumberMode.json, .native] {
            guard let fast = bytes.withUnsafeBufferPointer({ FastBlockReader.read($0, mode: mode) }) else { continue }
            if mode == .json { tally.accepted += 1 }
            let full: Value
            do {
                if mode == .json {
                    full = try HelmYAML.unmarshalFull(bytes: bytes)
                } else {
                    full = try HelmYAML.parseDocuments(text, numbers: .native).first ?? .null
                }
            } catch {
                tally.failures.append("\(text.debugDescription): fast read \(fast), full pipeline failed: \(error)")
                continue
            }
            if !Self.same(fast, full) {
                tally.failures.append("\(text.debugDescription) (\(mode)):\n    fast \(fast)\n    full \(full)")
            }
        }
    }

    /// Structural equality where NaN equals NaN and the Go type tags count.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.list(let x, let t), .list(let y, let u)):
            return t == u && x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.map(let x, let t), .map(let y, let u)):
            return t == u && x.count == y.count && x.allSatisfy { k, v in y[k].map { same(v, $0) } ?? false }
        default: return a == b
        }
    }

    func report(_ name: String, _ tally: Tally, minimumAccepted: Int) {
        print("\(name): fast reader accepted \(tally.accepted)/\(tally.total), \(tally.failures.count) differences")
        for f in tally.failures.prefix(20) { print("  " + f) }
        XCTAssertTrue(tally.failures.isEmpty, "\(name): \(tally.failures.count) differences")
        XCTAssertGreaterThanOrEqual(tally.accepted, minimumAccepted, name)
    }

    func testSnippets() {
        var tally = Tally()
        for text in FastBlockReaderSnippets.all { compare(text, into: &tally) }
        report("snippets", tally, minimumAccepted: 40)
    }

    func testYAMLTestSuiteInputs() throws {
        guard let suite = SharedMaterial.folder("yaml-test-suite") else { throw XCTSkip("no yaml-test-suite") }
        var tally = Tally()
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: suite.path) else { return }
        for case let path as String in walker where path.hasSuffix("in.yaml") {
            let data = try Data(contentsOf: suite.appendingPathComponent(path))
            compare(String(decoding: data, as: UTF8.self), into: &tally)
        }
        report("yaml-test-suite", tally, minimumAccepted: 30)
    }

    func testCorpusValues() throws {
        guard let folder = SharedMaterial.folder("conformance/templates") else { throw XCTSkip("no corpus") }
        var tally = Tally()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasPrefix("yaml-") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            compare(text, into: &tally)
            guard case .map(let root, _)? = try HelmYAML.parseDocuments(text).first,
                  case .list(let cases, _)? = root["cases"] else { continue }
            for c in cases {
                if let values = c.mapValue?["values"]?.stringValue { compare(values, into: &tally) }
                if let template = c.mapValue?["template"]?.stringValue, let start = template.firstIndex(of: "`"),
                   let end = template.lastIndex(of: "`"), start < end {
                    compare(String(template[template.index(after: start)..<end]), into: &tally)
                }
            }
        }
        report("corpus", tally, minimumAccepted: 300)
    }

    func testGeneratedDocuments() {
        var generator = FastBlockReaderSnippets.Generator(seed: 7)
        var tally = Tally()
        for _ in 0..<3000 { compare(generator.document(), into: &tally) }
        report("generated", tally, minimumAccepted: 500)
    }
}

/// The two-thread read of large inputs must agree with the single read.
final class FastBlockReaderParallelTests: XCTestCase {
    func testHalvesMatchSingleRead() {
        var generator = FastBlockReaderSnippets.Generator(seed: 11)
        var accepted = 0
        for round in 0..<2 {
            var text = ""
            while text.utf8.count < FastBlockReader.parallelThreshold + 1000 {
                text += "key\(text.utf8.count % 97):\n  a: 1\n  b: |\n    x\n\nlist:\n- 1\n- c: 2\n"
                if round % 2 == 1 { text += generator.document().replacingOccurrences(of: "\n ", with: "\n  ") }
            }
            let bytes = Array(text.utf8)
            let halves = bytes.withUnsafeBufferPointer { FastBlockReader.readInHalves($0.baseAddress!, count: $0.count, native: false) }
            guard case .some(.some(let parallel)) = halves else { continue }
            accepted += 1
            let full = try? HelmYAML.unmarshalFull(bytes: bytes)
            XCTAssertTrue(full.map { FastBlockReaderTests.same(parallel, $0) } ?? false, "round \(round)")
        }
        XCTAssertGreaterThan(accepted, 0)
    }
}
