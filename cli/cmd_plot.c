/* cmd_plot.c — `clact plot`: one self-contained SVG, written here with fprintf (no plotting
 * dependency). By default a panel per activation with f(x) and f'(x) over [-6, 6], computed
 * on the device through the library and checked against the host reference; with --bench,
 * a bench CSV drawn as bars of the ratio to copy bandwidth (and to oneDNN when present). */
#include "cli.h"
#include "reference.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* [-6, 6] in steps of 0.02: x = 0 is a sample, so the kinks of relu and friends are sharp. */
enum { POINTS = 601, MAX_PARAMS = 8 };
#define XMIN (-6.0)
#define XMAX 6.0

/* Colours that stay apart for the common colour-vision deficiencies; f' is also dashed. */
static const char *const COLOR_F = "#1f6fb4", *const COLOR_DF = "#e8710a";
static const char *const COLOR_DIR[3] = {"#1f6fb4", "#e8710a", "#2ca02c"};
static const char *const DIR_NAMES[3] = {"fwd", "bwd", "bwdy"};
static const char *const FONT = "font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\"";

static void usage(FILE *f) {
  fprintf(f,
          "usage: clact plot --out FILE.svg [--op NAME|all] [--dtype f32|f16|bf16|f64]\n"
          "                  [--param NAME=VALUE]... [--device SPEC]\n"
          "       clact plot --bench FILE.csv --out FILE.svg [--op NAME|all]\n\n"
          "Writes one self-contained SVG (no external fonts, scripts or images).\n\n"
          "The first form draws a panel per activation with f(x) and f'(x) over [-6, 6]\n"
          "(%d points), computed on the device by clact_forward_host and\n"
          "clact_backward_host (from x, dy = 1) in the given storage type (default f32),\n"
          "each point checked against the long-double host reference. The panel title\n"
          "shows the parameter values. --op all (the default) draws every activation but\n"
          "identity, the copy the bench compares against; name it to draw it.\n"
          "--param NAME=VALUE sets a parameter of every drawn activation that has one of\n"
          "that name (e.g. --param beta=2 for swish and softplus); repeatable.\n\n"
          "The second form draws a CSV written by 'clact bench --csv' as bars: GB/s as a\n"
          "fraction of the copy bandwidth per activation and direction, one chart per\n"
          "device, dtype and n, and the ratio to oneDNN where the vs_onednn column is\n"
          "filled. Columns are found by name (op, dir and ratio are needed). It needs no\n"
          "device.\n\n"
          "--out - writes the SVG to standard output. Exits 1 if a plotted value is\n"
          "outside its accuracy bound or the file cannot be read or written.\n",
          POINTS);
}

/* ---- SVG text -------------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (2 to 4), or 0: XML readers reject invalid
 * sequences, overlong forms and surrogates, and the text comes from devices and files. */
static int utf8_len(const unsigned char *s) {
  const unsigned c = s[0];
  int n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  for (int k = 1; k < n; ++k)
    if ((s[k] & 0xc0) != 0x80) return 0;
  if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0) || (c == 0xf0 && s[1] < 0x90) ||
      (c == 0xf4 && s[1] >= 0x90))
    return 0;
  return n;
}

/* Writes s as XML character data: markup escaped, control bytes and invalid UTF-8 as '?'. */
static void xml_text(FILE *f, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    switch (*p) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\'': fputs("&apos;", f); break;
    default:
      if (*p >= 0x80) {
        const int n = utf8_len(p);
        if (n) {
          fwrite(p, 1, (size_t)n, f);
          p += n;
          continue;
        }
        fputc('?', f);
      } else {
        fputc(*p < 0x20 ? '?' : *p, f);
      }
    }
    ++p;
  }
}

/* <text x y [attrs]>escaped</text> */
static void svg_label(FILE *f, double x, double y, const char *attrs, const char *text) {
  fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, attrs);
  xml_text(f, text);
  fputs("</text>\n", f);
}

