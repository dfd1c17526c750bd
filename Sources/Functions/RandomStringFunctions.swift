import KrelCore
import Template

/// Random strings, `shuffle` and `uuidv4`, drawn from the system's secure generator
/// (Sprig uses crypto/rand for the rand* family).
enum RandomStringFunctions {
    static func register(into table: inout FunctionTable) {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".unicodeScalars)
        let digits = Array("0123456789".unicodeScalars)
        let ascii = (32..<127).map { Unicode.Scalar(UInt8($0)) }
        table["randAlphaNum"] = .fixed([.int]) { .string(try randomString(try $0.int(0), from: letters + digits)) }
        table["randAlpha"] = .fixed([.int]) { .string(try randomString(try $0.int(0), from: letters)) }
        table["randNumeric"] = .fixed([.int]) { .string(try randomString(try $0.int(0), from: digits)) }
        table["randAscii"] = .fixed([.int]) { .string(try randomString(try $0.int(0), from: ascii)) }
        table["shuffle"] = .fixed([.string]) { call in
            var scalars = Array(try call.string(0).unicodeScalars)
            var generator = SystemRandomNumberGenerator()
            scalars.shuffle(using: &generator)
            return .string(String(String.UnicodeScalarView(scalars)))
        }
        table["uuidv4"] = .fixed([]) { _ in .string(uuidV4()) }
    }

    /// A negative count is an error in goutils, which Sprig turns into "".
    static func randomString(_ count: Int64, from alphabet: [Unicode.Scalar]) throws -> String {
        guard count > 0 else { return "" }
        guard count <= Int64(maximumGeneratedElements) else {
            throw FunctionError("random string length \(count) is too large")
        }
        var generator = SystemRandomNumberGenerator()
        var out = String.UnicodeScalarView()
        for _ in 0..<count {
            out.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        }
        return String(out)
    }

    /// A random (version 4, RFC 4122 variant) UUID in lower-case 8-4-4-4-12 form.
    static func uuidV4() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { b -> String in
            let h = String(b, radix: 16)
            return h.count == 1 ? "0" + h : h
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }.joined(separator: "-")
    }
}
