import KrelCore
/// A parse error, printed as Go prints it: `template: NAME:LINE: MESSAGE`.
public struct TemplateParseError: Error, CustomStringConvertible, Equatable {
    /// The name of the file (top-level template) being parsed.
    public var templateName: String
    public var line: Int
    /// Go's message (for example `unexpected "-" in operand`).
    public var message: String

    public init(templateName: String, line: Int, message: String) {
        self.templateName = templateName
        self.line = line
        self.message = message
    }

    public var description: String { "template: \(templateName):\(line): \(message)" }
}

/// An execution error, printed as Go prints it:
/// `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
public struct TemplateExecutionError: Error, CustomStringConvertible {
    /// The template being executed (a file name or a define name).
    public var templateName: String
    /// `file:line:col` of the node Go blames; nil when there is none.
    public var location: String?
    /// Go's `String()` of that node.
    public var nodeText: String
    /// The message after `at <…>: ` (it includes the text of `cause`, if any).
    public var message: String
    /// The error this one wraps: a function's error, or an included template's error.
    public var cause: (any Error)?

    public init(templateName: String, location: String?, nodeText: String, message: String, cause: (any Error)? = nil) {
        self.templateName = templateName
        self.location = location
        self.nodeText = nodeText
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let location else { return "template: \(templateName): \(message)" }
        return "template: \(location): executing \(GoQuote.quote(templateName)) at <\(nodeText)>: \(message)"
    }
}

/// Go's error for executing a template name the set does not have.
public struct TemplateNotFoundError: Error, CustomStringConvertible, Equatable {
    public var name: String
    public var rootName: String
    public var description: String {
        "template: no template \(GoQuote.quote(name)) associated with template \(GoQuote.quote(rootName))"
    }
}

/// An error wrapped with a prefix, printed `PREFIX: CAUSE` (Go's `fmt.Errorf("…: %w")`).
public struct WrappedError: Error, CustomStringConvertible {
    public var prefix: String
    public var cause: any Error
    public init(_ prefix: String, cause: any Error) {
        self.prefix = prefix
        self.cause = cause
    }
    public var description: String { prefix + ": " + String(describing: cause) }
}

extension FunctionError: CustomStringConvertible {
    public var description: String { message }
}

/// The text of any error as Go's `err.Error()` would print it.
public func goErrorText(_ error: any Error) -> String {
    String(describing: error)
}
