/* common.c — errors, the terminal, the clock and the device, as every command reports them. */
#include "bench.h"
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

int cli_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "clact %s: ", cmd);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\nTry 'clact %s --help'.\n", cmd);
  va_end(ap);
  return EXIT_USAGE;
}

int cli_fail(const char *what, int status) {
  fprintf(stderr, "clact: %s: %s (%s)\n", what, clact_status_string(status),
          clact_status_name(status));
  return EXIT_FAILED;
}

double cli_now(void) { return bench_now(); }

int cli_is_terminal(FILE *f) { return isatty(fileno(f)); }

clact_context *cli_context(const char *device) {
  clact_context *ctx = NULL;
  clact_status st = clact_context_create(&ctx, device);
  if (st) {
    fprintf(stderr, "clact: cannot open device '%s': %s (%s)\n",
            device ? device : (getenv("CLACT_DEVICE") ? getenv("CLACT_DEVICE") : "default"),
            clact_status_string(st), clact_status_name(st));
    return NULL;
  }
  return ctx;
}

void cli_device_label(clact_context *ctx, char *buf, size_t size) {
  if (clact_context_device_name(ctx, buf, size) != CLACT_SUCCESS) snprintf(buf, size, "unknown");
  for (char *p = buf; *p; ++p)
    if (*p == ',') *p = ' '; /* keep CSV columns intact */
}
