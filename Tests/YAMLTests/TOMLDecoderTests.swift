import XCTest
import KrelCore
@testable import YAML

/// fromToml; expectations from helm-funcs.yaml (from-toml, from-toml-invalid) and the oracle.
final class TOMLDecoderTests: XCTestCase {
    func testCorpusCases() throws {
        let t = try TOMLDecoder.decode("a = 1\nb = \"two\"\n[c]\nd = true")
        XCTAssertEqual(t.goFormatted, "map[a:1 b:two c:map[d:true]]")
        XCTAssertEqual(t["a"]?.goTypeName, "int64")
        XCTAssertThrowsError(try TOMLDecoder.decode("a = ")) {
            XCTAssertEqual(($0 as? TOMLDecoder.DecodeError)?.message, "toml: line 1 (last key \"a\"): unexpected EOF; expected value")
        }
    }

    func testValueForms() throws {
        let text = "a = 0x1F\nb = 1_000\nc = 1e3\nd = \"x\\ty\"\ne = 'lit\\'\nf = [1, \"a\"]\ng = {h = 1, i.j = 2}\n"
            + "k.l = true\n[[m]]\nn = 1\n[[m]]\nn = 2\n[o.p]\nq = -inf\nr = 1979-05-27T07:32:00Z\ns = \"\"\"\nmulti\nline\"\"\"\n"
        let t = try TOMLDecoder.decode(text)
        XCTAssertEqual(t["a"]?.goTypeName, "int64")
        let expected = "map[a:31 b:1000 c:1000 d:x\ty e:lit\\ f:[1 a] g:map[h:1 i:map[j:2]] k:map[l:true] "
            + "m:[map[n:1] map[n:2]] o:map[p:map[q:-Inf r:1979-05-27T07:32:00Z s:multi\nline]]]"
        XCTAssertEqual(t.goFormatted, expected)
    }

    func testErrors() {
        // Oracle texts.
        let cases = [
            ("a = 1\na = 2", "toml: line 2 (last key \"a\"): Key 'a' has already been defined."),
            ("a = @", "toml: line 1 (last key \"a\"): expected value but found '@' instead"),
            ("[a]\nb = 1\n[a]", "toml: line 3: Key 'a' has already been defined."),
            ("a", "toml: line 1: unexpected EOF; expected key separator '='"),
        ]
        for (text, want) in cases {
            XCTAssertThrowsError(try TOMLDecoder.decode(text), text) {
                XCTAssertEqual(($0 as? TOMLDecoder.DecodeError)?.message, want, text)
            }
        }
    }
}
