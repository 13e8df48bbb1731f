"""Coefficients of the 16-bit logistic forms' polynomials in kernels/math.cl, fitted in
relative error (near-minimax, fitlib.minimax_fit), the coefficients rounded to float:

  exp:   e^r = E(r) on |r| <= ln(2)/2 (plus a margin), E of degree 4 (f16) or 3 (bf16):
         exp_m_narrow_'s e^a = E(r) 2^k, one polynomial, no expm1 split (the forms that
         take e^a only next to 1 + e^a or as a factor never need 1 - e^a);
  log1p: log1p(e) = e Q(e) on e in [0, 1], Q of degree 5 (f16) or 4 (bf16):
         log1p_m_narrow, no shift of e and no separate e + e^2 P.

Usage: python3 tools/fit/fit_narrow.py

Printed per fit: the degree, log2 of the largest relative error (evaluated in double at
8001 points) and the coefficients, lowest degree first.
"""
import math

from fitlib import f32, horner, minimax_fit

L = math.log(2) / 2 + 1e-4


def q_log1p(e):
    return math.log1p(e) / e if e > 0 else 1.0


def worst(coef, f, lo, hi):
    w = 0.0
    for i in range(8001):
        y = lo + (hi - lo) * i / 8000
        w = max(w, abs(horner(coef, y) - f(y)) / abs(f(y)))
    return math.log2(w)


for name, f, lo, hi, degrees in (("exp", math.exp, -L, L, (3, 4)),
                                 ("log1p/e", q_log1p, 0.0, 1.0, (3, 4, 5))):
    for deg in degrees:
        _, c = minimax_fit(f, max(lo, 1e-9) if lo == 0 else lo, hi, deg)
        cf = [f32(x) for x in c]
        print(name, deg, "%.2f" % worst(cf, f, lo, hi), ", ".join("%.9e" % x for x in cf))
