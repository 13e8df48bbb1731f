/* onednn_io.h: the set-up tools/onednn_call and tools/vs_onednn share: n f32 inputs x and
 * dy and an output in 64-byte aligned host arrays (oneDNN's runner, bench/onednn.c, works
 * on them in place), clact's context with buffers holding the same inputs, and clact's
 * call (forward, or backward from x) on those buffers. Each tool fills the inputs its own
 * way. Static inline: one header, no library of its own for two probes. */
#ifndef CLACT_TOOLS_ONEDNN_IO_H
#define CLACT_TOOLS_ONEDNN_IO_H

#include "clact.h"
#include "onednn.h"

#include <stdlib.h>
#include <string.h>

typedef struct onednn_io {
  size_t n;
  float *hx, *hdy, *hout; /* the host arrays, n floats each */
  clact_context *ctx;     /* clact's side (onednn_io_clact) */
  cl_mem x, dy, out;
} onednn_io;

/* The host arrays, not filled; 1 when out of memory. */
static inline int onednn_io_alloc(onednn_io *io, size_t n) {
  memset(io, 0, sizeof *io);
  io->n = n;
  io->hx = aligned_alloc(64, n * 4), io->hdy = aligned_alloc(64, n * 4);
  io->hout = aligned_alloc(64, n * 4);
  return !io->hx || !io->hdy || !io->hout;
}

/* oneDNN's runner for op (f32) on the host arrays; NULL on failure. */
static inline bench_onednn *onednn_io_dnnl(const onednn_io *io, const clact_op *op, int bwd) {
  return bench_onednn_create(op, bwd, io->n, io->hx, io->hdy, io->hout);
}

/* clact's context (the default device) and buffers x, dy, out, with x and dy written from
 * the host arrays; 1 on failure. */
static inline int onednn_io_clact(onednn_io *io) {
  const size_t bytes = io->n * 4;
  return clact_context_create(&io->ctx, NULL) || clact_buffer_create(io->ctx, bytes, &io->x) ||
         clact_buffer_create(io->ctx, bytes, &io->dy) ||
         clact_buffer_create(io->ctx, bytes, &io->out) ||
         clact_buffer_write(io->ctx, io->x, 0, bytes, io->hx) ||
         clact_buffer_write(io->ctx, io->dy, 0, bytes, io->hdy);
}

/* reps of op's f32 call on the buffers (forward, or backward from x), then clact_finish;
 * 1 on failure. */
static inline int onednn_io_calls(const onednn_io *io, const clact_op *op, int bwd, int reps) {
  for (int k = 0; k < reps; ++k) {
    const clact_status s =
        bwd ? clact_backward(io->ctx, op, CLACT_FROM_X, io->n, io->x, 0, 1, io->dy, 0, 1, io->out,
                             0, 1, 0, NULL, NULL)
            : clact_forward(io->ctx, op, io->n, io->x, 0, 1, io->out, 0, 1, 0, NULL, NULL);
    if (s) return 1;
  }
  return clact_finish(io->ctx) != CLACT_SUCCESS;
}

/* Everything onednn_io_alloc and onednn_io_clact made (either may not have run). */
static inline void onednn_io_free(onednn_io *io) {
  if (io->x) clact_buffer_release(io->x);
  if (io->dy) clact_buffer_release(io->dy);
  if (io->out) clact_buffer_release(io->out);
  if (io->ctx) clact_context_destroy(io->ctx);
  free(io->hx), free(io->hdy), free(io->hout);
}

#endif
