/* plot_bench.c — `clact plot --bench`: a CSV of `clact bench --csv` as bar charts of the
 * ratio to copy bandwidth (and to oneDNN where the CSV has it), one chart per device,
 * dtype and n. Columns are found by name, so added columns never break the plot. */
#include "plot.h"
#include "svg.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Colours that stay apart for the common colour-vision deficiencies. */
static const char *const COLOR_DIR[3] = {"#1f6fb4", "#e8710a", "#2ca02c"};
static const char *const DIR_NAMES[3] = {"fwd", "bwd", "bwdy"};

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
  const double title = 2 * SVG_MARGIN + 8 + 0.62 * 14 * (double)strlen(d->keys[c->key]);
  const double subtitle = 2 * SVG_MARGIN + 8 + 0.6 * 12 * (double)strlen(chart_subtitle(c));
  return fmax(bars, fmax(title, subtitle));
}

static void draw_chart(FILE *f, const bench_data *d, const chart *c, double top, double width) {
  double hi = 1.15; /* the reference line at 1 always fits */
  for (size_t i = 0; i < d->count; ++i)
    if (d->rows[i].chart == c->key && isfinite(row_value(&d->rows[i], c->metric)))
      hi = fmax(hi, row_value(&d->rows[i], c->metric) * 1.12);
  svg_frame fr = {CHART_LEFT,         width - 16,   top + 84,
                  top + CHART_H - 40, {0, 1, 1, 0}, svg_axis_nice(0, hi, 5)};
  char text[512], buf[32];
  svg_label(f, SVG_MARGIN + 4, top + 20, "font-size=\"14\" font-weight=\"bold\"", d->keys[c->key]);
  svg_label(f, SVG_MARGIN + 4, top + 38, "fill=\"#444444\"", chart_subtitle(c));
  /* the legend, by direction */
  double lx = SVG_MARGIN + 4;
  for (int k = 0; k < 3; ++k) {
    if (!c->dirs[k]) continue;
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", lx,
            top + 50, COLOR_DIR[k]);
    svg_label(f, lx + 16, top + 61, "", DIR_NAMES[k]);
    lx += 64;
  }
  svg_y_grid(f, &fr);
  fprintf(f,
          "<text transform=\"translate(%.1f %.1f) rotate(-90)\" text-anchor=\"middle\" "
          "fill=\"#444444\">ratio</text>\n",
          SVG_MARGIN + 2.0, (fr.top + fr.bottom) / 2);
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
        const double x = gx + slot * BAR_W, y = svg_y(&fr, fmax(v, 0));
        fprintf(f,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                "<title>",
                x + 1, y, BAR_W - 2, fr.bottom - y, COLOR_DIR[k]);
        snprintf(text, sizeof text, "%s %s: %.3f", r->op, DIR_NAMES[k], v);
        svg_text(f, text);
        fputs("</title></rect>\n", f);
        snprintf(buf, sizeof buf, "%.2f", v);
        svg_label(f, x + BAR_W / 2.0, y - 4, "text-anchor=\"middle\" font-size=\"9\"", buf);
        break; /* one bar per slot: the first row wins if the CSV repeats one */
      }
      ++slot;
    }
    svg_label(f, gx + bars / 2, fr.bottom + 16, "text-anchor=\"middle\"", c->ops[g]);
  }
  const double y1 = svg_y(&fr, 1);
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
  svg_begin(f, width, n * CHART_H + 2 * SVG_MARGIN, title);
  for (int i = 0; i < n; ++i) {
    fputs("<g class=\"chart\">\n", f);
    draw_chart(f, d, &charts[i], SVG_MARGIN + i * CHART_H, width);
    fputs("</g>\n", f);
  }
  fputs("</svg>\n", f);
  free(charts);
  return n;
}

/* ---- the --bench form of the command ------------------------------------------------- */

int plot_bench(const char *csv, const cli_selection *sel, int all_ops, const char *out) {
  bench_data d = {NULL, 0, 0, NULL, 0, 0};
  int ok = read_bench(csv, sel, all_ops, &d);
  FILE *f = ok ? svg_open(out) : NULL;
  if (f) {
    const int charts = write_bench_svg(f, &d, csv);
    ok = svg_close(f, out);
    if (ok && charts < 0) {
      fputs("clact plot: out of memory\n", stderr);
      if (f != stdout) svg_discard(out);
      ok = 0;
    }
    if (ok && f != stdout)
      printf("wrote %s: %zu bars from %s in %d chart%s\n", out, d.count, csv, charts,
             charts == 1 ? "" : "s");
  } else {
    ok = 0;
  }
  free(d.rows), free(d.keys);
  return ok ? EXIT_OK : EXIT_FAILED;
}
