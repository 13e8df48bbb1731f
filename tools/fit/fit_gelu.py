"""Coefficients of gelu's float form (kernels/act_gelu.cl, "gelu").

Phi(-a) = e^(-a^2/2) R(a), R(a) = erfcx(a / sqrt 2) / 2, and with v = C / (a + C):
  R(a) = v S(a),  S = R / v  (0.5 at a = 0, 0.225 at a = 15: flat, so Horner's
                              rounding barely propagates),
  R(a) - a / sqrt(2 pi) = (a - a0) H(a)   (f'(-a) = 0 at a0 = 0.7518).
The f32 forward takes one piece instead (--forward): -S in y = v - VMF over all of
[0, AMAX], with v = CF / (a + CF), CF = 5, VMF = 5/8 (y exact: v in [1/4, 1]; degree 10 by
default, coefficients negated, c0 as a pair; coefficient selects per lane cost more than the
degree), and L / v, L = R'(a) / R(a) = a - 1 / (sqrt(2 pi) R), in the same y (degree 2 by
default, --ldeg N), which scales v's rounding error in the exponent. No kernel takes the
pieces below since s9geglu (the value-and-slope forms moved to the one-piece fits); the
default mode still prints them.
The f32 backward (--backward) takes one piece too: H = G / (a - a0) in the same y over all
of [0, AMAX] (degree 9 by default: H is smooth through a0 and tends to -1 / sqrt(2 pi)), and
LH = H'(a) / H(a) divided by v (degree 2 by default, --ldeg N), which scales v's rounding
error in the exponent as L does in the forward.
Pieces, each a degree-DEG polynomial in a centred variable y:
  A: a in [0, A1],  y = a - AM:  S_A(y) (forward), H(y) (backward);
  B: a in [A1, AMAX], y = v - VM: S_B(y) (both).
Fit: fitlib.minimax_fit, weighted least squares (relative error) at Chebyshev nodes
with Lawson reweighting towards minimax; coefficients rounded to float. Reference in double
(math.erfc), far more accurate than the float fit needs. Prints the coefficients,
the fit's relative error and the float Horner evaluation's error in ulps of S.

The 16-bit forms (--narrow) take one polynomial in v = C / (a + C) itself (no centre, no
pieces): S(v) for the forward over [0, 20] (f16: C 3.25, degree 5; bf16: C 2, degree 3) and H(v) = G / (a - a0) for the backward over [0, 15] (C 3, degree 5, both dtypes: f' has a
zero, where the contract is absolute). H is smooth through a0 and tends to -1 / sqrt(2 pi)
at v = 0. Their float evaluation error is measured over every f16 / bf16 a in [0, AMAX],
v rounded as the kernel rounds it; H's relative figure next to a0 is a0's own rounding
(1.2e-8 absolute in a - a0, within the absolute contract there), not the fit's.

usage: python3 tools/fit/fit_gelu.py [DEG]   (9, the default, for float results and the 16-bit
value-and-slope form)
       python3 tools/fit/fit_gelu.py --forward [DEG] [--ldeg N]   (the f32 forward's gelu_ps_f,
       DEG 10, negated, and gelu_lv2_f, N 2, doubled)
       python3 tools/fit/fit_gelu.py --backward [DEG] [--ldeg N]   (the f32 backward's
       gelu_h_f, DEG 9, and gelu_lhv2_f, N 2, doubled)
       python3 tools/fit/fit_gelu.py --narrow   (gelu_s_narrow, gelu_h_narrow)
"""
import math
import sys

from fitlib import f32, minimax_fit

C, A1, AM, AMAX = 2.0, 1.5, 0.75, 15.0
FORWARD = '--forward' in sys.argv[1:]
BACKWARD = '--backward' in sys.argv[1:]
NARROW = '--narrow' in sys.argv[1:]
_LDEG = sys.argv.index('--ldeg') if '--ldeg' in sys.argv else None
LDEG = int(sys.argv[_LDEG + 1]) if _LDEG else 2
_FLAGS = ('--forward', '--backward', '--narrow', '--ldeg')
_ARGS = [a for i, a in enumerate(sys.argv[1:], 1)
         if a not in _FLAGS and (_LDEG is None or i != _LDEG + 1)]