static void svg_begin(FILE *f, double w, double h, const char *title) {
  fprintf(f,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
          "viewBox=\"0 0 %.0f %.0f\" %s font-size=\"12\">\n<title>",
          w, h, w, h, FONT);
  xml_text(f, title);
  fprintf(f, "</title>\n<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", w, h);
}

/* ---- axes ------------------------------------------------------------------------------ */

/* A range widened to round ticks: a step of 1, 2 or 5 times a power of ten, about
 * `target` intervals, and the decimals that print the step exactly. */
typedef struct axis {
  double lo, hi, step;
  int decimals;
} axis;

static axis nice_axis(double lo, double hi, int target) {
  if (!(hi > lo)) lo -= 0.5, hi += 0.5;
  const double raw = (hi - lo) / target, mag = pow(10, floor(log10(raw))), r = raw / mag;
  const double step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
  /* a curve may pass the last tick by 1% of a step (under a pixel) rather than add a step */
  axis a = {floor(lo / step + 0.01) * step, ceil(hi / step - 0.01) * step, step, 0};
  a.decimals = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
  return a;
}

static void tick_text(const axis *a, double v, char *buf, size_t size) {
  if (fabs(v) < a->step * 1e-6) v = 0; /* no "-0.00" */
  snprintf(buf, size, "%.*f", a->decimals, v);
}

/* The plot area of one chart: data coordinates to SVG coordinates. */
typedef struct frame {
  double left, right, top, bottom;
  axis x, y;
} frame;

static double sx(const frame *fr, double x) {
  return fr->left + (x - fr->x.lo) / (fr->x.hi - fr->x.lo) * (fr->right - fr->left);
}
static double sy(const frame *fr, double y) {
  return fr->bottom - (y - fr->y.lo) / (fr->y.hi - fr->y.lo) * (fr->bottom - fr->top);
}

/* Horizontal grid lines with labels on the left; the zero line darker. */
static void draw_y_grid(FILE *f, const frame *fr) {
  char buf[32];
  const int count = (int)floor((fr->y.hi - fr->y.lo) / fr->y.step + 0.5);
  for (int k = 0; k <= count; ++k) {
    const double v = fr->y.lo + k * fr->y.step, y = sy(fr, v);
    const int zero = fabs(v) < fr->y.step * 1e-6;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", fr->left,
            y, fr->right, y, zero ? "#888888" : "#e6e6e6");
    tick_text(&fr->y, v, buf, sizeof buf);
    svg_label(f, fr->left - 5, y + 4, "text-anchor=\"end\" fill=\"#444444\" font-size=\"11\"", buf);
  }
}

/* ---- f(x) and f'(x) --------------------------------------------------------------------- */

typedef struct curve {
  clact_op op;
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
static void curve_title(const clact_op *op, char *buf, size_t size) {
  size_t len = (size_t)snprintf(buf, size, "%s", clact_activation_name(op->activation));
  const int np = param_count(op->activation);
  for (int k = 0; k < np && len < size; ++k) {
    const char *name = "";
    clact_activation_param(op->activation, k, &name, NULL);
    len += (size_t)snprintf(buf + len, size - len, "%s%s = %g%s", k ? ", " : " (", name,
                            op->param[k], k == np - 1 ? ")" : "");
  }
}

/* Runs op forward and backward on the sample points and judges every result. */
static clact_status compute_curve(clact_context *ctx, curve *c, unsigned char *xs,
                                  unsigned char *ones, unsigned char *out) {
  const clact_dtype t = c->op.dtype;
  for (int i = 0; i < POINTS; ++i) {
    ref_store(t, xs, (size_t)i, XMIN + (XMAX - XMIN) * i / (POINTS - 1));
    ref_store(t, ones, (size_t)i, 1.0L);
    c->x[i] = (double)ref_load(t, xs, (size_t)i); /* the x the kernel sees, rounded */
  }
  ref_zeros zeros;
  ref_find_derivative_zeros(&c->op, &zeros);
  c->wrong = 0;
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
static double off_line(const frame *fr, const double *x, const double *v, int a, int b, int j) {
  const double ax = sx(fr, x[a]), ay = sy(fr, v[a]);
  const double bx = sx(fr, x[b]) - ax, by = sy(fr, v[b]) - ay;
  return fabs((sx(fr, x[j]) - ax) * by - (sy(fr, v[j]) - ay) * bx);
}

/* A polyline through the finite points; the pen lifts over non-finite ones. A point is
 * left out when it and every point left out since the last one drawn lie within 0.05 px
 * of the segment from that point to the next: straight parts shrink to their ends, and
 * curves stay exact to a twentieth of a pixel. */
static void draw_path(FILE *f, const frame *fr, const double *x, const double *v, const char *color,
                      const char *extra) {
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
          hypot(sx(fr, x[i + 1]) - sx(fr, x[last]), sy(fr, v[i + 1]) - sy(fr, v[last]));
      int fits = len > 0;
      for (int j = last + 1; fits && j <= i; ++j)
        fits = off_line(fr, x, v, last, i + 1, j) <= 0.05 * len;
      if (fits) continue;
    }
    fprintf(f, "%s%.1f %.1f", last >= 0 ? " L" : (i ? " M" : "M"), sx(fr, x[i]), sy(fr, v[i]));
    last = i;
  }
  fputs("\"/>\n", f);
}

