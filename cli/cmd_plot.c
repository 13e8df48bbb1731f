/* cmd_plot.c — `clact plot`: one self-contained SVG, written here with fprintf (no plotting
 * dependency). By default a panel per activation with f(x) and f'(x) over [-6, 6], computed
 * on the device through the library and checked against the host reference; with --bench,
 * a bench CSV drawn as bars (plot_bench.c). The SVG primitives are svg.c's. */
#include "cli.h"
#include "plot.h"
#include "reference.h"
#include "svg.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* [-6, 6] in steps of 0.02: x = 0 is a sample, so the kinks of relu and friends are sharp. */
#define POINTS     601
#define TEXT_OF(x) #x
#define DECIMAL(x) TEXT_OF(x) /* POINTS as "601" in the usage text */
enum { MAX_PARAMS = 8 };
#define XMIN (-6.0)
#define XMAX 6.0

/* Colours that stay apart for the common colour-vision deficiencies; f' is also dashed. */
static const char *const COLOR_F = "#1f6fb4", *const COLOR_DF = "#e8710a";

static const char USAGE[] =
    "usage: clact plot --out FILE.svg [--op NAME|all] [--dtype f32|f16|bf16|f64]\n"
    "                  [--param NAME=VALUE]... [--device SPEC] [--gated]\n"
    "       clact plot --bench FILE.csv --out FILE.svg [--op NAME|all]\n\n"
    "Writes one self-contained SVG (no external fonts, scripts or images).\n\n"
    "The first form draws a panel per activation with f(x) and f'(x) over [-6, 6]\n"
    "(" DECIMAL(
        POINTS) " points), computed on the device by clact_forward_host and\n"
                "clact_backward_host (from x, dy = 1) in the given storage type (default f32),\n"
                "each point checked against the long-double host reference. The panel title\n"
                "shows the parameter values. --op all (the default) draws every activation but\n"
                "identity, the copy the bench compares against; name it to draw it.\n"
                "--param NAME=VALUE sets a parameter of every drawn activation that has one of\n"
                "that name (e.g. --param beta=2 for swish and softplus); repeatable.\n"
                "--gated draws each activation as the gate of a gated call on the diagonal\n"
                "a = b = x: y = g(x) x by clact_gated_forward_host, and its derivative\n"
                "da + db = x g'(x) + g(x) by clact_gated_backward_host (dy = 1), da and db\n"
                "each checked against the reference within the gated bound.\n\n"
                "The second form draws a CSV written by 'clact bench --csv' as bars: GB/s as a\n"
                "fraction of the copy bandwidth per activation and direction, one chart per\n"
                "device, dtype and n, and the ratio to oneDNN where the vs_onednn column is\n"
                "filled. Columns are found by name (op, dir and ratio are needed). It needs no\n"
                "device.\n\n"
                "--out - writes the SVG to standard output. Exits 1 if a plotted value is\n"
                "outside its accuracy bound or the file cannot be read or written.\n";

/* ---- f(x) and f'(x) --------------------------------------------------------------------- */

typedef struct curve {
  clact_op op;
  int gated; /* the gated call on a = b = x (--gated) */
  double x[POINTS], f[POINTS], df[POINTS];
  size_t wrong; /* points outside the accuracy bound */
} curve;

/* --param NAME=VALUE: the name points into argv. */
typedef struct param_override {
  const char *name;
  size_t len;
  double value;
  int used;
} param_override;

static int param_count(clact_activation a) {
  int n = 0;
  while (n < 2 && clact_activation_param(a, n, NULL, NULL) == CLACT_SUCCESS)
    ++n;
  return n;
}

/* "sigmoid" or "leaky_relu (negative_slope = 0.01)", with the values the kernels get. */
static void curve_title(const clact_op *op, int gated, char *buf, size_t size) {
  size_t len = (size_t)snprintf(buf, size, "%s", clact_activation_name(op->activation));
  const int np = param_count(op->activation);
  for (int k = 0; k < np && len < size; ++k) {
    const char *name = "";
    clact_activation_param(op->activation, k, &name, NULL);
    len += (size_t)snprintf(buf + len, size - len, "%s%s = %g%s", k ? ", " : " (", name,
                            op->param[k], k == np - 1 ? ")" : "");
  }
  if (gated && len < size) snprintf(buf + len, size - len, " gate: g(x) x");
}

/* The gated form on a = b = x: y = g(x) x, and the derivative along the diagonal
 * da + db (dy = 1), da = x g'(x) and db = g(x) each judged as `clact check` judges them. */
