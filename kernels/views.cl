/* views.cl — the N-D view kernels of one activation: views the host could not merge into
 * one dimension (kernels/elementwise.cl runs those that it could).
 *
 * The host sorts and merges dimensions first (host/views.c), so here a call has rank
 * 2 .. 8 and its innermost dimension is the longest run it could make. The work is cut
 * into units: one vector of VW elements along the innermost dimension of one row (a row
 * is one index of the outer dimensions), the last unit of a row holding inner % VW. Along
 * the row, a view with stride 1 loads whole vectors; any other stride (a transpose, a
 * broadcast input with stride 0) gathers lanes. The row's element offsets come from its
 * multi-index: on the CPU walk each work-item decomposes its first row once and then
 * steps an odometer (no division per element or per row); on the GPU walk (grid-stride,
 * neighbouring work-items on neighbouring vectors) each unit decomposes its own row.
 *
 * The formulas are called only through ND_FWD and ND_BWD, the same expressions as the
 * 1-D loops of elementwise.cl (sc_finish: alpha, then 2^k; then the blend), so a change of the
 * formula call convention is made here in these two macros.
 *
 * Built after elementwise.cl, whose gather/scatter and the prelude's loads it uses.
 */
#define ND_FWD(X)             sc_finish(FWD((X), p0, p1), alpha)
#define ND_BWD(DERIV, IN, DY) sc_finish(DERIV((IN), (DY), p0, p1), alpha)

/* Lanes [j*VW, j*VW + count) of a row with element stride inc: a whole vector where the
 * row is contiguous and the unit full, else one lane at a time. */
#define ND_LOAD(p, inc, j, count)                                                                  \
  ((inc) == 1 && (count) == VW ? load_v((j), (p)) : gather((p), (inc), (j), (count)))
#define ND_STORE(v, p, inc, j, count)                                                              \
  do {                                                                                             \
    if ((inc) == 1 && (count) == VW)                                                               \
      store_v((v), (j), (p));                                                                      \
    else                                                                                           \
      scatter((v), (p), (inc), (j), (count));                                                      \
  } while (0)

/* The same for rows known to be contiguous (inc 1, full units), where the row's start is
 * or is not aligned to a whole vector: one full-width access instead of PoCL's split
 * vloadN, as in the 1-D kernel. */
#define ND_LOAD_A(p, inc, j, count)     load_a((j), (p))
#define ND_LOAD_R(p, inc, j, count)     load_a((j), (p)) /* ND_LOAD_A, in the rows walk: ND_HOT */
#define ND_STORE_A(v, p, inc, j, count) store_a((v), (j), (p))
#define ND_LOAD_V(p, inc, j, count)     load_v((j), (p))
#define ND_STORE_V(v, p, inc, j, count) store_v((v), (j), (p))
/* the aligned form with streaming stores (ND_STREAM, below) */
#define ND_STORE_NT(v, p, inc, j, count) store_nt((v), (j), (p))

enum { ND_MAX_RANK = 8 };

/* Transposes the VW x VW tile t (t[m] lane k becomes t[k] lane m) in registers: log2(VW)
 * rounds, each swapping the off-diagonal h x h blocks of every 2h x 2h block with one
 * two-vector shuffle per row. For a view walked across its contiguous dimension (a
 * transpose): VW whole-vector loads and this, instead of VW * VW single-lane loads. */
#if VW == 2
#define ND_LANES ((bitsv)(0, 1))
#elif VW == 4
#define ND_LANES ((bitsv)(0, 1, 2, 3))
#elif VW == 8
#define ND_LANES ((bitsv)(0, 1, 2, 3, 4, 5, 6, 7))
#else
#define ND_LANES ((bitsv)(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
#endif
/* With clang's __builtin_shufflevector (PoCL, oclgrind) the shuffles are constant masks
 * that LLVM lowers to single instructions. PoCL's shuffle2 with a constant mask vector
 * reached the x86 back end as lane-by-lane selects, which it rebuilt as a chain of up to 15
 * vpermt2ps per row, with spills: 522 permutes for 3 x 64 shuffles in sigmoid's AVX-512
 * tile walk, and its transposed view at half its 1-D call's speed (docs/PERFORMANCE.md,
 * "The transpose, compiled"). x86-64 CPU runtimes only: under oclgrind (SPIR) the builtin's
 * rounds at 8 lanes drew "uninitialized value" reports from its checker in the f16 tile
 * walk (oclgrind.cpu.tensor_views), where PoCL's results matched the reference lane for
 * lane: a false report of oclgrind 21.10's checker, which takes a mask index of 11 (LLVM
 * 14's Value::UndefValueVal, a value kind, where the undefined index is -1) for an undefined
 * lane: one shuffle of two initialised float8 with index 11 anywhere in its mask is reported,
 * with 12 not (bench/results/s12-transpose/oclgrind-shufflevector/). The rounds below take
 * index 11 wherever a shuffle wants lane 3 (8 lanes) or 11 (16) of both rows, so oclgrind
 * keeps shuffle2; GPUs keep the form they were modelled with. */
#if defined(__has_builtin) && defined(__x86_64__)
#if __has_builtin(__builtin_shufflevector)
#define ND_SHUFFLEVECTOR 1
#endif
#endif
#if defined(ND_SHUFFLEVECTOR) && VW == 16
/* 16 lanes (AVX-512's f32 and 16-bit walks): the usual x86 order, two rounds within
 * 128-bit lanes (unpack of singles, then of pairs) and two of whole 128-bit lanes, each an
 * immediate shuffle (vunpcklps, vunpcklpd, vshuff64x2: no index vectors to hold in
 * registers). t[m] lane k becomes t[k] lane m as in the rounds below. */
#define ND_SV(a, b, ...) __builtin_shufflevector((a), (b), __VA_ARGS__)
#define ND_LO_1(a, b)    ND_SV(a, b, 0, 16, 1, 17, 4, 20, 5, 21, 8, 24, 9, 25, 12, 28, 13, 29)
#define ND_HI_1(a, b)    ND_SV(a, b, 2, 18, 3, 19, 6, 22, 7, 23, 10, 26, 11, 27, 14, 30, 15, 31)
#define ND_LO_2(a, b)    ND_SV(a, b, 0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29)
#define ND_HI_2(a, b)    ND_SV(a, b, 2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31)
#define ND_EVEN_4(a, b)  ND_SV(a, b, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27)
#define ND_ODD_4(a, b)   ND_SV(a, b, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31)
CLACT_INLINE void nd_transpose(realv *t) {
  realv u[16], w[16];
#pragma unroll
  for (uint p = 0; p < 16; p += 2) { /* rows p, p + 1 interleaved by single lanes */
    u[p] = ND_LO_1(t[p], t[p + 1]);
    u[p + 1] = ND_HI_1(t[p], t[p + 1]);
  }
#pragma unroll
  for (uint q = 0; q < 16; q += 4) { /* then by pairs */
    w[q] = ND_LO_2(u[q], u[q + 2]);
    w[q + 1] = ND_HI_2(u[q], u[q + 2]);
    w[q + 2] = ND_LO_2(u[q + 1], u[q + 3]);
    w[q + 3] = ND_HI_2(u[q + 1], u[q + 3]);
  }
#pragma unroll
  for (uint i = 0; i < 8; ++i) { /* 128-bit lanes: even and odd ones of two rows */
    const uint q = i / 4 * 8 + i % 4;
    u[q] = ND_EVEN_4(w[q], w[q + 4]);
    u[q + 4] = ND_ODD_4(w[q], w[q + 4]);
  }
#pragma unroll
  for (uint i = 0; i < 8; ++i) {
    t[i] = ND_EVEN_4(u[i], u[i + 8]);
    t[i + 8] = ND_ODD_4(u[i], u[i + 8]);
  }
}
#elif defined(ND_SHUFFLEVECTOR)
/* Other widths: the rounds below with constant masks, lane l of the pair's first row from
 * ND_TLO(h, l), of its second from ND_THI(h, l) (indices into the concatenation a, b). */
#define ND_TLO(h, l)    (((l) & (h)) ? VW + (l) - (h) : (l))
#define ND_THI(h, l)    (((l) & (h)) ? VW + (l) : (l) + (h))
#define ND_I2(F, h, b)  F(h, b), F(h, b + 1)
#define ND_I4(F, h, b)  ND_I2(F, h, b), ND_I2(F, h, b + 2)
#define ND_I8(F, h, b)  ND_I4(F, h, b), ND_I4(F, h, b + 4)
#define ND_I16(F, h, b) ND_I8(F, h, b), ND_I8(F, h, b + 8)
#define ND_ROUND(h)                                                                                \
  _Pragma("unroll") for (uint i = 0; i < VW; ++i) {                                                \
    if ((i & (h)) != 0) continue;                                                                  \
    const realv a = t[i], b = t[i + (h)];                                                          \
    t[i] = __builtin_shufflevector(a, b, CLACT_CAT(ND_I, VW)(ND_TLO, h, 0));                       \
    t[i + (h)] = __builtin_shufflevector(a, b, CLACT_CAT(ND_I, VW)(ND_THI, h, 0));                 \
  }
CLACT_INLINE void nd_transpose(realv *t) {
#if VW >= 16
  ND_ROUND(8)
#endif
#if VW >= 8
  ND_ROUND(4)
#endif
#if VW >= 4
  ND_ROUND(2)
#endif
  ND_ROUND(1)
}
#else
CLACT_INLINE void nd_transpose(realv *t) {
  const bitsv lane = ND_LANES;
#pragma unroll
  for (uint h = VW / 2; h >= 1; h /= 2) {
    const bitsv upper = (lane & (bitsv)h) != (bitsv)0 ? (bitsv)1 : (bitsv)0;
    /* row i takes its partner's lanes l - h where l has bit h; the partner, row i + h,
     * takes row i's lanes l + h where l has not */
    const bitsv lo = select(lane, lane + (bitsv)(VW - h), upper == (bitsv)1);
    const bitsv hi = select(lane + (bitsv)h, lane + (bitsv)VW, upper == (bitsv)1);
#pragma unroll
    for (uint i = 0; i < VW; ++i) {
      if ((i & h) != 0) continue;
      const realv a = t[i], b = t[i + h];
      t[i] = shuffle2(a, b, lo);
      t[i + h] = shuffle2(a, b, hi);
    }
  }
}
#endif

/* ND_PREFETCH, ND_STREAM, store_nt, ND_STREAM_FENCE, ND_STREAM_MIN_UNITS and
 * ND_STREAM_ROWS: in elementwise.cl, whose 1-D loops stream their stores too. */