enum { CELL_W = 312, CELL_H = 236, MARGIN = 16, HEADER = 96 };

static void draw_curve_panel(FILE *f, const curve *c, double cx, double cy) {
  double lo = 0, hi = 0; /* 0 always shown: the zero line is the reference */
  for (int i = 0; i < POINTS; ++i) {
    if (isfinite(c->f[i])) lo = fmin(lo, c->f[i]), hi = fmax(hi, c->f[i]);
    if (isfinite(c->df[i])) lo = fmin(lo, c->df[i]), hi = fmax(hi, c->df[i]);
  }
  frame fr = {cx + 46,          cx + CELL_W - 14,         cy + 34,
              cy + CELL_H - 34, nice_axis(XMIN, XMAX, 6), nice_axis(lo, hi, 5)};
  fprintf(
      f,
      "<g class=\"panel\">\n<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" "
      "stroke=\"#d0d0d0\" rx=\"4\"/>\n",
      cx + 2, cy + 2, CELL_W - 4, CELL_H - 4);
  char title[160], buf[32];
  curve_title(&c->op, title, sizeof title);
  if (c->wrong) {
    const size_t len = strlen(title);
    snprintf(title + len, sizeof title - len, " WRONG at %zu points", c->wrong);
  }
  /* two parameters make a long title: a smaller font keeps it inside the panel */
  char attrs[128];
  snprintf(attrs, sizeof attrs, "text-anchor=\"middle\" font-size=\"%d\" font-weight=\"bold\"%s",
           strlen(title) > 32 ? 12 : 14, c->wrong ? " fill=\"#c00000\"" : "");
  svg_label(f, cx + CELL_W / 2.0, cy + 22, attrs, title);
  draw_y_grid(f, &fr);
  for (double v = fr.x.lo; v <= fr.x.hi + fr.x.step * 1e-6; v += fr.x.step) {
    const double x = sx(&fr, v);
    const int zero = fabs(v) < fr.x.step * 1e-6;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x, fr.top,
            x, fr.bottom, zero ? "#888888" : "#e6e6e6");
    tick_text(&fr.x, v, buf, sizeof buf);
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
  const int cols = count <= 4 ? count : count <= 6 ? 3 : 4, rows = (count + cols - 1) / cols;
  char title[128], where[384], how[256];
  snprintf(title, sizeof title, "clact %s: activations and their derivatives",
           clact_version_string());
  snprintf(where, sizeof where, "on %s, %s, %d points on [-6, 6]", device,
           clact_dtype_name(curves[0].op.dtype), POINTS);
  snprintf(how, sizeof how,
           "f(x) from clact_forward_host, f'(x) from clact_backward_host (from x, dy = 1), "
           "each point checked against the host reference");
  /* wide enough for the panels and, at about 0.6 em a character, for the header lines */
  const double text_w =
      2 * MARGIN + 8 +
      0.6 * 12 * (double)(strlen(how) > strlen(where) ? strlen(how) : strlen(where));
  const double w = fmax(2 * MARGIN + cols * CELL_W, text_w), h = HEADER + rows * CELL_H + MARGIN;
  char svg_title[512];
  snprintf(svg_title, sizeof svg_title, "%s %s", title, where);
  svg_begin(f, w, h, svg_title);
  svg_label(f, MARGIN + 4, 26, "font-size=\"18\" font-weight=\"bold\"", title);
  svg_label(f, MARGIN + 4, 46, "fill=\"#444444\"", where);
  svg_label(f, MARGIN + 4, 63, "fill=\"#444444\"", how);
  /* the legend */
  const double ly = 84, lx = MARGIN + 4;
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
    draw_curve_panel(f, &curves[k], MARGIN + (k % cols) * CELL_W, HEADER + (k / cols) * CELL_H);
  fputs("</svg>\n", f);
}

