import sys, re; sys.path.insert(0,'/tmp/oracle')
from gen import *
from cases_parse import *
W = "/work/wt/ttests/Tests/TemplateTests/"
node_templates = ['{{ $x := 1 }}{{ template "nope" %s }}' % n for n in NODE_TEXT]
allt = PARSE_ERRORS + node_templates
res = dict(zip(allt, resolve(allt, {})))
bad = [t for t in PARSE_ERRORS if res[t][0] == 'ok']
print("parse cases that did not fail:", bad)
node_rows, extra_errors = [], []
for n, t in zip(NODE_TEXT, node_templates):
    kind, text, helm = res[t]
    m = re.search(r'at <\{\{template "nope" (.*)\}\}>: template "nope" not defined$', text or '')
    if kind == 'err' and m: node_rows.append((n, m.group(1)))
    elif kind == 'err': extra_errors.append(t)
    else: print("node ok?", t)
print("node cases that are other errors:", extra_errors)
errs = [t for t in PARSE_ERRORS if res[t][0] == 'err'] + extra_errors
body = rows_text(errs, res)
nodes = "\n".join(f"            ({swift_str(a)}, {swift_str(b)})," for a, b in node_rows)
open(W + "ParserTables.swift", "w").write(f'''/// Oracle tables for `ParserTests` (helm v4.1.4; error texts are Go's raw `err.Error()`
/// of the template run through `tpl`, which names it "gotpl").
enum ParserTables {{
    /// Templates that fail to parse, with Go's message and line.
    static let parseErrors: [(String, Expected)] = [
{body}
    ]

    /// A pipeline as written after `{{{{template "nope"`, and Go's `String()` of it, read
    /// from the `at <{{{{template "nope" ...}}}}>` of the error helm reports.
    static let nodeText: [(String, String)] = [
{nodes}
    ]
}}
''')
