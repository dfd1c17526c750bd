import KrelCore
import Template
import XCTest
@testable import Functions

/// Expected outputs come from sprig-math.yaml (helm v4.1.4).
final class MathFunctionsTests: XCTestCase {
    func testTable() throws {
        let cases: [(String, [Value], String)] = [
            ("add", [i(1), i(2), i(3), i(4)], "10"), ("add", [i(5)], "5"), ("add", [], "0"),
            ("add", [f(1.9), i(1)], "2"), ("add", [f(1.5), f(1.5)], "2"), ("add", [f(-1.9), i(0)], "-1"),
            ("add", [s("3"), i(4)], "7"), ("add", [s("abc"), i(1)], "1"), ("add", [s("1.5"), i(1)], "1"),
            ("add", [s("0x10"), i(0)], "16"), ("add", [.null, i(1)], "1"), ("add", [.bool(true), i(1)], "2"),
            ("add1", [i(-1)], "0"), ("add1", [s("9")], "10"), ("add1", [f(1.7)], "2"), ("add1", [s("x")], "1"),
            ("sub", [i(3), i(5)], "-2"), ("sub", [i(10), f(2.9)], "8"), ("sub", [s("10"), s("4")], "6"),
            ("mul", [i(2), i(3), i(4)], "24"), ("mul", [i(7)], "7"), ("mul", [f(2.5), i(2)], "4"),
            ("mul", [i(Int64.max), i(2)], "-2"), ("add", [i(Int64.max), i(1)], "-9223372036854775808"),
            ("div", [i(7), i(2)], "3"), ("div", [i(-7), i(2)], "-3"), ("div", [i(7), i(-2)], "-3"),
            ("div", [i(10), f(3.9)], "3"), ("div", [i(Int64.min), i(-1)], "-9223372036854775808"),
            ("mod", [i(7), i(3)], "1"), ("mod", [i(-7), i(3)], "-1"), ("mod", [i(7), i(-3)], "1"),
            ("max", [i(1), i(5), i(3)], "5"), ("min", [i(4), i(2), i(8)], "2"), ("max", [i(-1)], "-1"),
            ("biggest", [i(3), i(9)], "9"), ("max", [f(1.9), i(1)], "1"), ("min", [s("3"), i(5)], "3"),
            ("floor", [f(1.7)], "1"), ("floor", [f(-1.2)], "-2"), ("ceil", [f(1.2)], "2"), ("ceil", [f(-1.7)], "-1"),
            ("floor", [i(5)], "5"), ("ceil", [s("2.1")], "3"), ("ceil", [f(-0.5)], "-0"),
            ("round", [f(3.14159), i(2)], "3.14"), ("round", [f(3.14159), i(0)], "3"), ("round", [f(2.5), i(0)], "3"),
            ("round", [f(-2.5), i(0)], "-3"), ("round", [f(1234.5678), i(-2)], "1200"), ("round", [f(0.125), i(2)], "0.13"),
            ("round", [f(2.4), i(0), f(0.3)], "3"), ("round", [f(2.2), i(0), f(0.3)], "2"), ("round", [f(1.55), i(1), f(0.6)], "1.5"),
            ("round", [f(1.005), i(2)], "1"), ("round", [f(2.675), i(2)], "2.68"), ("round", [f(0.1), i(5)], "0.1"),
            ("round", [s("3.456"), i(1)], "3.5"),
            ("addf", [f(0.1), f(0.2)], "0.3"), ("addf", [i(1), i(2), f(3.5)], "6.5"), ("addf", [s("1.5"), i(1)], "2.5"),
            ("addf", [i(1)], "1"), ("subf", [f(0.3), f(0.1)], "0.2"), ("mulf", [f(1.1), i(3)], "3.3"),
            ("divf", [i(1), i(3)], "0.3333333333333333"), ("divf", [i(10), i(4)], "2.5"), ("subf", [i(1)], "1"),
            ("mulf", [i(2), f(2.5), i(4)], "20"), ("add1f", [f(1.5)], "2.5"), ("add1f", [s("2")], "3"),
            ("maxf", [i(1), f(2.5), i(-3)], "2.5"), ("minf", [i(1), f(2.5), i(-3)], "-3"), ("maxf", [i(1)], "1"),
            ("mulf", [f(0.25), i(1000)], "250"), ("divf", [f(3072), i(1024)], "3"),
            ("mulf", [i(1000), i(1000)], "1e+06"), ("mulf", [f(1e10), f(1e12)], "1e+22"),
            ("divf", [i(1), i(1000000)], "1e-06"), ("mulf", [i(123456789), i(10)], "1.23456789e+09"),
            ("mulf", [i(-1), i(0)], "0"), ("add", [f(1e20), i(0)], "-9223372036854775808"),
            ("mul", [.null, i(5)], "0"), ("addf", [.null, i(1)], "1"), ("max", [.null, i(3)], "3"),
            ("until", [i(5)], "[0 1 2 3 4]"), ("until", [i(0)], "[]"), ("until", [i(-3)], "[0 -1 -2]"),
            ("untilStep", [i(0), i(10), i(3)], "[0 3 6 9]"), ("untilStep", [i(10), i(0), i(-3)], "[10 7 4 1]"),
            ("untilStep", [i(0), i(10), i(0)], "[]"), ("untilStep", [i(0), i(10), i(-1)], "[]"),
            ("untilStep", [i(3), i(3), i(1)], "[]"), ("untilStep", [i(-2), i(2), i(1)], "[-2 -1 0 1]"),
            ("seq", [i(5)], "1 2 3 4 5"), ("seq", [i(1)], "1"), ("seq", [i(0)], "1 0"), ("seq", [i(-3)], "1 0 -1 -2 -3"),
            ("seq", [i(2), i(5)], "2 3 4 5"), ("seq", [i(5), i(2)], "5 4 3 2"), ("seq", [i(3), i(3)], "3"),
            ("seq", [i(-1), i(1)], "-1 0 1"), ("seq", [i(0), i(2), i(10)], "0 2 4 6 8 10"),
            ("seq", [i(10), i(-3), i(0)], "10 7 4 1"), ("seq", [i(1), i(5), i(3)], "1"),
            ("seq", [i(1), i(-1), i(5)], ""), ("seq", [i(5), i(1), i(1)], ""), ("seq", [], ""),
            ("seq", [i(1), i(2), i(3), i(4)], ""),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
    }

    func testResultTypes() throws {
        for name in ["add", "add1", "sub", "mul", "div", "mod"] {
            XCTAssertEqual(try invoke(name, i(4), i(2)).goTypeName, "int64", name)
        }
        XCTAssertEqual(try invoke("floor", f(1.5)).goTypeName, "float64")
        XCTAssertEqual(try invoke("until", i(1)).goTypeName, "[]int")
        XCTAssertEqual(try invoke("seq", i(3)).goTypeName, "string")
    }

    func testErrors() {
        XCTAssertEqual(failure("div", [i(1), i(0)]), "runtime error: integer divide by zero")
        XCTAssertEqual(failure("mod", [i(1), i(0)]), "runtime error: integer divide by zero")
        XCTAssertEqual(failure("divf", [i(1), i(0)]), "decimal division by 0")
        XCTAssertEqual(failure("randInt", [i(5), i(5)]), "invalid argument to Intn")
    }

    func testRandInt() throws {
        for _ in 0..<20 {
            guard case .int(let n, _) = try invoke("randInt", i(3), i(6)) else { return XCTFail("not an int") }
            XCTAssertTrue((3..<6).contains(n))
        }
    }
}
