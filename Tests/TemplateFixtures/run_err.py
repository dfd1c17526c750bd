import sys; sys.path.insert(0,'/tmp/oracle')
from gen import *
from cases_err import *
from cases_exec import V
W = "/work/wt/ttests/Tests/TemplateTests/"
direct = run_oracle([{"t": t, "v": json.dumps(V)} for t in ERRS])
rows = []
for t, r in zip(ERRS, direct):
    if 'err' not in r: print("no error:", t); continue
    rows.append(f"        ({swift_str(t)}, {swift_str(r['err'])}),")
open(W + "ErrorTextTables.swift", "w").write('''/// Helm's whole error text (after `Error: `) for a template in the corpus harness: the case
/// is `testchart/templates/_case.tpl`, included from `testchart/templates/out.yaml`.
/// Produced by helm v4.1.4 with `.Values` = `TemplateRunner.values`.
enum ErrorTextTables {
    static let helmErrors: [(String, String)] = [
''' + "\n".join(rows) + '''
    ]
}
''')
