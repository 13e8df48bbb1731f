"""What the polynomial fits of kernels/*.cl share: float rounding, Chebyshev nodes, one
linear solver, interpolation at the nodes, a near-minimax weighted least-squares fit, and
Horner's rule. Standard library only; double precision throughout, which is far more than
a fit rounded to float needs.

The scripts next to this file (fit_expm1.py, fit_softplus.py, fit_gelu.py) each state the
function they fit and print the coefficients the kernels hold.
"""
import math
import struct


def f32(x):
    """x rounded to the nearest float32, as a Python float."""
    return struct.unpack("f", struct.pack("f", x))[0]


def chebyshev_nodes(lo, hi, n):
    """The n Chebyshev nodes of the first kind on [lo, hi], from hi down to lo."""
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    return [mid + half * math.cos(math.pi * (k + 0.5) / n) for k in range(n)]


def solve(a, b):
    """x with a x = b: Gaussian elimination with partial pivoting (a and b are not changed)."""
    n = len(b)
    a = [row[:] for row in a]
    b = b[:]
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


def interpolate(f, nodes, center=0.0):
    """Coefficients c[0..n-1] (lowest first) of the polynomial in (x - center) through
    (x, f(x)) at the n nodes: the Vandermonde system, solved."""
    n = len(nodes)
    a = [[(x - center) ** j for j in range(n)] for x in nodes]
    return solve(a, [f(x) for x in nodes])


def horner(coef, x):
    """sum coef[j] x^j (lowest first), in double."""
    q = 0.0
    for c in reversed(coef):
        q = q * x + c
    return q


def _chebyshev_to_monomial(lo, hi, n):
    """Rows k = 0..n-1: the monomial coefficients in y of T_k(t), t = al y + be mapping
    [lo, hi] onto [-1, 1]."""
    al, be = 2 / (hi - lo), -(lo + hi) / (hi - lo)
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
    return al, be, tp[:n]


def minimax_fit(f, lo, hi, deg, npts=300, iters=30):
    """A near-minimax fit of f on [lo, hi] in relative error: weighted least squares in the
    Chebyshev basis at npts Chebyshev nodes, the weights reweighted by the error each round
    (Lawson) towards the minimax solution. Returns (largest relative error, monomial
    coefficients in y, lowest first) of the best round."""
    n = deg + 1
    ys = chebyshev_nodes(lo, hi, npts)
    fs = [f(y) for y in ys]
    w = [1 / (v * v) for v in fs]

    def cheb(t):
        r = [1.0, t]
        while len(r) < n:
            r.append(2 * t * r[-1] - r[-2])
        return r[:n]

    al, be, tp = _chebyshev_to_monomial(lo, hi, n)
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
        err = [abs(horner(mono, y) - v) / abs(v) for y, v in zip(ys, fs)]
        if best is None or max(err) < best[0]:
            best = (max(err), mono)
        s = sum(wi * e for wi, e in zip(w, err))
        w = [max(wi * e / s, 1e-300) for wi, e in zip(w, err)]
    return best
