import XCTest

@testable import Functions

/// Primitives against known vectors (FIPS 180-4 / RFC 4231 / RFC 7914 / FIPS 197 examples,
/// cross-checked with Python's hashlib and cryptography on this machine).
final class CryptoPrimitiveTests: XCTestCase {
    private struct HashVector {
        let input: String
        let sha1: String
        let sha256: String
        let sha512: String
        let adler32: UInt32
    }

    private let hashVectors: [HashVector] = [
        HashVector(
            input: "",
            sha1: "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            sha512: "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
            adler32: 1),
        HashVector(
            input: "abc",
            sha1: "a9993e364706816aba3e25717850c26c9cd0d89d",
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            sha512: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            adler32: 38_600_999),
        HashVector(
            input: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            sha1: "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
            sha256: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            sha512: "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445",
            adler32: 2_155_091_705),
        HashVector(
            input: String(repeating: "a", count: 1000),
            sha1: "291e9a6c66994949b57ba5e650361e98fc36b1ba",
            sha256: "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3",
            sha512: "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97",
            adler32: 4_191_714_040),
        HashVector(
            input: "héllo ✓",
            sha1: "b7c2a1aa52961195ac19331417a20a8b4f202ddb",
            sha256: "5657cdef8a85a584e0e961e6f8247cf5d3f8ed21496ed6fdbcfd43a761e94245",
            sha512: "5a8dbb6169e8fd30480c55d8b9f6e77d7bf79e4930c77ffcdec87eede5e5fa7faa79deba6a3fdf6532681ac3b079f29e7270cf11bd45bf143be032c4518d1496",
            adler32: 483_722_573),
    ]

    func testHashes() {
        for vector in hashVectors {
            XCTAssertEqual(Hex.encode(SHA1.hash(vector.input)), vector.sha1, vector.input)
            XCTAssertEqual(Hex.encode(SHA256.hash(vector.input)), vector.sha256, vector.input)
            XCTAssertEqual(Hex.encode(SHA512.hash(vector.input)), vector.sha512, vector.input)
            XCTAssertEqual(Adler32.checksum(Array(vector.input.utf8)), vector.adler32, vector.input)
        }
    }

    func testStreamingUpdatesMatchOneShot() {
        let bytes = Array(String(repeating: "0123456789", count: 50).utf8)
        for split in [0, 1, 63, 64, 65, 127, 128, 129, 300] {
            var hasher = SHA512()
            hasher.update(Array(bytes[..<split]))
            hasher.update(Array(bytes[split...]))
            XCTAssertEqual(hasher.finalize(), SHA512.hash(bytes), "split \(split)")
            var sha256 = SHA256()
            sha256.update(Array(bytes[..<split]))
            sha256.update(Array(bytes[split...]))
            XCTAssertEqual(sha256.finalize(), SHA256.hash(bytes), "split \(split)")
        }
    }

    func testAdler32LongInput() {
        var bytes = [UInt8]()
        for _ in 0..<100 { bytes += (0...255).map { UInt8($0) } }
        XCTAssertEqual(Adler32.checksum(bytes), 1_954_533_600)
    }

