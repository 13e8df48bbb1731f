/* interleaved.c: the launch-shape experiment behind docs/PERFORMANCE.md, "Launch shape on
 * CPUs". One process, n = 2^24 f32 forward; each rep walks every shape (group count x
 * local size, set through the temporary hook in xp-hook.patch), oneDNN's eltwise and the
 * copies, 4 calls per batch, starting at a different item each rep so that no shape
 * always follows the same neighbour. Prints one CSV row per batch with /proc/loadavg.
 * Built against a scratch build of main with the hook:
 *   gcc -O2 -std=gnu11 interleaved.c -Ibench -Iinclude build/bench/libclact_bench_onednn.a \
 *       build/bench/libclact_bench.a -Lbuild -lclact -ldnnl -lOpenCL -o interleaved */
#include "bench.h"
#include "onednn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static double load1(void) {
  double l = 0;
  FILE *f = fopen("/proc/loadavg", "r");
  if (f) {
    if (fscanf(f, "%lf", &l) != 1) l = 0;
    fclose(f);
  }
  return l;
}
typedef struct {
  const char *name;
  int ctxi;
  const char *groups;
  int op;
  int kind;
} item; /* kind 0 clact,1 dnnl,2 copybuf */
int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 10, K = argc > 2 ? atoi(argv[2]) : 4;
  size_t n = (size_t)1 << 24;
  const char *locals[3] = {"16", "1", "64"};
  clact_context *ctx[3];
  for (int i = 0; i < 3; ++i) {
    setenv("CLACT_XP_LOCAL", locals[i], 1);
    if (clact_context_create(&ctx[i], NULL)) {
      fprintf(stderr, "ctx\n");
      return 1;
    }
  }
  unsetenv("CLACT_XP_LOCAL");
  float *hx = malloc(n * 4), *hout = aligned_alloc(64, n * 4);
  for (size_t i = 0; i < n; ++i)
    hx[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  cl_mem x[3], o[3];
  for (int i = 0; i < 3; ++i) {
    if (clact_buffer_create(ctx[i], n * 4, &x[i]) || clact_buffer_create(ctx[i], n * 4, &o[i])) {
      fprintf(stderr, "buf\n");
      return 1;
    }
    if (clact_buffer_write(ctx[i], x[i], 0, n * 4, hx)) {
      fprintf(stderr, "wr\n");
      return 1;
    }
  }
  const int ops[3] = {CLACT_RELU, CLACT_SIGMOID, CLACT_IDENTITY};
  const char *opn[3] = {"relu", "sigmoid", "identity"};
  item it[64];
  int ni = 0;
  const char *gs[] = {NULL, "2", "4", "16", "32", "128", "512", "2048"};
  const char *gn[] = {"cur(G8)", "G2", "G4", "G16", "G32", "G128", "G512", "G2048"};
  for (int op = 0; op < 3; ++op) {
    for (int g = 0; g < 8; ++g) {
      if (op == 2 && g != 0 && g != 6) continue;
      it[ni++] = (item){gn[g], 0, gs[g], op, 0};
    }
    if (op < 2) {
      it[ni++] = (item){"G512L1", 1, "512", op, 0};
      it[ni++] = (item){"G8L1", 1, "8", op, 0};
      it[ni++] = (item){"G128L64", 2, "128", op, 0};
      it[ni++] = (item){"G8L64", 2, "8", op, 0};
      it[ni++] = (item){"oneDNN", 0, NULL, op, 1};
    }
  }
  it[ni++] = (item){"copybuf", 0, NULL, 2, 2};
  bench_onednn *dn[2];
  for (int op = 0; op < 2; ++op) {
    clact_op cop;
    clact_op_init(&cop, (clact_activation)ops[op]);
    dn[op] = bench_onednn_create(&cop, 0, n, hx, NULL, hout);
    if (!dn[op]) {
      fprintf(stderr, "dnnl\n");
      return 1;
    }
  }
  printf("rep,op,config,local,groups,gbps,load1\n");
  for (int r = -1; r < reps; ++r)
    for (int k = 0; k < ni; ++k) {
      item *t = &it[(k + r * 7 + 70) % ni];
      bench_call c = {ctx[t->ctxi], {0}, BENCH_FWD, n, x[t->ctxi], x[t->ctxi], o[t->ctxi]};
      clact_op_init(&c.op, (clact_activation)ops[t->op]);
      if (t->groups)
        setenv("CLACT_XP_GROUPS", t->groups, 1);
      else
        unsetenv("CLACT_XP_GROUPS");
      double t0;
      clact_status st = 0;
      if (t->kind == 1) {
        bench_onednn_execute(dn[t->op]);
        t0 = bench_now();
        for (int i = 0; i < K; ++i)
          bench_onednn_execute(dn[t->op]);
      } else {
        bench_enqueue_fn f = t->kind == 2 ? bench_enqueue_copy_buffer : bench_enqueue_op;
        f(&c);
        clact_finish(c.ctx);
        t0 = bench_now();
        for (int i = 0; i < K && !st; ++i)
          st = f(&c);
        if (!st) st = clact_finish(c.ctx);
      }
      double s = (bench_now() - t0) / K;
      if (st) {
        fprintf(stderr, "st %d\n", st);
        return 1;
      }
      if (r >= 0)
        printf("%d,%s,%s,%s,%s,%.3f,%.2f\n", r, opn[t->op], t->name, locals[t->ctxi],
               t->groups ? t->groups : "8", 2.0 * n * 4 / s / 1e9, load1());
      fflush(stdout);
    }
  return 0;
}
