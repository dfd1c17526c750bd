import XCTest
@testable import Chart

final class HelmignoreMatchTests: XCTestCase {
    func testGoFilepathMatch() throws {
        // (pattern, name, expected) following Go's filepath.Match documentation and tests.
        let cases: [(String, String, Bool)] = [
            ("abc", "abc", true), ("*", "abc", true), ("*c", "abc", true), ("a*", "a", true),
            ("a*", "abc", true), ("a*", "ab/c", false), ("a*/b", "abc/b", true), ("a*/b", "a/c/b", false),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", true), ("a*b*c*d*e*/f", "axbxcxdxexxx/f", true),
            ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false), ("a*b?c*x", "abxbbxdbxebxczzx", true),
            ("a*b?c*x", "abxbbxdbxebxczzy", false), ("ab[c]", "abc", true), ("ab[b-d]", "abc", true),
            ("ab[e-g]", "abc", false), ("ab[^c]", "abc", false), ("ab[^b-d]", "abc", false), ("ab[^e-g]", "abc", true),
            ("a\\*b", "a*b", true), ("a\\*b", "ab", false), ("a?b", "a☺b", true), ("a[^a]b", "a☺b", true),
            ("a???b", "a☺b", false), ("*.txt", "notes.txt", true), ("?", "/", false), ("*x", "xxx", true),
        ]
        for (pattern, name, expected) in cases {
            XCTAssertEqual(try GoFilepathMatch.match(pattern, name), expected, "\(pattern) ~ \(name)")
        }
        for bad in ["[", "[^", "[^bc", "a[", "a\\", "[]a]", "[-]", "[x-]", "[a-b-c]", "*x["] {
            XCTAssertThrowsError(try GoFilepathMatch.match(bad, "zzz"), bad)
        }
    }

    func testHelmignoreRules() throws {
        // (helmignore text, path, isDirectory, ignored)
        let cases: [(String, String, Bool, Bool)] = [
            ("*.bak", "files/conf/app.conf.bak", false, true),
            ("*.bak", "files/conf/app.conf", false, false),
            ("ignored-dir/", "files/ignored-dir", true, true),
            ("ignored-dir/", "files/ignored-dir", false, false),
            ("/files", "files", true, true),
            ("/conf", "files/conf", true, false),
            ("files/*.txt", "files/a.txt", false, true),
            ("files/*.txt", "other/files/a.txt", false, false),
            ("# comment\n\n  *.md  ", "README.md", false, true),
            // The negation bug: `!keep.txt` ignores everything that is NOT keep.txt.
            ("*.txt\n!keep.txt", "Chart.yaml", false, true),
            ("*.txt\n!keep.txt", "keep.txt", false, true),
            ("!keep.txt", "keep.txt", false, false),
            ("!dir/", "file", false, true),
        ]
        for (text, path, isDirectory, ignored) in cases {
            let rules = try HelmIgnore(parsing: Array(text.utf8))
            XCTAssertEqual(rules.ignores(path, isDirectory: isDirectory), ignored, "\(text) / \(path)")
        }
        let defaults = try HelmIgnore.forChartDirectory(helmignore: nil)
        XCTAssertTrue(defaults.ignores("templates/.hidden.yaml", isDirectory: false))
        XCTAssertFalse(defaults.ignores("charts/sub/templates/.hidden.yaml", isDirectory: false))
        XCTAssertFalse(defaults.ignores("templates/visible.yaml", isDirectory: false))
        XCTAssertFalse(defaults.ignores("", isDirectory: true))
    }

    func testHelmignoreErrors() {
        // Texts from the helm oracle.
        let cases: [(String, String)] = [
            ("a**b", "double-star (**) syntax is not supported"),
            ("[", "syntax error in pattern"),
            ("x\\", "syntax error in pattern"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try HelmIgnore(parsing: Array(text.utf8))) { XCTAssertEqual("\($0)", message) }
        }
    }
}
