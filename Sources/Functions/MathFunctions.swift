#if canImport(Glibc)
import Glibc  // floor, ceil, pow (libm)
#elseif canImport(Darwin)
import Darwin
#endif
import KrelCore
import Template

/// Sprig's math. Integer functions convert every argument with cast.ToInt64 and compute
/// in int64 with Go's wrap-around; float functions go through shopspring/decimal (see
/// `GoDecimal`). Sequences (`until`, `untilStep`, `seq`) are in `SequenceFunctions`.
enum MathFunctions {
    static func register(into table: inout FunctionTable) {
        table["add"] = .variadic([], .any) { call in
            .int(call.arguments.reduce(Int64(0)) { $0 &+ GoCast.toInt64($1) }, .int64)
        }
        table["add1"] = .fixed([.any]) { .int(GoCast.toInt64($0.argument(0)) &+ 1, .int64) }
        table["sub"] = .fixed([.any, .any]) {
            .int(GoCast.toInt64($0.argument(0)) &- GoCast.toInt64($0.argument(1)), .int64)
        }
        table["mul"] = .variadic([.any], .any) { call in
            .int(call.arguments.dropFirst().reduce(GoCast.toInt64(call.argument(0))) { $0 &* GoCast.toInt64($1) }, .int64)
        }
        table["div"] = .fixed([.any, .any]) { call in
            let (a, b) = (GoCast.toInt64(call.argument(0)), GoCast.toInt64(call.argument(1)))
            if b == 0 { throw FunctionError(GoPanic.integerDivideByZero) }
            // Go defines MinInt64 / -1 as MinInt64 (two's complement overflow), no panic.
            return .int(a.dividedReportingOverflow(by: b).partialValue, .int64)
        }
        table["mod"] = .fixed([.any, .any]) { call in
            let (a, b) = (GoCast.toInt64(call.argument(0)), GoCast.toInt64(call.argument(1)))
            if b == 0 { throw FunctionError(GoPanic.integerDivideByZero) }
            return .int(b == -1 ? 0 : a % b, .int64)
        }
        let biggest = TemplateFunction.variadic([.any], .any) { call in
            .int(call.arguments.dropFirst().reduce(GoCast.toInt64(call.argument(0))) { Swift.max($0, GoCast.toInt64($1)) }, .int64)
        }
        table["max"] = biggest
        table["biggest"] = biggest
        table["min"] = .variadic([.any], .any) { call in
            .int(call.arguments.dropFirst().reduce(GoCast.toInt64(call.argument(0))) { Swift.min($0, GoCast.toInt64($1)) }, .int64)
        }
        table["randInt"] = .fixed([.int, .int]) { call in
            let (low, high) = (try call.int(0), try call.int(1))
            let span = high &- low
            if span <= 0 { throw FunctionError("invalid argument to Intn") }
            var generator = SystemRandomNumberGenerator()
            return .int(Int64.random(in: 0..<span, using: &generator) &+ low, .int)
        }
        table["floor"] = .fixed([.any]) { .float(GoCast.toFloat64($0.argument(0)).rounded(.down)) }
        table["ceil"] = .fixed([.any]) { .float(GoCast.toFloat64($0.argument(0)).rounded(.up)) }
        table["round"] = .variadic([.any, .int], .float64) { call in
            let roundOn = call.arguments.count > 2 ? try call.float(2) : 0.5
            return .float(round(GoCast.toFloat64(call.argument(0)), places: Double(try call.int(1)), roundOn: roundOn))
        }
        table["maxf"] = .variadic([.any], .any) { call in
            .float(call.arguments.dropFirst().reduce(GoCast.toFloat64(call.argument(0))) { goMax($0, GoCast.toFloat64($1)) })
        }
        table["minf"] = .variadic([.any], .any) { call in
            .float(call.arguments.dropFirst().reduce(GoCast.toFloat64(call.argument(0))) { goMin($0, GoCast.toFloat64($1)) })
        }
        table["addf"] = .variadic([], .any) { call in
            try decimalFold(.float(0), call.arguments[...]) { a, b in a + b }
        }
        table["add1f"] = .fixed([.any]) { call in
            try decimalFold(call.argument(0), [.int(1, .int)]) { a, b in a + b }
        }
        table["subf"] = .variadic([.any], .any) { call in
            try decimalFold(call.argument(0), call.arguments.dropFirst()) { a, b in a - b }
        }
        table["mulf"] = .variadic([.any], .any) { call in
            try decimalFold(call.argument(0), call.arguments.dropFirst()) { a, b in a * b }
        }
        table["divf"] = .variadic([.any], .any) { call in
            try decimalFold(call.argument(0), call.arguments.dropFirst()) { a, b in try a.divided(by: b) }
        }
        SequenceFunctions.register(into: &table)
    }

    /// Sprig's `execDecimalOp`: start from the first value, fold the others in.
    static func decimalFold(
        _ first: Value, _ rest: ArraySlice<Value>, _ operation: (GoDecimal, GoDecimal) throws -> GoDecimal
    ) throws -> Value {
        var result = try GoDecimal(GoCast.toFloat64(first))
        for value in rest { result = try operation(result, try GoDecimal(GoCast.toFloat64(value))) }
        return .float(result.doubleValue)
    }

    /// Sprig's `round`: scale by 10^places, round up when the fractional part reaches
    /// `roundOn` (compared with its sign, so negative halves round down), scale back.
    static func round(_ value: Double, places: Double, roundOn: Double) -> Double {
        let scale = pow(10.0, places)
        let scaled = scale * value
        let fraction = scaled - scaled.rounded(.towardZero)
        let rounded = fraction >= roundOn ? scaled.rounded(.up) : scaled.rounded(.down)
        return rounded / scale
    }

    /// Go's `math.Max`: +Inf wins, then NaN; +0 beats -0.
    static func goMax(_ a: Double, _ b: Double) -> Double {
        if a == .infinity || b == .infinity { return .infinity }
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return a.sign == .minus ? b : a }
        return a > b ? a : b
    }

    /// Go's `math.Min`: -Inf wins, then NaN; -0 beats +0.
    static func goMin(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity || b == -.infinity { return -.infinity }
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return a.sign == .minus ? a : b }
        return a < b ? a : b
    }
}
