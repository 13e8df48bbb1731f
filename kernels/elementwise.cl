/* elementwise.cl — the three kernels of one activation, for one storage type.
 *
 * Build options: FWD, BWD and BWDY name the activation's formulas (fwd_NAME, ...; full
 * names, since a name such as tanh is also a builtin macro; FWD is fwd_NAME_rare in a
 * program's rare form, host/program.c), CLACT_HAS_BWDY when backward
 * from y exists, CLACT_CONTIGUOUS (each work-item walks one contiguous block: CPUs) or not
 * (grid-stride: GPUs, so neighbouring work-items touch neighbouring addresses).
 *
 * Every kernel handles its whole range in one launch: the dense body in vectors of VW,
 * the n % VW tail and strided views by gathering lanes into one vector, so each formula
 * exists once, in vector form. The formulas return a scaled value (kernels/math.cl);
 * sc_finish applies the blend's alpha before the last factor 2^k.
 */
#ifndef FWD
#define FWD fwd_sigmoid
#define BWD bwd_sigmoid
#define BWDY bwdy_sigmoid
#define CLACT_HAS_BWDY
#endif

/* The vectors [first, last) this work-item owns among nv. */
inline void my_range(ulong nv, ulong *first, ulong *last, ulong *step) {
  const ulong gid = get_global_id(0), gsz = get_global_size(0);
#ifdef CLACT_CONTIGUOUS
  const ulong chunk = (nv + gsz - 1) / gsz;
  *first = min(gid * chunk, nv);
  *last = min(*first + chunk, nv);
  *step = 1;
#else
  *first = gid;
  *last = nv;
  *step = gsz;
#endif
}

/* Lanes [i*VW, i*VW + count) of a strided view; lanes past count read as 0. */
inline realv gather(__global const storage *p, ulong inc, ulong i, uint count) {
  lanes u;
  for (uint k = 0; k < VW; ++k) u.s[k] = k < count ? load_1((i * VW + k) * inc, p) : (real)0;
  return u.v;
}
inline void scatter(realv v, __global storage *p, ulong inc, ulong i, uint count) {
  lanes u;
  u.v = v;
  for (uint k = 0; k < count; ++k) store_1(u.s[k], (i * VW + k) * inc, p);
}

/* The CPU walk's dense loads ask for the line CLACT_PREFETCH_BYTES ahead of the vector
 * they load (docs/PERFORMANCE.md, "Sixth round"): without it a compute-bound row such as
 * sigmoid ran at 0.5-0.9 of its in-cache speed on 2^24 floats, by how the input and
 * output buffers fell relative to each other (the N-D kernel, whose rows move that
 * relation, ran the same loop up to 1.3x faster). x86-64 CPU runtimes only: a simulator
 * (oclgrind, SPIR) has no llvm.prefetch. A prefetch past the buffer's end is a hint the
 * CPU drops; nothing is loaded from there. */
#if defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && defined(__has_builtin)
#if __has_builtin(__builtin_prefetch)
#ifndef CLACT_PREFETCH_BYTES
#define CLACT_PREFETCH_BYTES 2048
#endif
/* -DCLACT_PREFETCH_BYTES=0 compiles no prefetch at all (views.cl's dense rows included):
 * the loops as they were before, for A/B runs in one process (CLACT_BUILD_OPTIONS) */
#if CLACT_PREFETCH_BYTES > 0
#define CLACT_PREFETCHING 1 /* views.cl's row walk prefetches too */
#define prefetch_ahead(i, p)                                                                \
  __builtin_prefetch((p) + ((i) * VW + CLACT_PREFETCH_BYTES / sizeof(storage)))
#endif
#endif
#endif
#ifndef prefetch_ahead
#define prefetch_ahead(i, p) ((void)0)
#endif
#define load_pa(i, p) (prefetch_ahead((i), (p)), load_a((i), (p)))
#define load_pv(i, p) (prefetch_ahead((i), (p)), load_v((i), (p)))

