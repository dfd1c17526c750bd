import KrelCore
import Template

/// `b64enc`/`b64dec`/`b32enc`/`b32dec` with Go's standard (padded) alphabets. Decoding
/// errors are returned as the result text, as Sprig does.
enum EncodingFunctions {
    static func register(into table: inout FunctionTable) {
        table["b64enc"] = .fixed([.string]) { .string(GoBase64.encode(RawBytes.bytes(of: try $0.string(0)))) }
        table["b64dec"] = .fixed([.string]) { call in
            switch GoBase64.decode(Array(try call.string(0).utf8)) {
            case .success(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
            case .failure(let offset): return .string("illegal base64 data at input byte \(offset.offset)")
            }
        }
        table["b32enc"] = .fixed([.string]) { .string(GoBase32.encode(RawBytes.bytes(of: try $0.string(0)))) }
        table["b32dec"] = .fixed([.string]) { call in
            switch GoBase32.decode(Array(try call.string(0).utf8)) {
            case .success(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
            case .failure(let offset): return .string("illegal base32 data at input byte \(offset.offset)")
            }
        }
    }
}

/// The input offset Go's decoders report for corrupt input.
struct CorruptInput: Error {
    var offset: Int
}