DEG = int(_ARGS[0]) if _ARGS else (10 if FORWARD else 9)
CF = 5.0  # the f32 forward's one piece: v = CF / (a + CF) in [CF / (AMAX + CF), 1] = [1/4, 1]
VMF = 0.625  # the piece's centre: v - VMF exact on all of [1/4, 1]
VM = 0.34375  # near the middle of piece B's v range [2/17, 2/3.5]
S2PI = math.sqrt(2 * math.pi)


def R(a):
  return 0.5 * math.erfc(a / math.sqrt(2)) * math.exp(a * a / 2)


def find_a0():
  a = 0.75
  for _ in range(8):
    a -= (R(a) - a / S2PI) / (a * R(a) - 2 / S2PI)
  return a


A0 = find_a0()


def H(a):
  if abs(a - A0) < 1e-3:  # Taylor about the zero: R'' = R + a R'
    r = R(A0)
    d1 = A0 * r - 1 / S2PI - 1 / S2PI
    d2 = r + A0 * (A0 * r - 1 / S2PI)
    d3 = 2 * (A0 * r - 1 / S2PI) + A0 * d2
    e = a - A0
    return d1 + d2 * e / 2 + d3 * e * e / 6
  return (R(a) - a / S2PI) / (a - A0)


def ulp(x):
  return 2.0 ** (math.frexp(abs(x))[1] - 24)


def horner_error(f, lo, hi, cf, c0_lo):
  """Largest error, in ulps of f, of the kernel's evaluation: q by float Horner, then
  S = fma(q, y, c0) + (fma(q, y, c0 - S) + c0_lo) as a pair, y rounded to float."""
  worst = 0.0
  for i in range(20001):
    y = f32(lo + (hi - lo) * i / 20000)
    q = cf[-1]
    for c in reversed(cf[1:-1]):
      q = f32(q * y + c)
    s = f32(q * y + cf[0])
    s_lo = f32(f32(q * y + f32(cf[0] - s)) + c0_lo)
    worst = max(worst, abs((s + s_lo) - f(y)) / ulp(f(y)))
  return worst


AMAX_NARROW = 20.0  # the 16-bit forward's clamp (n = max(-|x|, -20)); the backward's is AMAX


def storage_values(dtype, amax):
  """Every non-negative finite f16 or bf16 value up to amax, as a Python float."""
  import struct
  if dtype == 'f16':
    vals = (struct.unpack('e', struct.pack('H', h))[0] for h in range(0x7c00))
  else:
    vals = (struct.unpack('f', struct.pack('I', h << 16))[0] for h in range(0x7f80))
  return [v for v in vals if v <= amax]


def narrow():
  """The 16-bit forms' one-piece fits in v (see the module docstring)."""
  fits = [('gelu_s_narrow f16', 'S', 3.25, 5, 'f16'), ('gelu_s_narrow bf16', 'S', 2.0, 3, 'bf16'),
          ('gelu_h_narrow', 'H', 3.0, 5, 'f16'), ('gelu_h_narrow', 'H', 3.0, 5, 'bf16')]
  for name, kind, c, deg, dtype in fits:
    amax = AMAX_NARROW if kind == 'S' else AMAX
    if kind == 'S':
      f = lambda v, c=c: R(c / v - c) / v
    else:
      f = lambda v, c=c: H(c / v - c)
    err, co = minimax_fit(f, c / (amax + c) - 1e-4, 1 + 1e-4, deg)
    cf = [f32(x) for x in co]
    worst, worst_a = 0.0, 0.0
    for a in storage_values(dtype, amax):
      v = f32(c / f32(a + c))
      q = cf[-1]
      for x in reversed(cf[:-1]):
        q = f32(q * v + x)
      if kind == 'S':  # R = v S
        got, ref = f32(v * q), R(a)
      else:  # G = (a - a0) H, a0 rounded to float as the kernel's GELU_A0_HI
        got, ref = f32(f32(a - f32(A0)) * q), R(a) - a / S2PI
      e = abs(got / ref - 1) if ref else 0.0
      if e > worst:
        worst, worst_a = e, a
    print('%s (%s): C %g, degree %d, fit relative error 2^%.1f, float evaluation 2^%.1f at '
          'a = %g' % (name, dtype, c, deg, math.log2(err), math.log2(worst), worst_a))
    print('  c_deg..c0 = {' + ', '.join('%.9ef' % x for x in reversed(cf)) + '}')