/* Transposed tiles on CPUs (docs/PERFORMANCE.md, "N-D views"): each row of a tile is a
 * whole 64-byte line of the output, written once and not read again by the call, so a
 * large output is stored with streaming (non-temporal) stores: no read for ownership of
 * lines the call overwrites whole; and the input rows of the tile after next are
 * prefetched (rows a power of two apart, across pages: the hardware prefetchers did not
 * keep up). Together they took relu's transpose from 0.45 to 0.65 of copy on the 2-core
 * machine (tools/transpose_probe separates the two; the figures are in the docs). Stores
 * stay ordinary below ND_STREAM_MIN_UNITS vectors (8 MiB of f32), where the output may
 * still be in cache for whoever reads it next. x86-64 only (the fence), f32 and f64 (a
 * 16-bit tile row is half a line: partial streaming writes are slower than none). */
#if defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && defined(__has_builtin)
/* x86-64 CPU runtimes only: a simulator (oclgrind, SPIR) has no llvm.prefetch */
#if __has_builtin(__builtin_prefetch)
#define ND_PREFETCH(p) __builtin_prefetch(p)
/* locality l as __builtin_prefetch's (3: every cache level, ND_PREFETCH's; 2: prefetcht1) */
#define ND_PREFETCH_L(p, l) __builtin_prefetch((p), 0, (l))
#endif
#if __has_builtin(__builtin_nontemporal_store) &&                                                 \
    __has_builtin(__builtin_ia32_sfence) &&                                                        \
    ((CLACT_DTYPE == 0 && VW == 16) || (CLACT_DTYPE == 3 && VW == 8))
#define ND_STREAM 1
#define store_nt(v, i, p) __builtin_nontemporal_store((v), (__global realv *)(p) + (i))
/* streaming stores are weakly ordered: visible before the kernel is reported done */
#define ND_STREAM_FENCE() __builtin_ia32_sfence()
#endif
#endif
#ifndef ND_PREFETCH
#define ND_PREFETCH(p)      ((void)0)
#define ND_PREFETCH_L(p, l) ((void)0)
#endif
#ifndef ND_STREAM
#define ND_STREAM           0
#define store_nt(v, i, p)   store_a((v), (i), (p))
#define ND_STREAM_FENCE()   ((void)0)
#endif
#define ND_STREAM_MIN_UNITS ((ulong)8 << 20 >> 6) /* 8 MiB in 64-byte vectors */
/* The fence after a work-item's streaming stores, once per work-group: in its last work-item.
 * A CPU runtime runs a work-group as one call on one thread, its work-items in turn (PoCL's
 * work-group function loops over them in local-id order), so the last one's sfence orders
 * the whole group's streaming stores before whatever that thread does next (the launch's
 * completion included). Every streaming path fences so (the 1-D loops, the N-D walk's tiles
 * and units, the rows walk); a path that stored nothing streaming does not fence. A fence
 * in every work-item waits for that work-item's stores to drain to memory before the next
 * one starts (the rows walk's set-up stalled behind it: bench/results/s18-relu-intel/;
 * the per-group fence everywhere: bench/results/s19-relu/). */
/* this work-item is its group's last (views.cl's fused walk takes it as an argument) */
#define ND_LAST_LOCAL (get_local_id(0) == get_local_size(0) - 1)
#define ND_STREAM_GROUP_FENCE()                                                                    \
  do {                                                                                             \
    if (ND_LAST_LOCAL) ND_STREAM_FENCE();                                                          \
  } while (0)
/* The row walk's dense loop streams its stores too, but only for formulas that cost less
 * than their memory: host/program.c gives CLACT_STREAM_ROWS to the piecewise family's
 * plain, gated and bias programs. There the read for ownership is a third of the traffic
 * (bias + relu forward, one PoCL thread: 18 % less time; ReGLU backward 32 %); a formula
 * that costs more than its memory (SwiGLU, bias + gelu) ran 9-14 % slower with streaming
 * stores (docs/PERFORMANCE.md, gated calls, "Sixth round"). */
