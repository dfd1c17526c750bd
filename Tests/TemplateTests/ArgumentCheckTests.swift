import KrelCore
import XCTest

@testable import Template

/// Go's argument checks before a call (count, type, nil, untyped literal conversion to the
/// parameter type), for functions and for methods of Go objects. Expected values come
/// from helm v4.1.4: `repeat`/`until`/`substr` are Sprig's (int and string parameters),
/// `.Files.Get` is Helm's method; the stand-ins below have the same signatures.
final class ArgumentCheckTests: XCTestCase {
    /// A Go object with one method, `Get(name string) string` (Helm's `.Files`).
    struct TestFiles: GoMethodSignatures {
        var goTypeName: String { "engine.files" }
        var goKindName: String { "map" }
        var formatted: String { "map[files/hello.txt:[72]]" }
        var identity: Value { .string("files") }
        func member(_ name: String) -> Value? { nil }
        func hasMethod(_ name: String) -> Bool { name == "Get" }
        func methodParameters(_ name: String) -> [ParameterType]? { name == "Get" ? [.string] : nil }
        func callMethod(_ name: String, arguments: [Value]) throws -> Value? {
            guard name == "Get", case .string(let path) = arguments.first else { return nil }
            return .string(path == "files/hello.txt" ? "Hello, krel!\n" : "")
        }
    }

    static let functions: FunctionTable = TestFunctions.table.merging([
        "repeat": TemplateFunction([.int, .string]) { call in
            guard case .int(let count, _) = call.arguments[0], case .string(let text) = call.arguments[1] else { return .null }
            return .string(String(repeating: text, count: max(0, Int(count))))
        },
        "until": TemplateFunction([.int]) { call in
            guard case .int(let count, _) = call.arguments[0] else { return .null }
            let step: Int64 = count < 0 ? -1 : 1
            return .list(Array(stride(from: Int64(0), to: count, by: Int(step))).map { .int($0) }, .ints)
        },
        "substr": TemplateFunction([.int, .int, .string]) { call in
            guard case .int(let start, _) = call.arguments[0], case .int(let end, _) = call.arguments[1],
                case .string(let text) = call.arguments[2]
            else { return .null }
            let bytes = Array(text.utf8)
            let (s, e) = (Int(start), Int(end))
            if s < 0 { return .string(String(decoding: bytes[..<min(e, bytes.count)], as: UTF8.self)) }
            if e < 0 || e > bytes.count { return .string(String(decoding: bytes[s...], as: UTF8.self)) }
            return .string(String(decoding: bytes[s..<e], as: UTF8.self))
        },
    ]) { a, _ in a }

