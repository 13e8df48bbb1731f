/* dense_loops.cl — appended by bench/gpu-model to the library's own kernel sources (never
 * built by the library): each kernel is one of elementwise.cl's dense loops alone (aligned
 * unit-stride views, beta == 0, the common call), made from elementwise.cl's own FWD_LOOP,
 * BWD_DENSE and BWDY_DENSE macros and its my_range walk, so its loop body is the library's
 * per-vector work with nothing else around it. beta is the constant 0, so the compiler drops the
 * read-modify-write branch that a real launch skips at run time. */
__kernel void clact_model_fwd(const ulong n, __global const storage *x, __global storage *y,
                              const real p0, const real p1, const real alpha) {
  const real beta = 0;
  ulong i, last, step;
  my_range(n / VW, &i, &last, &step);
  FWD_LOOP(load_a, store_a)
}

#define CLACT_MODEL_BACKWARD(NAME, DERIV, DENSE)                                           \
  __kernel void NAME(const ulong n, __global const storage *in, __global const storage *dy, \
                     __global storage *dx, const real p0, const real p1, const real alpha) { \
    const real beta = 0;                                                                 \
    ulong i, last, step;                                                                 \
    my_range(n / VW, &i, &last, &step);                                                  \
    DENSE(DERIV, load_a, store_a)                                                        \
  }

CLACT_MODEL_BACKWARD(clact_model_bwd, BWD, BWD_DENSE)
#ifdef CLACT_HAS_BWDY
CLACT_MODEL_BACKWARD(clact_model_bwdy, BWDY, BWDY_DENSE)
#endif
