#!/usr/bin/env python3
"""med.py CSV...: medians of abg.sh's ms per (case, layout, gc_beta, lib), and each gated
case's ratio to the plain gate's elements per second at the same gc_beta (elements per
second: the plain call's n elements against the gated call's n outputs), per library."""
import csv, statistics, sys
rows = [r for f in sys.argv[1:] for r in csv.DictReader(open(f))]
med = {}
for r in rows:
    med.setdefault((r['case'], r['layout'], r['gc_beta'], r['lib']), []).append(float(r['ms']))
print("case,layout,gc_beta,lib,runs,median_ms,min_ms,max_ms,vs_plain")
for k in sorted(med, key=lambda k: (k[0].split('_')[1], k[0], k[1], k[2], k[3])):
    v = med[k]
    m = statistics.median(v)
    d = k[0].split('_')[1]
    p = med.get(('plain_' + d, '-', k[2], k[3]))
    ratio = statistics.median(p) / m if p else float('nan')
    print("%s,%s,%s,%s,%d,%.3f,%.3f,%.3f,%.3f" % (k + (len(v), m, min(v), max(v), ratio)))
