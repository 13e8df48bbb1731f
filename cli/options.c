/* options.c — the one parser of the options the commands share (--help, --csv, --device,
 * --op, --dir, --dtype, --n), with the same words and the same errors in every command. */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int cli_option(int argc, char **argv, int *i, const char *name, const char **value) {
  const size_t len = strlen(name);
  if (strncmp(argv[*i], name, len) != 0) return 0;
  if (argv[*i][len] == '=') {
    *value = argv[*i] + len + 1;
    return 1;
  }
  if (argv[*i][len] != '\0') return 0;
  if (*i + 1 >= argc) {
    *value = NULL; /* missing value: the caller reports it */
    return 1;
  }
  *value = argv[++*i];
  return 1;
}

int cli_parse_size(const char *s, size_t *out) {
  if (!s || !isdigit((unsigned char)*s)) return 0;
  char *end;
  errno = 0; /* strtoull saturates at ULLONG_MAX on overflow: a silent wrong count */
  unsigned long long v = strtoull(s, &end, 0);
  if (errno) return 0;
  if (*end == '^' || (end[0] == '*' && end[1] == '*')) { /* 2^24 */
    const char *e = end + (*end == '^' ? 1 : 2);
    if (!isdigit((unsigned char)*e)) return 0; /* "2^" is no power */
    unsigned long long p = strtoull(e, &end, 10);
    if (errno || p >= 64) return 0;
    unsigned long long r = 1;
    while (p--) {
      if (v && r > ULLONG_MAX / v) return 0; /* 10^30 would wrap */
      r *= v;
    }
    v = r;
  }
  if (*end || v > SIZE_MAX) return 0;
  *out = (size_t)v;
  return 1;
}

static int select_list(const char *arg, int *flags, int count, const char *(*name_of)(int)) {
  if (!arg) return 0;
  if (!strcmp(arg, "all")) {
    for (int i = 0; i < count; ++i)
      flags[i] = 1;
    return 1;
  }
  for (int i = 0; i < count; ++i)
    flags[i] = 0;
  char buf[512];
  /* a list cut short would drop its last names silently */
  if ((size_t)snprintf(buf, sizeof buf, "%s", arg) >= sizeof buf) return 0;
  int any = 0;
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
    int found = 0;
    for (int i = 0; i < count; ++i)
      if (name_of(i) && !strcmp(tok, name_of(i))) flags[i] = found = 1;
    if (!found) return 0;
    any = 1;
  }
  return any; /* "" or ",": nothing selected, a run that would check nothing */
}

static const char *op_name(int i) { return clact_activation_name((clact_activation)i); }
static const char *dir_name(int i) {
  return i == 0 ? "fwd" : i == 1 ? "bwd" : i == 2 ? "bwdy" : NULL;
}
/* index i < CLACT_DTYPE_COUNT: a float type; above it, the 8-bit types from CLACT_U8 */
static const char *dtype_name(int i) {
  return clact_dtype_name(
      (clact_dtype)(i < CLACT_DTYPE_COUNT ? i : CLACT_U8 + i - CLACT_DTYPE_COUNT));
}

int cli_select_ops(const char *arg, cli_selection *s) {
  return select_list(arg, s->op, CLACT_ACTIVATION_COUNT, op_name);
}
int cli_select_dirs(const char *arg, cli_selection *s) {
  return select_list(arg, s->dir, 3, dir_name);
}
int cli_select_dtypes(const char *arg, cli_selection *s) {
  enum { N8 = sizeof s->dtype8 / sizeof s->dtype8[0], ALL = CLACT_DTYPE_COUNT + N8 };
  int flags[ALL];
  if (arg && !strcmp(arg, "all")) { /* the float types, as before the 8-bit ones existed */
    for (int i = 0; i < ALL; ++i)
      flags[i] = i < CLACT_DTYPE_COUNT;
  } else if (!select_list(arg, flags, ALL, dtype_name)) {
    return 0;
  }
  for (int i = 0; i < CLACT_DTYPE_COUNT; ++i)
    s->dtype[i] = flags[i];
  for (int i = 0; i < N8; ++i)
    s->dtype8[i] = flags[CLACT_DTYPE_COUNT + i];
  return 1;
}

/* One common option at argv[*i]: CLI_TAKEN, CLI_NOT_MINE, or EXIT_USAGE (printed). */
static int common_option(const char *cmd, int takes, int argc, char **argv, int *i,
                         cli_options *o) {
  const char *v;
  if ((takes & CLI_CSV) && !strcmp(argv[*i], "--csv")) {
    o->csv = 1;
  } else if ((takes & CLI_DEVICE) && cli_option(argc, argv, i, "--device", &v)) {
    /* an empty spec would mean "the default", not the device asked for */
    if (!v || !*v) return cli_usage(cmd, "--device needs a value");
    o->device = v;
  } else if ((takes & CLI_OP) && cli_option(argc, argv, i, "--op", &v)) {
    if (!cli_select_ops(v, &o->sel)) return cli_usage(cmd, "unknown activation '%s'", v ? v : "");
    o->op_arg = v;
  } else if ((takes & CLI_DIR) && cli_option(argc, argv, i, "--dir", &v)) {
    if (!cli_select_dirs(v, &o->sel)) return cli_usage(cmd, "--dir is fwd, bwd, bwdy or all");
    o->dir_arg = v;
  } else if ((takes & CLI_DTYPE) && cli_option(argc, argv, i, "--dtype", &v)) {
    cli_selection sel = o->sel;
    int ok = cli_select_dtypes(v, &sel);
    for (int t = 0; t < 4; ++t) /* 8-bit types only for the commands that run them */
      ok &= !sel.dtype8[t] || (takes & CLI_DTYPE8);
    o->sel = sel;
    if (!ok)
      return cli_usage(cmd,
                       (takes & CLI_DTYPE8)
                           ? "--dtype is f32, f16, bf16, f64, u8, s8, fp8_e4m3, fp8_e5m2 or all"
                           : "--dtype is f32, f16, bf16, f64 or all");
    o->dtype_arg = v;
  } else if ((takes & CLI_N) && cli_option(argc, argv, i, "--n", &v)) {
    if (!cli_parse_size(v, &o->n) || o->n == 0) return cli_usage(cmd, "--n needs a positive count");
    /* the commands size their arrays as n elements of up to 8 bytes, twice over (bench
     * --views and --gated read 2n): a larger n would wrap those sizes */
    if (o->n > SIZE_MAX / 16) return cli_usage(cmd, "--n %s is too large", v);
  } else {
    return CLI_NOT_MINE;
  }
  return CLI_TAKEN;
}

int cli_parse(const cli_command *cmd, int argc, char **argv, cli_options *o, void *state) {
  *o = (cli_options){0};
  cli_select_ops(cmd->ops ? cmd->ops : "all", &o->sel);
  cli_select_dirs(cmd->dirs ? cmd->dirs : "all", &o->sel);
  cli_select_dtypes(cmd->dtypes ? cmd->dtypes : "all", &o->sel);
  o->n = cmd->n;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(cmd->usage, stdout);
      return EXIT_OK;
    }
    int r = common_option(cmd->name, cmd->takes, argc, argv, &i, o);
    if (r == CLI_NOT_MINE && cmd->own) r = cmd->own(argc, argv, &i, state);
    if (r == CLI_NOT_MINE) return cli_usage(cmd->name, "unexpected argument '%s'", argv[i]);
    if (r != CLI_TAKEN) return r;
  }
  return CLI_PROCEED;
}
