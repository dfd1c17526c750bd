import Foundation

/// Generates a deterministic values-style YAML document of about the requested size:
/// nested maps, lists of maps, numbers, strings, booleans, quoted and block scalars.
struct ValuesGenerator {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    private mutating func next() -> UInt64 {
        // SplitMix64: deterministic and fast.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func word() -> String {
        let words = ["alpha", "beta", "gamma", "delta", "api", "redis", "postgres", "worker", "ingress",
                     "memory", "cpu", "replica", "service", "config", "secret", "volume", "graph", "node"]
        return words[Int(next() % UInt64(words.count))]
    }

    mutating func generate(bytes target: Int) -> String {
        var out = ""
        out.reserveCapacity(target + 4096)
        var section = 0
        while out.utf8.count < target {
            out += "section\(section):\n"
            appendMap(into: &out, indent: 2, depth: 0)
            section += 1
        }
        return out
    }

    private mutating func appendMap(into out: inout String, indent: Int, depth: Int) {
        let pad = String(repeating: " ", count: indent)
        for i in 0..<(4 + Int(next() % 5)) {
            let key = "\(word())\(i)"
            switch next() % 9 {
            case 0 where depth < 4:
                out += "\(pad)\(key):\n"
                appendMap(into: &out, indent: indent + 2, depth: depth + 1)
            case 1 where depth < 4:
                out += "\(pad)\(key):\n"
                for j in 0..<3 {
                    out += "\(pad)- name: \(word())-\(j)\n\(pad)  port: \(next() % 65536)\n\(pad)  enabled: true\n"
                }
            case 2: out += "\(pad)\(key): \(next() % 100000)\n"
            case 3: out += "\(pad)\(key): \(Double(next() % 100000) / 100)\n"
            case 4: out += "\(pad)\(key): \"quoted \(word()) value\"\n"
            case 5: out += "\(pad)\(key): [\(word()), \(word()), \(next() % 100)]\n"
            case 6: out += "\(pad)\(key): |\n\(pad)  line one \(word())\n\(pad)  line two\n"
            case 7: out += "\(pad)\(key): \(next() % 2 == 0 ? "false" : "null")\n"
            default: out += "\(pad)\(key): \(word())-\(word()) text \(next() % 1000)\n"
            }
        }
    }
}
