# cmp16.py OLD NEW DTYPE: outputs that moved between two 16-bit dumps and by how many
# units in the last place (distance in the ordered bit patterns; NaN = NaN)
import sys, struct
old = open(sys.argv[1], 'rb').read(); new = open(sys.argv[2], 'rb').read()
dt = sys.argv[3]
a = struct.unpack('<%dH' % (len(old) // 2), old); b = struct.unpack('<%dH' % (len(new) // 2), new)
def isnan(v): return ((v & 0x7c00) == 0x7c00 and v & 0x3ff) if dt == 'f16' else ((v & 0x7f80) == 0x7f80 and v & 0x7f)
def key(v): return -(v & 0x7fff) if v & 0x8000 else v
moved, worst, at = 0, 0, None
for i, (u, v) in enumerate(zip(a, b)):
    if u == v or (isnan(u) and isnan(v)): continue
    moved += 1
    d = abs(key(u) - key(v))
    if d > worst: worst, at = d, i
print("moved %d of %d, largest %d ulp%s" % (moved, len(a), worst, " (input 0x%04x: 0x%04x -> 0x%04x)" % (at, a[at], b[at]) if at is not None else ""))
