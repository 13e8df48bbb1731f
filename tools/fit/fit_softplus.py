"""Coefficients of P(u), u = e - 1/4, for softplus's log1p(e) = e + e^2 P on e in [0, 1].

Usage: python3 tools/fit_softplus.py [DEGREE]   (9 for float results, 5 for 16-bit ones)

P(e) = (log1p(e) - e) / e^2 is interpolated at Chebyshev nodes in double, the coefficients
rounded to float. Printed: the largest error of e^2 P against log1p(e), in units of
2^-24 log1p(e) (about an ulp), and the coefficients highest degree first, as
kernels/activations.cl uses them. Needs only the standard library.
"""
import math
import struct
import sys

CENTER = 0.25
DEGREE = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def f32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def p_exact(e):
    if e < 1e-3:  # the series: no cancellation in log1p(e) - e
        return sum((-1) ** (n + 1) * e ** (n - 2) / n for n in range(2, 14))
    return (math.log1p(e) - e) / (e * e)


def solve(a, b):
    n = len(b)
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(a[r][i]))
        a[i], a[p], b[i], b[p] = a[p], a[i], b[p], b[i]
        for r in range(i + 1, n):
            f = a[r][i] / a[i][i]
            for c in range(i, n):
                a[r][c] -= f * a[i][c]
            b[r] -= f * b[i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (b[i] - sum(a[i][j] * x[j] for j in range(i + 1, n))) / a[i][i]
    return x


def fit():
    n = DEGREE + 1
    nodes = [0.5 + 0.5 * math.cos(math.pi * (k + 0.5) / n) for k in range(n)]
    a = [[(e - CENTER) ** j for j in range(n)] for e in nodes]
    return [f32(c) for c in solve(a, [p_exact(e) for e in nodes])]


def worst(coef):
    w = 0.0
    for i in range(1, 40001):
        e = i / 40000
        q = 0.0
        for c in reversed(coef):
            q = q * f32(e - CENTER) + c
        w = max(w, abs(e * e * (q - p_exact(e))) / math.log1p(e))
    return w / 2**-24


coef = fit()
print("max error %.3f (units of 2^-24 log1p(e))" % worst(coef))
print(", ".join("%.9ef" % c for c in reversed(coef)))
