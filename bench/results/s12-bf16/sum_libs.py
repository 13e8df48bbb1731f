"""sum_libs.py CSV: ab_libs.sh's rows (pair,lib,op,dir,dtype,ctx,round,cpu,wall) -> CPU ns per
element, medians over the 3 pairs x 5 rounds, old (acb81d1) and new library (s12bf16)."""
import collections
import csv
import statistics as st
import sys

d = collections.defaultdict(list)
order = []
for r in csv.reader(open(sys.argv[1])):
    _, lib, op, di, dt = r[:5]
    if (op, di) not in order:
        order.append((op, di))
    d[(op, di, dt, lib)].append(float(r[7]))
print("| op | dir | f32 old / new | f16 old -> new | bf16 old -> new | f32/f16 | f32/bf16 |")
print("|---|---|---|---|---|---|---|")
for op, di in order:
    m = {(dt, lib): st.median(d[(op, di, dt, lib)]) for dt in ("f32", "f16", "bf16")
         for lib in ("old", "new")}
    print("| %s | %s | %.3f / %.3f | %.3f -> %.3f | %.3f -> %.3f | %.2f -> %.2f | %.2f -> %.2f |" % (
        op, di, m[("f32", "old")], m[("f32", "new")], m[("f16", "old")], m[("f16", "new")],
        m[("bf16", "old")], m[("bf16", "new")], m[("f32", "old")] / m[("f16", "old")],
        m[("f32", "new")] / m[("f16", "new")], m[("f32", "old")] / m[("bf16", "old")],
        m[("f32", "new")] / m[("bf16", "new")]))
