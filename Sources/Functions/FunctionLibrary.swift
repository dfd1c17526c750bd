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

    /// Functions that change the map given as their first argument, as Go's do in place.
    /// They store the changed map in `call.arguments[0]` (with its original Go type tag)
    /// and are marked `mutatesFirstArgument`, so the executor writes that value back to
    /// the variable, field or index chain the argument was evaluated from (`$_ := set $d
    /// "k" v` makes `$d.k` visible; `set .Values "k" v` changes `.Values` for the rest of
    /// the render). This list is informational; the flag is what the executor uses.
    public static let mutatingFunctions: Set<String> = [
        "set", "unset", "merge", "mustMerge", "mergeOverwrite", "mustMergeOverwrite",
    ]

    /// Registration functions, Sprig families first and Helm's last.
    static let families: [@Sendable (inout FunctionTable) -> Void] = [
        RegexFunctions.register,
        SemverFunctions.register,
        PathFunctions.register,
        URLFunctions.register,
        StringFunctions.register,
        ListFunctions.register,
        DictFunctions.register,
        DefaultFunctions.register,
        ConversionFunctions.register,
        MathFunctions.register,
        EncodingFunctions.register,
        ReflectionFunctions.register,
        CryptoFunctions.register,
        DateFunctions.register,
        SerializationFunctions.register,
        HelmEngineFunctions.register,
    ]
}
