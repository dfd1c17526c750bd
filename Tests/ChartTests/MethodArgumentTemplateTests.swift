import TestSupport
import XCTest

/// Go's checks of function and method arguments of types `time.Time`, `string`, `int`
/// (`ParameterType.time`, `GoMethodSignatures`). Expected messages come from helm v4.1.4.
final class MethodArgumentTemplateTests: XCTestCase {
    static let cases: [(template: String, error: String)] = [
        (#"{{ dateModify "1h" "x" }}"#, #"can't handle "x" for arg of type time.Time"#),
        (#"{{ unixEpoch 5 }}"#, "can't handle 5 for arg of type time.Time"),
        (#"{{ dateModify "1h" nil }}"#, "cannot assign nil to time.Time"),
        (#"{{ .Values.x | unixEpoch }}"#, "wrong type for value; expected time.Time; got float64"),
        (#"{{ .Values.nope | unixEpoch }}"#, "invalid value; expected time.Time"),
        (#"{{ (now).Add }}"#, "wrong number of args for Add: want 1 got 0"),
        (#"{{ (now).Add 1 2 }}"#, "wrong number of args for Add: want 1 got 2"),
        (#"{{ (now).Format 1 }}"#, "expected string; found 1"),
        (#"{{ (now).AddDate 1 "x" 2 }}"#, #"expected integer; found "x""#),
        (#"{{ (now).After 1 }}"#, "can't handle 1 for arg of type time.Time"),
        (#"{{ (now).Year 1 }}"#, "wrong number of args for Year: want 0 got 1"),
        (#"{{ .Files.Get }}"#, "wrong number of args for Get: want 1 got 0"),
        (#"{{ .Capabilities.APIVersions.Has 1 }}"#, "expected string; found 1"),
        (#"{{ .Files.Get .Values.x }}"#, "wrong type for value; expected string; got float64"),
    ]

    func testArgumentErrors() {
        for (template, error) in Self.cases {
            var c = ConformanceCase()
            c.template = template
            c.values = "x: 5\n"
            c.error = error
            if case .fail(let why) = TemplateCorpusHarness.run(c) { XCTFail("\(template): \(why)") }
            // Argument problems are the executor's, not the function's: no `error calling`.
            for name in ["dateModify", "unixEpoch", "Add", "Format", "AddDate", "After", "Year", "Get", "Has"] {
                var plain = c
                plain.error = "error calling \(name):"
                if case .pass = TemplateCorpusHarness.run(plain) { XCTFail("\(template): reported as a function error") }
            }
        }
    }

    func testTypedArgumentsStillWork() {
        var c = ConformanceCase()
        c.template = #"{{ (toDate "2006-01-02" "2020-01-01").AddDate 1 2 3 | date "2006-01-02" }}|{{ "v1" | .Capabilities.APIVersions.Has }}"#
        c.expect = "2021-03-04|true"
        if case .fail(let why) = TemplateCorpusHarness.run(c) { XCTFail(why) }
    }
}
