/* prelude.cl — types, loads and stores for one storage type and vector width.
 *
 * The host passes, as build options:
 *   CLACT_DTYPE  0 f32, 1 f16, 2 bf16, 3 f64 (storage type; f16/bf16 compute in float)
 *   VW           vector width of the compute type: 2, 4, 8 or 16
 * Defaults below let this file, and every file after it, compile alone.
 */
#ifndef CLACT_DTYPE
#define CLACT_DTYPE 0
#endif
#ifndef VW
#define VW 4
#endif

/* Formulas are called from several loops of one kernel; compilers that weigh inlining by
 * call count (LLVM, so PoCL) would otherwise emit a call per vector, spilling zmm
 * registers and losing loop unswitching. Static: PoCL builds with -Dinline=, which made
 * every such function an external definition, so clang emitted and optimised every formula
 * of the family's file (and every helper) in every program, used or not: a gated swish
 * program's program.bc 232 -> 72 KB, its test's cold CPU time about 10 % less
 * (bench/results/s21-compile/). */
#if defined(__clang__)
#define CLACT_INLINE static inline __attribute__((always_inline))
#else
#define CLACT_INLINE inline
#endif

#define CLACT_CAT_(a, b) a##b
#define CLACT_CAT(a, b) CLACT_CAT_(a, b)
#define CLACT_VEC(t) CLACT_CAT(t, VW)

#if CLACT_DTYPE == 3
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
typedef double real;
typedef CLACT_VEC(double) realv;
typedef CLACT_VEC(long) intv; /* what comparisons of realv return */
typedef CLACT_VEC(ulong) bitsv;
#define as_bitsv CLACT_CAT(as_ulong, VW)
#define as_intv CLACT_CAT(as_long, VW)
#define as_realv CLACT_CAT(as_double, VW)
#define convert_intv CLACT_CAT(convert_long, VW)
#define convert_realv CLACT_CAT(convert_double, VW)
#define CLACT_REAL_IS_DOUBLE 1
#else
typedef float real;
typedef CLACT_VEC(float) realv;
typedef CLACT_VEC(int) intv;
typedef CLACT_VEC(uint) bitsv;
#define as_bitsv CLACT_CAT(as_uint, VW)
#define as_intv CLACT_CAT(as_int, VW)
#define as_realv CLACT_CAT(as_float, VW)
#define convert_intv CLACT_CAT(convert_int, VW)
#define convert_realv CLACT_CAT(convert_float, VW)
#define CLACT_REAL_IS_DOUBLE 0
#endif

#define vloadv CLACT_CAT(vload, VW)
#define vstorev CLACT_CAT(vstore, VW)

/* storage: the element type in memory.
 * load_v(i, p)  loads elements [i*VW, i*VW+VW) of p as realv;
 * store_v(v, i, p) stores them, rounding to nearest even;
 * load_1 / store_1 do one element. */
/* load_a / store_a: the same for pointers aligned to a whole vector (the kernels check
 * the offsets at run time); one full-width access instead of PoCL's split vstoreN. */
#if CLACT_DTYPE == 0 || CLACT_DTYPE == 3
typedef real storage; /* f32 and f64 are stored as they are computed */
#define load_v(i, p) vloadv((i), (p))
#define store_v(v, i, p) vstorev((v), (i), (p))
#define load_a(i, p) (((__global const realv *)(p))[i])
#define store_a(v, i, p) (((__global realv *)(p))[i] = (v))
#define load_1(i, p) ((p)[i])
#define store_1(v, i, p) ((p)[i] = (v))
#elif CLACT_DTYPE == 1
/* f16 stores: vstore_half, which rounds in "the current rounding mode", and OpenCL C 1.2
 * kernels have one, round to nearest even (the spec's default; no 1.2 kernel can change
 * it), so it stores what vstore_half_rte stores. It is the cheapest form on both stacks
 * (bench/gpu-model, docs/PERFORMANCE.md): libclc makes it one cvt.rn.f16.f32 per element
 * (a plain fptrunc) where its vstore_half_rte is a software routine of about 70 PTX
 * instructions and the integer rounding below about 15; on PoCL both builtins are the
 * CPU's conversion instruction (F16C). CLACT_HALF_STORE_RTE (vstore_half_rte) and
 * CLACT_HALF_STORE_INT (the integer rounding; a NaN is stored as the quiet NaN 0x7e00
 * with its sign, without the payload's top bits) stay as build options through
 * CLACT_BUILD_OPTIONS, for a device whose vstore_half were slow or wrong; the ctest
 * check_int_half_store.f16 runs the f16 accuracy check through the integer path on PoCL.
 * Loads stay vload_half (one conversion instruction on both). */