/* The shape of a call as the kernels see it: rank, sizes, units. */
typedef struct nd_shape {
  uint rank; /* 2 .. 8 */
  ulong size[ND_MAX_RANK];
  ulong inner; /* size[rank - 1] */
  ulong nvi;   /* units per row: ceil(inner / VW) */
} nd_shape;

inline nd_shape nd_make_shape(uint rank, ulong8 size) {
  nd_shape s;
  s.rank = rank;
  vstore8(size, 0, s.size);
  s.inner = s.size[rank - 1];
  s.nvi = (s.inner + VW - 1) / VW;
  return s;
}

/* idx (the outer dimensions' indices) of row `row`: divisions, once per decomposition.
 * Remainders are written as a - q * b: a / and % pair becomes LLVM's `freeze`, which
 * oclgrind's uninitialised-value check cannot run. */
inline void nd_decompose(const nd_shape *s, ulong row, ulong *idx) {
  for (int d = (int)s->rank - 2; d >= 0; --d) {
    const ulong q = row / s->size[d];
    idx[d] = row - q * s->size[d];
    row = q;
  }
}

/* Element offset of the row at idx in a view of strides st, from the view's offset. */
inline ulong nd_row_offset(const nd_shape *s, const ulong *idx, const ulong *st, ulong off) {
  for (uint d = 0; d + 1 < s->rank; ++d)
    off += idx[d] * st[d];
  return off;
}

/* The next row: the odometer steps idx and each view's row offset, without division. */
#define ND_NEXT_ROW(s, idx, NV, ST, OFF)                                                           \
  for (int d_ = (int)(s).rank - 2; d_ >= 0; --d_) {                                                \
    ++idx[d_];                                                                                     \
    for (int v_ = 0; v_ < NV; ++v_)                                                                \
      OFF[v_] += ST[v_][d_];                                                                       \
    if (idx[d_] < (s).size[d_]) break;                                                             \
    idx[d_] = 0;                                                                                   \
    for (int v_ = 0; v_ < NV; ++v_)                                                                \
      OFF[v_] -= (s).size[d_] * ST[v_][d_];                                                        \
  }

/* The units [first, last) of this work-item among `units`, as my_range does for vectors. */
#define ND_GLOBAL_ID   get_global_id(0)
#define ND_GLOBAL_SIZE get_global_size(0)
/* nd_range's work-item: the kernel's own, or the one nd_fused_views is given (ND_FUSED_DEF) */
#define nd_range(units, first, last)                                                               \
  nd_range_of((units), ND_GLOBAL_ID, ND_GLOBAL_SIZE, (first), (last))
inline void nd_range_of(ulong units, ulong gid, ulong gsz, ulong *first, ulong *last) {
  const ulong chunk = (units + gsz - 1) / gsz;
  *first = min(gid * chunk, units);
  *last = min(*first + chunk, units);
}

/* One unit j of the row whose views start at base[v]. NV views: the inputs, then the
 * output, last. UNIT(j, count) computes and stores it. ND_STRIDES(st, off0), defined by
 * each kernel, fills the views' strides and offsets. */
#define ND_WALK(NV, UNIT, TILE) ND_WALK_VIEWS(NV, NV - 1, ND_STRIDES(st, off0), UNIT, TILE)
/* The same with the statement STRIDES in place of ND_STRIDES, and the first NIN of the NV
 * views the inputs (the row walk prefetches those: ND_DENSE_UNITS). */
#define ND_WALK_VIEWS(NV, NIN, STRIDES, UNIT, TILE)                                                \
  const nd_shape s = nd_make_shape(rank, size);                                                    \
  ulong st[NV][ND_MAX_RANK], off0[NV], inc[NV];                                                    \
  __global const storage *vp[NV]; /* the views' data: ND_VIEW */                                   \
  STRIDES;                                                                                         \
  int dense_rows = 1;                                                                              \
  for (int v = 0; v < NV; ++v) {                                                                   \
    inc[v] = st[v][rank - 1];                                                                      \
    dense_rows = dense_rows && inc[v] == 1;                                                        \
  }                                                                                                \
  const ulong full = s.inner / VW;                                                                 \
  const uint tail = (uint)(s.inner - full * VW);                                                   \
  ulong idx[ND_MAX_RANK];                                                                          \
  ulong base[NV];                                                                                  \
  /* tiles: the output contiguous along the rows, every input either that or contiguous  \
   * across them (stride 1 along dimension rank - 2), whole tiles only */                 \
  const uint r2 = rank - 2;                                                                        \
  int tiles_ok = !dense_rows && inc[NV - 1] == 1 && tail == 0 && s.size[r2] % VW == 0;             \
  for (int v = 0; v + 1 < NV; ++v)                                                                 \
    tiles_ok = tiles_ok && (inc[v] == 1 || st[v][r2] == 1);                                        \
  if (tiles_ok) {                                                                                  \
    const int stream = ND_STREAM && units >= ND_STREAM_MIN_UNITS;                                  \
    ND_WALK_TILES(NV, TILE)                                                                        \
    if (stream) ND_STREAM_GROUP_FENCE();                                                           \
  } else {                                                                                         \
    const int stream = ND_STREAM && units >= ND_STREAM_MIN_UNITS;                                  \
    ND_WALK_UNITS(NV, NIN, UNIT)                                                                   \
    if (ND_STREAM_ROWS && stream) ND_STREAM_GROUP_FENCE(); /* the only streaming units */          \
  }

/* Tile t of VW rows (a block along dimension rank - 2) and VW lanes; loads the inputs in
 * output order into tv, a realv[VW], transposing those walked across their contiguous
 * dimension. */
#define ND_TILE_LOAD(tv, p, v, j, LDV)                                                             \
  if (inc[v] == 1) {                                                                               \
    for (uint k_ = 0; k_ < VW; ++k_)                                                               \
      tv[k_] = LDV((j), (p) + base[v] + k_ * st[v][r2]);                                           \
    ND_TILE_PREFETCH_ROWS(p, v, j)                                                                 \
  } else {                                                                                         \
    _Pragma("unroll") for (uint m_ = 0; m_ < VW; ++m_)                                             \
      tv[m_] = LDV(0, (p) + base[v] + ((j) * VW + m_) * inc[v]);                                   \
    ND_TILE_PREFETCH(p, v, j)                                                                      \
    nd_transpose(tv);                                                                              \
  }
/* The input rows of the tile ND_TILE_AHEAD tiles on (see ND_STREAM), past the block's last
 * tile those of the next block's (its rows start st[v][r2] VW on; a carry into the next
 * dimension makes it a wasted hint, nothing more). Stopping at the block's end, as the walk
 * did, left its first tiles unprefetched; 4 tiles ahead rather than 2 (one PoCL thread,
 * 2^24 floats: sigmoid 10.8 -> 10.6 ms, relu 5.6 -> 4.6 ms of CPU time; docs/PERFORMANCE.md,
 * "The transpose, compiled"). */
#define ND_TILE_AHEAD 4
#define ND_TILE_PREFETCH(p, v, j)                                                                  \
  {                                                                                                \
    const ulong ja_ = (j) + ND_TILE_AHEAD;                                                         \
    const ulong o_ =                                                                               \
        ja_ < s.nvi ? ja_ * VW * inc[v] : VW * st[v][r2] + (ja_ - s.nvi) * VW * inc[v];            \
    _Pragma("unroll") for (uint m_ = 0; m_ < VW; ++m_)                                             \
      ND_PREFETCH((p) + base[v] + o_ + m_ * inc[v]);                                               \
  }
/* An input contiguous along the rows (the backward's dy beside a transposed in; the forward's
 * tiles have none): its tile's VW lines ND_TILE_AHEAD tiles on, as the output's below.
 * Nothing asked for them before: the transposed backward took 2.5-2.7x its 1-D call's CPU
 * time (one PoCL thread, 2^24 floats; bench/results/s13-views/): relu's 16.4 -> 9.3 ms with
 * them, sigmoid's 25.6 -> 17.0 with them and the plane prefetch (and BWD_TILE_OF's out-of-line
 * loop below: 26.0 -> 16.9). */
#if ND_STREAM /* x86-64 CPU walks, where ND_PREFETCH prefetches */
#define ND_TILE_PREFETCH_ROWS(p, v, j)                                                             \
  {                                                                                                \
    const ulong ja_ = (j) + ND_TILE_AHEAD;                                                         \
    const ulong o_ = ja_ < s.nvi ? ja_ * VW : VW * st[v][r2] + (ja_ - s.nvi) * VW;                 \
    _Pragma("unroll") for (uint k_ = 0; k_ < VW; ++k_)                                             \
      ND_PREFETCH((p) + base[v] + o_ + k_ * st[v][r2]);                                            \
  }
#else
#define ND_TILE_PREFETCH_ROWS(p, v, j)
#endif
/* The output lines of that tile, with intent to write, where the formula costs more than
 * its memory (not the piecewise family's programs: ND_STREAM_ROWS) and the tile is stored
 * streaming: a streaming store of a line that is in no cache held sigmoid's walk up (one
 * PoCL thread, 2^24 floats: 10.7 -> 9.6 ms of CPU time), where relu's, bound by memory,
 * would pay the extra read. */
#if ND_STREAM && !ND_STREAM_ROWS /* x86-64 CPU walks, which have __has_builtin */
#if __has_builtin(__builtin_prefetch)
#define ND_TILE_PFW 1
#endif
#endif
#ifdef ND_TILE_PFW
#define ND_TILE_PREFETCH_OUT(P, v, j)                                                              \
  if (stream) {                                                                                    \
    const ulong ja_ = (j) + ND_TILE_AHEAD;                                                         \
    const ulong o_ = ja_ < s.nvi ? ja_ * VW : VW * st[v][r2] + (ja_ - s.nvi) * VW;                 \
    _Pragma("unroll") for (uint k_ = 0; k_ < VW; ++k_)                                             \
      __builtin_prefetch((P) + base[v] + o_ + k_ * st[v][r2], 1, 3);                               \
  }
/* The next plane's input, a plane ahead (a plane: the rows of one index of dimension
 * rank - 3, whose tiles the walk takes in turn), in memory order: tile j of the block at
 * row idx[r2] asks for the plane's 16 lines from (idx[r2] inner + j VW VW) on, so the
 * plane's lines stream in sequentially while this plane is walked, and its 8 passes (one
 * line of each 8-line column per block) then find them in L2. The row prefetch above
 * alone fetches one line in 8 from DRAM per pass: the walk without the formula took 5.5
 * instead of 6.3 ms, sigmoid's 9.9 instead of 10.1 (one PoCL thread, 2^24 floats;
 * bench/results/s12-transpose/). Only for an input whose plane is dense (contiguous along
 * dimension rank - 2, stride size[r2] along the rows); locality 2, measured faster than
 * 3. */
