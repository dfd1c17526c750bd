import KrelCore

/// A `--set`-family assignment that Helm's strvals grammar rejects.
///
/// `message` is Helm's text without the flag prefix, e.g. `key "a" has no value`;
/// `UserValues` adds `failed parsing --set data: ` and friends.
public struct SetParseError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A failure raised by an injected reader (file contents for `--set-file`, `-f` files).
/// Its message is printed verbatim, e.g. `open inputs/nope.txt: no such file or directory`.
public struct ValuesInputError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// How the parser stops: Go's strvals signals "input used up" with io.EOF, which the
/// top-level loop treats as success even when it arrives wrapped in another error.
enum SetFailure: Error {
    case endOfInput
    case message(String)
}

extension SetFailure {
    static func text(_ s: String) -> SetFailure { .message(s) }

    /// Go panics on a failed interface conversion; Helm recovers it in `key()`.
    static func conversion(found: Value, wanted: String) -> SetFailure {
        let found = found.isNull ? "nil" : found.goTypeName
        return .message("unable to parse key: interface conversion: interface {} is \(found), not \(wanted)")
    }

    /// Text for an error thrown by an injected closure.
    static func from(_ error: Error) -> SetFailure {
        if let failure = error as? SetFailure { return failure }
        return .message(String(describing: error))
    }
}
