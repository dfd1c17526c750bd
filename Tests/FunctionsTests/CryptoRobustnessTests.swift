import KrelCore
import Template
import XCTest

@testable import Functions

/// Hostile inputs must give errors or Go's in-band results, never traps or hangs.
final class CryptoRobustnessTests: XCTestCase {
    func testRandomBase64AndCiphertextsNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r-!é".unicodeScalars)
        for _ in 0..<2000 {
            let length = Int.random(in: 0...64, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            _ = try? Base64.decode(text)
            _ = try? SprigAES.decrypt(password: "k", base64Text: text)
        }
    }

    /// Prints a fresh ciphertext when KREL_PRINT_CIPHERTEXT is set, to feed helm's decryptAES
    /// by hand (`{{ decryptAES "pässword" "<text>" }}` must print the plaintext).
    func testEncryptAESForOracle() throws {
        let text = try SprigAES.encrypt(password: "pässword", plaintext: "krel → helm ✓")
        XCTAssertEqual(try SprigAES.decrypt(password: "pässword", base64Text: text), "krel → helm ✓")
        if ProcessInfo.processInfo.environment["KREL_PRINT_CIPHERTEXT"] != nil { print("CIPHERTEXT \(text)") }
    }
}