static clact_status compute_gated_curve(clact_context *ctx, curve *c, unsigned char *xs,
                                        unsigned char *ones, unsigned char *out,
                                        unsigned char *out2, const ref_zeros *zeros) {
  const clact_dtype t = c->op.dtype;
  clact_status st = clact_gated_forward_host(ctx, &c->op, POINTS, xs, xs, out);
  for (int i = 0; !st && i < POINTS; ++i) {
    const long double x = c->x[i], got = ref_load(t, out, (size_t)i);
    double ulps;
    c->wrong +=
        !ref_judge_gated(&c->op, REF_FWD, zeros, x, x, got, ref_forward(&c->op, x) * x, &ulps);
    c->f[i] = (double)got;
  }
  if (!st) st = clact_gated_backward_host(ctx, &c->op, POINTS, xs, xs, ones, out, out2);
  for (int i = 0; !st && i < POINTS; ++i) {
    const long double x = c->x[i], da = ref_load(t, out, (size_t)i),
                      db = ref_load(t, out2, (size_t)i);
    double ulps;
    c->wrong += !ref_judge_gated(&c->op, REF_BWD, zeros, x, x, da,
                                 ref_backward(&c->op, x, 1.0L) * x, &ulps);
    c->wrong +=
        !ref_judge_gated(&c->op, REF_FWD, zeros, x, 1.0L, db, ref_forward(&c->op, x), &ulps);
    c->df[i] = (double)(da + db);
  }
  return st;
}

/* Runs op forward and backward on the sample points and judges every result. */
static clact_status compute_curve(clact_context *ctx, curve *c, unsigned char *xs,
                                  unsigned char *ones, unsigned char *out, unsigned char *out2) {
  const clact_dtype t = c->op.dtype;
  for (int i = 0; i < POINTS; ++i) {
    ref_store(t, xs, (size_t)i, XMIN + (XMAX - XMIN) * i / (POINTS - 1));
    ref_store(t, ones, (size_t)i, 1.0L);
    c->x[i] = (double)ref_load(t, xs, (size_t)i); /* the x the kernel sees, rounded */
  }
  ref_zeros zeros;
  ref_find_derivative_zeros(&c->op, &zeros);
  c->wrong = 0;
  if (c->gated) return compute_gated_curve(ctx, c, xs, ones, out, out2, &zeros);
  for (int dir = 0; dir < 2; ++dir) {
    const clact_status st =
        dir == 0 ? clact_forward_host(ctx, &c->op, POINTS, xs, out)
                 : clact_backward_host(ctx, &c->op, CLACT_FROM_X, POINTS, xs, ones, out);
    if (st) return st;
    for (int i = 0; i < POINTS; ++i) {
      const long double got = ref_load(t, out, (size_t)i), x = c->x[i];
      const long double ref = dir == 0 ? ref_forward(&c->op, x) : ref_backward(&c->op, x, 1.0L);
      double ulps;
      int ok = ref_judge(&c->op, dir ? REF_BWD : REF_FWD, &zeros, x, 1.0L, got, ref, &ulps);
      /* a device may flush subnormal results to zero, as `clact check` accepts too */
      const long double min_normal = t == CLACT_F16   ? 0x1p-14L
                                     : t == CLACT_F64 ? 0x1p-1022L
                                                      : 0x1p-126L;
      ok |= got == 0 && fabsl(ref) < min_normal;
      c->wrong += !ok;
      (dir ? c->df : c->f)[i] = (double)got;
    }
  }
  return CLACT_SUCCESS;
}

/* Distance in px of point j from the line through points a and b, times |ab|. */
static double off_line(const svg_frame *fr, const double *x, const double *v, int a, int b, int j) {
  const double ax = svg_x(fr, x[a]), ay = svg_y(fr, v[a]);
  const double bx = svg_x(fr, x[b]) - ax, by = svg_y(fr, v[b]) - ay;
  return fabs((svg_x(fr, x[j]) - ax) * by - (svg_y(fr, v[j]) - ay) * bx);
}

/* A polyline through the finite points; the pen lifts over non-finite ones. A point is
 * left out when it and every point left out since the last one drawn lie within 0.05 px
 * of the segment from that point to the next: straight parts shrink to their ends, and
 * curves stay exact to a twentieth of a pixel. */
