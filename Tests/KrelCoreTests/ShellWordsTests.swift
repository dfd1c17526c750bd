import TestSupport
import XCTest

final class ShellWordsTests: XCTestCase {
    func testPythonShlexSemantics() throws {
        XCTAssertEqual(try ShellWords.split(#"rel ./chart --set-json 'a={bad json}' -s 'templates/*.yaml'"#),
                       ["rel", "./chart", "--set-json", "a={bad json}", "-s", "templates/*.yaml"])
        XCTAssertEqual(try ShellWords.split(#"--set 'podAnnotations.example\.io/owner=team-a' spaced='a b' x\ y"#),
                       ["--set", #"podAnnotations.example\.io/owner=team-a"#, "spaced=a b", "x y"])
        XCTAssertEqual(try ShellWords.split(#"--name-template '{{ "Fixed" | lower }}' "a\"b""#),
                       ["--name-template", #"{{ "Fixed" | lower }}"#, #"a"b"#])
    }
}
