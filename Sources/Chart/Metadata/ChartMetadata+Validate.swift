import Functions
import KrelCore
/// A Chart.yaml validation failure; `description` is Helm's text after `validation: `.
public struct MetadataValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ message: String) { description = message }
}

extension ChartMetadata {
    /// Helm's metadata validation (spec 12.2), in Helm's order. Sanitises the string fields
    /// first (white space becomes a space, non-printable characters are dropped).
    public mutating func validate() throws {
        name = MetadataText.sanitize(name)
        description = MetadataText.sanitize(description)
        home = MetadataText.sanitize(home)
        icon = MetadataText.sanitize(icon)
        condition = MetadataText.sanitize(condition)
        tags = MetadataText.sanitize(tags)
        appVersion = MetadataText.sanitize(appVersion)
        kubeVersion = MetadataText.sanitize(kubeVersion)
        sources = sources.map(MetadataText.sanitize)
        keywords = keywords.map(MetadataText.sanitize)

        if apiVersion.isEmpty { throw MetadataValidationError("chart.metadata.apiVersion is required") }
        if name.isEmpty { throw MetadataValidationError("chart.metadata.name is required") }
        if name == "." || name == ".." {
            throw MetadataValidationError("chart.metadata.name \(GoQuote.quote(name)) is not allowed")
        }
        if name != GoPath.base(name) {
            throw MetadataValidationError("chart.metadata.name \(GoQuote.quote(name)) is invalid")
        }
        if version.isEmpty { throw MetadataValidationError("chart.metadata.version is required") }
        if !LooseSemver.isValid(version) {
            throw MetadataValidationError("chart.metadata.version \(GoQuote.quote(version)) is invalid")
        }
        if !(type.isEmpty || type == "application" || type == "library") {
            throw MetadataValidationError("chart.metadata.type must be application or library")
        }
        for index in maintainers.indices {
            guard var maintainer = maintainers[index] else {
                throw MetadataValidationError("maintainers must not contain empty or null nodes")
            }
            maintainer.name = MetadataText.sanitize(maintainer.name)
            maintainer.email = MetadataText.sanitize(maintainer.email)
            maintainer.url = MetadataText.sanitize(maintainer.url)
            maintainers[index] = maintainer
        }
        var seen = Set<String>()
        for index in dependencies.indices {
            guard var dependency = dependencies[index] else {
                throw MetadataValidationError("dependencies must not contain empty or null nodes")
            }
            dependency.name = MetadataText.sanitize(dependency.name)
            dependency.version = MetadataText.sanitize(dependency.version)
            dependency.repository = MetadataText.sanitize(dependency.repository)
            dependency.condition = MetadataText.sanitize(dependency.condition)
            dependency.tags = dependency.tags.map(MetadataText.sanitize)
            if !dependency.alias.isEmpty && !MetadataText.isValidAlias(dependency.alias) {
                throw MetadataValidationError("dependency \(GoQuote.quote(dependency.name)) has disallowed characters in the alias")
            }
            dependencies[index] = dependency
            let key = dependency.effectiveName
            if !seen.insert(key).inserted {
                throw MetadataValidationError("more than one dependency with name or alias \(GoQuote.quote(key))")
            }
        }
    }
}

enum MetadataText {
    /// Go's `unicode.IsSpace` becomes a space; characters `unicode.IsPrint` rejects are dropped.
    static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if isGoSpace(scalar) {
                out.append(" ")
                changed = changed || scalar != " "
            } else if GoQuote.isPrint(scalar) {
                out.append(scalar)
            } else {
                changed = true
            }
        }
        return changed ? String(out) : text
    }

    static func isGoSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        default: return s.value > 0xFF && s.properties.isWhitespace
        }
    }

    /// `^[a-zA-Z0-9_-]+$`
    static func isValidAlias(_ alias: String) -> Bool {
        !alias.isEmpty && alias.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        }
    }
}
