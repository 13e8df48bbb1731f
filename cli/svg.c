/* svg.c — the SVG primitives `clact plot` draws with: escaped text, the document, axes with
 * round ticks, and the output file (written whole or removed). */
#include "svg.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char *const FONT = "font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\"";

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
void svg_text(FILE *f, const char *s) {
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
void svg_label(FILE *f, double x, double y, const char *attrs, const char *text) {
  fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, attrs);
  svg_text(f, text);
  fputs("</text>\n", f);
}

void svg_begin(FILE *f, double w, double h, const char *title) {
  fprintf(f,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
          "viewBox=\"0 0 %.0f %.0f\" %s font-size=\"12\">\n<title>",
          w, h, w, h, FONT);
  svg_text(f, title);
  fprintf(f, "</title>\n<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", w, h);
}

/* ---- axes ------------------------------------------------------------------------------ */

svg_axis svg_axis_nice(double lo, double hi, int target) {
  if (!(hi > lo)) lo -= 0.5, hi += 0.5;
  const double raw = (hi - lo) / target, mag = pow(10, floor(log10(raw))), r = raw / mag;
  const double step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
  /* a curve may pass the last tick by 1% of a step (under a pixel) rather than add a step */
  svg_axis a = {floor(lo / step + 0.01) * step, ceil(hi / step - 0.01) * step, step, 0};
  a.decimals = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
  return a;
}

void svg_tick_text(const svg_axis *a, double v, char *buf, size_t size) {
  if (fabs(v) < a->step * 1e-6) v = 0; /* no "-0.00" */
  snprintf(buf, size, "%.*f", a->decimals, v);
}

double svg_x(const svg_frame *fr, double x) {
  return fr->left + (x - fr->x.lo) / (fr->x.hi - fr->x.lo) * (fr->right - fr->left);
}
double svg_y(const svg_frame *fr, double y) {
  return fr->bottom - (y - fr->y.lo) / (fr->y.hi - fr->y.lo) * (fr->bottom - fr->top);
}

/* Horizontal grid lines with labels on the left; the zero line darker. */
void svg_y_grid(FILE *f, const svg_frame *fr) {
  char buf[32];
  const int count = (int)floor((fr->y.hi - fr->y.lo) / fr->y.step + 0.5);
  for (int k = 0; k <= count; ++k) {
    const double v = fr->y.lo + k * fr->y.step, y = svg_y(fr, v);
    const int zero = fabs(v) < fr->y.step * 1e-6;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", fr->left,
            y, fr->right, y, zero ? "#888888" : "#e6e6e6");
    svg_tick_text(&fr->y, v, buf, sizeof buf);
    svg_label(f, fr->left - 5, y + 4, "text-anchor=\"end\" fill=\"#444444\" font-size=\"11\"", buf);
  }
}

/* ---- the output ------------------------------------------------------------------------ */

/* Opens the output: "-" is standard output. */
FILE *svg_open(const char *path) {
  if (!strcmp(path, "-")) return stdout;
  FILE *f = fopen(path, "w");
  if (!f) fprintf(stderr, "clact plot: cannot write '%s': %s\n", path, strerror(errno));
  return f;
}

void svg_discard(const char *path) {
  /* only a file's partial SVG: a device such as /dev/full, or a FIFO, is not ours to
   * remove (as root, remove() unlinked the device node) */
  struct stat sb;
  if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) remove(path);
}

/* Closes the output; a short write removes the partial file (a regular one) and fails. */
int svg_close(FILE *f, const char *path) {
  const int bad = ferror(f);
  const int closed = f == stdout ? fflush(f) : fclose(f);
  if (bad || closed) {
    fprintf(stderr, "clact plot: writing '%s' failed: %s\n", path, strerror(errno));
    if (f != stdout) svg_discard(path);
    return 0;
  }
  return 1;
}