static void draw_path(FILE *f, const svg_frame *fr, const double *x, const double *v,
                      const char *color, const char *extra) {
  fprintf(f,
          "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-linejoin=\"round\" %s d=\"",
          color, extra);
  int last = -1; /* the last point drawn in this stretch, -1 with the pen up */
  for (int i = 0; i < POINTS; ++i) {
    if (!isfinite(v[i])) {
      last = -1;
      continue;
    }
    if (last >= 0 && i + 1 < POINTS && isfinite(v[i + 1])) {
      const double len =
          hypot(svg_x(fr, x[i + 1]) - svg_x(fr, x[last]), svg_y(fr, v[i + 1]) - svg_y(fr, v[last]));
      int fits = len > 0;
      for (int j = last + 1; fits && j <= i; ++j)
        fits = off_line(fr, x, v, last, i + 1, j) <= 0.05 * len;
      if (fits) continue;
    }
    fprintf(f, "%s%.1f %.1f", last >= 0 ? " L" : (i ? " M" : "M"), svg_x(fr, x[i]),
            svg_y(fr, v[i]));
    last = i;
  }
  fputs("\"/>\n", f);
}

enum { CELL_W = 312, CELL_H = 236, HEADER = 96 };

static void draw_curve_panel(FILE *f, const curve *c, double cx, double cy) {
  double lo = 0, hi = 0; /* 0 always shown: the zero line is the reference */
  for (int i = 0; i < POINTS; ++i) {
    if (isfinite(c->f[i])) lo = fmin(lo, c->f[i]), hi = fmax(hi, c->f[i]);
    if (isfinite(c->df[i])) lo = fmin(lo, c->df[i]), hi = fmax(hi, c->df[i]);
  }
  svg_frame fr = {cx + 46,
                  cx + CELL_W - 14,
                  cy + 34,
                  cy + CELL_H - 34,
                  svg_axis_nice(XMIN, XMAX, 6),
                  svg_axis_nice(lo, hi, 5)};
  fprintf(
      f,
      "<g class=\"panel\">\n<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" "
      "stroke=\"#d0d0d0\" rx=\"4\"/>\n",
      cx + 2, cy + 2, CELL_W - 4, CELL_H - 4);
  char title[160], buf[32];
  curve_title(&c->op, c->gated, title, sizeof title);
  if (c->wrong) {
    const size_t len = strlen(title);
    snprintf(title + len, sizeof title - len, " WRONG at %zu points", c->wrong);
  }
  /* two parameters make a long title: a smaller font keeps it inside the panel */
  char attrs[128];
  snprintf(attrs, sizeof attrs, "text-anchor=\"middle\" font-size=\"%d\" font-weight=\"bold\"%s",
           strlen(title) > 32 ? 12 : 14, c->wrong ? " fill=\"#c00000\"" : "");
  svg_label(f, cx + CELL_W / 2.0, cy + 22, attrs, title);
  svg_y_grid(f, &fr);
  for (double v = fr.x.lo; v <= fr.x.hi + fr.x.step * 1e-6; v += fr.x.step) {
    const double x = svg_x(&fr, v);
    const int zero = fabs(v) < fr.x.step * 1e-6;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x, fr.top,
            x, fr.bottom, zero ? "#888888" : "#e6e6e6");
    svg_tick_text(&fr.x, v, buf, sizeof buf);
    svg_label(f, x, fr.bottom + 15, "text-anchor=\"middle\" fill=\"#444444\" font-size=\"11\"",
              buf);
  }
  svg_label(f, fr.right, fr.bottom + 29,
            "text-anchor=\"end\" fill=\"#444444\" font-style=\"italic\"", "x");
  fprintf(f,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
          "stroke=\"#888888\"/>\n",
          fr.left, fr.top, fr.right - fr.left, fr.bottom - fr.top);
  draw_path(f, &fr, c->x, c->df, COLOR_DF, "stroke-dasharray=\"6 3\"");
  draw_path(f, &fr, c->x, c->f, COLOR_F, "");
  fputs("</g>\n", f);
}

