#!/usr/bin/env python3
"""mpmath_tables.py LIBCLACT -- the 8-bit tables against an evaluation that shares no code
with clact: the input decoded to an exact fraction, f evaluated exactly (Fraction) where it
is rational and with mpmath at 60 digits where it is not, and rounded by exact rational
arithmetic. The library is called through ctypes (clact_lut_build needs no device).

Every activation (its defaults), u8 / s8 / fp8_e4m3 / fp8_e5m2 inputs with two
quantizations each, to the same type with another: exits 1 on any mismatch. NaN and
infinite inputs, and the sign of a zero result, are left to api.quant_tables (mpmath has
neither a signed zero nor these limits)."""
import ctypes
import sys
from fractions import Fraction as F

import mpmath

mpmath.mp.dps = 60
lib = ctypes.CDLL(sys.argv[1])


class Op(ctypes.Structure):
    _fields_ = [("activation", ctypes.c_int), ("dtype", ctypes.c_int),
                ("param", ctypes.c_double * 2), ("alpha", ctypes.c_double),
                ("beta", ctypes.c_double)]


class Quant(ctypes.Structure):
    _fields_ = [("scale", ctypes.c_double), ("zero_point", ctypes.c_int)]


U8, S8, E4M3, E5M2 = 16, 17, 18, 19
NAMES = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "swish", "softplus", "identity",
         "gelu", "gelu_tanh", "selu", "celu", "mish", "hardswish", "hardsigmoid", "hardtanh",
         "relu6", "softsign", "logsigmoid", "tanhshrink", "softshrink", "hardshrink",
         "threshold", "gelu_quick", "relu_squared"]
lib.clact_op_init.argtypes = [ctypes.POINTER(Op), ctypes.c_int]
lib.clact_activation_name.restype = ctypes.c_char_p
for a, name in enumerate(NAMES):  # the table's order, checked
    assert lib.clact_activation_name(a).decode() == name, name


def fp8_value(t, c):
    """Exact value of an fp8 code (None: NaN or infinity)."""
    mb, bias = (3, 7) if t == E4M3 else (2, 15)
    e, m = (c & 0x7f) >> mb, c & ((1 << mb) - 1)
    if (t == E4M3 and e == 15 and m == 7) or (t == E5M2 and e == 31):
        return None
    v = F(m, 1 << mb) * F(2) ** (1 - bias) if e == 0 else (1 + F(m, 1 << mb)) * F(2) ** (e - bias)
    return -v if c & 0x80 else v


def decode(t, q, c):
    if t == U8:
        return F(q[0]) * (c - q[1])
    if t == S8:
        return F(q[0]) * ((c - 256 if c >= 128 else c) - q[1])
    v = fp8_value(t, c)
    return None if v is None else v * F(q[0])


def mp(x):
    return mpmath.mpf(x.numerator) / x.denominator


SELU_A = mpmath.mpf("1.6732632423543772848170429916717")
SELU_S = mpmath.mpf("1.0507009873554804934193349852946")


def f(name, p, x):
    """f(x): a Fraction where f is rational at x, else an mpmath value."""
    if name == "identity": return x
    if name == "relu": return x if x > 0 else F(0)
    if name == "leaky_relu": return x * F(p[0]) if x < 0 else x
    if name == "hardtanh": return max(F(p[0]), min(F(p[1]), x))
    if name == "relu6": return max(F(0), min(F(6), x))
    if name == "threshold": return x if x > F(p[0]) else F(p[1])
    if name == "hardshrink": return F(0) if -F(p[0]) <= x <= F(p[0]) else x
    if name == "softshrink":
        return x - F(p[0]) if x > F(p[0]) else x + F(p[0]) if x < -F(p[0]) else F(0)
    if name == "hardsigmoid": return F(0) if x <= -3 else F(1) if x >= 3 else (x + 3) / 6
    if name == "hardswish": return F(0) if x <= -3 else x if x >= 3 else x * (x + 3) / 6
    if name == "softsign": return x / (1 + abs(x))
    if name == "relu_squared": return x * x if x > 0 else F(0)
    if name in ("elu", "celu", "selu") and x > 0:
        return x if name != "selu" else mp(x) * SELU_S
    if x == 0 and name not in ("sigmoid", "softplus", "logsigmoid"):
        return F(0)
    m = mp(x)
    if name == "sigmoid": return 1 / (1 + mpmath.exp(-m))
    if name == "tanh": return mpmath.tanh(m)
    if name == "elu": return p[0] * mpmath.expm1(m)
    if name == "celu": return p[0] * mpmath.expm1(m / p[0])
    if name == "selu": return SELU_S * SELU_A * mpmath.expm1(m)
    if name == "swish": return m / (1 + mpmath.exp(-p[0] * m))
    if name == "softplus": return mpmath.log1p(mpmath.exp(p[0] * m)) / p[0]
    if name == "gelu": return m / 2 * mpmath.erfc(-m / mpmath.sqrt(2))
    if name == "gelu_tanh":
        return m / 2 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (m + mpmath.mpf("0.044715") * m ** 3)))
    if name == "mish": return m * mpmath.tanh(mpmath.log1p(mpmath.exp(m)))
    if name == "logsigmoid": return -mpmath.log1p(mpmath.exp(-m))
    if name == "tanhshrink": return m - mpmath.tanh(m)
    if name == "gelu_quick": return m / (1 + mpmath.exp(-mpmath.mpf(1.702) * m))
    raise ValueError(name)


