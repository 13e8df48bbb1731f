"""Medians of `clact bench --gated` (or --views) CSV runs: python3 summary.py A-glob B-glob.
Prints, per case and direction, the ratio to copy of each set (median and per run)."""
import csv, glob, statistics, sys

def load(pattern):
    rows = {}
    for f in sorted(glob.glob(pattern)):
        for r in csv.DictReader(open(f)):
            # --gated: (case, dir); --views: (op, case)
            key = (r['case'], r['dir']) if 'dir' in r else (r['op'], r['case'])
            rows.setdefault(key, []).append(float(r['ratio']))
    return rows

a, b = load(sys.argv[1]), load(sys.argv[2])
print('| case | dir or view | A median | B median | A per run | B per run |')
print('|---|---|---:|---:|---|---|')
for k in a:
    ra, rb = a[k], b.get(k, [])
    print('| %s | %s | %.3f | %s | %s | %s |' % (k[0], k[1], statistics.median(ra),
          '%.3f' % statistics.median(rb) if rb else '-', ' / '.join('%.3f' % x for x in ra),
          ' / '.join('%.3f' % x for x in rb)))