typedef half storage;
typedef CLACT_VEC(ushort) ushortv;
#define CLACT_FLOAT_TO_HALF(bits_t, real_t, as_bits, as_real)                               \
  const bits_t a = u & 0x7fffffffu;                                                       \
  /* 2^16 and above (inf too) round to inf, which the rebias below gives for 2^16 */       \
  const bits_t c = min(a, (bits_t)0x47800000u);                                            \
  /* normal half: rebias the exponent and round to nearest even at bit 13 */              \
  bits_t r = (c + 0xc8000fffu + ((c >> 13) & 1u)) >> 13;                                  \
  /* subnormal half: adding 0.5 rounds |f| to a multiple of 2^-24 (ties to even), so the  \
   * sum's low 16 bits are the half's (0.5's are 0; the conversion to ushort drops the    \
   * rest); a subnormal float gives 0 with or without DAZ */                              \
  r = select(r, as_bits(as_real(a) + 0.5f), a < 0x38800000u);                              \
  r = select(r, (bits_t)0x7e00u, a > 0x7f800000u); /* NaN: a quiet NaN, sign kept */     \
  r |= (u >> 16) & 0x8000u;
CLACT_INLINE ushortv float_to_half_v(realv f) {
  const bitsv u = as_bitsv(f);
  CLACT_FLOAT_TO_HALF(bitsv, realv, as_bitsv, as_realv)
  return CLACT_CAT(convert_ushort, VW)(r);
}
CLACT_INLINE ushort float_to_half(float f) {
  const uint u = as_uint(f);
  CLACT_FLOAT_TO_HALF(uint, float, as_uint, as_float)
  return (ushort)r;
}
#define load_v(i, p) CLACT_CAT(vload_half, VW)((i), (p))
/* The CPU walk's aligned vectors (CLACT_HALF_F16C: x86-64 with AVX-512 at width 16, F16C at
 * width 8): one vcvtph2ps / vcvtps2ph of the whole vector from or to memory. PoCL's
 * vloada_half16 / vstorea_half16 are two 8-lane conversions and an insert or extract each
 * (9 vector instructions per vector of a backward: x, dy and dx; 3 here), and at width 8
 * (AVX2) its vloada_half8 is a float extension that LLVM folds into 16-bit compares of x,
 * which it scalarizes (celu backward, callgrind: 15.8 instructions per element, 7.9 with
 * this form, f32 9.1). The loops are bound by vector instructions, not memory: CPU time per
 * element, f16, one process alternating both forms (bench/results/s10-half-cpu): softsign
 * backward 0.314 -> 0.288 ns, celu backward 0.380 -> 0.354, swish forward 0.294 -> 0.251.
 * Inline assembly, because the compiler's own intrinsics become that same float extension.
 * The same instructions as PoCL's builtins (F16C; the store rounds to nearest even, imm 0),
 * so the same bits (bits_same.c there, width 16: every f16 input, every row). -DCLACT_HALF_BUILTINS
 * in CLACT_BUILD_OPTIONS takes the builtins again (for A/B runs in one process). */
#if defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && !defined(CLACT_HALF_BUILTINS) &&     \
    ((VW == 16 && defined(__AVX512F__)) || (VW == 8 && defined(__F16C__)))