/* (-DCLACT_STREAM_ROWS=0 in CLACT_BUILD_OPTIONS, after host/program.c's, turns it off: for
 * A/B runs in one process) */
#if ND_STREAM && defined(CLACT_STREAM_ROWS) && CLACT_STREAM_ROWS
#define ND_STREAM_ROWS 1
#else
#define ND_STREAM_ROWS 0
#endif

/* The 1-D dense loop streams its stores where the row walk's does (ND_STREAM_ROWS: the
 * piecewise family's programs, x86-64 CPUs, f32 and f64): an aligned output of at least
 * ND_STREAM_MIN_UNITS vectors that the call does not read (beta = 0). With ordinary stores
 * each output line was read before it was written, a third stream in a 1-in 1-out call:
 * oneDNN's relu forward ran 1.1x clact's on the 2-core AMD host (docs/PERFORMANCE.md,
 * "Seventh round": relu forward 3.54 -> 2.89 ms at 2^24, best of six). */
#define STREAM_1D(nv, beta) (ND_STREAM_ROWS && (beta) == 0 && (nv) >= ND_STREAM_MIN_UNITS)

/* The dense loops, for one pair of load/store macros (aligned or not). y (dx) is read
 * only when beta != 0. */
/* A forward formula whose k stays in [1 - EXP_BIAS, 0] says so with FINISH_NORMAL_fwd_NAME 1
 * (kernels/math.cl, sc_finish_normal); the dense loops then take one power.
 * FINISH_SHIFTED_fwd_NAME 1 (f32) takes sc_finish_shifted there: the same result. */
#if CLACT_CAT(FINISH_NORMAL_, FWD)
#define FWD_FINISH sc_finish_normal
#elif CLACT_CAT(FINISH_SHIFTED_, FWD)
#define FWD_FINISH sc_finish_shifted /* the same powers as sc_finish in fewer instructions */
#else
#define FWD_FINISH sc_finish
#endif
#define FWD_LOOP_F(F, LOAD, STORE)                                                         \
  if (beta == 0) {                                                                         \
    for (; i < last; i += step) STORE(FWD_FINISH(F(LOAD(i, x), p0, p1), alpha), i, y);    \
  } else {                                                                                 \
    for (; i < last; i += step)                                                            \
      STORE(FWD_FINISH(F(LOAD(i, x), p0, p1), alpha) + beta * LOAD(i, y), i, y);           \
  }
/* FWD_LOOP: no kernel here uses it; bench/gpu-model/dense_loops.cl does */
#define FWD_LOOP(LOAD, STORE) FWD_LOOP_F(FWD, LOAD, STORE)
/* Sides: a formula F (fwd_NAME, bwd_NAME, value_slope_NAME) with one or two cases of its
 * parameter worth a hot loop each says so in its family file: SIDES_F n (1 or 2), the
 * condition SIDE1_IF_F(p0) and side 1's formula SIDE1_F, for n = 2 SIDE2_IF_F(p0) (tested
 * where side 1's fails) and SIDE2_F; where none holds, F itself (in whose loop F's own
 * tests of those conditions fold away). SIDED(F, LOOP, ...) tests them once, outside the
 * loops, and runs LOOP(S, ...) for the side S that holds (0: F); SIDE_F(F, S) is side S's
 * formula. Inside one loop PoCL kept the uniform branch (a compare and two branches per
 * vector, both paths' constants live). The 1-D dense loops of the forward and of the
 * backward from x take F's sides here, views.cl's rows loops those of a gated kernel's
 * formula (gated.cl). The sides are F's own paths: the same bits. CPUs only (the family
 * file's conditions): a GPU's loop would keep every side. */
#define SIDED(F, LOOP, ...) CLACT_CAT(SIDED_, CLACT_CAT(SIDES_, F))(F, LOOP, __VA_ARGS__)
#define SIDED_1(F, LOOP, ...)                                                              \
  if (CLACT_CAT(SIDE1_IF_, F)(p0)) {                                                       \
    LOOP(1, __VA_ARGS__)                                                                   \
  } else {                                                                                 \
    LOOP(0, __VA_ARGS__)                                                                   \
  }
