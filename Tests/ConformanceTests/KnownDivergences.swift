import Foundation

/// Cases listed in `known-divergences.txt`: krel differs from helm there for a stated reason.
enum KnownDivergences {
    static let reasons: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-divergences.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let gap = line.range(of: "  ") else { continue }
            out[String(line[..<gap.lowerBound])] = String(line[gap.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        return out
    }()
}
