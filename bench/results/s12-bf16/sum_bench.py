"""sum_bench.py DIR: ab_bench.sh's runs (DIR/old-runN.csv, DIR/new-runN.csv) -> per row and
direction, 16-bit / f32 elements per second within each run (f32 ms / 16-bit ms, the same
n), median over the runs, old (acb81d1) and new (s12bf16), with each run's ratios, and
the median ms per dtype."""
import collections
import csv
import glob
import statistics as st
import sys

ms = collections.defaultdict(dict)  # (lib, run) -> {(op, dir, dtype): ms}
order = []
for path in sorted(glob.glob(sys.argv[1] + "/*-run*.csv")):
    lib, run = path.split("/")[-1][:-4].split("-run")
    for r in csv.DictReader(open(path)):
        key = (r["op"], r["dir"], r["dtype"])
        ms[(lib, run)][key] = float(r["ms"])
        if (r["op"], r["dir"]) not in order:
            order.append((r["op"], r["dir"]))
runs = sorted({run for _, run in ms})
print("| op | dir | dtype | f32 ms old / new | 16-bit ms old -> new | ratio old (runs) | ratio new (runs) |")
print("|---|---|---|---|---|---|---|")
for op, di in order:
    for dt in ("f16", "bf16"):
        cells = []
        for lib in ("old", "new"):
            rs = [ms[(lib, run)][(op, di, "f32")] / ms[(lib, run)][(op, di, dt)] for run in runs
                  if (lib, run) in ms and (op, di, dt) in ms[(lib, run)]]
            cells.append("**%.2f** (%s)" % (st.median(rs), " / ".join("%.2f" % x for x in rs)))
        f32 = [st.median([ms[(lib, run)][(op, di, "f32")] for run in runs]) for lib in ("old", "new")]
        m16 = [st.median([ms[(lib, run)][(op, di, dt)] for run in runs]) for lib in ("old", "new")]
        print("| %s | %s | %s | %.3f / %.3f | %.3f -> %.3f | %s | %s |" % (
            op, di, dt, f32[0], f32[1], m16[0], m16[1], cells[0], cells[1]))