static void write_curves_svg(FILE *f, const curve *curves, int count, const char *device) {
  const int gated = count > 0 && curves[0].gated;
  const int cols = count <= 4 ? count : count <= 6 ? 3 : 4, rows = (count + cols - 1) / cols;
  char title[128], where[384], how[256];
  snprintf(title, sizeof title, "clact %s: %s and their derivatives", clact_version_string(),
           gated ? "gated activations on a = b = x" : "activations");
  snprintf(where, sizeof where, "on %s, %s, %d points on [-6, 6]", device,
           clact_dtype_name(curves[0].op.dtype), POINTS);
  snprintf(how, sizeof how,
           gated ? "f(x) = g(x) x from clact_gated_forward_host, f'(x) = da + db from "
                   "clact_gated_backward_host (dy = 1), each checked against the host reference"
                 : "f(x) from clact_forward_host, f'(x) from clact_backward_host (from x, dy = "
                   "1), each point checked against the host reference");
  /* wide enough for the panels and, at about 0.6 em a character, for the header lines */
  const double text_w =
      2 * SVG_MARGIN + 8 +
      0.6 * 12 * (double)(strlen(how) > strlen(where) ? strlen(how) : strlen(where));
  const double w = fmax(2 * SVG_MARGIN + cols * CELL_W, text_w),
               h = HEADER + rows * CELL_H + SVG_MARGIN;
  char svg_title[512];
  snprintf(svg_title, sizeof svg_title, "%s %s", title, where);
  svg_begin(f, w, h, svg_title);
  svg_label(f, SVG_MARGIN + 4, 26, "font-size=\"18\" font-weight=\"bold\"", title);
  svg_label(f, SVG_MARGIN + 4, 46, "fill=\"#444444\"", where);
  svg_label(f, SVG_MARGIN + 4, 63, "fill=\"#444444\"", how);
  /* the legend */
  const double ly = 84, lx = SVG_MARGIN + 4;
  fprintf(f,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
          "stroke-width=\"2\"/>\n",
          lx, ly - 4, lx + 26, ly - 4, COLOR_F);
  svg_label(f, lx + 32, ly, "", "f(x)");
  fprintf(f,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
          "stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n",
          lx + 80, ly - 4, lx + 106, ly - 4, COLOR_DF);
  svg_label(f, lx + 112, ly, "", "f'(x)");
  for (int k = 0; k < count; ++k)
    draw_curve_panel(f, &curves[k], SVG_MARGIN + (k % cols) * CELL_W, HEADER + (k / cols) * CELL_H);
  fputs("</svg>\n", f);
}

/* ---- the command ------------------------------------------------------------------------ */

static int parse_param(const char *arg, param_override *p) {
  const char *eq = arg ? strchr(arg, '=') : NULL;
  if (!eq || eq == arg) return 0;
  char *end;
  errno = 0;
  p->value = strtod(eq + 1, &end);
  if (end == eq + 1 || *end || errno || !isfinite(p->value)) return 0;
  p->name = arg, p->len = (size_t)(eq - arg), p->used = 0;
  return 1;
}

/* plot's own options */
typedef struct plot_options {
  const char *out, *bench, *dtype_arg;
  clact_dtype dtype;
  param_override params[MAX_PARAMS];
  int nparams;
  int gated;
} plot_options;

static int plot_option(int argc, char **argv, int *i, void *state) {
  plot_options *p = state;
  const char *v;
  if (!strcmp(argv[*i], "--gated")) {
    p->gated = 1;
  } else if (cli_option(argc, argv, i, "--out", &v)) {
    if (!v || !*v) return cli_usage("plot", "--out needs a file name (or - for stdout)");
    p->out = v;
  } else if (cli_option(argc, argv, i, "--bench", &v)) {
    if (!v || !*v) return cli_usage("plot", "--bench needs the CSV of 'clact bench --csv'");
    p->bench = v;
  } else if (cli_option(argc, argv, i, "--dtype", &v)) { /* one dtype: a set is not drawn */
    /* the curves need a backward: the 8-bit types (forward only) are no storage here */
    if (!v || clact_dtype_from_name(v, &p->dtype) != CLACT_SUCCESS ||
        (int)p->dtype >= CLACT_DTYPE_COUNT)
      return cli_usage("plot", "--dtype is f32, f16, bf16 or f64");
    p->dtype_arg = v;
  } else if (cli_option(argc, argv, i, "--param", &v)) {
    if (p->nparams == MAX_PARAMS) return cli_usage("plot", "at most %d --param", MAX_PARAMS);
    if (!parse_param(v, &p->params[p->nparams]))
      return cli_usage("plot", "--param needs NAME=VALUE with a finite number");
    ++p->nparams;
  } else {
    return CLI_NOT_MINE;
  }
  return CLI_TAKEN;
}

/* --dtype is plot's own: one storage type, not a set */
static const cli_command PLOT = {
    .name = "plot", .takes = CLI_DEVICE | CLI_OP, .own = plot_option, .usage = USAGE};

