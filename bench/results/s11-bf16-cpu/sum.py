"""sum.py CSV: ab_call's rows (op,dir,dtype,ctx,round,cpu,wall) with contexts "" (the library)
and "-DCLACT_BF16_SOFT" -> a markdown table of CPU ns per element, medians over rounds
(f32 and f16: both contexts' rounds, the same code), and f32 / bf16 before and after."""
import collections
import csv
import statistics as st
import sys

d = collections.defaultdict(list)
order = []
for r in csv.reader(open(sys.argv[1])):
    op, di, dt, ctx = r[0], r[1], r[2], r[3]
    if (op, di) not in order:
        order.append((op, di))
    key = dt if dt != "bf16" else ("bf16 soft" if "SOFT" in ctx else "bf16 cvt")
    d[(op, di, key)].append(float(r[5]))
print("| op | dir | f32 | f16 | bf16 soft | bf16 cvt | change | f32/f16 | f32/bf16 soft -> cvt |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|")
for op, di in order:
    m = {k: st.median(d[(op, di, k)]) for k in ("f32", "f16", "bf16 soft", "bf16 cvt")}
    print("| %s | %s | %.3f | %.3f | %.3f | %.3f | %+.1f %% | %.2f | %.2f -> %.2f |" % (
        op, di, m["f32"], m["f16"], m["bf16 soft"], m["bf16 cvt"],
        100 * (m["bf16 cvt"] / m["bf16 soft"] - 1), m["f32"] / m["f16"],
        m["f32"] / m["bf16 soft"], m["f32"] / m["bf16 cvt"]))
