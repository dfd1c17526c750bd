import XCTest
@testable import KrelCLI

final class FlagParserTests: XCTestCase {
    let parser = FlagParser(specs: [
        .init(name: "set", shorthand: nil, kind: .stringArray),
        .init(name: "values", shorthand: "f", kind: .stringSlice),
        .init(name: "namespace", shorthand: "n", kind: .string),
        .init(name: "include-crds", shorthand: nil, kind: .bool),
        .init(name: "generate-name", shorthand: "g", kind: .bool),
    ])

    func testForms() throws {
        let r = try parser.parse(["rel", "--set", "a=1,b=2", "--set=c=3", "-f", "x.yaml,y.yaml", "-fz.yaml",
                                  "-n=ns1", "./chart", "-nns2", "--include-crds", "-g", "--", "--set"])
        XCTAssertEqual(r.positionals, ["rel", "./chart", "--set"])
        XCTAssertEqual(r.strings("set"), ["a=1,b=2", "c=3"])
        XCTAssertEqual(r.strings("values"), ["x.yaml", "y.yaml", "z.yaml"])
        XCTAssertEqual(r.string("namespace"), "ns2")
        XCTAssertTrue(r.bool("include-crds"))
        XCTAssertTrue(r.bool("generate-name"))
    }

    func testErrors() {
        XCTAssertThrowsError(try parser.parse(["--nope"])) { error in
            XCTAssertEqual((error as? FlagParser.ParseError)?.message, "unknown flag: --nope")
        }
        XCTAssertThrowsError(try parser.parse(["--set"])) { error in
            XCTAssertEqual((error as? FlagParser.ParseError)?.message, "flag needs an argument: --set")
        }
        XCTAssertThrowsError(try parser.parse(["-x"])) { error in
            XCTAssertEqual((error as? FlagParser.ParseError)?.message, "unknown shorthand flag: 'x' in -x")
        }
    }
}
