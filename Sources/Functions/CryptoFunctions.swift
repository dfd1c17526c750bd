import KrelCore
import Template

/// Sprig's hashing and crypto functions: sha1sum, sha256sum, sha512sum, adler32sum,
/// derivePassword, encryptAES, decryptAES, the not-yet-supported key/certificate/bcrypt
/// generators, and Helm's DNS-disabled getHostByName.
enum CryptoFunctions {
    static func register(into table: inout FunctionTable) {
        table["sha1sum"] = TemplateFunction([.string]) { call in
            .string(Hex.encode(SHA1.hash(try call.textArgument(at: 0))))
        }
        table["sha256sum"] = TemplateFunction([.string]) { call in
            .string(Hex.encode(SHA256.hash(try call.textArgument(at: 0))))
        }
        table["sha512sum"] = TemplateFunction([.string]) { call in
            .string(Hex.encode(SHA512.hash(try call.textArgument(at: 0))))
        }
        table["adler32sum"] = TemplateFunction([.string]) { call in
            .string(String(Adler32.checksum(Array(try call.textArgument(at: 0).utf8))))
        }
        table["derivePassword"] = TemplateFunction([.uint32, .string, .string, .string, .string]) { call in
            let counter = UInt32(truncatingIfNeeded: try call.integerArgument(at: 0))
            return .string(
                try MasterPassword.derive(
                    counter: counter, type: try call.textArgument(at: 1),
                    password: try call.textArgument(at: 2), user: try call.textArgument(at: 3),
                    site: try call.textArgument(at: 4)))
        }
        table["encryptAES"] = TemplateFunction([.string, .string]) { call in
            .string(try SprigAES.encrypt(password: try call.textArgument(at: 0), plaintext: try call.textArgument(at: 1)))
        }
        table["decryptAES"] = TemplateFunction([.string, .string]) { call in
            .string(try SprigAES.decrypt(password: try call.textArgument(at: 0), base64Text: try call.textArgument(at: 1)))
        }
        // Helm replaces Sprig's lookup with a stub unless --enable-dns is given.
        table["getHostByName"] = TemplateFunction([.string]) { _ in .string("") }
        registerUnsupported(into: &table)
    }

    /// Key, certificate and bcrypt generators need RSA/ECDSA/Blowfish, which krel does not
    /// implement yet. They are registered (so templates parse and argument types are
    /// checked as in Helm) but fail when called instead of producing fake output.
    private static func registerUnsupported(into table: inout FunctionTable) {
        let signatures: [(String, [ParameterType])] = [
            ("genPrivateKey", [.string]),
            ("genCA", [.string, .int]),
            ("genCAWithKey", [.string, .int, .string]),
            ("genSelfSignedCert", [.string, .list, .list, .int]),
            ("genSelfSignedCertWithKey", [.string, .list, .list, .int, .string]),
            // `ca` is Sprig's certificate struct, which only these functions produce.
            ("genSignedCert", [.string, .list, .list, .int, .any]),
            ("genSignedCertWithKey", [.string, .list, .list, .int, .any, .string]),
            ("buildCustomCert", [.string, .string]),
            ("htpasswd", [.string, .string]),
            ("bcrypt", [.string]),
        ]
        for (name, parameters) in signatures {
            table[name] = TemplateFunction(parameters) { _ in
                throw FunctionError("\(name) is not supported by krel yet")
            }
        }
    }
}
