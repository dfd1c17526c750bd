import KrelCore
import Template

/// `until`, `untilStep` (Go `[]int`) and `seq` (a space-separated string).
enum SequenceFunctions {
    static func register(into table: inout FunctionTable) {
        table["until"] = .fixed([.int]) { call in
            let count = try call.int(0)
            return intList(try steps(from: 0, to: count, by: count < 0 ? -1 : 1))
        }
        table["untilStep"] = .fixed([.int, .int, .int]) { call in
            intList(try steps(from: try call.int(0), to: try call.int(1), by: try call.int(2)))
        }
        table["seq"] = .variadic([], .int) { call in
            let numbers = try call.arguments.map { value -> Int64 in
                guard case .int(let n, _) = value else { throw FunctionError("internal: seq argument is not an int") }
                return n
            }
            return .string(try seq(numbers).map(String.init).joined(separator: " "))
        }
    }

    static func intList(_ numbers: [Int64]) -> Value {
        .list(numbers.map { .int($0, .int) }, .ints)
    }

    /// Sprig's `untilStep`: counts from start toward stop (exclusive); a step pointing
    /// the wrong way (or zero) gives an empty list.
    static func steps(from start: Int64, to stop: Int64, by step: Int64) throws -> [Int64] {
        var numbers: [Int64] = []
        if stop < start {
            guard step < 0 else { return [] }
            var value = start
            while value > stop {
                try append(value, to: &numbers)
                let (next, overflow) = value.addingReportingOverflow(step)
                if overflow { break }
                value = next
            }
            return numbers
        }
        guard step > 0 else { return [] }
        var value = start
        while value < stop {
            try append(value, to: &numbers)
            let (next, overflow) = value.addingReportingOverflow(step)
            if overflow { break }
            value = next
        }
        return numbers
    }

    private static func append(_ value: Int64, to numbers: inout [Int64]) throws {
        if numbers.count >= maximumGeneratedElements {
            throw FunctionError("sequence longer than \(maximumGeneratedElements) elements")
        }
        numbers.append(value)
    }

    /// Sprig's `seq`: `seq end` counts from 1, `seq start end` by ±1, `seq start step end`;
    /// the end is inclusive. Other argument counts give nothing.
    static func seq(_ p: [Int64]) throws -> [Int64] {
        switch p.count {
        case 1:
            let increment: Int64 = p[0] < 1 ? -1 : 1
            return try steps(from: 1, to: p[0] &+ increment, by: increment)
        case 2:
            let increment: Int64 = p[1] < p[0] ? -1 : 1
            return try steps(from: p[0], to: p[1] &+ increment, by: increment)
        case 3:
            let (start, step, end) = (p[0], p[1], p[2])
            var increment: Int64 = 1
            if end < start {
                increment = -1
                if step > 0 { return [] }
            }
            return try steps(from: start, to: end &+ increment, by: step)
        default:
            return []
        }
    }
}
