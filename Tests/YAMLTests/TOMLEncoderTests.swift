import XCTest
import KrelCore
@testable import YAML

/// toToml (BurntSushi/toml v1.6.0); expectations from helm-funcs.yaml and the helm oracle.
final class TOMLEncoderTests: XCTestCase {
    func testCorpusCases() throws {
        // to-toml-map (values-file numbers are float64)
        let cfg: Value = .map([
            "title": .string("example"), "count": .float(3), "ratio": .float(0.5), "enabled": .bool(true),
            "tags": .list([.string("a"), .string("b")]),
            "server": .map(["host": .string("localhost"), "port": .float(8080)]),
        ])
        XCTAssertEqual(try TOMLEncoder.encode(cfg),
                       "count = 3.0\nenabled = true\nratio = 0.5\ntags = [\"a\", \"b\"]\ntitle = \"example\"\n\n[server]\n  host = \"localhost\"\n  port = 8080.0\n")
        // to-toml-non-map, to-toml-empty-map
        XCTAssertEqual(try TOMLEncoder.encode(.string("str")), "\"str\"")
        XCTAssertEqual(try TOMLEncoder.encode(.list([.int(1), .int(2)])), "[1, 2]")
        XCTAssertEqual(try TOMLEncoder.encode(.map([:])), "")
    }

    func testOracleCases() throws {
        let numbers: Value = .map([
            "a": .float(1e21), "b": .float(1e-7), "c": .float(1.5), "d": .int(3, .int64), "e": .float(0.1),
            "f": .float(-0.0), "g": .int(100),
        ])
        XCTAssertEqual(try TOMLEncoder.encode(numbers), "a = 1e+21\nb = 1e-07\nc = 1.5\nd = 3\ne = 0.1\nf = -0.0\ng = 100\n")
        let keys: Value = .map([
            "s": .string("q\"\\\t\n\u{7F}\u{1}é😀\u{2028}"), "k y": .int(1), "é": .int(2), "": .int(3), "a.b": .int(4), "A-_9": .int(5),
        ])
        XCTAssertEqual(try TOMLEncoder.encode(keys),
                       "\"\" = 3\nA-_9 = 5\n\"a.b\" = 4\n\"k y\" = 1\ns = \"q\\\"\\\\\\t\\n\\u007f\\u0001é😀\u{2028}\"\n\"é\" = 2\n")
        let tables: Value = .map([
            "srv": .map([
                "sub": .map(["x": .int(1)]), "y": .int(2),
                "z": .list([.map(["p": .int(1)]), .map(["q": .map(["r": .int(2)])])]),
            ]),
            "top": .map([:]), "e": .list([]), "n": .null, "arr": .list([.map(["a": .int(1)]), .int(2)]),
        ])
        XCTAssertEqual(try TOMLEncoder.encode(tables),
                       "arr = [{a = 1}, 2]\ne = []\n\n[srv]\n  y = 2\n  [srv.sub]\n    x = 1\n\n  [[srv.z]]\n    p = 1\n\n  [[srv.z]]\n    [srv.z.q]\n      r = 2\n\n[top]\n")
        XCTAssertEqual(try TOMLEncoder.encode(.null), "")
        XCTAssertEqual(try TOMLEncoder.encode(.map(["l": .list([.list([.int(1), .string("a")]), .map(["x": .list([.int(1)])])])])),
                       "l = [[1, \"a\"], {x = [1]}]\n")
        XCTAssertEqual(try TOMLEncoder.encode(.map(["z": .list([.map(["a": .int(1)]), .map(["b": .list([.map(["c": .int(1)])])])])])),
                       "[[z]]\n  a = 1\n\n[[z]]\n\n  [[z.b]]\n    c = 1\n")
        XCTAssertEqual(try TOMLEncoder.encode(.float(1.5)), "1.5")
        XCTAssertEqual(try TOMLEncoder.encode(.float(.nan)), "nan")
    }

    func testErrors() {
        XCTAssertThrowsError(try TOMLEncoder.encode(.map(["l": .list([.int(1), .null])]))) {
            XCTAssertEqual(($0 as? TOMLEncoder.EncodeError)?.message, "toml: cannot encode array with nil element")
        }
        XCTAssertThrowsError(try TOMLEncoder.encode(.list([.map(["a": .int(1)])]))) {
            XCTAssertEqual(($0 as? TOMLEncoder.EncodeError)?.message, "toml: top-level values must be Go maps or structs")
        }
    }
}
