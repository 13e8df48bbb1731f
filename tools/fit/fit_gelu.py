"""Coefficients of gelu's float form (kernels/activations_more.cl, "gelu").

Phi(-a) = e^(-a^2/2) R(a), R(a) = erfcx(a / sqrt 2) / 2, and with v = C / (a + C):
  R(a) = v S(a),  S = R / v  (0.5 at a = 0, 0.225 at a = 15: flat, so Horner's
                              rounding barely propagates),
  R(a) - a / sqrt(2 pi) = (a - a0) H(a)   (f'(-a) = 0 at a0 = 0.7518).
Pieces, each a degree-DEG polynomial in a centred variable y:
  A: a in [0, A1],  y = a - AM:  S_A(y) (forward), H(y) (backward);
  B: a in [A1, AMAX], y = v - VM: S_B(y) (both).
Fit: weighted least squares (relative error) at Chebyshev nodes with Lawson
reweighting towards minimax; coefficients rounded to float. Reference in double
(math.erfc), far more accurate than the float fit needs. Prints the coefficients,
the fit's relative error and the float Horner evaluation's error in ulps of S.

usage: python3 tools/fit_gelu.py
"""
import math
import struct

C, A1, AM, AMAX, DEG = 2.0, 1.5, 0.75, 15.0, 9
VM = 0.34375  # near the middle of piece B's v range [2/17, 2/3.5]
S2PI = math.sqrt(2 * math.pi)


def f32(x):
  return struct.unpack('f', struct.pack('f', x))[0]


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


def solve(m, b):
  n = len(b)
  m = [r[:] for r in m]
  b = b[:]
  for i in range(n):
    p = max(range(i, n), key=lambda r: abs(m[r][i]))
    m[i], m[p], b[i], b[p] = m[p], m[i], b[p], b[i]
    for r in range(i + 1, n):
      f = m[r][i] / m[i][i]
      for c in range(i, n):
        m[r][c] -= f * m[i][c]
      b[r] -= f * b[i]
  x = [0.0] * n
  for i in reversed(range(n)):
    x[i] = (b[i] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
  return x


def fit(f, lo, hi, deg, npts=300, iters=30):
  """Monomial coefficients in y of a near-minimax relative fit of f on [lo, hi]."""
  n = deg + 1
  ys = [(lo + hi) / 2 + (hi - lo) / 2 * math.cos(math.pi * (k + 0.5) / npts) for k in range(npts)]
  fs = [f(y) for y in ys]
  w = [1 / (v * v) for v in fs]

  def cheb(t):
    r = [1.0, t]
    while len(r) < n:
      r.append(2 * t * r[-1] - r[-2])
    return r[:n]

  al, be = 2 / (hi - lo), -(lo + hi) / (hi - lo)  # t = al y + be
  tp = [[1.0], [be, al]]
  while len(tp) < n:
    p, q = tp[-1], tp[-2]
    r = [0.0] * (len(p) + 1)
    for i, c in enumerate(p):
      r[i] += 2 * be * c
      r[i + 1] += 2 * al * c
    for i, c in enumerate(q):
      r[i] -= c
    tp.append(r)
  best = None
  for _ in range(iters):
    m = [[0.0] * n for _ in range(n)]
    b = [0.0] * n
    for y, v, wi in zip(ys, fs, w):
      t = cheb(al * y + be)
      for i in range(n):
        b[i] += wi * t[i] * v
        for j in range(n):
          m[i][j] += wi * t[i] * t[j]
    cc = solve(m, b)
    mono = [0.0] * n
    for k in range(n):
      for i, c in enumerate(tp[k]):
        mono[i] += cc[k] * c
    err = []
    for y, v in zip(ys, fs):
      p = 0.0
      for c in reversed(mono):
        p = p * y + c
      err.append(abs(p - v) / abs(v))
    if best is None or max(err) < best[0]:
      best = (max(err), mono)
    s = sum(wi * e for wi, e in zip(w, err))
    w = [max(wi * e / s, 1e-300) for wi, e in zip(w, err)]
  return best


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


def main():
  vlo, vhi = C / (AMAX + C), C / (A1 + C)
  pieces = [
      ('S_A', lambda y: R(y + AM) * (y + AM + C) / C, -AM, A1 - AM),
      ('H', lambda y: H(y + AM), -AM, A1 - AM),
      ('S_B', lambda y: R(C / (y + VM) - C) / (y + VM), vlo - VM - 1e-3, vhi - VM + 1e-3),
  ]
  print('a0 = %.17g (float hi %.9e lo %.9e)' % (A0, f32(A0), f32(A0 - f32(A0))))
  for name, f, lo, hi in pieces:
    err, co = fit(f, lo, hi, DEG)
    cf = [f32(c) for c in co]
    c0_lo = f32(co[0] - cf[0])
    print('%s: fit relative error 2^%.1f, float evaluation %.3f ulp' %
          (name, math.log2(err), horner_error(f, lo, hi, cf, c0_lo)))
    print('  c0 = %.9ef + %.9ef' % (cf[0], c0_lo))
    print('  c1.. = {' + ', '.join('%.9ef' % c for c in cf[1:]) + '}')


if __name__ == '__main__':
  main()