/* ---- bench CSV ---------------------------------------------------------------------------- */

typedef struct bench_row {
  int chart;        /* index into the (device, dtype, n) list */
  char op[32];      /* activation name as the CSV has it */
  int dir;          /* 0 fwd, 1 bwd, 2 bwdy */
  double ratio, vs; /* vs: NAN where the CSV has no oneDNN figure */
} bench_row;

typedef struct bench_data {
  bench_row *rows;
  size_t count, cap;
  char (*keys)[320]; /* "device, dtype, n = N" per chart */
  int nkeys, keycap;
} bench_data;

/* Splits a CSV line in place into at most max fields; double quotes may wrap a field
 * (with "" for a quote), as spreadsheets write them. Returns the field count. */
static int split_csv(char *line, char **fields, int max) {
  int n = 0;
  char *p = line;
  for (;;) {
    char *start = p, *w = p;
    if (*p == '"') {
      start = w = ++p;
      while (*p && !(*p == '"' && p[1] != '"')) {
        if (*p == '"') ++p;
        *w++ = *p++;
      }
      if (*p == '"') ++p;
    } else {
      while (*p && *p != ',')
        *w++ = *p++;
    }
    const char sep = *p;
    *w = '\0';
    if (n < max) fields[n++] = start;
    if (sep != ',') return n;
    ++p;
  }
}

static int find_column(char **names, int count, const char *name) {
  for (int i = 0; i < count; ++i)
    if (!strcmp(names[i], name)) return i;
  return -1;
}

static int parse_ratio(const char *s, double *out) {
  char *end;
  errno = 0;
  const double v = strtod(s, &end);
  if (end == s || *end || errno || !isfinite(v)) return 0;
  *out = v;
  return 1;
}

static int bench_key(bench_data *d, const char *key) {
  for (int k = 0; k < d->nkeys; ++k)
    if (!strcmp(d->keys[k], key)) return k;
  if (d->nkeys == d->keycap) {
    const int cap = d->keycap ? 2 * d->keycap : 4;
    void *p = realloc(d->keys, (size_t)cap * sizeof *d->keys);
    if (!p) return -1;
    d->keys = p, d->keycap = cap;
  }
  snprintf(d->keys[d->nkeys], sizeof d->keys[0], "%s", key);
  return d->nkeys++;
}

