"""Coefficients of G(u), u = x^2, for tanhshrink's 16-bit form x - tanh x = x^3 G(u) on
|x| <= 1 (kernels/act_logistic.cl, fwd_tanhshrink under CLACT_NARROW).

Usage: python3 tools/fit/fit_tanhshrink.py [DEGREE]   (4 for f16 storage, 3 for bf16)

G(u) = (x - tanh x) / x^3 (its Taylor series below u = 1/64, where the difference cancels)
is fitted near-minimax in relative error on [0, 1], the coefficients rounded to float.
Printed: the largest relative error of the rounded fit evaluated in double, as a power of
two, and the coefficients highest degree first.
"""
import math
import sys

from fitlib import f32, horner, minimax_fit

DEGREE = int(sys.argv[1]) if len(sys.argv) > 1 else 5
# x - tanh x = sum_n 2^2n (2^2n - 1) |B_2n| x^(2n-1) / (2n)!, n >= 2 (tanh's series, less x)
SERIES = [1 / 3, -2 / 15, 17 / 315, -62 / 2835, 1382 / 155925, -21844 / 6081075,
          929569 / 638512875]


def g_exact(u):
    if u < 1 / 64:
        return horner(SERIES, u)
    x = math.sqrt(u)
    return (x - math.tanh(x)) / (x * u)


err, mono = minimax_fit(g_exact, 0.0, 1.0, DEGREE)
coef = [f32(c) for c in mono]
worst = max(abs(horner(coef, i / 20000) - g_exact(i / 20000)) / g_exact(i / 20000)
            for i in range(20001))
print("max relative error 2^%.1f" % math.log2(worst))
print(", ".join("%.9ef" % c for c in reversed(coef)))
