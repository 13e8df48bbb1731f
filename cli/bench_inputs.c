/* bench_inputs.c — the inputs every `clact bench` table times on, so that rows of different
 * tables (views, gated) see the same values and take the formulas' same paths. */
#include "cli.h"
#include "reference.h"

#include <stdlib.h>

clact_status bench_write_inputs(clact_context *ctx, clact_dtype t, cl_mem buf, size_t first,
                                size_t count) {
  const size_t es = clact_dtype_size(t);
  unsigned char *stage = malloc(count * es);
  if (!stage) return CLACT_ERROR_OUT_OF_MEMORY;
  /* a fixed scatter over [-10, 10] in steps of 1e-3: every branch of the formulas, no
   * pattern a cache or predictor could learn */
  for (size_t i = 0; i < count; ++i)
    ref_store(t, stage, i, (double)(((first + i) * 2654435761u) % 20001) * 1e-3 - 10.0);
  const clact_status st = clact_buffer_write(ctx, buf, 0, count * es, stage);
  free(stage);
  return st;
}
