import KrelCore

/// Helm's rewriting of template errors into the text `helm template` prints after
/// `Error: ` (spec 12.1). The chart renderer calls these; they live here because they
/// depend on the structure of the template errors.
public enum HelmErrorText {
    /// Markers Helm's `required` and `fail` put around their message.
    public static let userErrorStart = "HELM_ERR_START"
    public static let userErrorEnd = "HELM_ERR_END"

    /// `parse error at (FILE:LINE): LAST-PART` where LAST-PART is the text after the last
    /// `": "` of Go's message (`bad number syntax: "3-"` becomes `"3-"`).
    public static func parseError(_ error: TemplateParseError) -> String {
        let tokens = error.description.split(separator: ": ", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count > 1 else { return "parse error in (\(error.templateName)): \(error.description)" }
        return "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])"
    }

    /// The text Helm prints for an error from executing a file: `execution error at
    /// (LOC): MSG` for `required`/`fail`; the multi-line trace when every link of the chain
    /// is a template error; otherwise Go's one-line text unchanged.
    public static func executionError(_ error: any Error) -> String {
        if let parse = error as? TemplateParseError { return parseError(parse) }
        let raw = goErrorText(error)
        guard let top = error as? TemplateExecutionError else { return raw }
        if let start = raw.firstRange(of: userErrorStart),
            let end = raw[start.upperBound...].firstRange(of: userErrorEnd)
        {
            let location = top.location ?? top.templateName
            return "execution error at (\(location)): \(raw[start.upperBound..<end.lowerBound])"
        }
        var blocks: [String] = []
        var current: (any Error)? = top
        while let link = current {
            if let exec = link as? TemplateExecutionError {
                var message = exec.message
                if let cause = exec.cause {
                    let causeText = goErrorText(cause)
                    if message.hasSuffix(causeText) { message = String(message.dropLast(causeText.count)) }
                    while message.hasSuffix(" ") { message.removeLast() }
                }
                let block = "\(exec.location ?? exec.templateName)\n  executing \(GoQuote.quote(exec.templateName)) at <\(exec.nodeText)>:\n    \(message)"
                if blocks.last != block { blocks.append(block) }
                current = exec.cause
            } else if let missing = link as? TemplateNotFoundError {
                blocks.append(missing.description)
                current = nil
            } else {
                return raw  // a plain function error somewhere in the chain
            }
        }
        return trimmingWhitespace(blocks.joined(separator: "\n"))
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(text[first...last])
    }
}
