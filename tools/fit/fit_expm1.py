"""Coefficients of Q(r) = (expm1(r) - r) / r^2 for exp_parts in kernels/math.cl, which forms
expm1(r) = r + r^2 Q(r) on |r| <= ln(2)/2 (plus a margin).

Usage: python3 tools/fit/fit_expm1.py [--narrow]

Q is interpolated at deg + 1 Chebyshev nodes, the coefficients rounded to float. For
degrees 4, 5 and 6 (math.cl uses 5) it prints the degree, the largest error of
r + r^2 Q(r) against expm1(r) in units of 2^-24 |expm1(r)| (about an ulp) and the
coefficients, lowest degree first. --narrow: degrees 2 and 3, the 16-bit forms'
expm1_reduced_narrow (3 for f16, 2 for bf16), the error as log2 of the relative error.
"""
import math
import sys

from fitlib import chebyshev_nodes, f32, horner, interpolate

L = math.log(2) / 2 + 1e-4


def q_exact(r):
    if abs(r) < 1e-5:  # the series: no cancellation in expm1(r) - r
        return 0.5 + r / 6 + r * r / 24
    return (math.expm1(r) - r) / (r * r)


def worst(cf):
    w = 0.0
    for i in range(-2000, 2001):
        r = L * i / 2000
        t = r + r * r * horner(cf, r)
        ex = math.expm1(r)
        if ex != 0:
            w = max(w, abs(t - ex) / abs(ex))
    return w / 2**-24


narrow = "--narrow" in sys.argv[1:]
for deg in (2, 3) if narrow else (4, 5, 6):
    cf = [f32(c) for c in interpolate(q_exact, chebyshev_nodes(-L, L, deg + 1))]
    err = math.log2(worst(cf) * 2**-24) if narrow else worst(cf)
    print(deg, err, ["%.9e" % c for c in cf])
