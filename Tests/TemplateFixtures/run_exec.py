import sys; sys.path.insert(0,'/tmp/oracle')
from gen import *
from cases_exec import *
W = "/work/wt/ttests/Tests/TemplateTests/"
printf = ['{{ printf "%s" %s }}' % (f.replace('"','\\"'), a) for f, a in zip(PRINTF, PRINTF_ARGS)]
allt = TRUTH + ANDOR + RANGE + VARS + CALLS + printf + MISC
res = dict(zip(allt, resolve(allt, V)))
DOC = '''/// Executor semantics, table-driven. Every expected output and error text was produced by
/// helm v4.1.4 (the template run through the corpus harness; error texts are Go's raw
/// `err.Error()` of the same template run through `tpl`, which names it "gotpl").
/// `.Values` is `TemplateRunner.values`.
'''
emit_file(W + "ExecutorTests.swift", DOC, "ExecutorTests", [
  ("testTruthiness", "if/with/else if/else with over every kind of value.", TRUTH),
  ("testAndOrNot", "and/or short-circuit and return an operand; argument-count errors.", ANDOR),
  ("testRange", "range over lists, maps (sorted keys), ints, nil and missing values; break/continue; errors.", RANGE),
  ("testVariablesAndMissingKeys", "Declarations, assignment across blocks, `$`, missing keys, nil chains vs the variable/parenthesised exception.", VARS),
  ("testTemplatesTplAndMapMutation", "define/template/block/include/tpl, recursion, and map changes seen through every path.", MISC),
], res)
DOC2 = '''/// The builtin functions (len, index, slice, eq/lt..., html/js/urlquery, print/printf),
/// table-driven. Expected values come from helm v4.1.4 (see `ExecutorTests`). Helm replaces
/// Go's `slice` with Sprig's, so only `slice` calls on which both agree are listed.
'''
emit_file(W + "BuiltinTests.swift", DOC2, "BuiltinTests", [
  ("testCallsAndComparisons", "len/index/slice edge cases, comparisons across kinds, escapers, print spacing.", CALLS),
  ("testPrintf", "printf verbs, flags, width/precision, argument indexes and the %!verb(...) forms.", printf),
], res)
