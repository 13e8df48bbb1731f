/* cli.h — what the clact program's commands share: exit statuses, errors, the one parser
 * of the common options, devices. */
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

/* Returns 1 and sets *value when argv[*i] is `name VALUE` or `name=VALUE` (advancing *i;
 * *value is NULL when the value is missing); 0 otherwise. */
int cli_option(int argc, char **argv, int *i, const char *name, const char **value);
int cli_parse_size(const char *s, size_t *out); /* "1048576", "0x100000", "2^20" */

/* Sets of activations, directions and dtypes selected by --op, --dir, --dtype. */
typedef struct cli_selection {
  int op[CLACT_ACTIVATION_COUNT];
  int dir[3]; /* fwd, bwd, bwdy */
  int dtype[CLACT_DTYPE_COUNT];
  int dtype8[4]; /* u8, s8, fp8_e4m3, fp8_e5m2 (CLACT_U8 + i): only where CLI_DTYPE8 */
} cli_selection;
int cli_select_ops(const char *arg, cli_selection *s);  /* "all", "name" or "a,b" */
int cli_select_dirs(const char *arg, cli_selection *s); /* fwd|bwd|bwdy|all, or a list */
/* f32|f16|bf16|f64|all (the four float types), or a list that may name 8-bit types */
int cli_select_dtypes(const char *arg, cli_selection *s);

/* ---- the common options: one parser for every command -------------------------------- */
/* Which of them a command takes (--help and -h it always takes). */
enum {
  CLI_CSV = 1,    /* --csv: machine-readable output */
  CLI_DEVICE = 2, /* --device SPEC */
  CLI_OP = 4,     /* --op NAME|all|a,b */
  CLI_DIR = 8,    /* --dir fwd|bwd|bwdy|all */
  CLI_DTYPE = 16, /* --dtype f32|f16|bf16|f64|all */
  CLI_N = 32,     /* --n N, a positive count */
  CLI_DTYPE8 = 64 /* --dtype also takes u8, s8, fp8_e4m3, fp8_e5m2 */
};
typedef struct cli_options {
  int csv;
  const char *device;                       /* NULL: CLACT_DEVICE or the default */
  cli_selection sel;                        /* the command's defaults until --op/--dir/--dtype */
  const char *op_arg, *dir_arg, *dtype_arg; /* as given; NULL when not given */
  size_t n;
} cli_options;

/* A command's own options: returns CLI_TAKEN when argv[*i] (and its value, advancing *i)
 * is one, CLI_NOT_MINE when it is not, or the EXIT_USAGE of a cli_usage call. */
enum { CLI_NOT_MINE = 0, CLI_TAKEN = 1 };
typedef int (*cli_own_option)(int argc, char **argv, int *i, void *state);

/* What a command accepts, its defaults and its help. */
typedef struct cli_command {
  const char *name;                /* "check": for messages */
  int takes;                       /* the common options it takes: CLI_CSV | ... */
  const char *ops, *dirs, *dtypes; /* the defaults of --op, --dir, --dtype; NULL: "all" */
  size_t n;                        /* the default of --n */
  cli_own_option own;              /* its own options; NULL: none */
  const char *usage;               /* printed to stdout for --help */
} cli_command;

/* Sets *o to the command's defaults and parses argv[1..]: the common options it takes,
 * the rest through its own (with state). Returns CLI_PROCEED, or the exit status to
 * return at once: EXIT_OK after printing the usage for --help, EXIT_USAGE after a usage
 * error. */
enum { CLI_PROCEED = -1 };
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_options *o, void *state);

double cli_now(void); /* seconds, monotonic: the bench engine's clock */
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

/* bench_inputs.c: the bench tables' one input, elements [first, first + count) of a fixed
 * scatter over [-10, 10] in dtype t, written to the start of buf. */
clact_status bench_write_inputs(clact_context *ctx, clact_dtype t, cl_mem buf, size_t first,
                                size_t count);
/* bench_views.c: `clact bench --views` (forward of each selected op and dtype on N-D views
 * of n elements). */
clact_status bench_views(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n,
                         int csv);
/* check_quant.c: `clact check` of the selected 8-bit input types: every activation and
 * input code, the reference_q.h quantizations, 0 mismatches allowed. Returns 0 all good,
 * 1 a mismatch or a failed call (printed). */
int check_quant(clact_context *ctx, const cli_selection *sel, int csv, const char *dev);
/* check_quant.c: `clact check --quantizing`: f32 and f64 inputs to the selected 8-bit types
 * through the computed path, judged by refq_judge_computed. Returns as check_quant. */
int check_quant_computed(clact_context *ctx, const cli_selection *sel, int csv, const char *dev);
/* bench_quant.c: `clact bench` rows of the selected 8-bit types (forward, n elements):
 * GB/s and the ratio to a copy of the same bytes. Returns an exit status. */
int bench_quant(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n, int csv);
/* check_gated.c: the gated rows of `clact check` for the selected dtypes: 0 all within
 * their bounds, 1 when a row failed, 2 on a hard error (already reported). */
int check_gated(clact_context *ctx, const char *dev, const cli_selection *sel, int csv);
/* bench_gated.c: `clact bench --gated` (SwiGLU, GeGLU, clamped SwiGLU, bias + gelu, forward
 * and backward, for each selected dtype). */
clact_status bench_gated(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n,
                         int csv);

#endif
