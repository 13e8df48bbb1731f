#!/usr/bin/env python3
"""Summarize a bench/quiet/run.sh results folder as Markdown tables (medians of runs)."""
import csv, glob, os, statistics as st, sys
from collections import defaultdict

R = sys.argv[1]
med = st.median


def runs(name):
    return [list(csv.DictReader(open(f))) for f in sorted(glob.glob(f"{R}/{name}-run*.csv"))]


def per_run(rows_by_run, key, col):
    out = []
    for rows in rows_by_run:
        for r in rows:
            if key(r):
                out.append(float(r[col]))
    return out


print(f"# Quiet measurement: {os.path.basename(R.rstrip('/'))}\n")
print("### One thread's CPU time, clact / oneDNN speed (tools/vs_onednn; per-round ratios)\n")
for f in sorted(glob.glob(f"{R}/one-thread/*.csv")):
    d = defaultdict(list)
    for r in csv.DictReader(open(f)):
        d[(r["op"], r["dir"], r["who"])].append(float(r["cpu_ns_per_elem"]))
    print(f"`{os.path.basename(f)}`\n\n| op | dir | clact ns/elem | oneDNN ns/elem | speed ratio | per round |\n|---|---|---:|---:|---:|---|")
    seen = []
    for (op, di, _w) in d:
        if (op, di) in seen:
            continue
        seen.append((op, di))
        c, o = d[(op, di, "clact")], d[(op, di, "onednn")]
        rr = " / ".join("%.2f" % (b / a) for a, b in zip(c, o))
        print(f"| {op} | {di} | {med(c):.4f} | {med(o):.4f} | {med(o)/med(c):.2f} | {rr} |")
    print()

ct = defaultdict(list)
for f in sorted(glob.glob(f"{R}/cpu-time/r*.csv")):
    for r in csv.DictReader(open(f)):
        ct[r["case"]].append(float(r["cpu_median_ms"]))
if ct:
    print("### Gated calls against their plain gates, one thread's CPU time (medians of rounds)\n")
    print("| case | plain | ms | plain ms | speed ratio |\n|---|---|---:|---:|---:|")
    for g, p in [("swiglu", "swish"), ("bias_gelu", "gelu")]:
        for di in ("fwd", "bwd"):
            a, b = ct.get(f"{g}_{di}"), ct.get(f"{p}_{di}")
            if a and b:
                print(f"| {g} {di} | {p} | {med(a):.3f} | {med(b):.3f} | {med(b)/med(a):.3f} |")
    print()

rs = runs("seed-onednn")
if rs:
    print("### 2-thread bench, f32 seed rows, clact / oneDNN (medians of runs)\n")
    print("| op | dir | clact GB/s | oneDNN GB/s | ratio | per run |\n|---|---|---:|---:|---:|---|")
    for r0 in rs[0]:
        k = lambda r, o=r0["op"], d=r0["dir"]: r["op"] == o and r["dir"] == d
        v = per_run(rs, k, "vs_onednn")
        print(f"| {r0['op']} | {r0['dir']} | {med(per_run(rs,k,'gbps')):.2f} | {med(per_run(rs,k,'onednn_gbps')):.2f} | {med(v):.2f} | {' / '.join('%.2f'%x for x in v)} |")
    print()

rs = runs("gated")
if rs:
    print("### Gated and bias, f32, 2 threads (ratio to copy; elements/s vs the plain gate)\n")
    print("| case | dir | ratio to copy | per run | vs plain | per run |\n|---|---|---:|---|---:|---|")
    for r0 in rs[0]:
        k = lambda r, c=r0["case"], d=r0["dir"]: r["case"] == c and r["dir"] == d and r["dtype"] == "f32"
        a, b = per_run(rs, k, "ratio"), per_run(rs, k, "vs_plain")
        print(f"| {r0['case']} | {r0['dir']} | {med(a):.3f} | {' / '.join('%.2f'%x for x in a)} | {med(b):.2f} | {' / '.join('%.2f'%x for x in b)} |")
    print()

rs = runs("dtypes")
if rs:
    print("### 16-bit against f32 (elements/s ratio, medians of runs; acceptance >= 1.5)\n")
    print("| op | dir | f32 ratio to copy | f16 / f32 | bf16 / f32 |\n|---|---|---:|---:|---:|")
    keys = sorted({(r["op"], r["dir"]) for r in rs[0]})
    low = {"f16": 0, "bf16": 0}
    for op, di in keys:
        def speed(dt):
            return [float(r["n"]) / float(r["ms"]) for rows in rs for r in rows
                    if r["op"] == op and r["dir"] == di and r["dtype"] == dt]
        f32 = med(speed("f32"))
        cells = []
        for dt in ("f16", "bf16"):
            x = med(speed(dt)) / f32
            low[dt] += x < 1.5
            cells.append(("**%.2f**" if x < 1.5 else "%.2f") % x)
        r32 = med(per_run(rs, lambda r: r["op"] == op and r["dir"] == di and r["dtype"] == "f32", "ratio"))
        print(f"| {op} | {di} | {r32:.3f} | {cells[0]} | {cells[1]} |")
    print(f"\nbelow 1.5: f16 {low['f16']} of {len(keys)}, bf16 {low['bf16']} of {len(keys)}\n")

rs = runs("views")
if rs:
    print("### Views, f32 (ratio to copy; vs the 1-D call)\n")
    print("| op | case | ratio | vs 1-D |\n|---|---|---:|---:|")
    for r0 in rs[0]:
        k = lambda r, o=r0["op"], c=r0["case"]: r["op"] == o and r["case"] == c
        print(f"| {r0['op']} | {r0['case']} | {med(per_run(rs,k,'ratio')):.3f} | {med(per_run(rs,k,'vs_1d')):.3f} |")
    print()
print("### Load during the runs\n\n```")
print(open(f"{R}/runlog.txt").read().strip())
print("```")
