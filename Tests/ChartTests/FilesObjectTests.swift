import KrelCore
import XCTest
@testable import Chart

final class FilesObjectTests: XCTestCase {
    /// A stand-in for toYaml: flat `key: value` lines, sorted.
    private let fakeYAML: FilesObject.YAMLEncoder = { value in
        guard let keys = value.sortedKeys, !keys.isEmpty else { return "{}" }
        return keys.map { "\($0): \(value[$0]?.goFormatted ?? "")" }.joined(separator: "\n")
    }

    private func files(_ entries: [(String, String)]) -> FilesObject {
        FilesObject(files: entries.map { ChartFile(path: $0.0, data: Array($0.1.utf8)) }, toYAML: fakeYAML)
    }

    func testGlobLikeHelm() {
        // Paths and results from corpus case files-get-glob-asconfig-assecrets-lines.
        let set = files([(".helmignore", "x"), ("files/conf/app.conf", "a"), ("files/conf/data.json", "{}"),
                         ("files/conf/log.conf", "l"), ("files/lines.txt", "l"), ("files/secret/creds.env", "c"),
                         ("other/readme.md", "r"), (".hidden/h.txt", "h")])
        let cases: [(String, [String])] = [
            ("files/conf/*", ["files/conf/app.conf", "files/conf/data.json", "files/conf/log.conf"]),
            ("files/**.conf", ["files/conf/app.conf", "files/conf/log.conf"]),
            ("**.txt", [".hidden/h.txt", "files/lines.txt"]),
            ("*.txt", []),
            ("files/{lines,conf/log}.*", ["files/conf/log.conf", "files/lines.txt"]),
            ("files/conf/[a-d]*", ["files/conf/app.conf", "files/conf/data.json"]),
            ("files/conf/[!a-d]*", ["files/conf/log.conf"]),
            ("files/?ines.txt", ["files/lines.txt"]),
            ("nothing/*", []),
            ("[", set.paths),  // invalid pattern: everything
            ("{a", set.paths),
        ]
        for (pattern, expected) in cases {
            XCTAssertEqual(set.glob(pattern).paths, expected, pattern)
        }
    }

    func testMethods() throws {
        let set = files([("a.txt", "one\ntwo\n\nthree\n"), ("empty.txt", ""), ("dir/b.txt", "x")])
        XCTAssertEqual(try set.callMethod("Get", arguments: ["a.txt"])?.stringValue, "one\ntwo\n\nthree\n")
        XCTAssertEqual(try set.callMethod("Get", arguments: ["missing"])?.stringValue, "")
        XCTAssertEqual(try set.callMethod("GetBytes", arguments: ["dir/b.txt"])?.goFormatted, "[120]")
        XCTAssertEqual(try set.callMethod("GetBytes", arguments: ["dir/b.txt"])?.goTypeName, "[]uint8")
        XCTAssertEqual(try set.callMethod("Lines", arguments: ["a.txt"])?.goFormatted, "[one two  three]")
        XCTAssertEqual(try set.callMethod("Lines", arguments: ["missing"])?.goFormatted, "[]")
        XCTAssertThrowsError(try set.callMethod("Lines", arguments: ["empty.txt"])) {
            XCTAssertEqual(($0 as? FunctionErrorLike)?.text, "runtime error: index out of range [-1]")
        }
        XCTAssertEqual(set.member("AsConfig")?.stringValue, "a.txt: one\ntwo\n\nthree\n\nb.txt: x\nempty.txt: ")
        XCTAssertEqual(set.glob("dir/*").asSecrets(), "b.txt: eA==")
        XCTAssertEqual(set.glob("nothing").asConfig(), "{}")
        XCTAssertEqual(set.formatted, "map[a.txt:[111 110 101 10 116 119 111 10 10 116 104 114 101 101 10] dir/b.txt:[120] empty.txt:[]]")
        XCTAssertEqual(set.goTypeName, "engine.files")
        XCTAssertTrue(set.hasMethod("Glob"))
        XCTAssertNil(set.member("Get"))
        XCTAssertEqual(set.member("dir/b.txt")?.goFormatted, "[120]")
    }
}