#define ND_TILE_PREFETCH_PLANE(P, v, j)                                                            \
  if (stream && s.rank >= 3 && inc[v] == s.size[r2] && st[v][r2] == 1) {                           \
    __global const storage *pl_ =                                                                  \
        (P) + base[v] - idx[r2] + st[v][r2 - 1] + idx[r2] * s.inner + (j) * VW * VW;               \
    _Pragma("unroll") for (uint m_ = 0; m_ < VW; ++m_)                                             \
      __builtin_prefetch(pl_ + m_ * VW, 0, 2);                                                     \
  }
#else
#define ND_TILE_PREFETCH_OUT(P, v, j)
#define ND_TILE_PREFETCH_PLANE(P, v, j)
#endif

/* Tile j of the block of VW rows whose views start at base[]: full-width accesses where
 * every vector of the tile is aligned. The fused kernels' tiles (ND_ELEMENT_TILE) walk their
 * rows as units with the strided path's loads and stores (ND_TILE_AS_ROWS), whatever forms
 * they are given, so they expand their tile once, not three times the same code (a fused
 * program compiles no other kernel). */
#ifdef CLACT_FUSED
#define ND_TILE_AT(NV, TILE, j) TILE((j), load_v, store_v)
#else
#define ND_TILE_AT(NV, TILE, j)                                                                    \
  do {                                                                                             \
    ulong mis_ = 0;                                                                                \
    for (int v = 0; v < NV; ++v)                                                                   \
      mis_ |= base[v] | (inc[v] == 1 ? st[v][r2] : inc[v]);                                        \
    if (mis_ % VW == 0 && stream)                                                                  \
      TILE((j), load_a, store_nt);                                                                 \
    else if (mis_ % VW == 0)                                                                       \
      TILE((j), load_a, store_a);                                                                  \
    else                                                                                           \
      TILE((j), load_v, store_v);                                                                  \
  } while (0)
#endif

#ifdef CLACT_CONTIGUOUS
/* CPU: one run of tiles per work-item, in order along the rows; the first block's rows
 * decomposed once, then an odometer moves VW rows at a time (no division per tile). */
#define ND_WALK_TILES(NV, TILE)                                                                    \
  ulong tt, tlast;                                                                                 \
  nd_range(units / VW, &tt, &tlast);                                                               \
  if (tt < tlast) {                                                                                \
    const ulong blk0_ = tt / s.nvi;                                                                \
    ulong j = tt - blk0_ * s.nvi;                                                                  \
    nd_decompose(&s, blk0_ * VW, idx);                                                             \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = nd_row_offset(&s, idx, st[v], off0[v]);                                            \
    for (; tt < tlast; ++tt) {                                                                     \
      ND_TILE_AT(NV, TILE, j);                                                                     \
      if (++j == s.nvi) { /* the next VW rows: VW - 1 steps along r2, then one with carry */       \
        j = 0;                                                                                     \
        idx[r2] += VW - 1;                                                                         \
        for (int v = 0; v < NV; ++v)                                                               \
          base[v] += (VW - 1) * st[v][r2];                                                         \
        ND_NEXT_ROW(s, idx, NV, st, base)                                                          \
      }                                                                                            \
    }                                                                                              \
  }
#else
/* GPU: grid-stride over tiles, so neighbouring work-items take neighbouring tiles. */
#define ND_WALK_TILES(NV, TILE)                                                                    \
  for (ulong tt = get_global_id(0); tt < units / VW; tt += get_global_size(0)) {                   \
    const ulong blk = tt / s.nvi, j = tt - blk * s.nvi;                                            \
    nd_decompose(&s, blk * VW, idx);                                                               \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = nd_row_offset(&s, idx, st[v], off0[v]);                                            \
    ND_TILE_AT(NV, TILE, j);                                                                       \
  }
#endif

/* The dense aligned loop split on beta == 0 (beta's test out of the loop, as the 1-D
 * kernel) for the fused kernels whose formula is inlined (the piecewise gates: ReGLU's
 * forward loop 12 -> 9 instructions per vector on AVX-512). Where the loop calls the
 * formula out of line, the split loop measured slower (SwiGLU f32 forward, one PoCL thread:
 * 2.2 against 1.6 ns per element), and the plain N-D kernels are left as they were. */
#if defined(CLACT_FUSED) && defined(CLACT_OUTLINE)
#define ND_SPLIT_BETA 1
#else
#define ND_SPLIT_BETA 0
#endif
/* The dense rows' prefetch on the CPU walk (x86-64 CPU runtimes, as elementwise.cl's 1-D
 * loops, whose CLACT_PREFETCH_BYTES it takes; docs/PERFORMANCE.md, "Seventh round"): each
 * input view's unit first asks for the line ND_PF elements further on in the walk's order,
 * which past the row's end is the next row's (a row is one index of the outer dimensions:
 * the next row of view v starts st[v][r2] after this one, carries aside, where a
 * prefetch is only a wasted hint). With rows shorter than ND_PF that is k1 = ND_PF / inner
 * rows ahead: unit j's element j VW + ND_PF lies in row k1 while j VW < (k1 + 1) inner -
 * ND_PF (units below pf_split), in row k1 + 1 after, so the dense loop runs in these two
 * parts, each with one offset per view (ND_PF_SETUP), no test per unit. Inputs only
 * (the outputs are read only where beta != 0); a view broadcast along the rows (stride 0
 * along r2, a per-feature bias) prefetches its one row again, a hint on lines in cache. */
#if defined(CLACT_PREFETCHING) && defined(CLACT_CONTIGUOUS)
#define ND_PF ((ulong)(CLACT_PREFETCH_BYTES / sizeof(storage)))
#ifndef ND_STREAM_PF_AHEAD
#define ND_STREAM_PF_AHEAD ND_PF
#endif
/* The plain kernels' rows with a gap between them (an input's row step longer than the row:
 * a GLU half, a channel slice) prefetch further ahead: each gap restarts the hardware's
 * stream, so the software prefetch carries more of the row's start. relu's GLU half
 * ([4096, 8192] floats, one half), one PoCL thread, 2^24 floats, CPU time: 2048 bytes 5.9,
 * 4096 5.0, 8192 4.9, 16384 4.8 ms (one set at load 7); 2048 against 8192, eight rounds at
 * load 11: 4.78 -> 4.26 ms (the 1-D call 3.3; bench/results/s13-views/). A plain C loop over
 * the same half-rows takes 1.25x (8192) to 2.8x (2048) its contiguous walk's time too: the
 * rest is the machine's. The fused kernels' rows keep ND_PF. */
#ifndef CLACT_PREFETCH_GAP_BYTES
#define CLACT_PREFETCH_GAP_BYTES 8192
#endif
#define ND_PF_GAP ((ulong)(CLACT_PREFETCH_GAP_BYTES / sizeof(storage)))
/* PF: the distance in elements; pf_split: the first unit of the second part; pfo[part][v]:
 * from unit j's first element in view v to the element to prefetch */
/* INNER: the row's length; RSTRIDE: view v's step from one row to the next */
#define ND_PF_SETUP(PF, INNER, NIN, RSTRIDE)                                                       \
  const ulong pf_ = (PF);                                                                          \
  const ulong pf_split = ((pf_ / (INNER) + 1) * (INNER) - pf_ + VW - 1) / VW;                      \
  long pfo[2][NIN];                                                                                \
  for (int v = 0; v < NIN; ++v) {                                                                  \
    const long gap_ = (long)(RSTRIDE) - (long)(INNER); /* next row's start from row's end */      \
    pfo[0][v] = (long)pf_ + (long)(pf_ / (INNER)) * gap_;                                          \
    pfo[1][v] = pfo[0][v] + gap_;                                                                  \
  }
/* The plain walk's set-up: ND_PF_GAP where an input's rows are further apart than their
 * length (a view of rank >= 2 merged as far as it goes), else ND_PF. */
#define ND_PF_SETUP_GAP(INNER, NIN, RSTRIDE)                                                       \
  ulong pfd_ = ND_PF;                                                                              \
  for (int v = 0; v < NIN; ++v)                                                                    \
    if ((RSTRIDE) != (INNER)) pfd_ = ND_PF_GAP;                                                    \
  ND_PF_SETUP(pfd_, INNER, NIN, RSTRIDE)
/* The dense units [j, jfull) of the row at base[], in two parts with their prefetch
 * offsets (without the prefetch, one part): RUN takes the part's units [j, je_), pp_[v] the
 * element of view v to prefetch for unit 0 (ND_UNITS_LOOP: each UNIT_CALL; the fused
 * kernels' rows call a loop of their own, ND_ROWS_DENSE and ND_RUN_CALL). */
#define ND_DENSE_PARTS(NIN, RUN)                                                                   \
  for (int part_ = 0; part_ < 2; ++part_) {                                                        \
    const ulong je_ = part_ ? jfull : min(jfull, pf_split);                                        \
    if (j >= je_) continue; /* short rows: often one part is empty */                             \
    __global const storage *pp_[NIN];                                                              \
    _Pragma("unroll") for (int v = 0; v < NIN; ++v)                                                \
      pp_[v] = vp[v] + (long)base[v] + pfo[part_][v];                                              \
    RUN;                                                                                           \
  }
/* The units [j, je_), each after prefetching the inputs' elements pp_[v] + j VW (but view
 * SKIP's) with __builtin_prefetch's locality LOC */
#define ND_PF_UNITS_LOOP(NIN, SKIP, LOC, ...)                                                      \
  for (; j < je_; ++j) {                                                                           \
    _Pragma("unroll") for (int v = 0; v < NIN; ++v)                                                \
      if (v != (SKIP)) ND_PREFETCH_L(pp_[v] + j * VW, (LOC));                                      \
    __VA_ARGS__;                                                                                   \
  }
#else
#define ND_PF_SETUP(PF, INNER, NIN, RSTRIDE)
#define ND_PF_SETUP_GAP(INNER, NIN, RSTRIDE)
#define ND_DENSE_PARTS(NIN, RUN)                                                                   \
  {                                                                                                \
    const ulong je_ = jfull;                                                                       \
    __global const storage *pp_[NIN];                                                              \
    for (int v = 0; v < NIN; ++v)                                                                  \
      pp_[v] = vp[v] + base[v];                                                                    \
    RUN;                                                                                           \
  }
#define ND_PF_UNITS_LOOP(NIN, SKIP, LOC, ...)                                                      \
  for (; j < je_; ++j)                                                                             \
    __VA_ARGS__;
