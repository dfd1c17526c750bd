import KrelCore
import XCTest

final class GoFloatFormatTests: XCTestCase {
    func testPercentVMatchesGo() {
        // Expected texts from the helm oracle, as recorded in spec/helm-compat.md 3.6.
        let cases: [(Double, String)] = [
            (123456.0, "123456"), (999999, "999999"), (1000000, "1e+06"), (1234567.5, "1.2345675e+06"),
            (100000.5, "100000.5"), (123456789, "1.23456789e+08"), (1e20, "1e+20"), (0.0001, "0.0001"),
            (0.00001, "1e-05"), (1.0, "1"), (2.50, "2.5"), (-0.0, "-0"), (1e100, "1e+100"), (0, "0"),
            (5e-324, "5e-324"), (0.1, "0.1"), (-1.5, "-1.5"),
        ]
        for (x, want) in cases {
            XCTAssertEqual(GoFloatFormat.formatG(x), want, "formatG(\(x))")
        }
    }

    func testJSONMatchesGo() {
        let cases: [(Double, String)] = [
            (1e20, "100000000000000000000"), (1e6, "1000000"), (0.000001, "0.000001"), (1e21, "1e+21"),
            (1e-7, "1e-7"), (-0.0, "-0"), (123456789012345678, "123456789012345680"), (0.1, "0.1"), (0, "0"),
        ]
        for (x, want) in cases {
            XCTAssertEqual(GoFloatFormat.formatJSON(x), want, "formatJSON(\(x))")
        }
    }

    func testFloat32Keys() {
        XCTAssertEqual(GoFloatFormat.formatG32(3.14159265358979), "3.1415927")
        XCTAssertEqual(GoFloatFormat.formatG32(0.123456789), "0.12345679")
        XCTAssertEqual(GoFloatFormat.formatG32(1e20), "1e+20")
        XCTAssertEqual(GoFloatFormat.formatG32(1e3), "1000")
        XCTAssertEqual(GoFloatFormat.formatG32(123456789012345678901234567890), "1.2345679e+29")
    }
}

final class ValueFormatTests: XCTestCase {
    func testGoPercentV() {
        let v: Value = .map(["b": .list([.string("a"), .int(1), .null, .list([.string("x"), .string("y")])]),
                             "a": .float(1e6)])
        XCTAssertEqual(v.goFormatted, "map[a:1e+06 b:[a 1 <nil> [x y]]]")
        XCTAssertEqual(Value.list([]).goFormatted, "[]")
        XCTAssertEqual(Value.map([:]).goFormatted, "map[]")
    }
}
