#!/usr/bin/env python3
"""Medians of the interleaved before/after runs in this directory (views-*, gated-*):
python3 medians.py [DIR] prints two markdown tables."""
import csv, glob, os, statistics, sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


def rows(kind, which):
    out = {}
    for f in sorted(glob.glob(os.path.join(d, f"{kind}-{which}-run*.csv"))):
        for r in csv.DictReader(open(f)):
            key = (r["op"], r["case"]) if kind == "views" else (r["case"], r["dir"])
            out.setdefault(key, []).append(r)
    return out


def med(rs, col):
    return statistics.median(float(r[col]) for r in rs)


def per(rs, col):
    return " / ".join(f"{float(r[col]):.2f}" for r in rs)


for kind, a, b in (("views", "ratio", "vs_1d"), ("gated", "ratio", "vs_plain")):
    bef, aft = rows(kind, "before"), rows(kind, "after")
    print(f"\n### {kind}: {a} (to copy) and {b}, medians; per run in brackets\n")
    print(f"| {'op | case' if kind == 'views' else 'case | dir'} | {a} before | {a} after | "
          f"{b} before | {b} after |")
    print("|---|---|---:|---:|---:|---:|")
    for key in aft:
        x, y = bef.get(key, []), aft[key]
        print(f"| {key[0]} | {key[1]} | {med(x, a):.3f} ({per(x, a)}) | {med(y, a):.3f} "
              f"({per(y, a)}) | {med(x, b):.3f} ({per(x, b)}) | {med(y, b):.3f} ({per(y, b)}) |")