#define CLACT_HALF_F16C 1
CLACT_INLINE realv half_load_f16c(__global const half *p) {
  realv r;
  __asm__("vcvtph2ps %1, %0" : "=v"(r) : "m"(*(__global const CLACT_VEC(short) *)p));
  return r;
}
CLACT_INLINE void half_store_f16c(realv v, __global half *p) {
  __asm__ volatile("vcvtps2ph $0, %1, %0" : "=m"(*(__global CLACT_VEC(short) *)p) : "v"(v));
}
#define load_a(i, p) half_load_f16c((p) + (i) * VW)
#else
#define load_a(i, p) CLACT_CAT(vloada_half, VW)((i), (p))
#endif
#define load_1(i, p) vload_half((i), (p))
#if defined(CLACT_HALF_STORE_INT)
#define store_v(v, i, p) vstorev(float_to_half_v(v), (i), (__global ushort *)(p))
#define store_a(v, i, p) (((__global ushortv *)(p))[i] = float_to_half_v(v))
#define store_1(v, i, p) (((__global ushort *)(p))[i] = float_to_half(v))
#elif defined(CLACT_HALF_STORE_RTE)
#define store_v(v, i, p) CLACT_CAT(CLACT_CAT(vstore_half, VW), _rte)((v), (i), (p))
#define store_a(v, i, p) CLACT_CAT(CLACT_CAT(vstorea_half, VW), _rte)((v), (i), (p))
#define store_1(v, i, p) vstore_half_rte((v), (i), (p))
#elif defined(CLACT_HALF_F16C)
#define store_v(v, i, p) CLACT_CAT(vstore_half, VW)((v), (i), (p))
#define store_a(v, i, p) half_store_f16c((v), (p) + (i) * VW)
#define store_1(v, i, p) vstore_half((v), (i), (p))
#else
#define store_v(v, i, p) CLACT_CAT(vstore_half, VW)((v), (i), (p))
#define store_a(v, i, p) CLACT_CAT(vstorea_half, VW)((v), (i), (p))
#define store_1(v, i, p) vstore_half((v), (i), (p))
#endif
#elif CLACT_DTYPE == 2
/* bfloat16: the high 16 bits of a float. Stores round to nearest even; a NaN is stored as
 * its top 16 bits with the quiet bit set (sign and the payload's top bits kept).
 * The vector forms move the lanes in pairs, as VW / 2 32-bit words: on a little-endian
 * device lane 2k is word k's low half, so a load costs one shift (even lanes) or one mask
 * (odd lanes) per element where widening each lane costs a conversion and a shift, and a
 * store packs two rounded lanes into a word with a mask, a shift and an or where
 * narrowing costs a shift and a conversion per lane (bench/gpu-model, docs/PERFORMANCE.md:
 * PTX per element of identity forward 13.25 -> 10.5). A big-endian device, the CPU walk,
 * or the build option CLACT_BF16_LANES takes the lane by lane form; the option
 * CLACT_BF16_WORDS forces the words (the ctests bf16_words.* run the library's kernels
 * so on PoCL; bf16_conversions checks both forms' every path). */
typedef ushort storage;
typedef CLACT_VEC(ushort) ushortv;
/* Not on the CPU walk (CLACT_CONTIGUOUS): there the words cost more, callgrind on PoCL
 * counted identity bf16 forward 2.56 -> 3.06 instructions per element with them (x86
 * widens 16-bit lanes in one instruction per vector; the even/odd interleave of the
 * words is shuffles). */
#if defined(__ENDIAN_LITTLE__) && !defined(CLACT_BF16_LANES) && !defined(CLACT_CONTIGUOUS) && \
    !defined(CLACT_BF16_WORDS)
#define CLACT_BF16_WORDS
#endif
/* f rounded at bit 16, to be cut to its top half: u + 0x7fff + lsb carries into bit 16
 * above a half-way point and at a tie with an odd lsb. A NaN takes no carry (it could
 * reach the sign, 0x7fffffff -> 0x8000, or leave an infinity, 0x7f800001 -> 0x7f80),
 * only the quiet bit, so it stays a NaN; isnan is one float compare. */