    func testArgumentChecks() {
        let rows: [(String, Expected)] = [
            ("{{ repeat 3 \"ab\" }}", .output("ababab")),
            ("{{ repeat 3.0 \"ab\" }}", .output("ababab")),
            ("{{ repeat 3.5 \"ab\" }}", .error("template: gotpl:1:10: executing \"gotpl\" at <3.5>: expected integer; found 3.5")),
            ("{{ repeat \"3\" \"ab\" }}", .error("template: gotpl:1:10: executing \"gotpl\" at <\"3\">: expected integer; found \"3\"")),
            ("{{ repeat .Values.one \"ab\" }}", .error("template: gotpl:1:17: executing \"gotpl\" at <.Values.one>: wrong type for value; expected int; got float64")),
            ("{{ repeat 'a' \"\" | len }}", .output("0")),
            ("{{ repeat nil \"a\" }}", .error("template: gotpl:1:10: executing \"gotpl\" at <nil>: cannot assign nil to int")),
            ("{{ repeat 1 2 }}", .error("template: gotpl:1:12: executing \"gotpl\" at <2>: expected string; found 2")),
            ("{{ repeat 1 }}", .error("template: gotpl:1:3: executing \"gotpl\" at <repeat>: wrong number of args for repeat: want 2 got 1")),
            ("{{ repeat 1 \"a\" \"b\" }}", .error("template: gotpl:1:3: executing \"gotpl\" at <repeat>: wrong number of args for repeat: want 2 got 3")),
            ("{{ repeat 1 true }}", .error("template: gotpl:1:12: executing \"gotpl\" at <true>: expected string; found true")),
            ("{{ repeat 1e2 \"\" | len }}", .output("0")),
            ("{{ repeat 1i \"a\" }}", .error("template: gotpl:1:10: executing \"gotpl\" at <1i>: expected integer; found 1i")),
            ("{{ repeat 0x2 \"a\" }}", .output("aa")),
            ("{{ \"ab\" | repeat 2 }}", .output("abab")),
            ("{{ 2 | repeat \"ab\" }}", .error("template: gotpl:1:14: executing \"gotpl\" at <\"ab\">: expected integer; found \"ab\"")),
            ("{{ repeat (len \"abc\") \"x\" }}", .output("xxx")),
            ("{{ repeat .Values.missing \"a\" }}", .error("template: gotpl:1:17: executing \"gotpl\" at <.Values.missing>: wrong type for value; expected int; got interface {}")),
            ("{{ repeat 99999999999999999999 \"a\" }}", .error("template: gotpl:1: integer overflow: \"99999999999999999999\"")),
            ("{{ repeat 1 .Values.s }}", .output("hello")),
            ("{{ repeat 1 .Values.nul }}", .error("template: gotpl:1:19: executing \"gotpl\" at <.Values.nul>: wrong type for value; expected string; got interface {}")),
            ("{{ repeat 1 nil }}", .error("template: gotpl:1:12: executing \"gotpl\" at <nil>: cannot assign nil to string")),
            ("{{ repeat 1 .Values.l }}", .error("template: gotpl:1:19: executing \"gotpl\" at <.Values.l>: wrong type for value; expected string; got []interface {}")),
            ("{{ repeat 1 'a' }}", .error("template: gotpl:1:12: executing \"gotpl\" at <'a'>: expected string; found 'a'")),
            ("{{ repeat true \"a\" }}", .error("template: gotpl:1:10: executing \"gotpl\" at <true>: expected integer; found true")),
            ("{{ until 3 }}", .output("[0 1 2]")),
            ("{{ printf \"%T\" (until 2) }}", .output("[]int")),
            ("{{ until 2.0 }}", .output("[0 1]")),
            ("{{ until .Values.f }}", .error("template: gotpl:1:16: executing \"gotpl\" at <.Values.f>: wrong type for value; expected int; got float64")),
            ("{{ until -1 }}", .output("[0]")),
            ("{{ substr 1 3 \"hello\" }}", .output("el")),
            ("{{ substr 1.0 3 \"hello\" }}", .output("el")),
            ("{{ substr 1 3 5 }}", .error("template: gotpl:1:14: executing \"gotpl\" at <5>: expected string; found 5")),
            ("{{ \"hello\" | substr 0 2 }}", .output("he")),
            ("{{ .Files.Get \"files/hello.txt\" }}", .output("Hello, krel!\n")),
            ("{{ .Files.Get }}", .error("template: gotpl:1:9: executing \"gotpl\" at <.Files.Get>: wrong number of args for Get: want 1 got 0")),
            ("{{ .Files.Get 1 }}", .error("template: gotpl:1:14: executing \"gotpl\" at <1>: expected string; found 1")),
            ("{{ .Files.Get \"a\" \"b\" }}", .error("template: gotpl:1:9: executing \"gotpl\" at <.Files.Get>: wrong number of args for Get: want 1 got 2")),
            ("{{ .Files.Get nil }}", .error("template: gotpl:1:14: executing \"gotpl\" at <nil>: cannot assign nil to string")),
            ("{{ .Files.Get .Values.one }}", .error("template: gotpl:1:21: executing \"gotpl\" at <.Values.one>: wrong type for value; expected string; got float64")),
            ("{{ \"files/hello.txt\" | .Files.Get }}", .output("Hello, krel!\n")),
            ("{{ .Files.Get (print \"files/\" \"hello.txt\") }}", .output("Hello, krel!\n")),
            ("{{ (.Files.Get \"files/hello.txt\").x }}", .error("template: gotpl:1:15: executing \"gotpl\" at <\"files/hello.txt\">: can't evaluate field x in type string")),
            ("{{ .Files.Get \"files/hello.txt\" | len }}", .output("13")),
            ("{{ $f := .Files }}{{ $f.Get \"files/hello.txt\" }}", .output("Hello, krel!\n")),
            ("{{ .Files.Get.x }}", .error("template: gotpl:1:9: executing \"gotpl\" at <.Files.Get.x>: wrong number of args for Get: want 1 got 0")),
            ("{{ .Files.Get 'a' }}", .error("template: gotpl:1:14: executing \"gotpl\" at <'a'>: expected string; found 'a'")),
            ("{{ .Files.Get .Values.s }}", .output("")),
        ]
        TemplateRunner.check(rows, extraRoot: ["Files": .object(TestFiles())], functions: Self.functions)
    }
}
