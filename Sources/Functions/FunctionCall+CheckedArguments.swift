import KrelCore
import Template

/// Typed access to already-checked arguments, for the crypto and date families.
///
/// The executor has checked arguments against the declared parameter types, so a
/// mismatch here is an internal inconsistency; it is still reported as an error rather
/// than trapping.
extension FunctionCall {
    func textArgument(at index: Int) throws -> String {
        guard index < arguments.count, case .string(let text) = arguments[index] else {
            throw FunctionError("\(name): argument \(index + 1) must be a string")
        }
        return text
    }

    func integerArgument(at index: Int) throws -> Int64 {
        guard index < arguments.count, case .int(let value, _) = arguments[index] else {
            throw FunctionError("\(name): argument \(index + 1) must be an integer")
        }
        return value
    }

    func anyArgument(at index: Int) -> Value {
        index < arguments.count ? arguments[index] : .null
    }
}
