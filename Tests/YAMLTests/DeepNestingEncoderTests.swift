import Foundation
import KrelCore
import XCTest
@testable import YAML

/// Encoders on deeply nested values. Expected lengths and texts are helm v4.1.4's
/// (fixtures template-encoders-deep-nesting and error-must-to-yaml-too-deep).
final class DeepNestingEncoderTests: XCTestCase {
    /// Runs `body` on a thread with `stackSize` bytes of stack (deep values are built,
    /// encoded and freed there, as in the template executor's large-stack thread).
    private func onThread(stackSize: Int, _ body: @escaping @Sendable () throws -> Void) {
        let done = expectation(description: "thread")
        let thread = Thread {
            do { try body() } catch { XCTFail("\(error)") }
            done.fulfill()
        }
        thread.stackSize = stackSize
        thread.start()
        wait(for: [done], timeout: 120)
    }

    private static func nestedList(_ levels: Int) -> Value {
        var value = Value.list([])
        for _ in 1..<levels { value = .list([value]) }
        return value
    }

    func testDeepListsEncodeAsInHelm() {
        onThread(stackSize: 256 << 20) {
            let list = Self.nestedList(50_001)  // `list` wrapped 50000 times
            XCTAssertEqual(try? GoJSON.marshal(list).utf8.count, 100_002)
            XCTAssertEqual(try? GoJSON.marshal(list, escapeHTML: false).utf8.count, 100_002)
            XCTAssertEqual(try? YAMLEmitter.toYamlPretty(list).utf8.count, 100_002)
            // toYaml re-reads the JSON text with go-yaml: 10000 nested collections pass, 10001 fail.
            XCTAssertEqual(try? YAMLEmitter.toYaml(Self.nestedList(10_000)).utf8.count, 20_000)
            XCTAssertThrowsError(try YAMLEmitter.toYaml(Self.nestedList(10_001))) {
                XCTAssertEqual("\($0)", "yaml: exceeded max depth of 10000")
            }
        }
    }

    func testDeepMapsEncodeAsInHelm() {
        onThread(stackSize: 256 << 20) {
            var map = Value.map([:])
            for _ in 0..<1500 { map = .map(["k": map]) }
            XCTAssertEqual(try? GoJSON.marshal(map).utf8.count, 9002)
            XCTAssertEqual(try? GoJSON.marshalIndent(map).utf8.count, 4_513_502)
            XCTAssertEqual(try? YAMLEmitter.toYaml(map).utf8.count, 2_253_002)
            XCTAssertEqual(try? YAMLEmitter.toYamlPretty(map).utf8.count, 2_253_002)
        }
    }

    /// Past what the thread's stack holds, a clean error instead of a crash.
    func testStackExhaustionIsAnError() {
        onThread(stackSize: 16 << 20) {
            let list = Self.nestedList(60_000)
            XCTAssertThrowsError(try GoJSON.marshal(list)) {
                XCTAssertTrue("\($0)".hasPrefix("json: unsupported value: nesting too deep ("), "\($0)")
            }
            XCTAssertThrowsError(try YAMLEmitter.toYamlPretty(list)) {
                XCTAssertTrue("\($0)".hasPrefix("yaml: nesting too deep ("), "\($0)")
            }
        }
    }
}
