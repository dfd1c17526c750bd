import sys; sys.path.insert(0,'/tmp/oracle')
from gen import *
from cases_call import *
from cases_exec import V
W = "/work/wt/ttests/Tests/TemplateTests/"
FILES = {"files/hello.txt": "Hello, krel!\n"}
vj = json.dumps(V)
direct = run_oracle([{"t": t, "v": vj, "files": FILES} for t in CALLS])
need = [k for k, r in enumerate(direct) if 'err' in r]
tpls = run_oracle([{"t": "{{ tpl .Values.__src . }}", "v": json.dumps(dict(V, __src=CALLS[k])), "files": FILES} for k in need])
m = dict(zip(need, tpls))
res = {}
for k, (t, r) in enumerate(zip(CALLS, direct)):
    if 'out' in r: res[t] = ('ok', r['out'], None)
    else: res[t] = ('err', raw_from_tpl(m[k]['err']), r['err'])
print(rows_text(CALLS, res))