/* Reads a bench CSV; prints why and returns 0 when it cannot. */
static int read_bench(const char *path, const cli_selection *sel, int all_ops, bench_data *d) {
  FILE *in = fopen(path, "r");
  if (!in) {
    fprintf(stderr, "clact plot: cannot read '%s': %s\n", path, strerror(errno));
    return 0;
  }
  char line[4096], header[4096];
  char *names[64], *fields[64];
  int ncol = 0, c_op = -1, c_dir = -1, c_ratio = -1, c_dev = -1, c_dtype = -1, c_n = -1;
  int c_vs = -1, ok = 1;
  unsigned lineno = 0;
  while (ok && fgets(line, sizeof line, in)) {
    ++lineno;
    const size_t len = strlen(line);
    if (len + 1 == sizeof line && line[len - 1] != '\n') {
      fprintf(stderr, "clact plot: %s:%u: line too long\n", path, lineno);
      ok = 0;
      break;
    }
    line[strcspn(line, "\r\n")] = '\0';
    if (!line[0]) continue;
    if (!ncol) { /* the header: columns by name, so added columns never break the plot */
      memcpy(header, line, sizeof line);
      ncol = split_csv(header, names, 64);
      c_op = find_column(names, ncol, "op"), c_dir = find_column(names, ncol, "dir");
      c_ratio = find_column(names, ncol, "ratio");
      c_dev = find_column(names, ncol, "device"), c_dtype = find_column(names, ncol, "dtype");
      c_n = find_column(names, ncol, "n"), c_vs = find_column(names, ncol, "vs_onednn");
      if (c_op < 0 || c_dir < 0 || c_ratio < 0) {
        fprintf(stderr,
                "clact plot: %s is not a 'clact bench --csv' table: its header needs the "
                "columns op, dir and ratio\n",
                path);
        ok = 0;
      }
      continue;
    }
    const int nf = split_csv(line, fields, 64);
    if (nf != ncol) {
      fprintf(stderr, "clact plot: %s:%u: %d fields where the header has %d\n", path, lineno, nf,
              ncol);
      ok = 0;
      break;
    }
    clact_activation a;
    const int known = clact_activation_from_name(fields[c_op], &a) == CLACT_SUCCESS;
    if (!all_ops && (!known || !sel->op[a])) continue;
    bench_row r = {0, "", -1, 0, NAN};
    for (int k = 0; k < 3; ++k)
      if (!strcmp(fields[c_dir], DIR_NAMES[k])) r.dir = k;
    if (r.dir < 0 || !parse_ratio(fields[c_ratio], &r.ratio)) {
      fprintf(stderr, "clact plot: %s:%u: expected dir fwd, bwd or bwdy and a numeric ratio\n",
              path, lineno);
      ok = 0;
      break;
    }
    if (c_vs >= 0 && fields[c_vs][0] && !parse_ratio(fields[c_vs], &r.vs)) {
      fprintf(stderr, "clact plot: %s:%u: vs_onednn is not a number\n", path, lineno);
      ok = 0;
      break;
    }
    snprintf(r.op, sizeof r.op, "%s", fields[c_op]);
    char key[320];
    snprintf(key, sizeof key, "%s%s%s%s%s", c_dev >= 0 ? fields[c_dev] : "",
             c_dev >= 0 && c_dtype >= 0 ? ", " : "", c_dtype >= 0 ? fields[c_dtype] : "",
             c_n >= 0 ? ", n = " : "", c_n >= 0 ? fields[c_n] : "");
    r.chart = bench_key(d, key);
    if (r.chart < 0) {
      ok = 0;
      break;
    }
    if (d->count == d->cap) {
      const size_t cap = d->cap ? 2 * d->cap : 64;
      void *p = realloc(d->rows, cap * sizeof *d->rows);
      if (!p) {
        ok = 0;
        break;
      }
      d->rows = p, d->cap = cap;
    }
    d->rows[d->count++] = r;
  }
  if (ok && ferror(in)) {
    fprintf(stderr, "clact plot: cannot read '%s': %s\n", path, strerror(errno));
    ok = 0;
  }
  fclose(in);
  if (ok && !ncol) fprintf(stderr, "clact plot: %s is empty\n", path), ok = 0;
  if (ok && !d->count)
    fprintf(stderr, "clact plot: %s has no rows%s\n", path, all_ops ? "" : " for --op"), ok = 0;
  return ok;
}

enum { BAR_W = 24, GROUP_GAP = 20, CHART_H = 310, CHART_LEFT = 58 };

/* The bars of one chart: metric 0 is the ratio to copy bandwidth, 1 the ratio to oneDNN. */
typedef struct chart {
  int key, metric;
  const char *ops[CLACT_ACTIVATION_COUNT * 4];
  int nops, dirs[3];
} chart;

