import KrelCore
import Template

/// Sprig's type conversions, with spf13/cast v1.7.0 semantics (see `GoCast`).
/// `toString` and `toStrings` are registered with the string functions.
enum ConversionFunctions {
    static func register(into table: inout FunctionTable) {
        table["atoi"] = .fixed([.string]) { .int(GoCast.atoi(try $0.string(0)), .int) }
        table["int"] = .fixed([.any]) { .int(GoCast.toInt($0.argument(0)), .int) }
        table["int64"] = .fixed([.any]) { .int(GoCast.toInt64($0.argument(0)), .int64) }
        table["float64"] = .fixed([.any]) { .float(GoCast.toFloat64($0.argument(0))) }
        table["toDecimal"] = .fixed([.any]) { .int(GoCast.octalToDecimal($0.argument(0)), .int64) }
    }
}
