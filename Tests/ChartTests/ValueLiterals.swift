import KrelCore

// Test-only literals so tables of chart values stay readable.
extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
}

import Template

/// Reads the message of the template layer's function error.
protocol FunctionErrorLike { var text: String { get } }
extension FunctionError: FunctionErrorLike { var text: String { message } }
