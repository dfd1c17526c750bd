import KrelCore
import Template

/// The function tables templates are parsed and executed with.
///
/// Each family registers itself from its own file (`StringFunctions.register(into:)`,
/// ...). Helm's functions are registered last because they override Sprig's where the
/// names collide (`toJson`, `fromJson`, ...).
public enum FunctionLibrary {
    /// Sprig's functions as Helm exposes them (without `env` and `expandenv`) plus Helm's own.
    public static let helm: FunctionTable = {
        var table = FunctionTable()
        for register in families { register(&table) }
        return table
    }()

    /// Registration functions, Sprig families first and Helm's last.
    static let families: [@Sendable (inout FunctionTable) -> Void] = [
        HelmEngineFunctions.register,
    ]
}