static double row_value(const bench_row *r, int metric) { return metric ? r->vs : r->ratio; }

static void chart_layout(const bench_data *d, chart *c) {
  c->nops = 0;
  memset(c->dirs, 0, sizeof c->dirs);
  for (size_t i = 0; i < d->count; ++i) {
    const bench_row *r = &d->rows[i];
    if (r->chart != c->key || !isfinite(row_value(r, c->metric))) continue;
    c->dirs[r->dir] = 1;
    int k = 0;
    while (k < c->nops && strcmp(c->ops[k], r->op))
      ++k;
    if (k == c->nops && c->nops < (int)(sizeof c->ops / sizeof c->ops[0]))
      c->ops[c->nops++] = r->op;
  }
}

static int chart_ndirs(const chart *c) { return c->dirs[0] + c->dirs[1] + c->dirs[2]; }

static const char *chart_subtitle(const chart *c) {
  return c->metric ? "clact GB/s / oneDNN GB/s on the same data (above 1: clact is faster)"
                   : "GB/s / copy GB/s for the same traffic (1: as fast as a copy)";
}

/* Wide enough for the bars and, at about 0.62 em a character, for the titles. */
static double chart_width(const bench_data *d, const chart *c) {
  const double bars = CHART_LEFT + 16 + c->nops * (chart_ndirs(c) * BAR_W + GROUP_GAP);
  const double title = 2 * MARGIN + 8 + 0.62 * 14 * (double)strlen(d->keys[c->key]);
  const double subtitle = 2 * MARGIN + 8 + 0.6 * 12 * (double)strlen(chart_subtitle(c));
  return fmax(bars, fmax(title, subtitle));
}

static void draw_chart(FILE *f, const bench_data *d, const chart *c, double top, double width) {
  double hi = 1.15; /* the reference line at 1 always fits */
  for (size_t i = 0; i < d->count; ++i)
    if (d->rows[i].chart == c->key && isfinite(row_value(&d->rows[i], c->metric)))
      hi = fmax(hi, row_value(&d->rows[i], c->metric) * 1.12);
  frame fr = {CHART_LEFT,         width - 16,   top + 84,
              top + CHART_H - 40, {0, 1, 1, 0}, nice_axis(0, hi, 5)};
  char text[512], buf[32];
  svg_label(f, MARGIN + 4, top + 20, "font-size=\"14\" font-weight=\"bold\"", d->keys[c->key]);
  svg_label(f, MARGIN + 4, top + 38, "fill=\"#444444\"", chart_subtitle(c));
  /* the legend, by direction */
  double lx = MARGIN + 4;
  for (int k = 0; k < 3; ++k) {
    if (!c->dirs[k]) continue;
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", lx,
            top + 50, COLOR_DIR[k]);
    svg_label(f, lx + 16, top + 61, "", DIR_NAMES[k]);
    lx += 64;
  }
  draw_y_grid(f, &fr);
  fprintf(f,
          "<text transform=\"translate(%.1f %.1f) rotate(-90)\" text-anchor=\"middle\" "
          "fill=\"#444444\">ratio</text>\n",
          MARGIN + 2.0, (fr.top + fr.bottom) / 2);
  /* groups share the width; the bars of a group are centred in it */
  const double gw = (fr.right - fr.left) / c->nops, bars = chart_ndirs(c) * BAR_W;
  for (int g = 0; g < c->nops; ++g) {
    const double gx = fr.left + g * gw + (gw - bars) / 2;
    int slot = 0;
    for (int k = 0; k < 3; ++k) {
      if (!c->dirs[k]) continue;
      for (size_t i = 0; i < d->count; ++i) {
        const bench_row *r = &d->rows[i];
        const double v = row_value(r, c->metric);
        if (r->chart != c->key || r->dir != k || strcmp(r->op, c->ops[g]) || !isfinite(v)) continue;
        const double x = gx + slot * BAR_W, y = sy(&fr, fmax(v, 0));
        fprintf(f,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                "<title>",
                x + 1, y, BAR_W - 2, fr.bottom - y, COLOR_DIR[k]);
        snprintf(text, sizeof text, "%s %s: %.3f", r->op, DIR_NAMES[k], v);
        xml_text(f, text);
        fputs("</title></rect>\n", f);
        snprintf(buf, sizeof buf, "%.2f", v);
        svg_label(f, x + BAR_W / 2.0, y - 4, "text-anchor=\"middle\" font-size=\"9\"", buf);
        break; /* one bar per slot: the first row wins if the CSV repeats one */
      }
      ++slot;
    }
    svg_label(f, gx + bars / 2, fr.bottom + 16, "text-anchor=\"middle\"", c->ops[g]);
  }
  const double y1 = sy(&fr, 1);
  fprintf(f,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222222\" "
          "stroke-dasharray=\"5 4\"/>\n",
          fr.left, y1, fr.right, y1);
  svg_label(f, fr.right - 2, y1 - 4, "text-anchor=\"end\" font-size=\"11\" fill=\"#222222\"",
            c->metric ? "oneDNN" : "copy");
  fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888888\"/>\n",
          fr.left, fr.bottom, fr.right, fr.bottom);
}

