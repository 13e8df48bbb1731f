# med.py cpu.txt: per (dir, op, case), the CPU-time medians of base and new over rounds
import sys, statistics as st
rows = {}
for l in open(sys.argv[1]):
    p = l.split()
    b, r, d, op, case = p[:5]
    rows.setdefault((d, op, case), {}).setdefault(b, []).append(float(p[12]))
print("dir op case: base per round | new per round | median base / new, new/base")
for k in sorted(rows):
    b, n = rows[k].get("base", []), rows[k].get("new", [])
    print(" ".join(k), ":", " ".join("%.2f" % x for x in b), "|", " ".join("%.2f" % x for x in n),
          "| %.2f / %.2f  %.3f" % (st.median(b), st.median(n), st.median(n) / st.median(b)))