#endif
/* every input prefetched into every cache level (ND_PREFETCH's locality) */
#define ND_UNITS_LOOP(NIN, ...) ND_PF_UNITS_LOOP(NIN, -1, 3, __VA_ARGS__)
#define ND_DENSE_UNITS(NIN, ...) ND_DENSE_PARTS(NIN, ND_UNITS_LOOP(NIN, __VA_ARGS__))
/* The dense aligned units of a row of NV views: LDA is ND_LOAD_R in the fused kernels' rows
 * walk on the CPU, which calls their loop out of line (ND_RUN_CALL, below). */
#if defined(CLACT_FUSED) && defined(CLACT_CONTIGUOUS)
#define ND_ROWS_DENSE(LDA, NV, NIN, ...)    CLACT_CAT(ND_ROWS_, LDA)(NV, NIN, __VA_ARGS__)
#define ND_ROWS_ND_LOAD_A(NV, NIN, ...)     ND_DENSE_UNITS(NIN, __VA_ARGS__)
#define ND_ROWS_ND_LOAD_R(NV, NIN, ...)     ND_DENSE_PARTS(NIN, CLACT_CAT(ND_RUN_CALL, NV))
#else
#define ND_ROWS_DENSE(LDA, NV, NIN, ...) ND_DENSE_UNITS(NIN, __VA_ARGS__)
#endif
#ifdef CLACT_CONTIGUOUS
/* CPU: one block of units per work-item, row by row; the dense loop over whole vectors
 * is separate so that the compiler keeps it free of the per-lane paths. */
#define ND_WALK_UNITS(NV, NIN, UNIT)                                                               \
  ulong u, last;                                                                                   \
  nd_range(units, &u, &last);                                                                      \
  ND_PF_SETUP_GAP(s.inner, NIN, st[v][r2])                                                         \
  if (u < last) {                                                                                  \
    const ulong row0_ = u / s.nvi;                                                                 \
    ulong j = u - row0_ * s.nvi;                                                                   \
    nd_decompose(&s, row0_, idx);                                                                  \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = nd_row_offset(&s, idx, st[v], off0[v]);                                            \
    while (u < last) {                                                                             \
      ND_ROW_UNITS(NV, NIN, UNIT, s.nvi, ND_LOAD_A)                                                \
      if (j == s.nvi) {                                                                            \
        j = 0;                                                                                     \
        ND_NEXT_ROW(s, idx, NV, st, base)                                                          \
      }                                                                                            \
    }                                                                                              \
  }
/* The streaming rows (ND_STREAM_ROWS: the memory-bound formulas) prefetch their inputs only
 * in kernels of fewer than five views: with three input streams and two streaming outputs
 * (the gated backward of a piecewise gate) the prefetches cost ReGLU's backward 15 % of
 * its CPU time on the AMD host of 2026-12-01 (8.6-9.8 against 7.0-8.1 ms at 2^24, five
 * interleaved pairs), where bias + relu, whose bias row stays in cache, gains from them
 * (forward 13-24 %, backward 9 %; docs/PERFORMANCE.md, gated calls, "Eleventh round"). */
#define ND_STREAM_PF(NV) ((NV) < 5)
/* The streaming loops' prefetch: a program may set it apart (bias.cl's backward), as the
 * distance of the streaming rows (ND_STREAM_PF_AHEAD, elements; ND_PF by default), the
 * locality (ND_STREAM_PF_LOCALITY, __builtin_prefetch's: 3, every cache, by default) and
 * one input view not prefetched at all (ND_STREAM_PF_SKIP; -1, none, by default). With the
 * defaults the loops compile as before. */
#ifndef ND_STREAM_PF_LOCALITY
#define ND_STREAM_PF_LOCALITY 3
#endif
#ifndef ND_STREAM_PF_SKIP
#define ND_STREAM_PF_SKIP (-1)
#endif
#define ND_STREAM_UNITS_LOOP(NIN, ...)                                                             \
  ND_PF_UNITS_LOOP(NIN, ND_STREAM_PF_SKIP, ND_STREAM_PF_LOCALITY, __VA_ARGS__)
/* The units [j, ...) of the row at base[] that this work-item owns (up to the row's end, nvi
 * units, or its last unit): the dense loops by alignment, streaming and beta (the row's
 * views all contiguous: dense_rows), else the strided one; then the row's partial last
 * unit. LDA: the aligned loads, ND_LOAD_A or (the fused kernels' rows walk) ND_LOAD_R. */
#define ND_ROW_UNITS(NV, NIN, UNIT, NVI, LDA)                                                      \
  const ulong jend = min((NVI), j + (last - u));                                                   \
  const ulong jfull = min(jend, full);                                                             \
  u += jend - j;                                                                                   \
  ulong aligned_ = 0;                                                                              \
  for (int v = 0; v < NV; ++v)                                                                     \
    aligned_ |= base[v] % VW;                                                                      \
  if (ND_STREAM_ROWS && stream && dense_rows && aligned_ == 0 && ND_STREAM_PF(NV))                 \
    ND_DENSE_PARTS(NIN, ND_STREAM_UNITS_LOOP(NIN, UNIT(j, VW, 1, 1, 1, LDA, ND_STORE_NT)))         \
  else if (ND_STREAM_ROWS && stream && dense_rows && aligned_ == 0) /* no prefetch */              \
    for (; j < jfull; ++j)                                                                         \
      UNIT(j, VW, 1, 1, 1, LDA, ND_STORE_NT);                                                      \
  else if (ND_SPLIT_BETA && dense_rows && aligned_ == 0 && beta == 0) /* beta's test out */        \
    ND_DENSE_UNITS(NIN, UNIT(j, VW, 1, 1, 1, LDA, ND_STORE_A))                                     \
  else if (dense_rows && aligned_ == 0)                                                            \
    ND_ROWS_DENSE(LDA, NV, NIN, UNIT(j, VW, 1, 1, 1, LDA, ND_STORE_A))                             \
  else if (dense_rows)                                                                             \
    ND_DENSE_UNITS(NIN, UNIT(j, VW, 1, 1, 1, ND_LOAD_V, ND_STORE_V))                               \
  else if (ND_PAIR_RUN(NV)) /* interleaved pairs: nd_pairs_run did [j, jfull) */                    \
    ;                                                                                              \
  else                                                                                             \
    for (; j < jfull; ++j)                                                                         \
      UNIT(j, VW, inc[0], inc[1], inc[NV - 1], ND_LOAD, ND_STORE);                                 \
  if (j < jend) { /* the row's partial last unit */                                                \
    UNIT(j, tail, inc[0], inc[1], inc[NV - 1], ND_LOAD, ND_STORE);                                 \
    ++j;                                                                                           \
  }
#else
/* GPU: grid-stride over units, so neighbouring work-items touch neighbouring vectors. */
#define ND_WALK_UNITS(NV, NIN, UNIT)                                                               \
  for (ulong u = get_global_id(0); u < units; u += get_global_size(0)) {                           \
    const ulong row_ = u / s.nvi, j = u - row_ * s.nvi;                                            \
    nd_decompose(&s, row_, idx);                                                                   \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = nd_row_offset(&s, idx, st[v], off0[v]);                                            \
    UNIT(j, (j < full ? (uint)VW : tail), inc[0], inc[1], inc[NV - 1], ND_LOAD, ND_STORE);         \
  }
#endif

/* The fused kernels' (gated.cl, bias.cl) formula calls: out of line, so that the formula is
 * compiled once per kernel rather than in each unit copy of ND_WALK (host/program.c inlines
 * the piecewise gates: -DCLACT_OUTLINE=CLACT_INLINE, which CLACT_BUILD_OPTIONS can give
 * every gate, to compare), except in the dense aligned loops (ND_HOT). */
#ifndef CLACT_OUTLINE
#define CLACT_OUTLINE __attribute__((noinline))
#endif
/* ND_HOT(LD): 1 in the unit copies of the rows walk's dense aligned loops (LD = ND_LOAD_R,
 * ND_WALK_ROWS: the dense calls of rank 2, the split halves, a per-feature bias), where a
 * fused kernel's element takes its formula inlined; 0 in the others (unaligned, strided,
 * tail, tiles, the N-D walk's, the GPU walk), which call it out of line. The call in the
 * loop (PoCL AVX-512: the caller's values saved and reloaded around it, the callee's
 * constants loaded again on every call; SwiGLU's forward 22 + 84 instructions per vector
 * against 86 inlined) cost the costly gates' gated and bias calls up to a fifth of their CPU
 * time; one inlined copy, not six, keeps part of the cold build's saving (docs/PERFORMANCE.md,
 * gated calls, "Twelfth round"). On the CPU the non-streaming loop is out of line with no
 * call inside (ND_RUN_FN). The element's formula F takes it first: F(ND_HOT(LD), ...). */
#define ND_HOT_ND_LOAD_R 1
#define ND_HOT_ND_LOAD_A 0
#define ND_HOT_ND_LOAD_V 0
#define ND_HOT_ND_LOAD   0
#define ND_HOT(LD)       CLACT_CAT(ND_HOT_, LD)

/* ---- The fused kernels (gated.cl, bias.cl): ND_FUSED_KERNELn defines one on n views,
 * walked by ND_WALK over its element, which the kernel names ND_ELEMENT(BASE, j, count,
 * LD, ST) (one unit on per-view bases BASE[v]) and builds from ND_FUSED_2_1, ND_FUSED_3_1
 * or ND_FUSED_3_2 with its formula.
 *
 * A view V's kernel parameters: its data V, its element offset V_off and strides V_st. */
#define ND_HEAD   const uint rank, const ulong8 size, const ulong units
#define ND_IN(V)  __global const storage *V, const ulong V##_off, const ulong8 V##_st
#define ND_OUT(V) __global storage *V, const ulong V##_off, const ulong8 V##_st
#define ND_TAIL   const real p0, const real p1, const real alpha, const real beta
/* ND_STRIDES's body: view i's strides and offset from the parameters of V. */
#define ND_VIEW(st, off0, i, V) vstore8(V##_st, 0, st[i]), off0[i] = V##_off, vp[i] = V
#define ND_VIEWS2(st, off0, A, B) ND_VIEW(st, off0, 0, A), ND_VIEW(st, off0, 1, B)
#define ND_VIEWS3(st, off0, A, B, C) ND_VIEWS2(st, off0, A, B), ND_VIEW(st, off0, 2, C)
#define ND_VIEWS4(st, off0, A, B, C, D) ND_VIEWS3(st, off0, A, B, C), ND_VIEW(st, off0, 3, D)
#define ND_VIEWS5(st, off0, A, B, C, D, E)                                                         \
  ND_VIEWS4(st, off0, A, B, C, D), ND_VIEW(st, off0, 4, E)
