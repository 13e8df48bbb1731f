/* svg.h — the SVG primitives of `clact plot`: text, the document, axes, the output file. */
#ifndef CLACT_CLI_SVG_H
#define CLACT_CLI_SVG_H

#include <stddef.h>
#include <stdio.h>

enum { SVG_MARGIN = 16 }; /* around the page, in px */

/* Writes s as XML character data: markup escaped, control bytes and invalid UTF-8 as '?'. */
void svg_text(FILE *f, const char *s);
/* <text x y [attrs]>escaped</text> */
void svg_label(FILE *f, double x, double y, const char *attrs, const char *text);
/* The XML declaration, <svg> of w x h px with a <title>, and a white background. */
void svg_begin(FILE *f, double w, double h, const char *title);

/* A range widened to round ticks: a step of 1, 2 or 5 times a power of ten, about
 * `target` intervals, and the decimals that print the step exactly. */
typedef struct svg_axis {
  double lo, hi, step;
  int decimals;
} svg_axis;

svg_axis svg_axis_nice(double lo, double hi, int target);
void svg_tick_text(const svg_axis *a, double v, char *buf, size_t size);

/* The plot area of one chart: data coordinates to SVG coordinates. */
typedef struct svg_frame {
  double left, right, top, bottom;
  svg_axis x, y;
} svg_frame;

double svg_x(const svg_frame *fr, double x);
double svg_y(const svg_frame *fr, double y);
/* Horizontal grid lines with labels on the left; the zero line darker. */
void svg_y_grid(FILE *f, const svg_frame *fr);

/* Opens the output ("-" is standard output); prints why and returns NULL when it cannot. */
FILE *svg_open(const char *path);
/* Removes a partial output at path: a regular file only, never a device or a FIFO. */
void svg_discard(const char *path);
/* Closes the output; a short write removes the partial file, prints why and returns 0. */
int svg_close(FILE *f, const char *path);

#endif
