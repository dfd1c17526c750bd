import Template

/// Sprig's `derivePassword`: the Master Password algorithm (scrypt key from the master
/// password and user name, HMAC-SHA-256 seed from the site and counter, then characters
/// picked from a password template).
enum MasterPassword {
    private static let scope = Array("com.lyndir.masterpassword".utf8)

    /// Template strings per password type; each letter names a character class.
    private static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": [
            "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
            "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
            "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
            "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
            "CvccCvcvCvccno",
        ],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    private static let characterClasses: [UInt8: [UInt8]] = [
        UInt8(ascii: "V"): Array("AEIOU".utf8),
        UInt8(ascii: "C"): Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "v"): Array("aeiou".utf8),
        UInt8(ascii: "c"): Array("bcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "A"): Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "a"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "n"): Array("0123456789".utf8),
        UInt8(ascii: "o"): Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        UInt8(ascii: "x"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    /// The password, or Sprig's in-band message for an unknown type (it is not an error).
    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) throws -> String {
        guard let choices = templates[type] else { return "cannot find password template \(type)" }
        let userBytes = Array(user.utf8)
        var salt = scope
        salt.appendBigEndian(UInt32(truncatingIfNeeded: userBytes.count))
        salt += userBytes
        let key: [UInt8]
        do {
            key = try Scrypt.deriveKey(password: Array(password.utf8), salt: salt, n: 32768, r: 8, p: 2, keyLength: 64)
        } catch {
            return "failed to derive password: \(error)"
        }
        let siteBytes = Array(site.utf8)
        var message = scope
        message.appendBigEndian(UInt32(truncatingIfNeeded: siteBytes.count))
        message += siteBytes
        message.appendBigEndian(counter)
        let seed = HMAC<SHA256>.authenticationCode(key: key, message: message)
        let template = Array(choices[Int(seed[0]) % choices.count].utf8)
        var out = [UInt8]()
        for (index, letter) in template.enumerated() {
            guard let characters = characterClasses[letter] else { continue }
            out.append(characters[Int(seed[index + 1]) % characters.count])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