#define SIDED_2(F, LOOP, ...)                                                              \
  if (CLACT_CAT(SIDE1_IF_, F)(p0)) {                                                       \
    LOOP(1, __VA_ARGS__)                                                                   \
  } else if (CLACT_CAT(SIDE2_IF_, F)(p0)) {                                                \
    LOOP(2, __VA_ARGS__)                                                                   \
  } else {                                                                                 \
    LOOP(0, __VA_ARGS__)                                                                   \
  }
#define SIDE_F(F, S)  CLACT_CAT(SIDE_F_, S)(F)
#define SIDE_F_0(F)   F
#define SIDE_F_1(F)   CLACT_CAT(SIDE1_, F)
#define SIDE_F_2(F)   CLACT_CAT(SIDE2_, F)
#define FWD_SIDE(S, LOAD, STORE) FWD_LOOP_F(SIDE_F(FWD, S), LOAD, STORE)
#if CLACT_CAT(SIDES_, FWD)
#define FWD_DENSE(F, LOAD, STORE) SIDED(FWD, FWD_SIDE, LOAD, STORE)
#else
#define FWD_DENSE(F, LOAD, STORE) FWD_LOOP_F(F, LOAD, STORE)
#endif
#define BWD_LOOP_FIN(DERIV, FINISH, LOAD, STORE)                                           \
  if (beta == 0) {                                                                         \
    for (; i < last; i += step)                                                            \
      STORE(FINISH(DERIV(LOAD(i, in), LOAD(i, dy), p0, p1), alpha), i, dx);                \
  } else {                                                                                 \
    for (; i < last; i += step)                                                            \
      STORE(FINISH(DERIV(LOAD(i, in), LOAD(i, dy), p0, p1), alpha) + beta * LOAD(i, dx),   \
            i, dx);                                                                        \
  }
/* The backward from x finishes with sc_finish_shifted where its formula says
 * FINISH_SHIFTED_bwd_NAME 1 (its k in [SC_KMIN, 0], as for the forward's above); the
 * backward from y with sc_finish. */
#if CLACT_CAT(FINISH_SHIFTED_, BWD)
#define BWD_FINISH sc_finish_shifted
#else
#define BWD_FINISH sc_finish
#endif
#define BWD_SIDE(S, LOAD, STORE) BWD_LOOP_FIN(SIDE_F(BWD, S), BWD_FINISH, LOAD, STORE)
#if CLACT_CAT(SIDES_, BWD)
#define BWD_DENSE(DERIV, LOAD, STORE) SIDED(BWD, BWD_SIDE, LOAD, STORE)
#else
#define BWD_DENSE(DERIV, LOAD, STORE) BWD_LOOP_FIN(DERIV, BWD_FINISH, LOAD, STORE)
#endif
#define BWDY_DENSE(DERIV, LOAD, STORE) BWD_LOOP_FIN(DERIV, sc_finish, LOAD, STORE)

/* The activation's own kernels; a fused program (gated.cl, bias.cl: CLACT_FUSED) uses the
 * helpers above only, and compiles none of these. */
