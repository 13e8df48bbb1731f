/* cli.h — what the clact program's commands share: options, errors, timing, tables. */
#ifndef CLACT_CLI_H
#define CLACT_CLI_H

#include "clact.h"

#include <stddef.h>
#include <stdio.h>

/* Exit statuses: 0 all good, 1 a result failed, 2 a usage error. */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

/* Prints "clact CMD: message" and a one-line hint to stderr; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...);
/* Prints "clact: message" (an OpenCL or library failure) to stderr; returns EXIT_FAILED. */
int cli_fail(const char *what, int status);

/* Option parsing: returns 1 and sets *value when argv[*i] is `name VALUE` or
 * `name=VALUE` (advancing *i); 0 otherwise. */
int cli_option(int argc, char **argv, int *i, const char *name, const char **value);
int cli_parse_size(const char *s, size_t *out);

/* Sets of activations, directions and dtypes selected by --op, --dir, --dtype. */
typedef struct cli_selection {
  int op[CLACT_ACTIVATION_COUNT];
  int dir[3]; /* fwd, bwd, bwdy */
  int dtype[CLACT_DTYPE_COUNT];
} cli_selection;
int cli_select_ops(const char *arg, cli_selection *s);    /* "all", "name" or "a,b" */
int cli_select_dirs(const char *arg, cli_selection *s);   /* fwd|bwd|bwdy|all */
int cli_select_dtypes(const char *arg, cli_selection *s); /* f32|f16|bf16|f64|all */

double cli_now(void); /* seconds, monotonic */
int cli_is_terminal(FILE *f);

/* Opens a context on --device (or CLACT_DEVICE / the default); prints why it failed. */
clact_context *cli_context(const char *device);
/* "PoCL: pthread-..." style label for CSV rows: the device name. */
void cli_device_label(clact_context *ctx, char *buf, size_t size);

int cmd_devices(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_plot(int argc, char **argv);

#endif