    func testHMACSHA256() {
        let mac = HMAC<SHA256>.authenticationCode(
            key: Array("key".utf8), message: Array("The quick brown fox jumps over the lazy dog".utf8))
        XCTAssertEqual(Hex.encode(mac), "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
        let longKey = HMAC<SHA256>.authenticationCode(
            key: [UInt8](repeating: UInt8(ascii: "k"), count: 100), message: Array("msg".utf8))
        XCTAssertEqual(Hex.encode(longKey), "bd56a1782c2830e8abc6ed866a57a1230661e650b84c62f7ee3accc5fa5af491")
    }

    func testPBKDF2() {
        let one = PBKDF2.sha256(password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1, keyLength: 64)
        XCTAssertEqual(
            Hex.encode(one),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
        let many = PBKDF2.sha256(password: Array("Password".utf8), salt: Array("NaCl".utf8), iterations: 1000, keyLength: 20)
        XCTAssertEqual(many.count, 20)
    }

    func testScryptRFC7914Vectors() throws {
        let first = try Scrypt.deriveKey(password: [], salt: [], n: 16, r: 1, p: 1, keyLength: 64)
        XCTAssertEqual(
            Hex.encode(first),
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
        let second = try Scrypt.deriveKey(
            password: Array("password".utf8), salt: Array("NaCl".utf8), n: 1024, r: 8, p: 16, keyLength: 64)
        XCTAssertEqual(
            Hex.encode(second),
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
    }

    func testScryptRejectsBadParameters() {
        XCTAssertThrowsError(try Scrypt.deriveKey(password: [], salt: [], n: 15, r: 1, p: 1, keyLength: 8))
        XCTAssertThrowsError(try Scrypt.deriveKey(password: [], salt: [], n: 16, r: 0, p: 1, keyLength: 8))
    }

    func testAESBlockFIPS197() throws {
        let plaintext = hexBytes("00112233445566778899aabbccddeeff")
        let cases: [(keyLength: Int, expected: String)] = [
            (16, "69c4e0d86a7b0430d8cdb78070b4c55a"),
            (24, "dda97ca4864cdfe06eaf70a0ec0d7191"),
            (32, "8ea2b7ca516745bfeafc49904b496089"),
        ]
        for (keyLength, expected) in cases {
            let cipher = try AES(key: (0..<keyLength).map { UInt8($0) })
            var block = plaintext
            cipher.encryptBlock(&block)
            XCTAssertEqual(Hex.encode(block), expected, "AES-\(keyLength * 8)")
            cipher.decryptBlock(&block)
            XCTAssertEqual(block, plaintext, "AES-\(keyLength * 8) round trip")
        }
        XCTAssertThrowsError(try AES(key: [1, 2, 3]))
    }

    func testAESCBCWithPKCS7() throws {
        let cipher = try AES(key: SprigAES.key(fromPassword: "secretkey"))
        let iv = (100..<116).map { UInt8($0) }
        let plaintext = Array("plain text ✓ and more text here".utf8)
        let encrypted = AESCBC.encrypt(plaintext, cipher: cipher, iv: iv)
        XCTAssertEqual(
            Hex.encode(encrypted),
            "6e193f986729c25c3f41364b98f0ae1c4c400116b241e751343aa6482782bcad39ebd225a8d2024e660f30cb2605c6a8")
        let decrypted = AESCBC.decrypt(encrypted, cipher: cipher, iv: iv)
        XCTAssertEqual(Array(decrypted.prefix(plaintext.count)), plaintext)
    }

    func testBase64Encode() {
        let cases: [([UInt8], String)] = [
            ([], ""), (Array("f".utf8), "Zg=="), (Array("fo".utf8), "Zm8="), (Array("foo".utf8), "Zm9v"),
            (Array("foob".utf8), "Zm9vYg=="), (Array("fooba".utf8), "Zm9vYmE="), (Array("foobar".utf8), "Zm9vYmFy"),
            ([0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff], "+vv8/f7/"),
        ]
        for (bytes, text) in cases {
            XCTAssertEqual(Base64.encode(bytes), text)
            XCTAssertEqual(try Base64.decode(text), bytes)
        }
    }

    /// Outcomes from helm's `b64dec` (Go's StdEncoding.DecodeString).
    func testBase64DecodeErrorsMatchGo() {
        let cases: [(String, DecodeOutcome)] = [
            ("QQ", .errorAt(0)), ("Q", .errorAt(0)), ("QQ=", .errorAt(3)), ("QQ=x", .errorAt(2)),
            ("QQ==x", .errorAt(4)), ("QUJD=", .errorAt(4)), ("=", .errorAt(0)), ("QUJ\nD", .text("ABC")),
            ("QQ==\n", .text("A")), ("QUJDQ", .errorAt(4)), ("QU=D", .errorAt(2)), ("QUI=QQ==", .errorAt(4)),
            ("QQ=\n=", .text("A")), ("QUJD\r\nQUJD", .text("ABCABC")), ("QUJDQUJDQUJD!", .errorAt(12)),
            ("QR==", .text("A")), ("not-base64!", .errorAt(3)),
        ]
        for (input, expected) in cases {
            switch expected {
            case .text(let text):
                XCTAssertEqual(try Base64.decode(input), Array(text.utf8), input)
            case .errorAt(let offset):
                XCTAssertThrowsError(try Base64.decode(input), input) { error in
                    XCTAssertEqual((error as? Base64.CorruptInputError)?.offset, offset, input)
                }
            }
        }
    }

    private enum DecodeOutcome {
        case text(String)
        case errorAt(Int)
    }

    private func hexBytes(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        return stride(from: 0, to: digits.count, by: 2).compactMap {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)
        }
    }
}