CLACT_INLINE bitsv bf16_rounded_v(realv f) {
  const bitsv u = as_bitsv(f);
  return select(u + (bitsv)0x7fffu + ((u >> 16) & 1u), u | 0x400000u, isnan(f));
}
#ifdef CLACT_BF16_WORDS
#if VW == 2
typedef uint wordv;
#define as_wordv as_uint
#elif VW == 4
typedef uint2 wordv;
#define as_wordv as_uint2
#elif VW == 8
typedef uint4 wordv;
#define as_wordv as_uint4
#else
typedef uint8 wordv;
#define as_wordv as_uint8
#endif
CLACT_INLINE realv bf16_words_to_float_v(wordv w) {
  bitsv u;
  u.even = w << 16;
  u.odd = w & 0xffff0000u;
  return as_realv(u);
}
CLACT_INLINE wordv float_to_bf16_words_v(realv f) {
  const bitsv r = bf16_rounded_v(f);
  return (r.odd & 0xffff0000u) | (r.even >> 16);
}
CLACT_INLINE realv bf16_to_float_v(ushortv u) { return bf16_words_to_float_v(as_wordv(u)); }
CLACT_INLINE ushortv float_to_bf16_v(realv f) {
  return CLACT_CAT(as_ushort, VW)(float_to_bf16_words_v(f));
}
#define load_a(i, p) bf16_words_to_float_v(((__global const wordv *)(p))[i])
#define store_a(v, i, p) (((__global wordv *)(p))[i] = float_to_bf16_words_v(v))
#else
CLACT_INLINE realv bf16_to_float_v(ushortv u) {
  return as_realv(CLACT_CAT(convert_uint, VW)(u) << 16);
}
CLACT_INLINE ushortv float_to_bf16_v(realv f) {
  return CLACT_CAT(convert_ushort, VW)(bf16_rounded_v(f) >> 16);
}
#define load_a(i, p) bf16_to_float_v(((__global const ushortv *)(p))[i])
/* The CPU walk's aligned vectors on a CPU with AVX512_BF16 (CLACT_BF16_CVT: x86-64,
 * AVX-512, width 16): one vcvtneps2bf16 per vector where the rounding above is 8 vector
 * instructions (a shift, an and, two adds, a compare for NaN, a masked or, a shift and the
 * narrowing store). The instruction rounds to nearest even and quiets a NaN as
 * bf16_rounded_v does (top half, quiet bit set), but takes a subnormal float as a signed
 * zero (the SDM's pseudocode; MXCSR plays no part), so a vector with a subnormal lane
 * (vfpclassps, one test per vector) takes the rounding above: the same bits in every case
 * (bench/results/s11-bf16-cpu: every row, all 65536 inputs). PoCL 3.1 compiles for
 * skylake-avx512 on a CPU that has the instruction, so __AVX512BF16__ is not defined:
 * the library passes CLACT_CPU_AVX512BF16 for a CPU device of the host that has it
 * (host/device.c), and the instruction is spelled in bytes (registers fixed by the Yz
 * constraint: zmm0 in, ymm0 out), which an assembler without the feature still takes.
 * -DCLACT_BF16_SOFT in CLACT_BUILD_OPTIONS takes the rounding above again (A/B runs). */
#if defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && defined(__AVX512F__) && VW == 16 &&    \
    !defined(CLACT_BF16_SOFT) && (defined(__AVX512BF16__) || defined(CLACT_CPU_AVX512BF16))
#define CLACT_BF16_CVT 1
CLACT_INLINE void bf16_store_cvt(realv v, __global ushort *p) {
  uchar sub;
  __asm__("vfpclassps $0x20, %1, %%k0\n\tkortestw %%k0, %%k0" : "=@ccnz"(sub) : "v"(v) : "k0");
  if (sub) {
    *(__global ushortv *)p = float_to_bf16_v(v);
  } else {
    ushortv r;
    __asm__(".byte 0x62, 0xf2, 0x7e, 0x48, 0x72, 0xc0 /* vcvtneps2bf16 %%zmm0, %%ymm0 */"
            : "=Yz"(r)
            : "Yz"(v));
    *(__global ushortv *)p = r;
  }
}
#define store_a(v, i, p) bf16_store_cvt((v), (p) + (i) * VW)
#else
#define store_a(v, i, p) (((__global ushortv *)(p))[i] = float_to_bf16_v(v))
#endif
#endif
inline float bf16_to_float(ushort u) { return as_float((uint)u << 16); }
inline ushort float_to_bf16(float f) {
  uint u = as_uint(f);
  if (isnan(f)) return (ushort)((u >> 16) | 0x40u);
  return (ushort)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
#define load_v(i, p) bf16_to_float_v(vloadv((i), (p)))
#define store_v(v, i, p) vstorev(float_to_bf16_v(v), (i), (p))
#define load_1(i, p) bf16_to_float((p)[i])
#define store_1(v, i, p) ((p)[i] = float_to_bf16(v))
#endif

/* lanes_any(c): whether any lane of a comparison's result is set, on the CPU walk of an
 * x86-64 CPU with AVX-512 at width 16 (float lanes): one vptestmd and one kortestw, where
 * PoCL's any() is a lane-by-lane loop (about 45 instructions a vector, docs/PERFORMANCE.md).
 * CLACT_LANES_ANY says it is there; a formula takes a rare case's longer form behind it. */
#if defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && defined(__AVX512F__) && VW == 16 &&    \
    !CLACT_REAL_IS_DOUBLE
#define CLACT_LANES_ANY 1
CLACT_INLINE int lanes_any(intv c) {
  uchar r;
  __asm__("vptestmd %1, %1, %%k0\n\tkortestw %%k0, %%k0" : "=@ccnz"(r) : "v"(c) : "k0");
  return r;
}
#endif

/* A vector and its lanes, for the tail and for strided views. */
typedef union {
  realv v;
  real s[VW];
} lanes;

/* r where x is a number, x where x is NaN: piecewise formulas must not swallow NaN. */
CLACT_INLINE realv keep_nan(realv r, realv x) { return select(r, x, isnan(x)); }
