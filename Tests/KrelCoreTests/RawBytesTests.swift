import KrelCore
import XCTest

final class RawBytesTests: XCTestCase {
    func testInvalidBytesRoundTrip() {
        let cases: [[UInt8]] = [[0xFF], [0x61, 0xFF, 0x62], [0xC3, 0xA9], [0xC3], [0xED, 0xA0, 0x80], [], [0xE2, 0x82]]
        for bytes in cases {
            let text = RawBytes.string(from: bytes)
            XCTAssertEqual(RawBytes.bytes(of: text), bytes, "\(bytes)")
        }
        XCTAssertEqual(RawBytes.string(from: [0xC3, 0xA9]), "é")
        XCTAssertFalse(RawBytes.containsMarkers("é"))
        XCTAssertTrue(RawBytes.containsMarkers(RawBytes.string(from: [0xFF])))
        XCTAssertEqual(RawBytes.replacingMarkers(RawBytes.string(from: [0x61, 0xFF])), "a\u{FFFD}")
    }

    func testGoUnquoteKeepsRawBytes() {
        // `"\xff"` in a template is the single byte 0xFF in Go.
        XCTAssertEqual(GoQuote.unquote(#""a\xffb""#).map(RawBytes.bytes(of:)), [0x61, 0xFF, 0x62])
        XCTAssertEqual(GoQuote.unquote(#""\xc3\xa9""#), "é")
    }
}