def round_half_even(r):
    """r (Fraction or mpf) to the nearest integer, a tie to the even one."""
    k = int(mpmath.floor(r)) if not isinstance(r, F) else r.numerator // r.denominator
    d = r - k
    if d > F(1, 2) if isinstance(d, F) else d > mpmath.mpf(0.5):
        return k + 1
    if d < F(1, 2) if isinstance(d, F) else d < mpmath.mpf(0.5):
        return k
    return k if k % 2 == 0 else k + 1


def encode(t, q, v):
    """The correctly rounded code of v (docs/QUANTIZED.md), up to the sign of zero."""
    if t in (U8, S8):
        lo = 0 if t == U8 else -128
        k = round_half_even(v / q[0] if isinstance(v, F) else v / mp(F(q[0])))
        return max(lo, min(lo + 255, k + q[1])) & 0xff
    a = abs(v) / (F(q[0]) if isinstance(v, F) else mp(F(q[0])))
    neg = v < 0
    mb, emin, top = (3, -6, F(448)) if t == E4M3 else (2, -14, F(57344))
    if a == 0:
        return 0
    e = int(mpmath.floor(mpmath.log(a if not isinstance(a, F) else mp(a), 2)))
    # correct a floating estimate of the exponent exactly
    while (F(2) ** e if isinstance(a, F) else mpmath.mpf(2) ** e) > a: e -= 1
    while (F(2) ** (e + 1) if isinstance(a, F) else mpmath.mpf(2) ** (e + 1)) <= a: e += 1
    step = F(2) ** (max(e, emin) - mb)
    r = round_half_even(a / step if isinstance(a, F) else a / mp(step)) * step
    if r > top:
        if t == E4M3: r = top
        else: return 0xfc if neg else 0x7c
    for c in range(256):
        val = fp8_value(t, c)
        if val is not None and val == r and (c & 0x80 == 0):
            return c | (0x80 if neg and r != 0 else 0)
    raise ValueError(r)


SETTINGS = {U8: [(0.05, 128), (0.1234, 17), (3.5, 77)], S8: [(1.0, 0), (0.0625, -128), (0.017, -7)],
            E4M3: [(1.0, 0), (0.0123, 0), (3.0, 0)], E5M2: [(1.0, 0), (0.5, 0), (0.0123, 0)]}
lib.clact_lut_build.argtypes = [ctypes.POINTER(Op), ctypes.c_int, ctypes.POINTER(Quant),
                                ctypes.c_int, ctypes.POINTER(Quant), ctypes.c_void_p]
bad = tables = 0
for a, name in enumerate(NAMES):
    op = Op()
    lib.clact_op_init(ctypes.byref(op), a)
    p = (op.param[0], op.param[1])
    for t, qs in SETTINGS.items():
        for i in range(2):
            xq, yq = qs[i], qs[i + 1]
            out = (ctypes.c_uint8 * 256)()
            st = lib.clact_lut_build(ctypes.byref(op), t, ctypes.byref(Quant(*xq)), t,
                                     ctypes.byref(Quant(*yq)), out)
            assert st == 0, (name, st)
            tables += 1
            for c in range(256):
                x = decode(t, xq, c)
                if x is None:
                    continue
                want, got = encode(t, yq, f(name, p, x)), out[c]
                if t in (E4M3, E5M2) and want & 0x7f == 0 and got & 0x7f == 0:
                    continue  # zero: its sign is api.quant_tables' to check
                if want != got:
                    bad += 1
                    if bad <= 20:
                        print(f"{name} type {t} {xq}->{yq} code 0x{c:02x} (x = {float(x)!r}): "
                              f"got 0x{got:02x}, want 0x{want:02x}")
print(f"{tables} tables against mpmath / exact fractions: {bad} mismatches")
sys.exit(1 if bad else 0)
