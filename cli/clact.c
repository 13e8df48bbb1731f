/* clact.c — the command-line program: `clact COMMAND [OPTIONS]`. */
#include "cli.h"

#include <string.h>

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