/* The fused kernels' rows on the CPU walk: a call of rank 2 (the host's one row of a call
 * that merged to one dimension, the rows of a per-feature bias, the halves of a [rows,
 * 2 cols] tensor) whose views are all contiguous along the rows. The same units as
 * ND_WALK_UNITS (ND_ROW_UNITS), but with each view's offset and row step held in a few
 * scalars from the kernel's arguments, where ND_WALK_VIEWS's set-up fills the strides of 8
 * dimensions per view into private arrays indexed by the rank and decomposes the first row
 * by division: per work-item (128 vectors) that set-up cost ReGLU's forward 11 % and bias +
 * relu's forward 14 % of their CPU time (docs/PERFORMANCE.md, gated calls, "Eleventh
 * round"). Everything else (rank > 2, a strided row, the GPU walk) takes ND_WALK_VIEWS. */
#ifdef CLACT_CONTIGUOUS
#define ND_ROWS_OK(V)      (V##_st.s1 == 1)
#define ND_ROWS_VIEW(i, V) (base[i] = V##_off, rs[i] = V##_st.s0, vp[i] = V)
/* VIEWS: an expression filling base[v], rs[v] and vp[v] for the NV views (ND_ROWS_VIEW) */
#define ND_WALK_ROWS(NV, NIN, VIEWS, UNIT)                                                         \
  const ulong inner = size.s1, nvi = (inner + VW - 1) / VW, full = inner / VW;                     \
  const uint tail = (uint)(inner - full * VW);                                                     \
  ulong base[NV], rs[NV], inc[NV];                                                                 \
  __global const storage *vp[NV];                                                                  \
  VIEWS;                                                                                           \
  for (int v = 0; v < NV; ++v)                                                                     \
    inc[v] = 1;                                                                                    \
  const int dense_rows = 1;                                                                        \
  const int stream = ND_STREAM && units >= ND_STREAM_MIN_UNITS;                                    \
  const int nd_side = 0; /* the formula itself (ND_RUN_SIDED) */                                   \
  ulong u, last;                                                                                   \
  nd_range(units, &u, &last);                                                                      \
  ND_PF_SETUP(ND_STREAM_ROWS && stream ? ND_STREAM_PF_AHEAD : ND_PF, inner, NIN, rs[v])            \
  if (u < last) {                                                                                  \
    const ulong row0_ = u / nvi;                                                                   \
    ulong j = u - row0_ * nvi;                                                                     \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] += row0_ * rs[v];                                                                    \
    while (u < last) {                                                                             \
      ND_ROW_UNITS(NV, NIN, UNIT, nvi, ND_LOAD_R)                                                  \
      if (j == nvi) {                                                                              \
        j = 0;                                                                                     \
        for (int v = 0; v < NV; ++v)                                                               \
          base[v] += rs[v];                                                                        \
      }                                                                                            \
    }                                                                                              \
  }                                                                                                \
  if (ND_STREAM_ROWS && stream) ND_STREAM_GROUP_FENCE(); /* the only streaming rows */
/* ND_WALK_ROWS's fence: once per work-group where the rows stored streaming
 * (ND_STREAM_GROUP_FENCE, elementwise.cl), none in the other fused programs' rows, which store
 * nothing streaming. In every work-item the fence cost the streaming rows 11-32 % of their
 * kernels' samples on the Intel Xeon host (perf, cpu-clock): PoCL keeps a kernel's private
 * arrays (base[], rs[]) one copy per work-item in the work-group function's frame; the next
 * work-item's set-up stores them as 8-byte values and reads two back as one 16-byte load,
 * which the store buffer cannot forward, so the load waits until the stores reach the cache,
 * and they wait behind the fence until the streaming stores before it have drained to memory.
 * (A noinline walk function with arrays of its own did not stay out of line: PoCL inlined it
 * into the kernel. nd_fused_views, below, which takes the work-item's ids as arguments
 * and calls no work-item function, stays out of line: PoCL 3.1, bench/results/s21-compile/.)
 * ReGLU's and bias + relu's figures: bench/results/s18-relu-intel/; the
 * per-group fence in every streaming path: bench/results/s19-relu/. */
#else
/* A fused kernel's body off the CPU: the N-D walk (STRIDES, as ND_WALK_VIEWS takes them). On
 * the CPU, the rows where they apply (ROWS_OK, the views' test), else the N-D walk out of
 * line: ND_FUSED_DEF, below. */
#define ND_FUSED_BODY(NV, NIN, ROWS_OK, ROWS_VIEWS, STRIDES)                                       \
  ND_WALK_VIEWS(NV, NIN, STRIDES, ND_ELEMENT_UNIT, ND_ELEMENT_TILE)
#endif

/* The rows walk's dense aligned units (ND_ROWS_DENSE with ND_LOAD_R) in a loop of their own,
 * out of line: nd_rows_run(VIEWS, PFS, j, je, TAIL) runs units [j, je) of one row part on the
 * views' row starts: for each unit the prefetches PF (on the inputs' lines pf0.., from
 * ND_DENSE_PARTS's pp_), then the kernel's element (ND_ELEMENT, the formula inlined); it
 * returns je. Inlined in the kernel, whose other paths (unaligned, strided, tail, tiles, the
 * N-D walk) call the formula out of line, the loop held the formula's constants on the
 * stack (a call clobbers every zmm register) and reloaded them on every vector: bias +
 * gelu 89 (fwd) and 113 (bwd) AVX-512 instructions per vector where plain gelu's 1-D loop
 * has 78 and 96 (bench/results/s13-bias/), SwiGLU's forward 84 with 24 stack operands
 * (bench/results/s14-swiglu/). The loop here has no call, as the 1-D loop has none. A
 * fused program compiles one kernel (CLACT_FUSED), so the one function has a fixed name.
 * ND_RUN_TAIL_ARGS: the kernel's TAIL parameters by name (a file whose TAIL adds one, the
 * clamped gates' limit, redefines it). */
#ifdef CLACT_CONTIGUOUS
#define ND_RUN_TAIL_ARGS p0, p1, alpha, beta
#define ND_RUN_PARAMS(...) __VA_ARGS__
#define ND_RUN_FN(VIEWS, PFS, PF, NV, ...)                                                         \
  __attribute__((noinline)) ulong nd_rows_run(ND_RUN_PARAMS VIEWS, ND_RUN_PARAMS PFS, ulong j,     \
                                              const ulong je, __VA_ARGS__) {                       \
    ulong base[NV], inc[NV];                                                                       \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = 0, inc[v] = 1;                                                                     \
    ND_RUN_LOOPS(PF, ND_LOAD_R)                                                                    \
  }
/* nd_rows_run's and nd_pairs_run's body: units [j, je) of ND_ELEMENT with the loads LD and
 * aligned stores, each after its prefetches PF, beta = 0 a loop of its own
 * (ND_RUN_SPLIT_BETA), and a loop for each side of the kernel's formula (ND_RUN_SIDED);
 * returns je */
#define ND_RUN_LOOPS(PF, LD)                                                                       \
  ND_RUN_SIDED(PF, LD)                                                                             \
  return j;
/* The loops of side S: the element's inlined formula takes nd_side = S, a constant in each
 * copy (0: the formula itself, as in the kernel's own dense units, ND_WALK_ROWS). One copy
 * at side 0, unless a kernel whose formula has sides (elementwise.cl, SIDED) redefines
 * ND_RUN_SIDED(PF, LD) as SIDED(ITS_FORMULA, ND_RUN_SIDE, PF, LD): gated.cl. */
#define ND_RUN_SIDE(S, PF, LD)                                                                     \
  {                                                                                                \
    const int nd_side = S;                                                                         \
    ND_RUN_BETA(PF, LD)                                                                            \
  }
#define ND_RUN_SIDED(PF, LD) ND_RUN_SIDE(0, PF, LD)
#define ND_RUN_BETA(PF, LD)                                                                        \
  if (ND_RUN_SPLIT_BETA && beta == 0) {                                                            \
    const real beta = 0;                                                                           \
    ND_RUN_LOOP(PF, LD)                                                                            \
  } else {                                                                                         \
    ND_RUN_LOOP(PF, LD)                                                                            \
  }
#define ND_RUN_LOOP(PF, LD)                                                                        \
  for (; j < je; ++j) {                                                                            \
    PF;                                                                                            \
    ND_ELEMENT(base, j, VW, LD, ND_STORE_A);                                                       \
  }
/* beta = 0 (no blend) as a loop of its own: the beta test out of the loop, 3 instructions per
 * vector fewer in bias + gelu (fwd 77, bwd 92 instructions on AVX-512, plain gelu 78 and 96);
 * the formula's second inlined copy costs the first call's build up to 0.4 s of CPU
 * (bench/results/s13-bias/). -DND_RUN_SPLIT_BETA=0 in CLACT_BUILD_OPTIONS: one loop, for
 * A/B runs. */
#ifndef ND_RUN_SPLIT_BETA
#define ND_RUN_SPLIT_BETA 1
#endif
#define ND_RUN_PF2 __global const storage *pf0, __global const storage *pf1
#define ND_RUN_PF3 ND_RUN_PF2, __global const storage *pf2
#define ND_RUN_PREFETCH2 (ND_PREFETCH(pf0 + j * VW), ND_PREFETCH(pf1 + j * VW))
#define ND_RUN_PREFETCH3 (ND_RUN_PREFETCH2, ND_PREFETCH(pf2 + j * VW))
#define ND_RUN_IN(V)     __global const storage *V
#define ND_RUN_OUT(V)    __global storage *V
/* ND_DENSE_PARTS's RUN in the rows walk of NV views (vp[v] the views' data, base[v] the row
 * starts): the part's units through nd_rows_run */
#define ND_RUN_AT(v)  (vp[v] + base[v])
#define ND_RUN_OAT(v) ((__global storage *)vp[v] + base[v])
#define ND_RUN_CALL3                                                                               \
  j = nd_rows_run(ND_RUN_AT(0), ND_RUN_AT(1), ND_RUN_OAT(2), pp_[0], pp_[1], j, je_,               \
                  ND_RUN_TAIL_ARGS)
#define ND_RUN_CALL4                                                                               \
  j = nd_rows_run(ND_RUN_AT(0), ND_RUN_AT(1), ND_RUN_AT(2), ND_RUN_OAT(3), pp_[0], pp_[1],         \
                  pp_[2], j, je_, ND_RUN_TAIL_ARGS)
