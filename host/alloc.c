/* alloc.c — the library's only calls to malloc, so that a test can make them fail. */
#include "internal.h"

#include <stdlib.h>

void *clact_malloc(size_t bytes) { return CLACT_FAULT() ? NULL : malloc(bytes); }

void *clact_calloc(size_t count, size_t bytes) {
  return CLACT_FAULT() ? NULL : calloc(count, bytes);
}
