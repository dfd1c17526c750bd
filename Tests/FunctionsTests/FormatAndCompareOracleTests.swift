import Functions
import KrelCore
import Template
import XCTest

/// printf float verbs (%x %X %b and the # flag) and eq on slices/maps/structs, with the
/// outputs and messages of helm v4.1.4.
final class FormatAndCompareOracleTests: XCTestCase {
    func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: FunctionLibrary.helm)
        try set.addFile(named: "t", text: text)
        let values: Value = .map(["f": .float(0.1), "l": .list([.float(1)]), "m": .map(["a": .float(1)])], .helmValues)
        return try set.execute(named: "t", data: .map(["Values": values], .helmValues))
    }

    func testFloatVerbs() throws {
        let table: [(String, String)] = [
            (#"{{ printf "%x|%X|%b|%x|%X|%b" 1.5 -3.25 1.5 0.0 1e100 .Values.f }}"#,
             "0x1.8p+00|-0X1.AP+01|6755399441055744p-52|0x0p+00|0X1.249AD2594C37DP+332|7205759403792794p-56"),
            (#"{{ printf "%#g|%#g|%#g|%#.3g|%#e|%#f|%#.0f|%#.0e" 1.0 1e21 123456789.0 1.0 1.0 1.0 1.0 1.0 }}"#,
             "1.00000|1.00000e+21|1.23456789e+08|1.00|1.000000e+00|1.000000|1.|1.e+00"),
            (#"{{ printf "%8.3x|%-12X|%+x" 1.5 2.5 3.0 }}"#, "0x1.800p+00|0X1.4P+01   |+0x1.8p+01"),
            (#"{{ printf "%#x|%#.0x|%x|%x|%b|%#v|%#g|%#g|%#g|%#.1g" 1.5 1.5 -0.0 5e-324 0.0 1.0 0.0 100000.0 1e-5 0.96 }}"#,
             "0x1.8000p+00|0x1.p+01|-0x0p+00|0x1p-1074|0p-1074|1|0.00000|100000.|1.00000e-05|1."),
            (#"{{ printf "%x|%#X|%.1x|%.0x|%010x|% x|%e" (list 1.5 2.0) 255.0 1.96875 1.5 1.5 1.5 1.5 }}"#,
             "[0x1.8p+00 0x1p+01]|0X1.FEP+07|0x1.0p+01|0x1p+01|00x1.8p+00| 0x1.8p+00|1.500000e+00"),
            (#"{{ printf "%#v %#v %#.2v" 1.0 1e21 1.0 }}"#, "1 1e+21 1"),
        ]
        for (text, want) in table { XCTAssertEqual(try render(text), want, text) }
    }

    func testComparisonErrors() {
        let table: [(String, String)] = [
            ("{{ eq (list 1) (dict) }}", "non-comparable types [%!s(int=1)]: []interface {}, map[string]interface {}: map[]"),
            (#"{{ eq (dict "a" 1) (list 1) }}"#, "non-comparable types map[a:%!s(int=1)]: map[string]interface {}, []interface {}: [1]"),
            ("{{ eq (list 1) 1 }}", "incompatible types for comparison: []interface {} and int"),
            ("{{ eq (list 1) (list 1) }}", "non-comparable type [%!s(int=1)]: []interface {}"),
            ("{{ eq (dict) (dict) }}", "non-comparable type map[]: map[string]interface {}"),
            ("{{ eq .Values.l .Values.m }}", "non-comparable types [%!s(float64=1)]: []interface {}, map[string]interface {}: map[a:1]"),
            (#"{{ eq (splitList "," "a") (list 1) }}"#, "non-comparable type [%!s(int=1)]: []interface {}"),
            ("{{ eq .Values.m .Values.m }}", "non-comparable type map[a:%!s(float64=1)]: map[string]interface {}"),
            ("{{ eq now 1 }}", "incompatible types for comparison: time.Time and int"),
        ]
        for (text, want) in table {
            XCTAssertThrowsError(try render(text), text) { error in
                XCTAssertTrue(goErrorText(error).hasSuffix("error calling eq: " + want), goErrorText(error))
            }
        }
        XCTAssertEqual(try render("{{ eq (list 1) nil }}|{{ eq nil nil }}|{{ eq .Values.nope (list) }}"), "false|true|false")
    }
}
