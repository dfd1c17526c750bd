import Functions
import XCTest

/// The regex engine against Go's regexp, with expectations produced by the helm oracle
/// (`regexFindAll P S -1` and `regexReplaceAll P S "<${1}|${2}>"`, and `mustRegexMatch`
/// error texts).
final class RegexEngineOracleTests: XCTestCase {
    /// (pattern, input, all matches, input with each match replaced by `<${1}|${2}>`).
    static let matchCases: [(String, String, [String], String)] = [
        ("a*", "baaab", ["", "aaa", ""], "<|>b<|>b<|>"),
        ("(a*)*", "b", ["", ""], "<|>b<|>"),
        ("(a*)+", "b", ["", ""], "<|>b<|>"),
        ("(a|ab)(c|bcd)(d*)", "abcd", ["abcd"], "<a|bcd>"),
        ("(a+|b+)*c", "aabbc", ["aabbc"], "<bb|>"),
        ("x*", "éxé", ["", "x", ""], "<|>é<|>é<|>"),
        ("", "hé", ["", "", ""], "<|>h<|>é<|>"),
        ("<.+>", "<a><b>", ["<a><b>"], "<|>"),
        ("<.+?>", "<a><b>", ["<a>", "<b>"], "<|><|>"),
        ("(?U)<.+>", "<a><b>", ["<a>", "<b>"], "<|><|>"),
        ("(?U)<.+?>", "<a><b>", ["<a><b>"], "<|>"),
        ("a{2,3}", "aaaaaaa", ["aaa", "aaa"], "<|><|>a"),
        ("a{2,3}?", "aaaaaaa", ["aa", "aa", "aa"], "<|><|><|>a"),
        ("a{2,}", "aaaaa a aa", ["aaaaa", "aa"], "<|> a <|>"),
        ("a{0}b", "ab", ["b"], "a<|>"),
        ("(a){0,2}", "aaa", ["aa", "a"], "<a|><a|>"),
        ("\\bfoo\\b", "foo foobar barfoo foo", ["foo", "foo"], "<|> foobar barfoo <|>"),
        ("\\Bo\\B", "foo boo o", ["o", "o"], "f<|>o b<|>o o"),
        ("^\\w+$", "abc\ndef", [], "abc\ndef"),
        ("(?m)^\\w+$", "abc\ndef", ["abc", "def"], "<|>\n<|>"),
        ("(?m)$", "a\nb\n", ["", "", ""], "a<|>\nb<|>\n<|>"),
        ("$", "a\nb\n", [""], "a\nb\n<|>"),
        ("\\z", "ab\n", [""], "ab\n<|>"),
        ("(?s).+", "a\nb", ["a\nb"], "<|>"),
        (".+", "a\nb", ["a", "b"], "<|>\n<|>"),
        ("(?i)hello", "HeLLo hello HELLO", ["HeLLo", "hello", "HELLO"], "<|> <|> <|>"),
        ("(?i)k", "K k \u{212a}", ["K", "k", "\u{212a}"], "<|> <|> <|>"),
        ("(?i)[a-c]+", "AbC xyz", ["AbC"], "<|> xyz"),
        ("(?i)straße", "STRASSE straße STRAẞE", ["straße", "STRAẞE"], "STRASSE <|> <|>"),
        ("[[:alpha:]]+", "ab12cd", ["ab", "cd"], "<|>12<|>"),
        ("[[:^digit:]]+", "ab12cd", ["ab", "cd"], "<|>12<|>"),
        ("[^a-c]+", "abcdef\nabc", ["def\n"], "abc<|>abc"),
        ("\\d+\\s\\w+", "12 ab 34\tcd", ["12 ab", "34\tcd"], "<|> <|>"),
        ("\\D+", "ab12cd", ["ab", "cd"], "<|>12<|>"),
        ("\\S+", " a  b ", ["a", "b"], " <|>  <|> "),
        ("\\W+", "a, b.", [", ", "."], "a<|>b<|>"),
        ("\\pL+", "héllo wörld 123", ["héllo", "wörld"], "<|> <|> 123"),
        ("\\p{Lu}", "aBcDÉ", ["B", "D", "É"], "a<|>c<|><|>"),
        ("\\PL+", "ab12!?cd", ["12!?"], "ab<|>cd"),
        ("\\p{Greek}+", "abc αβγ def", ["αβγ"], "abc <|> def"),
        ("\\p{Han}+", "x中文y", ["中文"], "x<|>y"),
        ("\\p{Cyrillic}+", "ab привет", ["привет"], "ab <|>"),
        ("\\pN+", "a1٣½", ["1٣½"], "a<|>"),
        ("\\p{Nd}+", "a1٣½", ["1٣"], "a<|>½"),
        ("\\pP+", "a,.!b", [",.!"], "a<|>b"),
        ("\\pS+", "a+$b", ["+$"], "a<|>b"),
        ("\\pZ", "a b\u{a0}c", [" ", "\u{a0}"], "a<|>b<|>c"),
        ("[\\p{L}\\d]+", "ab12 é", ["ab12", "é"], "<|> <|>"),
        ("[^\\pL]+", "ab12 é", ["12 "], "ab<|>é"),
        ("\\x41\\x{42}\\103", "ABC", ["ABC"], "<|>"),
        ("\\Qa.b\\E+", "a.bbb a.b", ["a.bbb", "a.b"], "<|> <|>"),
        ("a|ab", "ab", ["a"], "<|>b"),
        ("ab|a", "ab", ["ab"], "<|>"),
        ("(?:a|b)+", "abab c", ["abab"], "<|> c"),
        ("(?P<x>a)(?<y>b)?", "ab a", ["ab", "a"], "<a|b> <a|>"),
        ("(\\w+)@(\\w+)\\.com", "me@host.com you@x.com", ["me@host.com", "you@x.com"], "<me|host> <you|x>"),
        ("[\\]a-]+", "a-]b", ["a-]"], "<|>b"),
        ("[]a]+", "a]b", ["a]"], "<|>b"),
        ("[a\\-z]+", "a-zb", ["a-z"], "<|>b"),
        ("\\.", "a.b", ["."], "a<|>b"),
        ("é+", "ééa", ["éé"], "<|>a"),
        ("[à-ÿ]+", "abcéè", ["éè"], "abc<|>"),
        ("(a)|(b)", "ab", ["a", "b"], "<a|><|b>"),
        ("(a)(b)?", "a", ["a"], "<a|>"),
        ("x(y)?z", "xz xyz", ["xz", "xyz"], "<|> <y|>"),
        ("^", "abc", [""], "<|>abc"),
        ("\\A[a-z]", "abc", ["a"], "<|>bc"),
        ("(?i)Σ", "σ ς Σ", ["σ", "ς", "Σ"], "<|> <|> <|>"),
        ("a{,2}", "a{,2}", ["a{,2}"], "<|>"),
        ("a{", "a{", ["a{"], "<|>"),
        ("{", "{", ["{"], "<|>"),
        ("x{2}{", "xx{", ["xx{"], "<|>"),
        ("(|a)*", "aa", ["", "", ""], "<|>a<|>a<|>"),
        ("(|a)+", "aa", ["", "", ""], "<|>a<|>a<|>"),
        ("(a|)*", "aa", ["aa"], "<a|>"),
        ("(?:)*", "ab", ["", "", ""], "<|>a<|>b<|>"),
        ("\\v\\f", "\u{b}\u{c}", ["\u{b}\u{c}"], "<|>"),
        ("[\\x00-\\x{10FFFF}]", "é", ["é"], "<|>"),
        ("(?i)\\W", "k\u{212a}", [], "k\u{212a}"),
        ("(?i)[^k]", "k\u{212a}K", [], "k\u{212a}K"),
        ("(?-i:A)(?i)a", "Aa AA aa", ["Aa", "AA"], "<|> <|> aa"),
        ("(?i:A)a", "aa AA aA", ["aa"], "<|> AA aA"),
        ("(?ms)^a.$", "x\na\n", ["a\n"], "x\n<|>"),
        ("[[:word:]]+", "a_b-c", ["a_b", "c"], "<|>-<|>"),
        ("\\p{^L}+", "ab12", ["12"], "ab<|>"),
        ("\\P{^L}+", "ab12", ["ab"], "<|>12"),
    ]

