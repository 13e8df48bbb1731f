"""Coefficients of P(u), u = e - 1/4, for softplus's log1p(e) = e + e^2 P on e in [0, 1].

Usage: python3 tools/fit/fit_softplus.py [DEGREE]   (9 for float results, 4 for f16, 3 for bf16)

P(e) = (log1p(e) - e) / e^2 is interpolated at Chebyshev nodes in double, the coefficients
rounded to float. Printed: the largest error of e^2 P against log1p(e), in units of
2^-24 log1p(e) (about an ulp), and the coefficients highest degree first, as
kernels/act_logistic.cl (degree 9) and kernels/math.cl (degrees 4 and 3) use them.
"""
import math
import sys

from fitlib import chebyshev_nodes, f32, horner, interpolate

CENTER = 0.25
DEGREE = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def p_exact(e):
    if e < 1e-3:  # the series: no cancellation in log1p(e) - e
        return sum((-1) ** (n + 1) * e ** (n - 2) / n for n in range(2, 14))
    return (math.log1p(e) - e) / (e * e)


def worst(coef):
    w = 0.0
    for i in range(1, 40001):
        e = i / 40000
        q = horner(coef, f32(e - CENTER))
        w = max(w, abs(e * e * (q - p_exact(e))) / math.log1p(e))
    return w / 2**-24


coef = [f32(c) for c in interpolate(p_exact, chebyshev_nodes(0.0, 1.0, DEGREE + 1), CENTER)]
print("max error %.3f (units of 2^-24 log1p(e))" % worst(coef))
print(", ".join("%.9ef" % c for c in reversed(coef)))
