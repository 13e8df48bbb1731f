"""sum_libs.py ab_libs.csv: per row, medians (over pairs x rounds) of one thread's CPU ns per
element for base and new, per dtype, and the f32 / 16-bit ratios (f32 from the same library)."""
import csv, sys, statistics as st
d = {}
for r in csv.reader(open(sys.argv[1])):
    pair, lib, op, dr, dt = r[0], r[1], r[2], r[3], r[4]
    d.setdefault((op, dr, dt, lib), []).append(float(r[7]))
rows = []
for (op, dr, dt, lib) in d:
    if (op, dr) not in rows: rows.append((op, dr))
print('| op | dir | f32 base / new | f16 base -> new | bf16 base -> new | f32/f16 base -> new | f32/bf16 base -> new |')
print('|---|---|---|---|---|---|---|')
for op, dr in rows:
    m = {(dt, lib): st.median(d[(op, dr, dt, lib)]) for dt in ('f32', 'f16', 'bf16') for lib in ('base', 'new')}
    print('| %s | %s | %.3f / %.3f | %.3f -> %.3f | %.3f -> %.3f | %.2f -> %.2f | %.2f -> %.2f |' % (
        op, dr, m['f32', 'base'], m['f32', 'new'], m['f16', 'base'], m['f16', 'new'], m['bf16', 'base'],
        m['bf16', 'new'], m['f32', 'base'] / m['f16', 'base'], m['f32', 'new'] / m['f16', 'new'],
        m['f32', 'base'] / m['bf16', 'base'], m['f32', 'new'] / m['bf16', 'new']))
