import KrelCore
import Template
import XCTest

@testable import Functions

/// Crypto functions against helm's outputs (sprig-crypto-deterministic.yaml and oracle runs).
final class CryptoFunctionTests: XCTestCase {
    private let table: FunctionTable = {
        var table = FunctionTable()
        CryptoFunctions.register(into: &table)
        return table
    }()

    private func call(_ name: String, _ arguments: [Value]) throws -> Value {
        guard let function = table[name] else {
            throw FunctionError("no function \(name)")
        }
        var call = FunctionCall(name: name, arguments: arguments, engine: nil)
        return try function.body(&call)
    }

    private func text(_ name: String, _ arguments: Value...) throws -> String {
        let result = try call(name, arguments)
        guard case .string(let text) = result else {
            XCTFail("\(name) returned \(result)")
            return ""
        }
        return text
    }

    func testDigests() throws {
        let cases: [(String, String, String)] = [
            ("sha1sum", "hello", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
            ("sha1sum", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("sha256sum", "hello", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
            ("sha256sum", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("sha256sum", "héllo ✓", "5657cdef8a85a584e0e961e6f8247cf5d3f8ed21496ed6fdbcfd43a761e94245"),
            ("sha512sum", "hello",
             "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"),
            ("adler32sum", "hello", "103547413"),
            ("adler32sum", "", "1"),
        ]
        for (name, input, expected) in cases {
            XCTAssertEqual(try text(name, .string(input)), expected, "\(name) \(input)")
        }
    }

    func testDeclaredParameterTypes() {
        XCTAssertEqual(table["sha256sum"]?.parameters, [.string])
        XCTAssertEqual(table["derivePassword"]?.parameters, [.uint32, .string, .string, .string, .string])
        XCTAssertEqual(table["genSelfSignedCert"]?.parameters, [.string, .list, .list, .int])
        XCTAssertEqual(table["getHostByName"]?.parameters, [.string])
    }

    func testDerivePasswordMatchesHelm() throws {
        let cases: [(Int64, String, String, String, String, String)] = [
            (1, "long", "password", "user", "example.com", "ZedaFaxcZaso9*"),
            (1, "maximum", "pw", "u", "s", "o2-3WFZN4Khgl8(&IuEk"),
            (1, "medium", "pw", "u", "s", "Jiv7?Yuz"),
            (1, "short", "pw", "u", "s", "Jiv7"),
            (1, "basic", "pw", "u", "s", "oUe71PLN"),
            (1, "pin", "pw", "u", "s", "6287"),
            (2, "long", "pw", "u", "s", "FiyeHesa3]Rowu"),
        ]
        for (counter, type, password, user, site, expected) in cases {
            let result = try text(
                "derivePassword", .int(counter, .uint32), .string(type), .string(password), .string(user), .string(site))
            XCTAssertEqual(result, expected, "\(type) \(counter)")
        }
        XCTAssertEqual(
            try text("derivePassword", .int(1, .uint32), .string("nope"), .string("a"), .string("b"), .string("c")),
            "cannot find password template nope")
    }

    func testDecryptAESMatchesHelm() throws {
        XCTAssertEqual(
            try text("decryptAES", .string("secretkey"), .string("n7rsRxqva5BVc1tEL/0mpLvYmK6ATigoohiZzk/M+uY=")),
            "plain text ✓")
        XCTAssertEqual(try text("decryptAES", .string("k"), .string("")), "")
        // Produced by helm's encryptAES with a non-ASCII password.
        XCTAssertEqual(
            try text("decryptAES", .string("pässword"), .string("yKWOF4fwKEJIzaObtx6xpJ/+WGTMHrPlTSvUGPenAPnQTYyCED20F/EBwQ2nuPJ8")),
            "helm → krel ✓")
        // Padding is stripped without validation, exactly as Sprig does.
        XCTAssertEqual(
            try text("decryptAES", .string("k"), .string("AAECAwQFBgcICQoLDA0OD7pLI4kknZAtQnhzAjtyc7A=")),
            "AAAAAAAAAAAAAA")
        XCTAssertEqual(
            try text("decryptAES", .string("k"), .string("AAECAwQFBgcICQoLDA0OD6+god3j8YjQqQBXp6F1z9k=")),
            "AAAAAAAAAAAAAAA\u{0}")
    }

    func testDecryptAESErrorsMatchHelm() {
        let cases: [(String, String)] = [
            ("not-base64!", "illegal base64 data at input byte 3"),
            ("QUJD", "runtime error: slice bounds out of range [:16] with capacity 3"),
            ("QUJDQUJDQUJDQUJDQUJDQUJD", "crypto/cipher: input not full blocks"),
            ("QUJDQUJDQUJDQUJDQUJDQQ==", "runtime error: index out of range [-1]"),
            ("AAECAwQFBgcICQoLDA0ODz6UyO75cyX0mgx/LNjkyPY=", "runtime error: slice bounds out of range [:-48]"),
            ("AAECAwQFBgcICQoLDA0ODz6UyO75cyX0mgx/LNjkyP", "illegal base64 data at input byte 40"),
        ]
        for (input, message) in cases {
            XCTAssertThrowsError(try call("decryptAES", [.string("k"), .string(input)]), input) { error in
                XCTAssertEqual(error as? FunctionError, FunctionError(message), input)
            }
        }
    }

    func testEncryptAESRoundTrips() throws {
        for (password, plaintext) in [("k", "hello"), ("a-very-long-password-longer-than-32-bytes!", "plain text ✓"),
                                      ("", String(repeating: "x", count: 16))] {
            let encrypted = try text("encryptAES", .string(password), .string(plaintext))
            XCTAssertEqual(try Base64.decode(encrypted).count % 16, 0)
            XCTAssertEqual(try text("decryptAES", .string(password), .string(encrypted)), plaintext)
        }
        XCTAssertEqual(try text("encryptAES", .string("k"), .string("")), "")
    }

    func testUnsupportedFunctionsFailNamingThemselves() {
        let names = ["genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey",
                     "genSignedCert", "genSignedCertWithKey", "buildCustomCert", "htpasswd", "bcrypt"]
        for name in names {
            XCTAssertNotNil(table[name], name)
            XCTAssertThrowsError(try call(name, [])) { error in
                XCTAssertTrue((error as? FunctionError)?.message.contains(name) ?? false, name)
            }
        }
    }

    func testGetHostByNameIsEmptyWithoutDNS() throws {
        XCTAssertEqual(try text("getHostByName", .string("localhost")), "")
    }
}
