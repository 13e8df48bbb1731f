#!/usr/bin/env python3
"""Compares two gated_bits.c dumps (GB_DUMP and GB_DUMP_X into OLD and NEW) element by
element: every changed output must be a clamped backward's da whose a is NaN, or its db
whose b is NaN; the rest the same bits. Prints a summary per dtype; exit 1 on any other
change. Usage: diff_dumps.py OLD NEW"""
import struct, sys

old, new = sys.argv[1], sys.argv[2]
dtypes = [("f32", 4), ("f16", 2), ("bf16", 2), ("f64", 8)]
cases = 9  # gated_bits.c's cases; 6, 7, 8 are the clamped ones
rows, cols = 19, [4096, 1000]


def isnan(word, t):
    if t == "f32": return (word & 0x7FFFFFFF) > 0x7F800000
    if t == "f16": return (word & 0x7FFF) > 0x7C00
    if t == "bf16": return (word & 0x7FFF) > 0x7F80
    return (word & 0x7FFFFFFFFFFFFFFF) > 0x7FF0000000000000


def words(path, es):
    data = open(path, "rb").read()
    fmt = {2: "H", 4: "I", 8: "Q"}[es]
    return struct.unpack("<%d%s" % (len(data) // es, fmt), data)


bad, call = 0, 0
for t, es in dtypes:
    changed = {"da": 0, "db": 0}
    for c in cols:
        for k in range(cases):
            for layout in ("halves", "pairs"):
                for blend in (0, 1):
                    x = words("%s/x%04d.bin" % (new, call), es)
                    xo = words("%s/x%04d.bin" % (old, call), es)
                    for part, idx in (("fwd", 2 * call), ("bwd", 2 * call + 1)):
                        a_ = words("%s/%04d.bin" % (old, idx), es)
                        b_ = words("%s/%04d.bin" % (new, idx), es)
                        for p in range(len(a_)):
                            if a_[p] == b_[p]: continue
                            ok = False
                            if part == "bwd" and k >= 6 and x == xo:
                                r, j = divmod(p, 2 * c)
                                if layout == "halves":
                                    is_da = j < c
                                    ia = r * 2 * c + (j if is_da else j - c)
                                    ib = ia + c
                                else:
                                    is_da = j % 2 == 0
                                    ia = p if is_da else p - 1
                                    ib = ia + 1
                                ok = isnan(x[ia], t) if is_da else isnan(x[ib], t)
                                if ok: changed["da" if is_da else "db"] += 1
                            if not ok:
                                bad += 1
                                if bad < 10:
                                    print("UNEXPECTED %s case %d %s blend %d %s element %d: %x -> %x"
                                          % (t, k, layout, blend, part, p, a_[p], b_[p]))
                    call += 1
    print("%s: changed clamped-backward outputs: da (a NaN) %d, db (b NaN) %d" % (t, changed["da"], changed["db"]))
print("calls", call, "unexpected changes", bad)
sys.exit(1 if bad else 0)