/* Returns the number of charts drawn, -1 when out of memory. */
static int write_bench_svg(FILE *f, const bench_data *d, const char *path) {
  chart *charts = calloc((size_t)d->nkeys * 2, sizeof *charts);
  if (!charts) return -1;
  int n = 0;
  double width = 640;
  for (int k = 0; k < d->nkeys; ++k) {
    for (int metric = 0; metric < 2; ++metric) {
      charts[n].key = k, charts[n].metric = metric;
      chart_layout(d, &charts[n]);
      if (!charts[n].nops) continue; /* no oneDNN column or no figures in it */
      width = fmax(width, chart_width(d, &charts[n]));
      ++n;
    }
  }
  char title[512];
  snprintf(title, sizeof title, "clact bench: %s", path);
  svg_begin(f, width, n * CHART_H + 2 * MARGIN, title);
  for (int i = 0; i < n; ++i) {
    fputs("<g class=\"chart\">\n", f);
    draw_chart(f, d, &charts[i], MARGIN + i * CHART_H, width);
    fputs("</g>\n", f);
  }
  fputs("</svg>\n", f);
  free(charts);
  return n;
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

/* Opens the output: "-" is standard output. */
static FILE *open_out(const char *path) {
  if (!strcmp(path, "-")) return stdout;
  FILE *f = fopen(path, "w");
  if (!f) fprintf(stderr, "clact plot: cannot write '%s': %s\n", path, strerror(errno));
  return f;
}

/* Closes the output; a short write removes the partial file and fails. */
static int close_out(FILE *f, const char *path) {
  const int bad = ferror(f);
  const int closed = f == stdout ? fflush(f) : fclose(f);
  if (bad || closed) {
    fprintf(stderr, "clact plot: writing '%s' failed: %s\n", path, strerror(errno));
    if (f != stdout) remove(path);
    return 0;
  }
  return 1;
}

int cmd_plot(int argc, char **argv) {
  const char *device = NULL, *out = NULL, *bench = NULL, *dtype_arg = NULL;
  cli_selection sel;
  cli_select_ops("all", &sel);
  int all_ops = 1, nparams = 0;
  param_override params[MAX_PARAMS];
  clact_dtype dtype = CLACT_F32;
  for (int i = 1; i < argc; ++i) {
    const char *v;
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage(stdout);
      return EXIT_OK;
    } else if (cli_option(argc, argv, &i, "--device", &v)) {
      if (!v) return cli_usage("plot", "--device needs a value");
      device = v;
    } else if (cli_option(argc, argv, &i, "--out", &v)) {
      if (!v || !*v) return cli_usage("plot", "--out needs a file name (or - for stdout)");
      out = v;
    } else if (cli_option(argc, argv, &i, "--bench", &v)) {
      if (!v || !*v) return cli_usage("plot", "--bench needs the CSV of 'clact bench --csv'");
      bench = v;
    } else if (cli_option(argc, argv, &i, "--op", &v)) {
      if (!cli_select_ops(v, &sel)) return cli_usage("plot", "unknown activation '%s'", v ? v : "");
      all_ops = !strcmp(v, "all");
    } else if (cli_option(argc, argv, &i, "--dtype", &v)) {
      if (!v || clact_dtype_from_name(v, &dtype) != CLACT_SUCCESS)
        return cli_usage("plot", "--dtype is f32, f16, bf16 or f64");
      dtype_arg = v;
    } else if (cli_option(argc, argv, &i, "--param", &v)) {
      if (nparams == MAX_PARAMS) return cli_usage("plot", "at most %d --param", MAX_PARAMS);
      if (!parse_param(v, &params[nparams]))
        return cli_usage("plot", "--param needs NAME=VALUE with a finite number");
      ++nparams;
    } else {
      return cli_usage("plot", "unexpected argument '%s'", argv[i]);
    }
  }
  if (!out) return cli_usage("plot", "--out FILE.svg is required");
  if (bench) {
    if (device || dtype_arg || nparams)
      return cli_usage("plot", "--bench draws the CSV as it is: no --device, --dtype or --param");
    bench_data d = {NULL, 0, 0, NULL, 0, 0};
    int ok = read_bench(bench, &sel, all_ops, &d);
    FILE *f = ok ? open_out(out) : NULL;
    if (f) {
      const int charts = write_bench_svg(f, &d, bench);
      ok = close_out(f, out);
      if (ok && charts < 0) {
        fputs("clact plot: out of memory\n", stderr);
        if (f != stdout) remove(out);
        ok = 0;
      }
      if (ok && f != stdout)
        printf("wrote %s: %zu bars from %s in %d chart%s\n", out, d.count, bench, charts,
               charts == 1 ? "" : "s");
    } else {
      ok = 0;
    }
    free(d.rows), free(d.keys);
    return ok ? EXIT_OK : EXIT_FAILED;
  }

  /* the activations to draw, with their parameters; identity only when asked for */
  curve *curves = calloc(CLACT_ACTIVATION_COUNT, sizeof *curves);
  if (!curves) return cli_fail("plot", CLACT_ERROR_OUT_OF_MEMORY);
  int count = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    if (!sel.op[a] || (all_ops && a == CLACT_IDENTITY)) continue;
    clact_op *op = &curves[count].op;
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
      curve_title(&curves[k].op, title, sizeof title);
      status = cli_usage("plot", "%s: a parameter is outside its domain", title);
      st = CLACT_SUCCESS;
    }
  }
  unsigned char *xs = malloc(POINTS * 8), *ones = malloc(POINTS * 8), *res = malloc(POINTS * 8);
  if (!xs || !ones || !res) st = CLACT_ERROR_OUT_OF_MEMORY;
  size_t wrong = 0;
  for (int k = 0; k < count && !st && status == EXIT_OK; ++k) {
    st = compute_curve(ctx, &curves[k], xs, ones, res);
    if (curves[k].wrong)
      fprintf(stderr, "clact plot: %s: %zu of %d points outside the accuracy bound\n",
              clact_activation_name(curves[k].op.activation), curves[k].wrong, 2 * POINTS);
    wrong += curves[k].wrong;
  }
  if (st) status = cli_fail("plot", st);
  if (status == EXIT_OK) {
    char dev[256];
    cli_device_label(ctx, dev, sizeof dev);
    FILE *f = open_out(out);
    if (f && (write_curves_svg(f, curves, count, dev), close_out(f, out))) {
      if (f != stdout)
        printf("wrote %s: %d panel%s, f and f' of each on %s (%s)\n", out, count,
               count == 1 ? "" : "s", dev, clact_dtype_name(dtype));
    } else {
      status = EXIT_FAILED;
    }
    if (wrong) status = EXIT_FAILED; /* the SVG shows where, in red */
  }
  free(xs), free(ones), free(res), free(curves);
  clact_context_destroy(ctx);
  return status;
}
