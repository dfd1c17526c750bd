/// Inputs for FastBlockReaderTests: hand-picked edge cases and a generator of block
/// YAML with deliberate near-misses (odd indentation, stray indicators, comments).
enum FastBlockReaderSnippets {
    static let all: [String] = [
        "", "\n", "# only a comment\n", "a: 1\n", "a: 1", "a:\n", "a:", "---\na: 1\n", "--- # c\na: 1\n",
        "--- a: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: b: c\n", "a: b:\n", "a: b:c\n", "a: 'it''s'\n",
        "a: \"x\\ty\"\n", "a: \"x\"y\n", "a: \"x\" # c\n", "a: \"x\"#c\n", "a: x #c\n", "a: x#c\n", "a:  x  \n",
        "a: ~\nb: null\nc: Null\nd: yes\ne: off\nf: 0x1F\ng: 1_000\nh: 1e3\ni: .inf\nj: .nan\nk: -.5\n",
        "a: 9223372036854775808\nb: 18446744073709551616\nc: 0o17\nd: 017\ne: +12\nf: 2001-12-14\n",
        "1: a\ntrue: b\n1.5: c\n0x10: d\n~: e\n<<: {}\n\"<<\": f\n'q': g\n9223372036854775808: h\n",
        "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n", "a:\n  b: 1\n c: 2\n", "a:\n  b: 1\n   c: 2\n", "  a: 1\n  b: 2\n",
        "  a: 1\n b: 2\n", "a:\n- 1\n- 2\nb: 3\n", "a:\n  - 1\n  - 2\nb: 3\n", "a:\n  - 1\n  b: 2\n", "- a\n- b\n",
        "- a\nb: 1\n", "-\n- \n-  # c\n", "- - a\n", "- a: 1\n  b: 2\n- c: 3\n", "- a: 1\n b: 2\n", "- a: 1\n   b: 2\n",
        "- a:\n  - x\n  - y\n  b: 1\n", "- a:\n    - x\n", "-\n  a: 1\n", "a:\n  foo\n", "a: x\n  y\n", "a: x\n\n  y\n",
        "a: x\n  # c\nb: y\n", "a: x\n# c\n  # d\nb: y\n", "a: [1, b, \"c\", 'd']\n", "a: []\nb: [ ]\nc: {}\nd: { }\n",
        "a: [a, b,]\n", "a: [a, , b]\n", "a: [a: b]\n", "a: [a b, c]\n", "a: [a]: b\n", "a: [a] # c\n", "a: [a\n  , b]\n",
        "a: {b: 1}\n", "a: [-1, - 1]\n", "a: [?x]\n", "a: [x#y]\n", "a: [x #y]\n", "a: [.inf]\n",
        "a: |\n  line one\n  line two\nb: 1\n", "a: |-\n  x\n\n", "a: |+\n  x\n\n\nb: 1\n", "a: >\n  x\n  y\n\n  z\n   w\n  v\n",
        "a: >-\n  folded\n  text\n", "a: |2\n   x\n", "a: |\n\n  x\n", "a: |\n    \n  x\n", "a: |\n  x\n    y\n z\n",
        "a: |\nb: 1\n", "a: |", "a: | # c\n  x\n", "a: |x\n", "- |\n  x\n- >\n  y\n", "a:\n  b: |\n    x\n  c: 1\n",
        "a: |\n  x\n  # not a comment\n", "a: |\n  x\n# a comment\nb: 1\n", "a: |\n  x\n---\n", "a: \"multi\n  line\"\n",
        "a: 'multi\n  line'\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n", "a:\tb\n", "a: b\r\n", "a: \u{85}\n",
        "\u{FEFF}a: 1\n", "a: é ü 日本\n", "é: 1\n", "a: \"é\"\n", "a: b\n  \n", "%YAML 1.1\n---\na: 1\n", "a: `x`\n",
        "a: @x\n", "a: %x\n", "a: -\n", "a: - b\n", "a: ? b\n", "a: :b\n", "a: -b\n", "a: ?b\n", "a: x: \n",
        "a b: c d\n", "a  : b\n", "\"a\"  : b\n", "a:b: c\n", "-a: 1\n", "a: 1 # c\n# d\n\n", "a:\n\n\n  b: 1\n",
        "a:\n  b: [1, 2]\n  c:\n  - d: 1\n    e: 2\n  - f\n", String(repeating: "k", count: 1100) + ": v\n",
        "a: 1\na: 2\n", "a:\n  x: 1\na:\n  y: 2\n", "'': 1\n", "a: ''\nb: \"\"\n",
    ]

    /// Deterministic random block YAML (SplitMix64).
    struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

        static let scalars = ["a", "b c", "1", "-2", "0x1f", "1.5", "1e3", "true", "no", "~", "null", "", "x: y", "x:y",
                              "'q'", "\"d\"", "\"e\\n\"", "[1, 2]", "[]", "{}", "[a, [b]]", "|", "|-", ">", ">+", "- z",
                              "&a v", "*a", "!t v", "# c", "v # c", "v#c", "2001-01-01", ".inf", "<<", "é", "a  b  ",
                              "'it''s'", "?x", "-x", ":x", "@x", "0o7", "1_0"]
        static let keys = ["k", "key", "1", "true", "\"q\"", "'s'", "a b", "<<", "~", "1.5", "k:x", "-k"]

        mutating func document() -> String {
            var out = ""
            node(indent: next(2), depth: 0, into: &out)
            return out
        }

        mutating func pad(_ indent: Int) -> String {
            // Now and then one space off.
            let jitter = next(25) == 0 ? (next(2) == 0 ? 1 : -1) : 0
            return String(repeating: " ", count: max(0, indent + jitter))
        }

        mutating func node(indent: Int, depth: Int, into out: inout String) {
            let count = 1 + next(4)
            let sequence = next(3) == 0
            for _ in 0..<count {
                if next(10) == 0 { out += pad(indent) + "# comment\n" }
                if next(12) == 0 { out += "\n" }
                out += pad(indent) + (sequence ? "- " : pick(Generator.keys) + ":")
                let kind = depth < 3 ? next(6) : 5
                switch kind {
                case 0:
                    out += "\n"
                    node(indent: indent + 1 + next(3), depth: depth + 1, into: &out)
                case 1 where !sequence:
                    out += "\n"
                    node(indent: indent, depth: depth + 1, into: &out)
                case 2:
                    let style = pick(["|", "|-", "|+", ">", ">-"])
                    out += (sequence ? "" : " ") + style + "\n"
                    let inner = indent + 1 + next(3)
                    for _ in 0..<(1 + next(3)) {
                        out += next(6) == 0 ? "\n" : String(repeating: " ", count: inner + next(2)) + pick(["x", "y z", "# h"]) + "\n"
                    }
                default:
                    let scalar = pick(Generator.scalars)
                    out += (sequence || scalar.isEmpty ? "" : " ") + scalar + "\n"
                }
            }
        }
    }
}