#define ND_RUN_CALL5                                                                               \
  j = nd_rows_run(ND_RUN_AT(0), ND_RUN_AT(1), ND_RUN_AT(2), ND_RUN_OAT(3), ND_RUN_OAT(4), pp_[0],  \
                  pp_[1], pp_[2], j, je_, ND_RUN_TAIL_ARGS)
#define ND_RUN_FN3(A, B, Y, ...)                                                                   \
  ND_RUN_FN((ND_RUN_IN(A), ND_RUN_IN(B), ND_RUN_OUT(Y)), (ND_RUN_PF2), ND_RUN_PREFETCH2, 3,        \
            __VA_ARGS__)
#define ND_RUN_FN4(A, B, C, Y, ...)                                                                \
  ND_RUN_FN((ND_RUN_IN(A), ND_RUN_IN(B), ND_RUN_IN(C), ND_RUN_OUT(Y)), (ND_RUN_PF3),               \
            ND_RUN_PREFETCH3, 4, __VA_ARGS__)
#define ND_RUN_FN5(A, B, C, Y, Z, ...)                                                             \
  ND_RUN_FN((ND_RUN_IN(A), ND_RUN_IN(B), ND_RUN_IN(C), ND_RUN_OUT(Y), ND_RUN_OUT(Z)),              \
            (ND_RUN_PF3), ND_RUN_PREFETCH3, 5, __VA_ARGS__)
#else /* the GPU walk has no rows walk */
#define ND_RUN_FN3(...)
#define ND_RUN_FN4(...)
#define ND_RUN_FN5(...)
#endif

/* Interleaved pairs in a loop of their own, as nd_rows_run: a gated kernel's inputs a and b
 * as GPT-OSS's x[..., ::2] and x[..., 1::2] (clact_gate_views' CLACT_GATE_INTERLEAVED: views
 * 0 and 1 of one buffer at stride 2, b one element after a), and in the backward da and db
 * the same (views 3 and 4), every other view contiguous. Those rows have stride 2, so the
 * rows walk (ND_WALK_ROWS) never takes them: ND_WALK_VIEWS's strided loop did, with the pair
 * loads (ND_PAIR_LOAD) but the formula called out of line (ND_HOT 0): a call per vector and
 * its constants reloaded on every call (clamped SwiGLU's backward about 370 AVX-512
 * instructions per 16 f32 plus the call; bench/results/s15-gptoss/). A row whose pair and
 * contiguous views all start on a whole vector runs its full units here instead:
 * nd_pairs_run(the pair's start, the contiguous views' starts, j, je, TAIL) with b = a + 1
 * (and db = da + 1), the bases 0 and the strides constants, so ND_IS_PAIR and ND_PAIR_LOAD's
 * alignment test fold to the aligned pair loads, the other views load and store whole
 * aligned vectors (ND_LOAD_P), and the formula is inlined (ND_HOT 1); beta = 0 a loop of
 * its own (ND_RUN_SPLIT_BETA). Each unit prefetches the pair's two vectors' lines and the
 * backward's dy's line ND_PF elements on in memory (past the row's end a wasted hint).
 * A kernel asks for it with ND_PAIRS 1 before its ND_FUSED_KERNEL3 or 5 (gated.cl); every
 * other kernel's walk is compiled as before (ND_PAIR_RUN 0). The CPU walk only: the GPU
 * walk has no ND_ROW_UNITS. */
#define ND_PAIRS             0
#define ND_PAIR_RUN(NV)      CLACT_CAT(ND_PAIR_RUN_, ND_PAIRS)(NV)
#define ND_PAIR_RUN_0(NV)    0
#define ND_PAIR_RUN_1(NV)    CLACT_CAT(ND_PAIR_RUN, NV)
#define ND_LOAD_P(p, inc, j, count) load_a((j), (p)) /* nd_pairs_run's contiguous views */
#define ND_HOT_ND_LOAD_P     1
#define ND_PAIRS_ND_LOAD_P   1
#ifdef CLACT_CONTIGUOUS
/* views v and v + 1 of the row at base[] are a pair */
#define ND_PAIR_AT(v)                                                                              \
  (inc[v] == 2 && inc[(v) + 1] == 2 && vp[(v) + 1] + base[(v) + 1] == vp[v] + base[v] + 1)
#define ND_PAIR_RUN3                                                                               \
  (ND_PAIR_AT(0) && inc[2] == 1 && (base[0] | base[2]) % VW == 0 &&                                \
   (j = nd_pairs_run(ND_RUN_AT(0), ND_RUN_OAT(2), j, jfull, ND_RUN_TAIL_ARGS), 1))
#define ND_PAIR_RUN5                                                                               \
  (ND_PAIR_AT(0) && inc[2] == 1 && ND_PAIR_AT(3) && (base[0] | base[2] | base[3]) % VW == 0 &&    \
   (j = nd_pairs_run(ND_RUN_AT(0), ND_RUN_AT(2), ND_RUN_OAT(3), j, jfull, ND_RUN_TAIL_ARGS), 1))
#ifdef ND_PF
/* a unit's pair is 2 VW elements: its second vector has a line of its own where a vector
 * is a line or more (f32, f64 on AVX-512), else the first's line holds both */
#define ND_PAIR_PF_PAIR(P)                                                                         \
  (ND_PREFETCH((P) + 2 * j * VW + ND_PF),                                                          \
   VW * sizeof(storage) >= 64 ? ND_PREFETCH((P) + 2 * j * VW + VW + ND_PF) : (void)0)
#define ND_PAIR_PF1(P)   ND_PAIR_PF_PAIR(P) /* the forward: the pair is its one input */
#define ND_PAIR_PF(P, Q) (ND_PAIR_PF_PAIR(P), ND_PREFETCH((Q) + j * VW + ND_PF))
#else
#define ND_PAIR_PF1(P)   ((void)0)
#define ND_PAIR_PF(P, Q) ((void)0)
#endif
/* y = F(a, b): the pair a, b (b = a + 1), y contiguous */
#define ND_PAIRS_FN3_1(A, B, Y, ...)                                                               \
  __attribute__((noinline)) ulong nd_pairs_run(ND_RUN_IN(A), ND_RUN_OUT(Y), ulong j,              \
                                               const ulong je, __VA_ARGS__) {                      \
    __global const storage *B = A + 1;                                                             \
    const ulong base[3] = {0, 0, 0}, inc[3] = {2, 2, 1};                                           \
    ND_RUN_LOOPS(ND_PAIR_PF1(A), ND_LOAD_P)                                                      \
  }
/* da, db = F(a, b, dy): the pairs a, b and da, db (db = da + 1), dy contiguous */
#define ND_PAIRS_FN5_1(A, B, C, Y, Z, ...)                                                         \
  __attribute__((noinline)) ulong nd_pairs_run(ND_RUN_IN(A), ND_RUN_IN(C), ND_RUN_OUT(Y),         \
                                               ulong j, const ulong je, __VA_ARGS__) {             \
    __global const storage *B = A + 1;                                                             \
    __global storage *Z = Y + 1;                                                                   \
    const ulong base[5] = {0, 0, 0, 0, 0}, inc[5] = {2, 2, 1, 2, 2};                               \
    ND_RUN_LOOPS(ND_PAIR_PF(A, C), ND_LOAD_P)                                                      \
  }
#else
#define ND_PAIRS_FN3_1(...)
#define ND_PAIRS_FN5_1(...)
#endif
#define ND_PAIRS_FN3_0(...)
#define ND_PAIRS_FN5_0(...)

/* The kernels NAME: inputs, then outputs; TAIL, op's parameters (ND_TAIL) and any more. Each
 * after its rows walk's loop (ND_RUN_FN). ND_FUSED_DEF(NAME, PARAMS, ARGS, BODY) defines the
 * kernel NAME(PARAMS); ARGS: PARAMS's names but TAIL's; BODY: ND_FUSED_BODY's arguments.
 * On the CPU walk the kernel runs the rows walk itself and calls the N-D walk out of line,
 * nd_fused_views, with its work-item's global id and size and whether it is its group's
 * last (ND_GLOBAL_ID, ND_GLOBAL_SIZE, ND_LAST_LOCAL, which nd_range and
 * ND_STREAM_GROUP_FENCE read), so that function calls no work-item function and PoCL leaves
 * it out of line. Inlined, the whole body was compiled three times: PoCL's work-group
 * function generation makes the kernel, its work-group launcher and the launcher's fast
 * form, and LLVM inlined the kernel into both launchers (ReGLU's backward .so: 3 x 4600
 * instructions; now 3 x 1000 for the rows walk and 2150 for the N-D walk). With the whole
 * body out of line (3 x 100 and 2800) the cold build took a little less, but the rows
 * walk's streaming loop (ReGLU's backward) gained an instruction and measured slower, not
 * surely (bench/results/s21-compile/); the rows walk keeps its code here, instruction for
 * instruction. The N-D walk's per-work-item set-up is heavier than a call. */
#define ND_UNPAREN(...) __VA_ARGS__
#define ND_ARG(V) V, V##_off, V##_st
#define ND_FUSED_KERNEL3(NAME, A, B, Y, TAIL)                                                      \
  ND_RUN_FN3(A, B, Y, TAIL)                                                                        \
  CLACT_CAT(ND_PAIRS_FN3_, ND_PAIRS)(A, B, Y, TAIL)                                                \
  ND_FUSED_DEF(NAME, (ND_HEAD, ND_IN(A), ND_IN(B), ND_OUT(Y), TAIL),                               \
               (rank, size, units, ND_ARG(A), ND_ARG(B), ND_ARG(Y)),                               \
               (3, 2, ND_ROWS_OK(A) && ND_ROWS_OK(B) && ND_ROWS_OK(Y),                             \
               (ND_ROWS_VIEW(0, A), ND_ROWS_VIEW(1, B), ND_ROWS_VIEW(2, Y)),                       \
               (ND_VIEWS3(st, off0, A, B, Y))))
#define ND_FUSED_KERNEL4(NAME, A, B, C, Y, TAIL)                                                   \
  ND_RUN_FN4(A, B, C, Y, TAIL)                                                                     \
  ND_FUSED_DEF(NAME, (ND_HEAD, ND_IN(A), ND_IN(B), ND_IN(C), ND_OUT(Y), TAIL),                     \
               (rank, size, units, ND_ARG(A), ND_ARG(B), ND_ARG(C), ND_ARG(Y)),                    \
               (4, 3, ND_ROWS_OK(A) && ND_ROWS_OK(B) && ND_ROWS_OK(C) && ND_ROWS_OK(Y),            \
               (ND_ROWS_VIEW(0, A), ND_ROWS_VIEW(1, B), ND_ROWS_VIEW(2, C),                        \
                ND_ROWS_VIEW(3, Y)),                                                               \
               (ND_VIEWS4(st, off0, A, B, C, Y))))
