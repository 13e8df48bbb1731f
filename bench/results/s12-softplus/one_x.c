/* one_x.c: softplus f32 fwd (beta 1) of the given inputs, result bits and ulp error */
#include "clact.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  for (int i = 1; i < argc; ++i) {
    float x = strtof(argv[i], NULL), y;
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    op.dtype = CLACT_F32;
    if (clact_forward_host(ctx, &op, 1, &x, &y)) return 1;
    long double r = x > 0 ? x + log1pl(expl(-(long double)x)) : log1pl(expl((long double)x));
    int e;
    frexpl(fabsl(r), &e);
    long double u = ldexpl(1.0L, e - 24);
    unsigned b;
    memcpy(&b, &y, 4);
    printf("x %.9g y %.9g (0x%08x) err %.3f ulp\n", x, y, b, (double)(fabsl(y - r) / u));
  }
  return 0;
}
