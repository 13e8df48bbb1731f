import csv, sys, statistics, collections
d = collections.defaultdict(list)
for f in sys.argv[1:]:
    for row in csv.reader(l for l in open(f) if not l.startswith('#')):
        beta, op, dr, dt, ctx, rnd, cpu, wall = row
        d[(op, dr, dt, beta, ctx)].append(float(cpu))
for k in sorted(d):
    v = d[k]
    print("%s %s %s beta=%s %-16s n=%2d median %.4f  (min %.4f max %.4f)" % (k + (len(v), statistics.median(v), min(v), max(v))))
