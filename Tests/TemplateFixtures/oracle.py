#!/usr/bin/env python3
"""Render template cases with helm (each alone, via the include|b64enc harness).
Input: JSON list of {"t": template, "v": values-yaml (optional)}.
Output: JSON list of {"t","v","out"} or {"t","v","err"} (helm stderr minus 'Error: ' and hint)."""
import base64, hashlib, json, os, subprocess, sys, tempfile, concurrent.futures
HELM = os.path.expanduser("~/.cache/krel-oracle/helm")
CACHE = "/tmp/oracle/cache"
os.makedirs(CACHE, exist_ok=True)
def render(case):
    t, v = case["t"], case.get("v", "")
    files = case.get("files", {})
    key = hashlib.sha256((t + "\0" + v + "\0" + json.dumps(files, sort_keys=True)).encode()).hexdigest()
    cp = os.path.join(CACHE, key)
    if os.path.exists(cp):
        return json.load(open(cp))
    d = tempfile.mkdtemp(prefix="orc")
    os.makedirs(d + "/templates")
    open(d + "/Chart.yaml", "w").write("apiVersion: v2\nname: testchart\nversion: 1.2.3\nappVersion: \"4.5.6\"\n")
    open(d + "/values.yaml", "w").write(v)
    open(d + "/templates/_case.tpl", "wb").write(t.encode())
    for fn, body in files.items():
        os.makedirs(os.path.dirname(d + "/" + fn), exist_ok=True)
        open(d + "/" + fn, "wb").write(body.encode())
    open(d + "/templates/out.yaml", "w").write('k0: {{ include "testchart/templates/_case.tpl" . | b64enc | quote }}\n')
    p = subprocess.run([HELM, "template", "rel", d], capture_output=True, env=dict(os.environ, TZ="UTC"))
    res = {"t": t, "v": v, "files": files}
    if p.returncode == 0:
        import yaml
        docs = [x for x in yaml.safe_load_all(p.stdout.decode()) if x]
        res["out"] = base64.b64decode(docs[0]["k0"]).decode()
    else:
        e = p.stderr.decode().replace(d, "<chart>")
        if e.startswith("Error: "): e = e[7:]
        e = e.replace("\nUse --debug flag to render out invalid YAML\n", "").rstrip("\n")
        res["err"] = e
    subprocess.run(["rm", "-rf", d])
    json.dump(res, open(cp, "w"))
    return res
cases = json.load(open(sys.argv[1]))
with concurrent.futures.ThreadPoolExecutor(2) as ex:
    results = list(ex.map(render, cases))
json.dump(results, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