def forward():
  """The f32 forward's -S and L in y = v - VMF (see the module docstring)."""
  lo, hi = CF / (AMAX + CF) - VMF - 1e-5, 1 - VMF + 1e-5
  err, co = minimax_fit(lambda y: R(CF / (y + VMF) - CF) / (y + VMF), lo, hi, DEG)
  cf = [f32(-c) for c in co]
  print('-S: degree %d, fit relative error 2^%.1f' % (DEG, math.log2(err)))
  print('  c0 = %.9ef + %.9ef' % (cf[0], f32(-co[0] - cf[0])))
  print('  c1.. = {' + ', '.join('%.9ef' % c for c in cf[1:]) + '}')
  L = lambda y: (lambda a: (a - 1 / (S2PI * R(a))) / (y + VMF))(CF / (y + VMF) - CF)
  err, co = minimax_fit(L, lo, hi, LDEG)
  print('L / v: degree %d, fit relative error 2^%.1f' % (LDEG, math.log2(err)))
  print('  c0.. = {' + ', '.join('%.9ef' % f32(c) for c in co) + '}')


def backward():
  """The f32 backward's H and LH / v in y = v - VMF (see the module docstring)."""
  lo, hi = CF / (AMAX + CF) - VMF - 1e-5, 1 - VMF + 1e-5
  err, co = minimax_fit(lambda y: H(CF / (y + VMF) - CF), lo, hi, DEG)
  print('H: degree %d, fit relative error 2^%.1f' % (DEG, math.log2(err)))
  print('  c0.. = {' + ', '.join('%.9ef' % f32(c) for c in co) + '}')

  def lh(a, d=1e-5):  # d ln|H| / da by central differences (one-sided at 0)
    lo_a = max(a - d, 0.0)
    return (math.log(abs(H(a + d))) - math.log(abs(H(lo_a)))) / (a + d - lo_a)
  err, co = minimax_fit(lambda y: lh(CF / (y + VMF) - CF) / (y + VMF), lo, hi, LDEG)
  print('LH / v: degree %d, fit relative error 2^%.1f' % (LDEG, math.log2(err)))
  print('  c0.. = {' + ', '.join('%.9ef' % f32(c) for c in co) + '}')


def main():
  if BACKWARD:
    backward()
    return
  if NARROW:
    narrow()
    return
  if FORWARD:
    forward()
    return
  vlo, vhi = C / (AMAX + C), C / (A1 + C)
  if FORWARD:
    pieces = [('S_F', lambda y: R(CF / (y + VMF) - CF) / (y + VMF), CF / (AMAX + CF) - VMF - 1e-3,
               1 - VMF + 1e-3)]
  else:
    pieces = [
      ('S_A', lambda y: R(y + AM) * (y + AM + C) / C, -AM, A1 - AM),
      ('H', lambda y: H(y + AM), -AM, A1 - AM),
      ('S_B', lambda y: R(C / (y + VM) - C) / (y + VM), vlo - VM - 1e-3, vhi - VM + 1e-3),
    ]
  print('a0 = %.17g (float hi %.9e lo %.9e)' % (A0, f32(A0), f32(A0 - f32(A0))))
  for name, f, lo, hi in pieces:
    err, co = minimax_fit(f, lo, hi, DEG)
    cf = [f32(c) for c in co]
    c0_lo = f32(co[0] - cf[0])
    print('%s: fit relative error 2^%.1f, float evaluation %.3f ulp' %
          (name, math.log2(err), horner_error(f, lo, hi, cf, c0_lo)))
    print('  c0 = %.9ef + %.9ef' % (cf[0], c0_lo))
    print('  c1.. = {' + ', '.join('%.9ef' % c for c in cf[1:]) + '}')


if __name__ == '__main__':
  main()
