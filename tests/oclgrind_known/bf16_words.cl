/* bf16_words.cl — clact's bf16 word load and store (kernels/prelude.cl, CLACT_BF16_WORDS)
 * reduced to one kernel: two 16-bit lanes per 32-bit word, widened by writing a vector's
 * .even and .odd halves, scaled, then packed back. oclgrind 21.10 runs it correctly, but
 * its --uninitialized check dies with a segmentation fault on it (a vector built by two
 * half writes and read through another swizzle is enough: `u.lo = w; u.hi = w; u.even`
 * crashes it too; `(uint8)(w, w)` does not). bf16_words.sh checks both. */
__kernel void k(__global const uint4 *in, __global uint4 *out) {
  const size_t i = get_global_id(0);
  const uint4 w = in[i];
  uint8 u;
  u.even = w << 16;
  u.odd = w & 0xffff0000u;
  const uint8 r = as_uint8(as_float8(u) * 2.0f);
  out[i] = (r.odd & 0xffff0000u) | (r.even >> 16);
}
