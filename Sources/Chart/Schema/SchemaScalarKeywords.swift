import KrelCore

/// String and number keywords in jsonschema v6's order.
enum SchemaScalarKeywords {
    static func checkString(
        _ s: [String: Value], _ text: String, at path: [String], regex: JSONSchema.RegexMatcher,
        into errors: inout [SchemaFailure]
    ) {
        func fail(_ message: String) { errors.append(SchemaFailure(instanceLocation: path, message: message)) }
        let length = text.unicodeScalars.count
        if let min = SchemaObjectKeywords.count(s["minLength"]), length < min {
            fail("minLength: got \(SchemaText.integer(length)), want \(SchemaText.integer(min))")
        }
        if let max = SchemaObjectKeywords.count(s["maxLength"]), length > max {
            fail("maxLength: got \(SchemaText.integer(length)), want \(SchemaText.integer(max))")
        }
        if case .string(let pattern)? = s["pattern"], (try? regex(pattern, text)) != true {
            fail("\(SchemaText.quote(text)) does not match pattern \(SchemaText.quote(pattern))")
        }
    }

    static func checkNumber(_ s: [String: Value], _ v: Value, at path: [String], draft: Int, into errors: inout [SchemaFailure]) {
        guard let x = SchemaEquality.number(v) else { return }
        func fail(_ keyword: String, _ want: Double) {
            errors.append(SchemaFailure(
                instanceLocation: path, message: "\(keyword): got \(SchemaText.number(x)), want \(SchemaText.number(want))"))
        }
        let minimum = s["minimum"].flatMap(SchemaEquality.number)
        let maximum = s["maximum"].flatMap(SchemaEquality.number)
        if draft == 4 {
            // draft-04: exclusiveMinimum/Maximum are booleans modifying minimum/maximum.
            let exclusiveMin = s["exclusiveMinimum"]?.boolValue == true
            let exclusiveMax = s["exclusiveMaximum"]?.boolValue == true
            if let m = minimum {
                if exclusiveMin { if x <= m { fail("exclusiveMinimum", m) } } else if x < m { fail("minimum", m) }
            }
            if let m = maximum {
                if exclusiveMax { if x >= m { fail("exclusiveMaximum", m) } } else if x > m { fail("maximum", m) }
            }
        } else {
            if let m = minimum, x < m { fail("minimum", m) }
            if let m = maximum, x > m { fail("maximum", m) }
            if let m = s["exclusiveMinimum"].flatMap(SchemaEquality.number), x <= m { fail("exclusiveMinimum", m) }
            if let m = s["exclusiveMaximum"].flatMap(SchemaEquality.number), x >= m { fail("exclusiveMaximum", m) }
        }
        if let m = s["multipleOf"].flatMap(SchemaEquality.number), m > 0 {
            let q = x / m
            if !q.isFinite || q.rounded() != q || abs(q.rounded() * m - x) > abs(x) * 1e-12 { fail("multipleOf", m) }
        }
    }
}
