/* clact.c — the command-line program: `clact COMMAND [OPTIONS]`. */
#include "cli.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const struct {
  const char *name;
  int (*run)(int, char **);
  const char *summary;
} commands[] = {
    {"devices", cmd_devices, "list OpenCL platforms and devices, marking the default"},
    {"demo", cmd_demo, "run every activation forward and backward, checked and timed"},
    {"check", cmd_check, "measure the error in ulps of every activation against the reference"},
    {"bench", cmd_bench, "measure throughput against the device's copy bandwidth"},
    {"plot", cmd_plot, "draw f(x) and f'(x) of every activation, or a bench CSV, as SVG"},
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: clact COMMAND [OPTIONS]\n\nOpenCL activation functions, forward and backward "
          "(clact %s).\n\ncommands:\n",
          clact_version_string());
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; ++i)
    fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(f, "\n'clact COMMAND --help' explains a command. Every command that runs on a device\n"
             "takes --device SPEC (gpu, cpu, P:D as 'clact devices' lists them, or a name\n"
             "substring); the environment variable CLACT_DEVICE sets the default. Exit\n"
             "status: 0 all good, 1 a result failed, 2 a usage error.\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  if (!strcmp(argv[1], "--version")) {
    printf("clact %s\n", clact_version_string());
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; ++i)
    if (!strcmp(argv[1], commands[i].name)) return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "clact: unknown command '%s'\nTry 'clact --help' for the list of commands.\n",
          argv[1]);
  return EXIT_USAGE;
}

/* ---- shared helpers ------------------------------------------------------------------- */
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
  unsigned long long v = strtoull(s, &end, 0);
  if (*end == '^' || (end[0] == '*' && end[1] == '*')) { /* 2^24 */
    const char *e = end + (*end == '^' ? 1 : 2);
    unsigned long long p = strtoull(e, &end, 10);
    if (p >= 64) return 0;
    unsigned long long r = 1;
    while (p--)
      r *= v;
    v = r;
  }
  if (*end) return 0;
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
  snprintf(buf, sizeof buf, "%s", arg);
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
    int found = 0;
    for (int i = 0; i < count; ++i)
      if (name_of(i) && !strcmp(tok, name_of(i))) flags[i] = found = 1;
    if (!found) return 0;
  }
  return 1;
}

static const char *op_name(int i) { return clact_activation_name((clact_activation)i); }
static const char *dir_name(int i) {
  return i == 0 ? "fwd" : i == 1 ? "bwd" : i == 2 ? "bwdy" : NULL;
}
static const char *dtype_name(int i) { return clact_dtype_name((clact_dtype)i); }

int cli_select_ops(const char *arg, cli_selection *s) {
  return select_list(arg, s->op, CLACT_ACTIVATION_COUNT, op_name);
}
int cli_select_dirs(const char *arg, cli_selection *s) {
  return select_list(arg, s->dir, 3, dir_name);
}
int cli_select_dtypes(const char *arg, cli_selection *s) {
  return select_list(arg, s->dtype, CLACT_DTYPE_COUNT, dtype_name);
}

double cli_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

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