#define ND_FUSED_KERNEL5(NAME, A, B, C, Y, Z, TAIL)                                                \
  ND_RUN_FN5(A, B, C, Y, Z, TAIL)                                                                  \
  CLACT_CAT(ND_PAIRS_FN5_, ND_PAIRS)(A, B, C, Y, Z, TAIL)                                          \
  ND_FUSED_DEF(NAME, (ND_HEAD, ND_IN(A), ND_IN(B), ND_IN(C), ND_OUT(Y), ND_OUT(Z), TAIL),          \
               (rank, size, units, ND_ARG(A), ND_ARG(B), ND_ARG(C), ND_ARG(Y), ND_ARG(Z)),         \
               (5, 3,                                                                              \
                ND_ROWS_OK(A) && ND_ROWS_OK(B) && ND_ROWS_OK(C) && ND_ROWS_OK(Y) && ND_ROWS_OK(Z), \
               (ND_ROWS_VIEW(0, A), ND_ROWS_VIEW(1, B), ND_ROWS_VIEW(2, C),                        \
                ND_ROWS_VIEW(3, Y), ND_ROWS_VIEW(4, Z)),                                           \
               (ND_VIEWS5(st, off0, A, B, C, Y, Z))))
#if defined(CLACT_FUSED) && defined(CLACT_CONTIGUOUS) /* a fused program: no other N-D kernel */
#undef ND_GLOBAL_ID
#undef ND_GLOBAL_SIZE
#undef ND_LAST_LOCAL
#define ND_GLOBAL_ID   nd_gid
#define ND_GLOBAL_SIZE nd_gsz
#define ND_LAST_LOCAL  nd_last_local
#define ND_APPLY(F, ARGS) F ARGS
#define ND_FUSED_DEF(NAME, PARAMS, ARGS, BODY)                                                     \
  ND_APPLY(ND_FUSED_DEF_CPU, (NAME, PARAMS, ARGS, ND_UNPAREN BODY))
#define ND_FUSED_DEF_CPU(NAME, PARAMS, ARGS, NV, NIN, ROWS_OK, ROWS_VIEWS, STRIDES)                \
  __attribute__((noinline)) void nd_fused_views(ND_UNPAREN PARAMS, const ulong nd_gid,             \
                                                const ulong nd_gsz, const int nd_last_local) {     \
    ND_WALK_VIEWS(NV, NIN, STRIDES, ND_ELEMENT_UNIT, ND_ELEMENT_TILE)                              \
  }                                                                                                \
  __kernel void NAME(ND_UNPAREN PARAMS) {                                                          \
    const ulong nd_gid = get_global_id(0), nd_gsz = get_global_size(0);                            \
    const int nd_last_local = get_local_id(0) == get_local_size(0) - 1;                            \
    if (rank == 2 && (ROWS_OK)) {                                                                  \
      ND_WALK_ROWS(NV, NIN, ROWS_VIEWS, ND_ELEMENT_UNIT)                                           \
    } else {                                                                                       \
      nd_fused_views(ND_UNPAREN ARGS, ND_RUN_TAIL_ARGS, nd_gid, nd_gsz, nd_last_local);            \
    }                                                                                              \
  }
#else
#define ND_FUSED_DEF(NAME, PARAMS, ARGS, BODY)                                                     \
  __kernel void NAME(ND_UNPAREN PARAMS) {                                                          \
    ND_FUSED_BODY BODY                                                                             \
  }
#endif

/* The number of views of the walk in scope (ND_WALK's NV, as a constant expression). */
#define ND_NV ((int)(sizeof(off0) / sizeof(off0[0])))

/* A tile of VW consecutive rows along dimension rank - 2 walked as VW units of their own,
 * through AT(BASE, j, count, LD, ST): for kernels that have no transposing tile form of
 * their own. */
#define ND_TILE_AS_ROWS(AT, j)                                                                     \
  do {                                                                                             \
    ulong tb_[ND_NV];                                                                              \
    for (uint k_ = 0; k_ < VW; ++k_) {                                                             \
      for (int v_ = 0; v_ < ND_NV; ++v_)                                                           \
        tb_[v_] = base[v_] + k_ * st[v_][r2];                                                      \
      AT(tb_, (j), VW, ND_LOAD, ND_STORE);                                                         \
    }                                                                                              \
  } while (0)
#define ND_ELEMENT_UNIT(j, count, i0, i1, iout, LD, ST) ND_ELEMENT(base, j, count, LD, ST)
#define ND_ELEMENT_TILE(j, LDV, STV)                    ND_TILE_AS_ROWS(ND_ELEMENT, j)

/* View v's lanes of the unit at BASE. */
#define ND_AT(P, v, BASE, j, count, LD) LD((P) + BASE[v], inc[v], (j), (count))
/* Output view v: R blended with beta times its old value, then stored. Two outputs never
 * share an element (clact_views_place checks), so one may be stored before the other's
 * old value is read. */
#define ND_AT_PUT(R, P, v, BASE, j, count, LD, ST)                                                 \
  if (beta != 0) R += beta * ND_AT(P, v, BASE, j, count, LD);                                      \
  ST(R, (P) + BASE[v], inc[v], (j), (count))

/* Interleaved pairs (clact_gate_views' CLACT_GATE_INTERLEAVED: views v and v + 1 of one
 * buffer at stride 2, the second one element after the first): a full unit of the
 * strided path loads both views' lanes as two whole vectors and deinterleaves them with
 * two shuffles (stores the same way), instead of 2 VW single-lane accesses. The strided
 * path (LD = ND_LOAD) checks per unit; nd_pairs_run (LD = ND_LOAD_P, below) runs the rows
 * known to be pairs, where the test folds; the dense loops never see a pair. */
#define ND_PAIRS_ND_LOAD   1
#define ND_PAIRS_ND_LOAD_A 0
#define ND_PAIRS_ND_LOAD_R 0
#define ND_PAIRS_ND_LOAD_V 0
#define ND_IS_PAIR(P, Q, v, BASE, count, LD)                                                       \
  (CLACT_CAT(ND_PAIRS_, LD) && (count) == VW && inc[v] == 2 && inc[(v) + 1] == 2 &&              \
   (Q) + BASE[(v) + 1] == (P) + BASE[v] + 1)
/* Lanes of the concatenation (e, o) of two loaded vectors: the even ones and the odd ones;
 * and back: the first and second halves of the zip of (x, y). */
#define ND_EVEN   (ND_LANES * (bitsv)2)
#define ND_ODD    (ND_LANES * (bitsv)2 + (bitsv)1)
#define ND_ZIP_LO ((ND_LANES >> (bitsv)1) + (ND_LANES & (bitsv)1) * (bitsv)VW)
#define ND_ZIP_HI (ND_ZIP_LO + (bitsv)(VW / 2))
/* Where the pair's row starts on a whole vector (GPT-OSS's [rows, 2 cols] tensors), one
 * full-width access per vector instead of PoCL's split vloadN / vstoreN (16- and 32-byte
 * pieces), as in the dense loops: clamped SwiGLU's forward took 16 % less time on one PoCL
 * thread (docs/PERFORMANCE.md, gated calls, "Sixth round"). */
#define ND_PAIR_LOAD(X, Y, P, v, BASE, j)                                                          \
  do {                                                                                             \
    realv e_, o_;                                                                                  \
    if (BASE[v] % VW == 0)                                                                         \
      e_ = load_a(2 * (j), (P) + BASE[v]), o_ = load_a(2 * (j) + 1, (P) + BASE[v]);                \
    else                                                                                           \
      e_ = load_v(2 * (j), (P) + BASE[v]), o_ = load_v(2 * (j) + 1, (P) + BASE[v]);                \
    X = shuffle2(e_, o_, ND_EVEN);                                                                 \
    Y = shuffle2(e_, o_, ND_ODD);                                                                  \
  } while (0)
#define ND_PAIR_STORE(X, Y, P, v, BASE, j)                                                         \
  do {                                                                                             \
    const realv lo_ = shuffle2((X), (Y), ND_ZIP_LO), hi_ = shuffle2((X), (Y), ND_ZIP_HI);          \
    if (BASE[v] % VW == 0) {                                                                       \
      store_a(lo_, 2 * (j), (P) + BASE[v]);                                                        \
      store_a(hi_, 2 * (j) + 1, (P) + BASE[v]);                                                    \
    } else {                                                                                       \
      store_v(lo_, 2 * (j), (P) + BASE[v]);                                                        \
      store_v(hi_, 2 * (j) + 1, (P) + BASE[v]);                                                    \
    }                                                                                              \
  } while (0)
/* Inputs v and v + 1 of the unit into X and Y. */
#define ND_AT2(X, Y, P, Q, v, BASE, j, count, LD)                                                  \
  do {                                                                                             \
    if (ND_IS_PAIR(P, Q, v, BASE, count, LD)) {                                                    \
      ND_PAIR_LOAD(X, Y, P, v, BASE, j);                                                           \
    } else {                                                                                       \
      X = ND_AT(P, v, BASE, j, count, LD);                                                         \
      Y = ND_AT(Q, (v) + 1, BASE, j, count, LD);                                                   \
    }                                                                                              \
  } while (0)

/* OUT (view 2) = F(hot, in0, in1), hot = ND_HOT(LD). Every input is loaded before an output
 * is stored, so an input may be an output's identical view. */
#define ND_FUSED_2_1(F, P0, P1, OUT, BASE, j, count, LD, ST)                                       \
  do {                                                                                             \
    realv i0_, i1_;                                                                                \
    ND_AT2(i0_, i1_, P0, P1, 0, BASE, j, count, LD);                                               \
    realv r_ = F(ND_HOT(LD), i0_, i1_);                                                            \
    ND_AT_PUT(r_, OUT, 2, BASE, j, count, LD, ST);                                                 \
  } while (0)
/* OUT (view 3) = F(hot, in0, in1, in2). */
#define ND_FUSED_3_1(F, P0, P1, P2, OUT, BASE, j, count, LD, ST)                                   \
  do {                                                                                             \
    const realv i0_ = ND_AT(P0, 0, BASE, j, count, LD), i1_ = ND_AT(P1, 1, BASE, j, count, LD);    \
    const realv i2_ = ND_AT(P2, 2, BASE, j, count, LD);                                            \
    realv r_ = F(ND_HOT(LD), i0_, i1_, i2_);                                                       \
    ND_AT_PUT(r_, OUT, 3, BASE, j, count, LD, ST);                                                 \
  } while (0)
