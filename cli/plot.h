/* plot.h — the two forms of `clact plot`: f(x) and f'(x) (cmd_plot.c) and a bench CSV as
 * bars (plot_bench.c). */
#ifndef CLACT_CLI_PLOT_H
#define CLACT_CLI_PLOT_H

#include "cli.h"

/* Draws the CSV at csv (rows of the ops in sel, or every row with all_ops) into the SVG
 * out ("-": standard output); prints why it cannot. Returns the command's exit status. */
int plot_bench(const char *csv, const cli_selection *sel, int all_ops, const char *out);

#endif
