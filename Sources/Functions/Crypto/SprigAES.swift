import Template

/// Sprig's encryptAES/decryptAES: AES-256-CBC with the password's bytes zero-padded (or
/// cut) to 32 bytes as the key, a random IV prepended to the ciphertext, base64 text.
enum SprigAES {
    static func key(fromPassword password: String) -> [UInt8] {
        var key = Array(password.utf8.prefix(32))
        key += [UInt8](repeating: 0, count: 32 - key.count)
        return key
    }

    static func encrypt(password: String, plaintext: String) throws -> String {
        if plaintext.isEmpty { return "" }
        let cipher = try makeCipher(password)
        var generator = SystemRandomNumberGenerator()
        let iv = (0..<AES.blockSize).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Base64.encode(iv + AESCBC.encrypt(Array(plaintext.utf8), cipher: cipher, iv: iv))
    }

    /// Mirrors Sprig's unchecked slicing: malformed input fails with the same runtime
    /// error texts Go's panics produce.
    static func decrypt(password: String, base64Text: String) throws -> String {
        if base64Text.isEmpty { return "" }
        let data: [UInt8]
        do {
            data = try Base64.decode(base64Text)
        } catch {
            throw FunctionError(error.description)
        }
        let cipher = try makeCipher(password)
        guard data.count >= AES.blockSize else {
            throw FunctionError("runtime error: slice bounds out of range [:16] with capacity \(data.count)")
        }
        let body = Array(data[AES.blockSize...])
        guard body.count % AES.blockSize == 0 else {
            throw FunctionError("crypto/cipher: input not full blocks")
        }
        let decrypted = AESCBC.decrypt(body, cipher: cipher, iv: Array(data[..<AES.blockSize]))
        guard let padLength = decrypted.last.map(Int.init) else {
            throw FunctionError("runtime error: index out of range [-1]")
        }
        let keep = decrypted.count - padLength
        guard keep >= 0 else {
            throw FunctionError("runtime error: slice bounds out of range [:\(keep)]")
        }
        // Go converts bytes to a string without validation; invalid UTF-8 is kept by our
        // String only as replacement characters, the closest we can do.
        return String(decoding: decrypted[..<keep], as: UTF8.self)
    }

    private static func makeCipher(_ password: String) throws -> AES {
        do {
            return try AES(key: key(fromPassword: password))
        } catch {
            throw FunctionError("\(error)")
        }
    }
}