#ifndef CLACT_FUSED
/* y = alpha * f(x) + beta * y, f the formula F */
#define FORWARD_KERNEL(NAME, F)                                                            \
  __kernel void NAME(const ulong n, __global const storage *x, const ulong x_off,          \
                     const ulong x_inc, __global storage *y, const ulong y_off,            \
                     const ulong y_inc, const real p0, const real p1, const real alpha,    \
                     const real beta) {                                                    \
    x += x_off;                                                                            \
    y += y_off;                                                                            \
    const ulong nv = n / VW;                                                               \
    ulong i, last, step;                                                                   \
    my_range(nv, &i, &last, &step);                                                        \
    if (x_inc == 1 && y_inc == 1) {                                                        \
      /* buffers start aligned to CL_DEVICE_MEM_BASE_ADDR_ALIGN >= one vector */           \
      if (((x_off | y_off) % VW) == 0) {                                                   \
        if (STREAM_1D(nv, beta)) { /* beta = 0: the loop's streaming branch */             \
          FWD_DENSE(F, load_pa, store_nt)                                                  \
          ND_STREAM_GROUP_FENCE();                                                         \
        } else {                                                                           \
          FWD_DENSE(F, load_pa, store_a)                                                   \
        }                                                                                  \
      } else {                                                                             \
        FWD_DENSE(F, load_pv, store_v)                                                     \
      }                                                                                    \
    } else {                                                                               \
      for (; i < last; i += step) {                                                        \
        realv r = sc_finish(F(gather(x, x_inc, i, VW), p0, p1), alpha);                    \
        if (beta != 0) r += beta * gather(y, y_inc, i, VW);                                \
        scatter(r, y, y_inc, i, VW);                                                       \
      }                                                                                    \
    }                                                                                      \
    const uint tail = (uint)(n - nv * VW);                                                 \
    if (tail != 0 && get_global_id(0) == get_global_size(0) - 1) {                         \
      realv r = sc_finish(F(gather(x, x_inc, nv, tail), p0, p1), alpha);                   \
      if (beta != 0) r += beta * gather(y, y_inc, nv, tail);                               \
      scatter(r, y, y_inc, nv, tail);                                                      \
    }                                                                                      \
  }

FORWARD_KERNEL(clact_fwd, FWD)

/* dx = alpha * dy * f'(.) + beta * dx */
#define BACKWARD_KERNEL(NAME, DERIV, DENSE)                                               \
  __kernel void NAME(const ulong n, __global const storage *in, const ulong in_off,       \
                     const ulong in_inc, __global const storage *dy, const ulong dy_off,  \
                     const ulong dy_inc, __global storage *dx, const ulong dx_off,        \
                     const ulong dx_inc, const real p0, const real p1, const real alpha,  \
                     const real beta) {                                                   \
    in += in_off;                                                                         \
    dy += dy_off;                                                                         \
    dx += dx_off;                                                                         \
    const ulong nv = n / VW;                                                              \
    ulong i, last, step;                                                                  \
    my_range(nv, &i, &last, &step);                                                       \
    if (in_inc == 1 && dy_inc == 1 && dx_inc == 1) {                                      \
      if (((in_off | dy_off | dx_off) % VW) == 0) {                                       \
        if (STREAM_1D(nv, beta)) { /* beta = 0: the loop's streaming branch */              \
          DENSE(DERIV, load_pa, store_nt)                                                   \
          ND_STREAM_GROUP_FENCE();                                                          \
        } else {                                                                            \
          DENSE(DERIV, load_pa, store_a)                                                    \
        }                                                                                   \
      } else {                                                                            \
        DENSE(DERIV, load_pv, store_v)                                                     \
      }                                                                                   \
    } else {                                                                              \
      for (; i < last; i += step) {                                                       \
        realv r = sc_finish(                                                               \
            DERIV(gather(in, in_inc, i, VW), gather(dy, dy_inc, i, VW), p0, p1), alpha);    \
        if (beta != 0) r += beta * gather(dx, dx_inc, i, VW);                             \
        scatter(r, dx, dx_inc, i, VW);                                                    \
      }                                                                                   \
    }                                                                                     \
    const uint tail = (uint)(n - nv * VW);                                                \
    if (tail != 0 && get_global_id(0) == get_global_size(0) - 1) {                        \
      realv r = sc_finish(                                                               \
          DERIV(gather(in, in_inc, nv, tail), gather(dy, dy_inc, nv, tail), p0, p1), alpha); \
      if (beta != 0) r += beta * gather(dx, dx_inc, nv, tail);                            \
      scatter(r, dx, dx_inc, nv, tail);                                                   \
    }                                                                                     \
  }

BACKWARD_KERNEL(clact_bwd, BWD, BWD_DENSE)
#ifdef CLACT_HAS_BWDY
BACKWARD_KERNEL(clact_bwdy, BWDY, BWDY_DENSE)
#endif
#endif /* CLACT_FUSED */
