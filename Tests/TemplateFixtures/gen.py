import json, sys, subprocess, re
sys.path.insert(0, '/tmp/oracle')
def swift_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\r': out.append('\\r')
        elif o < 0x20 or o == 0x7f or ch in '\u2028\u2029\u200b\ufeff': out.append('\\u{%X}' % o)
        else: out.append(ch)
    out.append('"')
    return ''.join(out)
def run_oracle(cases):
    json.dump(cases, open('/tmp/oracle/in.json', 'w'))
    subprocess.run(['python3', '/tmp/oracle/oracle.py', '/tmp/oracle/in.json', '/tmp/oracle/out.json'], check=True)
    return json.load(open('/tmp/oracle/out.json'))
def raw_from_tpl(err):
    i = err.find('error calling tpl: ')
    j = err.find('template: gotpl', i)
    if i < 0 or j < 0: return None
    return err[j:]
def resolve(templates, values):
    """For each template: ('ok', output) or ('err', raw Go error via tpl, helm direct error)."""
    vj = json.dumps(values)
    direct = run_oracle([{"t": t, "v": vj} for t in templates])
    need = [k for k, r in enumerate(direct) if 'err' in r]
    vals2 = dict(values)
    tpls = run_oracle([{"t": "{{ tpl .Values.__src . }}", "v": json.dumps(dict(vals2, __src=templates[k]))} for k in need])
    res = []
    m = dict(zip(need, tpls))
    for k, r in enumerate(direct):
        if 'out' in r: res.append(('ok', r['out'], None))
        else:
            raw = raw_from_tpl(m[k].get('err', '')) if 'err' in m[k] else None
            res.append(('err', raw, r['err']))
    return res

HEADER = '''import KrelCore
import XCTest

@testable import Template

'''
def rows_text(templates, res, indent="            "):
    lines = []
    for t in templates:
        kind, text, helm = res[t]
        if kind == 'ok': lines.append(f"{indent}({swift_str(t)}, .output({swift_str(text)})),")
        elif text is None: raise SystemExit("no raw error for " + t + "\n" + helm)
        else: lines.append(f"{indent}({swift_str(t)}, .error({swift_str(text)})),")
    return "\n".join(lines)
def emit_file(path, doc, cls, methods, res, runner="TemplateRunner.check(rows)"):
    out = [HEADER + doc + f"final class {cls}: XCTestCase {{"]
    for i, (name, mdoc, templates) in enumerate(methods):
        if i: out.append("")
        out.append(f"    /// {mdoc}")
        out.append(f"    func {name}() {{")
        out.append(f"        let rows: [(String, Expected)] = [")
        out.append(rows_text(templates, res))
        out.append(f"        ]")
        out.append(f"        {runner}")
        out.append(f"    }}")
    out.append("}")
    open(path, "w").write("\n".join(out) + "\n")
