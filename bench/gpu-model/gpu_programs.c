/* gpu_programs.c — the programs the library builds for a GPU, as the library itself makes
 * them: linked with the library's objects and the simulated GPU (simulated_gpu.c), it
 * prepares every activation in f32, f16 and bf16, writes each activation's kernel sources
 * (the files of its family, host/program.c) to PREFIX.NAME.cl, PREFIX its argument, and
 * prints one line per program: "NAME DTYPE OPTIONS". */
#include "simulated_gpu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The sources of the program built last, to PREFIX.NAME.cl; 0 or 1 as main's status. */
static int write_sources(const char *prefix, const char *name) {
  char path[4096];
  const char *text = simulated_gpu_last_sources();
  const int n = snprintf(path, sizeof path, "%s.%s.cl", prefix, name);
  FILE *f = text && n > 0 && (size_t)n < sizeof path ? fopen(path, "w") : NULL;
  const int written = f && fputs(text, f) >= 0;
  if (!f || fclose(f) != 0 || !written) {
    fprintf(stderr, "cannot write the sources to %s.%s.cl\n", prefix, name);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  /* an option is never a PREFIX: --help wrote --help.NAME.cl into the cwd until 2026-12-02 */
  const int help = argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"));
  if (argc != 2 || argv[1][0] == '-') {
    fprintf(help ? stdout : stderr,
            "usage: %s PREFIX   (writes PREFIX.NAME.cl, prints the options)\n", argv[0]);
    return help ? 0 : 2;
  }
  /* The model is of the library's defaults, not of an experiment. */
  unsetenv("CLACT_BUILD_OPTIONS");
  clact_context *ctx;
  clact_status st = clact_context_create(&ctx, "gpu");
  if (st) {
    fprintf(stderr, "context on the simulated GPU: %s\n", clact_status_name(st));
    return 1;
  }
  const clact_dtype dtypes[] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  int rc = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT && !rc; ++a) {
    for (size_t d = 0; d < sizeof dtypes / sizeof dtypes[0] && !rc; ++d) {
      clact_op op;
      clact_op_init(&op, (clact_activation)a);
      op.dtype = dtypes[d];
      if ((st = clact_prepare(ctx, &op))) {
        fprintf(stderr, "%s %s: %s\n", clact_activation_name(op.activation),
                clact_dtype_name(op.dtype), clact_status_name(st));
        rc = 1;
        break;
      }
      printf("%s %s %s\n", clact_activation_name(op.activation), clact_dtype_name(op.dtype),
             simulated_gpu_last_options());
      /* the sources depend on the activation only (the dtype is a build option) */
      if (d == 0) rc = write_sources(argv[1], clact_activation_name(op.activation));
    }
  }
  clact_context_destroy(ctx);
  return rc;
}