    /// (pattern, Go's parse error or nil when the pattern is valid).
    static let parseCases: [(String, String?)] = [
        ("[", "error parsing regexp: missing closing ]: `[`"),
        ("(", "error parsing regexp: missing closing ): `(`"),
        (")", "error parsing regexp: unexpected ): `)`"),
        ("a)", "error parsing regexp: unexpected ): `a)`"),
        ("a**", "error parsing regexp: invalid nested repetition operator: `**`"),
        ("a*??", "error parsing regexp: invalid nested repetition operator: `*??`"),
        ("*", "error parsing regexp: missing argument to repetition operator: `*`"),
        ("(*)", "error parsing regexp: missing argument to repetition operator: `*`"),
        ("a{1001}", "error parsing regexp: invalid repeat count: `{1001}`"),
        ("a{2}{3}", "error parsing regexp: invalid nested repetition operator: `{2}{3}`"),
        ("(a{500}){3}", "error parsing regexp: invalid repeat count: `{3}`"),
        ("\\Z", "error parsing regexp: invalid escape sequence: `\\Z`"),
        ("\\8", "error parsing regexp: invalid escape sequence: `\\8`"),
        ("\\1", "error parsing regexp: invalid escape sequence: `\\1`"),
        ("\\xZZ", "error parsing regexp: invalid escape sequence: `\\xZZ`"),
        ("\\x{zz}", "error parsing regexp: invalid escape sequence: `\\x{z`"),
        ("\\x{}", "error parsing regexp: invalid escape sequence: `\\x{}`"),
        ("\\x", "error parsing regexp: invalid escape sequence: `\\x`"),
        ("\\", "error parsing regexp: trailing backslash at end of expression: ``"),
        ("(?=a)", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"),
        ("(?!a)", "error parsing regexp: invalid or unsupported Perl syntax: `(?!`"),
        ("(?<=a)b", "error parsing regexp: invalid named capture: `(?<=a)b`"),
        ("(?P=n)", "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"),
        ("(?P<>a)", "error parsing regexp: invalid named capture: `(?P<>`"),
        ("(?P<a-b>x)", "error parsing regexp: invalid named capture: `(?P<a-b>`"),
        ("(?i", "error parsing regexp: invalid or unsupported Perl syntax: `(?i`"),
        ("(?-)", "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"),
        ("(?z)", "error parsing regexp: invalid or unsupported Perl syntax: `(?z`"),
        ("\\p{Foo}", "error parsing regexp: invalid character class range: `\\p{Foo}`"),
        ("\\pX", "error parsing regexp: invalid character class range: `\\pX`"),
        ("\\p{Greek", "error parsing regexp: invalid character class range: `\\p{Greek`"),
        ("[[:foo:]]", "error parsing regexp: invalid character class range: `[:foo:]`"),
        ("[z-a]", "error parsing regexp: invalid character class range: `z-a`"),
        ("a++", "error parsing regexp: invalid nested repetition operator: `++`"),
        ("a?+", "error parsing regexp: invalid nested repetition operator: `?+`"),
        ("x{2,1}", "error parsing regexp: invalid repeat count: `{2,1}`"),
        ("\\C", "error parsing regexp: invalid escape sequence: `\\C`"),
        ("(?P<n", "error parsing regexp: invalid named capture: `(?P<n`"),
        ("[a", "error parsing regexp: missing closing ]: `[a`"),
        ("[\\", "error parsing regexp: trailing backslash at end of expression: ``"),
        ("a{1000}", nil),
        ("((a{10}){10}){10}", nil),
        ("((a{10}){10}){11}", "error parsing regexp: invalid repeat count: `{11}`"),
        ("|*", "error parsing regexp: missing argument to repetition operator: `*`"),
        ("^*", nil),
        ("(?i)*", "error parsing regexp: missing argument to repetition operator: `*`"),
        ("$+", nil),
        ("\\b*", nil),
        ("[[:alpha:]", "error parsing regexp: missing closing ]: `[[:alpha:]`"),
        ("a{99999999999}", "error parsing regexp: invalid repeat count: `{99999999999}`"),
    ]

    func testMatchesAndSubmatchesLikeGo() throws {
        for (pattern, input, all, replaced) in Self.matchCases {
            let regex = try GoRegex(pattern)
            XCTAssertEqual(regex.findAll(in: input, limit: -1), all, "findAll \(pattern) on \(input)")
            XCTAssertEqual(regex.replaceAll(in: input, template: "<${1}|${2}>"), replaced, "replace \(pattern) on \(input)")
        }
    }

    func testParseErrorsLikeGo() {
        for (pattern, expected) in Self.parseCases {
            do {
                _ = try GoRegex(pattern)
                XCTAssertNil(expected, "\(pattern) should fail")
            } catch {
                XCTAssertEqual(error.description, expected, "error for \(pattern)")
            }
        }
    }
}
