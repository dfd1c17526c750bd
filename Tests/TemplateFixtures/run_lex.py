import sys; sys.path.insert(0,'/tmp/oracle')
from gen import *
from cases_lex import *
W = "/work/wt/ttests/Tests/TemplateTests/"
nums = ["{{ %s }}" % n for n in NUMBERS] + ['{{ printf "%%T" %s }}' % n for n in NUMBERS]
strs = ["{{ %s }}" % s for s in STRINGS]
allt = nums + strs + TRIM + TEXT
res = dict(zip(allt, resolve(allt, {"x": "X"})))
open(W + "LexerTables.swift", "w").write(f'''/// Oracle tables for `LexerTests`: how helm v4.1.4 prints each literal (so each was lexed
/// and converted as Go does), and the output of trim markers, comments and text.
/// Error texts are Go's raw `err.Error()` (the template run through `tpl`, named "gotpl").
enum LexerTables {{
    /// Every Go number and character literal form: printed value, then its Go type.
    static let numbers: [(String, Expected)] = [
{rows_text(nums, res, "        ")}
    ]

    /// Quoted, raw and escaped strings.
    static let strings: [(String, Expected)] = [
{rows_text(strs, res, "        ")}
    ]

    /// Trim markers (`{{{{-`/`-}}}}` need a space; `{{{{-3}}}}` is a number), comments.
    static let trimAndComments: [(String, Expected)] = [
{rows_text(TRIM, res, "        ")}
    ]

    /// Unicode and stray braces in text, newlines inside actions (`.Values.x` is "X").
    static let text: [(String, Expected)] = [
{rows_text(TEXT, res, "        ")}
    ]
}}
''')