/* OA (view 3) and OB (view 4) from F(hot, in0, in1, in2, OA's value, OB's value), which
 * assigns both: one evaluation for the two outputs. */
#define ND_FUSED_3_2(F, P0, P1, P2, OA, OB, BASE, j, count, LD, ST)                               \
  do {                                                                                             \
    realv i0_, i1_;                                                                                \
    ND_AT2(i0_, i1_, P0, P1, 0, BASE, j, count, LD);                                               \
    const realv i2_ = ND_AT(P2, 2, BASE, j, count, LD);                                            \
    realv ra_, rb_;                                                                                \
    F(ND_HOT(LD), i0_, i1_, i2_, ra_, rb_);                                                        \
    if (ND_IS_PAIR(OA, OB, 3, BASE, count, LD)) {                                                  \
      if (beta != 0) {                                                                             \
        realv oa_, ob_;                                                                            \
        ND_PAIR_LOAD(oa_, ob_, OA, 3, BASE, j);                                                    \
        ra_ += beta * oa_;                                                                         \
        rb_ += beta * ob_;                                                                         \
      }                                                                                            \
      ND_PAIR_STORE(ra_, rb_, OA, 3, BASE, j);                                                     \
    } else {                                                                                       \
      ND_AT_PUT(ra_, OA, 3, BASE, j, count, LD, ST);                                               \
      ND_AT_PUT(rb_, OB, 4, BASE, j, count, LD, ST);                                               \
    }                                                                                              \
  } while (0)

/* The activation's own N-D kernels; a fused program (CLACT_FUSED) compiles none of them. */
#ifndef CLACT_FUSED
/* y = alpha * f(x) + beta * y */
#define ND_STRIDES(st, off0) ND_VIEWS2(st, off0, x, y)
/* UNIT(j, count, i0, i1, iout, LD, ST): unit j of count lanes, the views' innermost
 * strides i0 (first input), i1 (second input or output), iout (output), loaded with LD
 * and stored with ST (ND_LOAD and ND_STORE or their contiguous forms). */
#define FWD_UNIT(j, count, i0, i1, iout, LD, ST)                                                   \
  do {                                                                                             \
    realv r_ = ND_FWD(LD(x + base[0], (i0), (j), (count)));                                        \
    if (beta != 0) r_ += beta * LD(y + base[1], (iout), (j), (count));                             \
    ST(r_, y + base[1], (iout), (j), (count));                                                     \
  } while (0)

/* beta's test out of the loop on the CPU walk (in it, a compare and two branches per
 * vector; the GPU walk's loop of VW = 4 would only hold the formula twice) */
#ifdef CLACT_CONTIGUOUS
#define ND_TILE_BETA0 (beta == 0)
#else
#define ND_TILE_BETA0 0
#endif
/* The streaming tile's formula loop out of line where the formula is heavy (ND_TILE_PFW's
 * programs): inlined, the formula's ~19 constants stayed in zmm registers across the tile
 * walk and the transpose's 16 rows spilled around its 64 shuffles (sigmoid: 40 stack moves
 * per tile); out of line the transpose runs in registers and the call reloads the
 * constants once per 16 vectors (one PoCL thread, 2^24 floats: 10.7 -> 10.1 ms of CPU
 * time; bench/results/s12-transpose/). */
#ifdef ND_TILE_PFW
__attribute__((noinline)) void nd_fwd_tile_nt(const realv *a, __global storage *yp, ulong ys,
                                             ulong j, real p0, real p1, real alpha) {
  for (uint k = 0; k < VW; ++k)
    store_nt(ND_FWD(a[k]), j, yp + k * ys);
}
#define ND_TILE_OUTLINE_store_nt 1
#else
#define nd_fwd_tile_nt(...)      ((void)0)
#define ND_TILE_OUTLINE_store_nt 0
#endif
#define ND_TILE_OUTLINE_store_a 0
#define ND_TILE_OUTLINE_store_v 0
#define FWD_TILE(j, LDV, STV)                                                                      \
  do {                                                                                             \
    realv a_[VW];                                                                                  \
    ND_TILE_LOAD(a_, x, 0, j, LDV)                                                                 \
    ND_TILE_PREFETCH_OUT(y, 1, j)                                                                  \
    ND_TILE_PREFETCH_PLANE(x, 0, j)                                                                \
    if (CLACT_CAT(ND_TILE_OUTLINE_, STV) && ND_TILE_BETA0) {                                       \
      nd_fwd_tile_nt(a_, y + base[1], st[1][r2], (j), p0, p1, alpha);                              \
    } else if (ND_TILE_BETA0) {                                                                    \
      for (uint k_ = 0; k_ < VW; ++k_)                                                             \
        STV(ND_FWD(a_[k_]), (j), y + base[1] + k_ * st[1][r2]);                                    \
    } else {                                                                                       \
      for (uint k_ = 0; k_ < VW; ++k_) {                                                           \
        __global storage *yp_ = y + base[1] + k_ * st[1][r2];                                      \
        STV(ND_FWD(a_[k_]) + beta * LDV((j), yp_), (j), yp_);                                      \
      }                                                                                            \
    }                                                                                              \
  } while (0)

__kernel void clact_fwd_nd(const uint rank, const ulong8 size, const ulong units,
                           __global const storage *x, const ulong x_off, const ulong8 x_st,
                           __global storage *y, const ulong y_off, const ulong8 y_st, const real p0,
                           const real p1, const real alpha, const real beta) {
  ND_WALK(2, FWD_UNIT, FWD_TILE)
}
#undef ND_STRIDES

/* dx = alpha * dy * f'(.) + beta * dx */
#define ND_STRIDES(st, off0) ND_VIEWS3(st, off0, in, dy, dx)
#define BWD_UNIT_OF(DERIV, j, count, i0, i1, iout, LD, ST)                                         \
  do {                                                                                             \
    realv r_ =                                                                                     \
        ND_BWD(DERIV, LD(in + base[0], (i0), (j), (count)), LD(dy + base[1], (i1), (j), (count))); \
    if (beta != 0) r_ += beta * LD(dx + base[2], (iout), (j), (count));                            \
    ST(r_, dx + base[2], (iout), (j), (count));                                                    \
  } while (0)
/* The backward's streaming tile as the forward's (nd_fwd_tile_nt): its formula loop out of
 * line, one function per derivative, and a transposed input's next plane prefetched.
 * Sigmoid's transposed backward (one PoCL thread, 2^24 floats, medians of 4-5 rounds;
 * bench/results/s13-views/): with the dense input's rows prefetched (ND_TILE_PREFETCH_ROWS)
 * 17.0 -> 16.6 ms; without that prefetch 25.6 -> 20.7. Prefetching dx for writing, as the
 * forward does, measured slower (24.4 against 20.9 in the same set). */
#ifdef ND_TILE_PFW
#define ND_BWD_TILE_FN(DERIV)                                                                      \
  __attribute__((noinline)) void nd_##DERIV##_tile_nt(const realv *a, const realv *g,              \
                                                      __global storage *dxp, ulong ds, ulong j,    \
                                                      real p0, real p1, real alpha) {              \
    for (uint k = 0; k < VW; ++k)                                                                  \
      store_nt(ND_BWD(DERIV, a[k], g[k]), j, dxp + k * ds);                                        \
  }
ND_BWD_TILE_FN(BWD)
#ifdef CLACT_HAS_BWDY
ND_BWD_TILE_FN(BWDY)
#endif
#define ND_BWD_OUTLINE_store_nt 1
#else /* the other walks: no out-of-line loop (the test below folds to the inlined one) */
#define nd_BWD_tile_nt(...)     ((void)0)
#define nd_BWDY_tile_nt(...)    ((void)0)
#define ND_BWD_OUTLINE_store_nt 0
#endif
#define ND_BWD_OUTLINE_store_a 0
#define ND_BWD_OUTLINE_store_v 0
#define BWD_TILE_OF(DERIV, j, LDV, STV)                                                            \
  do {                                                                                             \
    realv a_[VW], g_[VW];                                                                          \
    ND_TILE_LOAD(a_, in, 0, j, LDV)                                                                \
    ND_TILE_LOAD(g_, dy, 1, j, LDV)                                                                \
    ND_TILE_PREFETCH_PLANE(in, 0, j)                                                               \
    ND_TILE_PREFETCH_PLANE(dy, 1, j)                                                               \
    if (CLACT_CAT(ND_BWD_OUTLINE_, STV) && ND_TILE_BETA0) {                                        \
      nd_##DERIV##_tile_nt(a_, g_, dx + base[2], st[2][r2], (j), p0, p1, alpha);                   \
    } else {                                                                                       \
      for (uint k_ = 0; k_ < VW; ++k_) {                                                           \
        __global storage *dxp_ = dx + base[2] + k_ * st[2][r2];                                    \
        realv r_ = ND_BWD(DERIV, a_[k_], g_[k_]);                                                  \
        if (beta != 0) r_ += beta * LDV((j), dxp_);                                                \
        STV(r_, (j), dxp_);                                                                        \
      }                                                                                            \
    }                                                                                              \
  } while (0)
#define BWD_TILE(j, LDV, STV) BWD_TILE_OF(BWD, j, LDV, STV)
#define BWDY_TILE(j, LDV, STV) BWD_TILE_OF(BWDY, j, LDV, STV)
#define BWD_UNIT(j, count, i0, i1, iout, LD, ST)  BWD_UNIT_OF(BWD, j, count, i0, i1, iout, LD, ST)
#define BWDY_UNIT(j, count, i0, i1, iout, LD, ST) BWD_UNIT_OF(BWDY, j, count, i0, i1, iout, LD, ST)

#define ND_BACKWARD_KERNEL(NAME, UNIT, TILE)                                                           \
  __kernel void NAME(const uint rank, const ulong8 size, const ulong units,                        \
                     __global const storage *in, const ulong in_off, const ulong8 in_st,           \
                     __global const storage *dy, const ulong dy_off, const ulong8 dy_st,           \
                     __global storage *dx, const ulong dx_off, const ulong8 dx_st, const real p0,  \
                     const real p1, const real alpha, const real beta) {                           \
    ND_WALK(3, UNIT, TILE)                                                                             \
  }

ND_BACKWARD_KERNEL(clact_bwd_nd, BWD_UNIT, BWD_TILE)
#ifdef CLACT_HAS_BWDY
ND_BACKWARD_KERNEL(clact_bwdy_nd, BWDY_UNIT, BWDY_TILE)
#endif
#endif /* CLACT_FUSED */