int cmd_plot(int argc, char **argv) {
  cli_options o;
  plot_options po = {NULL, NULL, NULL, CLACT_F32, {{0}}, 0, 0};
  const int parsed = cli_parse(&PLOT, argc, argv, &o, &po);
  if (parsed != CLI_PROCEED) return parsed;
  const char *device = o.device, *out = po.out, *bench = po.bench, *dtype_arg = po.dtype_arg;
  const cli_selection sel = o.sel;
  const int all_ops = !o.op_arg || !strcmp(o.op_arg, "all"), nparams = po.nparams;
  param_override *params = po.params;
  const clact_dtype dtype = po.dtype;
  if (!out) return cli_usage("plot", "--out FILE.svg is required");
  if (bench) {
    if (device || dtype_arg || nparams || po.gated)
      return cli_usage("plot",
                       "--bench draws the CSV as it is: no --device, --dtype, --param or --gated");
    return plot_bench(bench, &sel, all_ops, out);
  }

  /* the activations to draw, with their parameters; identity only when asked for */
  curve *curves = calloc(CLACT_ACTIVATION_COUNT, sizeof *curves);
  if (!curves) return cli_fail("plot", CLACT_ERROR_OUT_OF_MEMORY);
  int count = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    if (!sel.op[a] || (all_ops && a == CLACT_IDENTITY)) continue;
    clact_op *op = &curves[count].op;
    curves[count].gated = po.gated;
    clact_op_init(op, (clact_activation)a);
    op->dtype = dtype;
    for (int k = 0; k < param_count(op->activation); ++k) {
      const char *name = "";
      clact_activation_param(op->activation, k, &name, NULL);
      for (int p = 0; p < nparams; ++p)
        if (strlen(name) == params[p].len && !strncmp(params[p].name, name, params[p].len))
          op->param[k] = params[p].value, params[p].used = 1;
    }
    ++count;
  }
  for (int p = 0; p < nparams; ++p) {
    if (!params[p].used) {
      free(curves);
      return cli_usage("plot", "no activation drawn has a parameter '%.*s'", (int)params[p].len,
                       params[p].name);
    }
  }

  clact_context *ctx = cli_context(device);
  if (!ctx) {
    free(curves);
    return EXIT_FAILED;
  }
  int status = EXIT_OK;
  clact_status st = CLACT_SUCCESS;
  if (!clact_context_supports(ctx, dtype)) {
    fprintf(stderr, "clact plot: the device does not support %s\n", clact_dtype_name(dtype));
    status = EXIT_FAILED;
  }
  /* The library is the judge of parameter domains; building the programs here also keeps
   * a failed build apart from a wrong value. */
  for (int k = 0; k < count && status == EXIT_OK && !st; ++k) {
    st = clact_prepare(ctx, &curves[k].op);
    if (st == CLACT_ERROR_INVALID_PARAMETER) {
      char title[160];
      curve_title(&curves[k].op, curves[k].gated, title, sizeof title);
      status = cli_usage("plot", "%s: a parameter is outside its domain", title);
      st = CLACT_SUCCESS;
    }
  }
  unsigned char *xs = malloc(POINTS * 8), *ones = malloc(POINTS * 8), *res = malloc(POINTS * 8),
                *res2 = malloc(POINTS * 8);
  if (!xs || !ones || !res || !res2) st = CLACT_ERROR_OUT_OF_MEMORY;
  size_t wrong = 0;
  for (int k = 0; k < count && !st && status == EXIT_OK; ++k) {
    st = compute_curve(ctx, &curves[k], xs, ones, res, res2);
    if (curves[k].wrong)
      fprintf(stderr, "clact plot: %s: %zu of %d points outside the accuracy bound\n",
              clact_activation_name(curves[k].op.activation), curves[k].wrong, 2 * POINTS);
    wrong += curves[k].wrong;
  }
  if (st) status = cli_fail("plot", st);
  if (status == EXIT_OK) {
    char dev[256];
    cli_device_label(ctx, dev, sizeof dev);
    FILE *f = svg_open(out);
    if (f && (write_curves_svg(f, curves, count, dev), svg_close(f, out))) {
      if (f != stdout)
        printf("wrote %s: %d panel%s, f and f' of each on %s (%s)\n", out, count,
               count == 1 ? "" : "s", dev, clact_dtype_name(dtype));
    } else {
      status = EXIT_FAILED;
    }
    if (wrong) status = EXIT_FAILED; /* the SVG shows where, in red */
  }
  free(xs), free(ones), free(res), free(res2), free(curves);
  clact_context_destroy(ctx);
  return status;
}
