import Foundation
import Functions
import KrelCore
import Template
import XCTest

/// Linear-time matching on pathological patterns, and the semver object as templates see
/// it (expected values from sprig-semver.yaml / sprig-url.yaml).
final class RegexPerformanceAndSemverObjectTests: XCTestCase {
    func testPathologicalPatternsFinishFast() throws {
        let text = String(repeating: "a", count: 20_000)
        let start = Date()
        for pattern in ["(a*)*b", "(a+)+b", "(a|aa)*b", "(x+x+)+y", "^(a?){25}a{25}$"] {
            let regex = try GoRegex(pattern)
            XCTAssertFalse(regex.matches(text + "!"), pattern)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testNotPCRESemantics() throws {
        // `$` is end of text without (?m), not "before a final newline".
        XCTAssertFalse(try GoRegex("a$").matches("a\n"))
        // \d is ASCII only.
        XCTAssertFalse(try GoRegex("^\\d$").matches("\u{0663}"))
        // Leftmost-first, not leftmost-longest.
        XCTAssertEqual(try GoRegex("a|ab").findFirst(in: "ab"), "a")
        XCTAssertThrowsError(try GoRegex("\\Z"))
        XCTAssertThrowsError(try GoRegex("(a)\\1"))
        XCTAssertThrowsError(try GoRegex("a++"))
    }

    private func call(_ name: String, _ arguments: Value...) throws -> Value {
        var call = FunctionCall(name: name, arguments: arguments, engine: nil)
        return try XCTUnwrap(FunctionLibrary.helm[name]).body(&call)
    }

    func testSemverObjectMembers() throws {
        guard case .object(let v) = try call("semver", .string("1.2.3-beta.1+build.5")) else {
            return XCTFail("not an object")
        }
        XCTAssertEqual(v.goTypeName, "*semver.Version")
        let fields = ["Major", "Minor", "Patch", "Prerelease", "Metadata", "Original"].map { v.member($0)?.goFormatted ?? "?" }
        XCTAssertEqual(fields.joined(separator: " "), "1 2 3 beta.1 build.5 1.2.3-beta.1+build.5")
        XCTAssertEqual(v.member("Major")?.goKindName, "uint64")
        let printed = try ["v1.2.3", "1.2", "1"].map { try call("semver", .string($0)).goFormatted }
        XCTAssertEqual(printed, ["1.2.3", "1.2.0", "1.0.0"])
    }

    func testSemverComparisonMethods() throws {
        func compare(_ a: String, _ method: String, _ b: String) throws -> String {
            guard case .object(let left) = try call("semver", .string(a)) else { return "?" }
            return try left.callMethod(method, arguments: [try call("semver", .string(b))])?.goFormatted ?? "?"
        }
        XCTAssertEqual(try [compare("1.2.3", "Compare", "1.3.0"), compare("1.2.3", "Compare", "1.2.3"),
                            compare("2.0.0", "Compare", "1.9.9")].joined(separator: " "), "-1 0 1")
        XCTAssertEqual(try [compare("1.2.3", "LessThan", "1.10.0"), compare("1.2.3", "GreaterThan", "1.2.3-rc.1"),
                            compare("1.0.0", "Equal", "v1.0.0")].joined(separator: " "), "true true true")
        XCTAssertEqual(try [compare("1.0.0-alpha", "LessThan", "1.0.0-alpha.1"),
                            compare("1.0.0-alpha.beta", "LessThan", "1.0.0-beta"),
                            compare("1.0.0-rc.1", "LessThan", "1.0.0"),
                            compare("1.0.0-2", "LessThan", "1.0.0-10")].joined(separator: " "), "true true true true")
    }

    func testURLParseFieldsAndJoin() throws {
        let parsed = try call("urlParse", .string("https://user:pass@example.com:8443/p/a/t/h?q=1&r=two#frag"))
        guard case .map(let fields, _) = parsed else { return XCTFail("not a map") }
        let order = ["scheme", "host", "hostname", "path", "query", "fragment", "userinfo", "opaque"]
        XCTAssertEqual(order.map { fields[$0]?.goFormatted ?? "?" }.joined(separator: "|"),
                       "https|example.com:8443|example.com|/p/a/t/h|q=1&r=two|frag|user:pass|")
        XCTAssertEqual(try call("urlParse", .string("http://example.com/x?y=1")).goFormatted,
                       "map[fragment: host:example.com hostname:example.com opaque: path:/x query:y=1 scheme:http userinfo:]")
        XCTAssertEqual(try call("urlJoin", try call("urlParse", .string("https://u@h:1/p?q#f"))).goFormatted,
                       "https://u@h:1/p?q#f")
        let joined = try call("urlJoin", .map(["scheme": .string("https"), "host": .string("example.com:443"),
                                               "path": .string("/a b"), "query": .string("x=1&y=2"),
                                               "fragment": .string("top")]))
        XCTAssertEqual(joined.goFormatted, "https://example.com:443/a%20b?x=1&y=2#top")
    }
}
