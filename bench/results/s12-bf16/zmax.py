"""zmax.py: the slope swish_bwd_narrow_ (kernels/act_logistic.cl) computes at the clamp
point z = SWISH_BWD_ZMAX, every step rounded to float exactly once (exact rational
arithmetic, round to nearest even), for its three exps: fit 0 (swish: two-step reduction,
expm1_q), fit 1 f16 (degree 5) and fit 1 bf16 (degree 4). Prints d - 1 per candidate
clamp: 21 gives 0 in all three (the slope at +inf is 1 exactly); 20 gives 2^-23.
Usage: python3 zmax.py
"""
import math
import struct
from fractions import Fraction as F


def rnd32(q):
    """The Fraction q rounded to the nearest float32 (ties to even), as a Python float."""
    if q == 0:
        return 0.0
    s = -1 if q < 0 else 1
    q = abs(q)
    e = math.floor(math.log2(q))
    while F(2)**e > q:
        e -= 1
    while F(2)**(e + 1) <= q:
        e += 1
    ulp = F(2)**(e - 23)
    n = q / ulp
    fl = math.floor(n)
    rem = n - fl
    if rem > F(1, 2) or (rem == F(1, 2) and fl % 2 == 1):
        fl += 1
    return s * float(fl * ulp)


def fma(a, b, c):
    return rnd32(F(a) * F(b) + F(c))


def mul(a, b):
    return rnd32(F(a) * F(b))


def add(a, b):
    return rnd32(F(a) + F(b))


def div(a, b):
    return rnd32(F(a) / F(b))


def f(x):
    return struct.unpack("f", struct.pack("f", x))[0]


LOG2E = f(1.44269502)
MAGB = 12582912.0 + 127  # EXP_MAGIC_BIASED
LN2_HI, LN2_LO, LN2_F = f(0.693145751953125), f(1.42860682030941723212e-06), f(0.693147182)
Q = [f(x) for x in (1.989101002e-04, 1.393366721e-03, 8.333310485e-03, 4.166646302e-02,
                    1.666666716e-01, 0.5)]  # expm1_q, highest first
G5 = [f(x) for x in (1.000000000e+00, 1.000000477e+00, 4.999965429e-01, 1.666434258e-01,
                     4.184056446e-02, 8.492951281e-03)]  # lowest first
G4 = [f(x) for x in (9.999999404e-01, 1.000007272e+00, 4.998619854e-01, 1.673194021e-01,
                     4.270762578e-02)]


def slope(zc, fit):
    sh = fma(zc, LOG2E, MAGB)
    nkf = add(MAGB, -sh)
    s = 2.0**int(sh - MAGB)  # k1 = k here (k >= -SC_SPLIT)
    if fit == 0:
        r = fma(nkf, LN2_LO, fma(nkf, LN2_HI, zc))
        q = Q[0]
        for c in Q[1:]:
            q = fma(q, r, c)
        m = fma(fma(mul(r, r), q, r), s, s)
    else:
        cs = G5 if fit == 5 else G4
        r = fma(nkf, LN2_F, zc)
        p = cs[-1]
        for c in reversed(cs[:-1]):
            p = fma(p, r, c)
        m = mul(p, s)
    rr = div(1.0, add(1.0, m))
    return mul(mul(m, add(add(1.0, zc), m)), mul(rr, rr))


print("zmax  d-1: swish (fit 0)  gelu_quick f16  gelu_quick bf16")
for zc in (18.0, 19.0, 20.0, 21.0, 22.0):
    print(zc, " ".join("%.6g" % (slope(f(zc), fit) - 1) for fit in (0, 5, 4)))
