"""Markdown tables for docs/ACCURACY.md and docs/PERFORMANCE.md from the CSVs of one run.

  python3 tools/doc_tables.py check CHECK.csv
      the sampled-accuracy table: op | dir | f32 | f64 | f16 | bf16 (max ulp / bound)
  python3 tools/doc_tables.py onednn BENCH_F32.csv
      the f32 table against oneDNN (bench --vs-onednn), the seed's activations
  python3 tools/doc_tables.py ratios BENCH_F32.csv BENCH_F16.csv BENCH_BF16.csv
      ratio to copy for every activation, direction and dtype
  python3 tools/doc_tables.py median RUN1.csv RUN2.csv ... > MEDIAN.csv
      one bench CSV from several runs: per row, the median of each figure (ratios are
      medians of each run's own ratio, not ratios of medians)

The tables in the docs are pasted from this output, so that they say what the CSVs say;
the CSVs of the runs the docs quote are in bench/results/.
"""
import csv
import sys

SEED = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "swish", "softplus"]


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def ordered(keys):
    """(op, dir) pairs in first-seen order."""
    seen = []
    for k in keys:
        if k not in seen:
            seen.append(k)
    return seen


def check_table(path):
    data = rows(path)
    cell = {(r["op"], r["dir"], r["dtype"]): r for r in data}
    print("| op | dir | f32 | f64 | f16 | bf16 |")
    print("|---|---|---:|---:|---:|---:|")
    for op, d in ordered((r["op"], r["dir"]) for r in data):
        out = []
        for t in ("f32", "f64", "f16", "bf16"):
            r = cell.get((op, d, t))
            out.append("%.3f / %g" % (float(r["max_ulp"]), float(r["bound"])) if r else "-")
        print("| %s | %s | %s |" % (op, d, " | ".join(out)))


def onednn_table(path):
    print("| op | dir | GB/s | copy GB/s | ratio | oneDNN GB/s | clact / oneDNN |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows(path):
        if r["op"] in SEED and r["dir"] in ("fwd", "bwd"):
            print("| %s | %s | %.2f | %.2f | %.3f | %.2f | %.3f |" % (
                r["op"], r["dir"], float(r["gbps"]), float(r["copy_gbps"]), float(r["ratio"]),
                float(r["onednn_gbps"]), float(r["vs_onednn"])))


def ratio_table(f32, f16, bf16):
    cols = [("f32", "fwd"), ("f32", "bwd"), ("f32", "bwdy"), ("f16", "fwd"), ("f16", "bwd"),
            ("bf16", "fwd"), ("bf16", "bwd")]
    cell = {}
    ops = []
    for path in (f32, f16, bf16):
        for r in rows(path):
            cell[(r["op"], r["dtype"], r["dir"])] = float(r["ratio"])
            if r["op"] not in ops:
                ops.append(r["op"])
    print("| op | " + " | ".join("%s %s" % c for c in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for op in ops:
        vals = [cell.get((op, t, d)) for t, d in cols]
        print("| %s | %s |" % (op, " | ".join("-" if v is None else "%.3f" % v for v in vals)))


def median_csv(paths):
    runs = [rows(p) for p in paths]
    header = list(runs[0][0].keys())
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(header)
    for i, first in enumerate(runs[0]):
        out = []
        for col in header:
            vals = [r[i][col] for r in runs]
            try:
                nums = sorted(float(v) for v in vals)
                m = len(nums) // 2
                med = nums[m] if len(nums) % 2 else (nums[m - 1] + nums[m]) / 2
                out.append(first[col] if col == "n" else "%.4g" % med)
            except ValueError:
                out.append(first[col])
        w.writerow(out)


def main(argv):
    if len(argv) >= 3 and argv[1] == "check":
        check_table(argv[2])
    elif len(argv) >= 3 and argv[1] == "onednn":
        onednn_table(argv[2])
    elif len(argv) >= 3 and argv[1] == "median":
        median_csv(argv[2:])
    elif len(argv) >= 5 and argv[1] == "ratios":
        ratio_table(argv[2], argv[3], argv[4])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
