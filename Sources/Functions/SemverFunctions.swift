import KrelCore
import Template

/// Sprig's `semver` and `semverCompare` (Masterminds semver v3.4.0 behaviour; the parser
/// and constraints are public in `SemanticVersion` and `SemverConstraints`).
enum SemverFunctions {
    static func register(into table: inout FunctionTable) {
        table["semver"] = TemplateFunction([.string]) { call in
            let text = try RegexFunctions.string(call, 0)
            do throws(SemverError) {
                return .object(SemverVersionObject(try SemanticVersion(parsing: text)))
            } catch {
                throw FunctionError(error.description)
            }
        }
        table["semverCompare"] = TemplateFunction([.string, .string]) { call in
            let constraintText = try RegexFunctions.string(call, 0)
            let versionText = try RegexFunctions.string(call, 1)
            do throws(SemverError) {
                let constraints = try SemverConstraints(parsing: constraintText)
                let version = try SemanticVersion(parsing: versionText)
                return .bool(constraints.isSatisfied(by: version))
            } catch {
                throw FunctionError(error.description)
            }
        }
    }
}
