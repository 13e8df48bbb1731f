/* table.c — the activation table (include/clact.h) turned into lookups and validation. */
#include "internal.h"

#include <math.h>
#include <string.h>

static const activation_info table[CLACT_ACTIVATION_COUNT] = {
#define ROW(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) {#name, {p0n, p1n}, {p0d, p1d}, dom, fy, ex},
    CLACT_ACTIVATIONS(ROW)
#undef ROW
};

static const char *const dtype_names[CLACT_DTYPE_COUNT] = {"f32", "f16", "bf16", "f64"};
static const size_t dtype_sizes[CLACT_DTYPE_COUNT] = {4, 2, 2, 8};
/* The 8-bit types, numbered from CLACT_U8 (include/clact.h). */
static const char *const dtype8_names[] = {"u8", "s8", "fp8_e4m3", "fp8_e5m2"};
enum { DTYPE8_COUNT = sizeof dtype8_names / sizeof dtype8_names[0] };

int clact_is_dtype8(clact_dtype t) { return (unsigned)t - CLACT_U8 < DTYPE8_COUNT; }

const activation_info *clact_info(clact_activation a) {
  return (unsigned)a < CLACT_ACTIVATION_COUNT ? &table[a] : NULL;
}

static int param_count(const activation_info *info) {
  return (strcmp(info->param_name[0], "-") != 0) + (strcmp(info->param_name[1], "-") != 0);
}

clact_status clact_op_init(clact_op *op, clact_activation activation) {
  const activation_info *info = clact_info(activation);
  if (!op) return CLACT_ERROR_INVALID_ARGUMENT;
  if (!info) return CLACT_ERROR_INVALID_ACTIVATION;
  op->activation = activation;
  op->dtype = CLACT_F32;
  op->param[0] = info->param_default[0];
  op->param[1] = info->param_default[1];
  op->alpha = 1.0;
  op->beta = 0.0;
  return CLACT_SUCCESS;
}

const char *clact_activation_name(clact_activation activation) {
  const activation_info *info = clact_info(activation);
  return info ? info->name : NULL;
}

clact_status clact_activation_from_name(const char *name, clact_activation *out) {
  if (!name || !out) return CLACT_ERROR_INVALID_ARGUMENT;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    if (strcmp(name, table[a].name) == 0) {
      *out = (clact_activation)a;
      return CLACT_SUCCESS;
    }
  }
  return CLACT_ERROR_INVALID_ACTIVATION;
}

clact_status clact_activation_param(clact_activation activation, int index, const char **name,
                                    double *default_value) {
  const activation_info *info = clact_info(activation);
  if (!info) return CLACT_ERROR_INVALID_ACTIVATION;
  if (index < 0 || index >= param_count(info)) return CLACT_ERROR_INVALID_PARAMETER;
  if (name) *name = info->param_name[index];
  if (default_value) *default_value = info->param_default[index];
  return CLACT_SUCCESS;
}

const char *clact_dtype_name(clact_dtype dtype) {
  if (clact_is_dtype8(dtype)) return dtype8_names[dtype - CLACT_U8];
  return (unsigned)dtype < CLACT_DTYPE_COUNT ? dtype_names[dtype] : NULL;
}

clact_status clact_dtype_from_name(const char *name, clact_dtype *out) {
  if (!name || !out) return CLACT_ERROR_INVALID_ARGUMENT;
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
    if (strcmp(name, dtype_names[t]) == 0) {
      *out = (clact_dtype)t;
      return CLACT_SUCCESS;
    }
  }
  for (int t = 0; t < DTYPE8_COUNT; ++t) {
    if (strcmp(name, dtype8_names[t]) == 0) {
      *out = (clact_dtype)(CLACT_U8 + t);
      return CLACT_SUCCESS;
    }
  }
  return CLACT_ERROR_INVALID_DTYPE;
}

size_t clact_dtype_size(clact_dtype dtype) {
  if (clact_is_dtype8(dtype)) return 1;
  return (unsigned)dtype < CLACT_DTYPE_COUNT ? dtype_sizes[dtype] : 0;
}

int clact_has_gradient_from_y(const clact_op *op) {
  const activation_info *info = op ? clact_info(op->activation) : NULL;
  if (!info) return 0;
  switch (info->from_y) {
  case CLACT_FROM_Y_ALWAYS: return 1;
  case CLACT_FROM_Y_IF_P0_POSITIVE: return op->param[0] > 0;
  case CLACT_FROM_Y_IF_P0_NONNEGATIVE: return op->param[0] >= 0;
  default: return 0;
  }
}

/* Parameters must be finite and inside the activation's domain; blending factors finite. */
clact_status clact_validate_op(const clact_op *op) {
  if (!op) return CLACT_ERROR_INVALID_ARGUMENT;
  const activation_info *info = clact_info(op->activation);
  if (!info) return CLACT_ERROR_INVALID_ACTIVATION;
  if (clact_is_dtype8(op->dtype)) return CLACT_ERROR_QUANTIZED_DTYPE;
  if ((unsigned)op->dtype >= CLACT_DTYPE_COUNT) return CLACT_ERROR_INVALID_DTYPE;
  /* Parameters travel as float to f32/f16/bf16 kernels: check the values kernels see. */
  const double p0 = clact_param_seen(op->param[0], op->dtype);
  const double p1 = clact_param_seen(op->param[1], op->dtype);
  const double a = clact_param_seen(op->alpha, op->dtype);
  const double b = clact_param_seen(op->beta, op->dtype);
  if (!isfinite(p0) || !isfinite(p1) || !isfinite(a) || !isfinite(b))
    return CLACT_ERROR_INVALID_PARAMETER;
  switch (info->domain) {
  case CLACT_DOMAIN_P0_POSITIVE:
    if (!(p0 > 0)) return CLACT_ERROR_INVALID_PARAMETER;
    break;
  case CLACT_DOMAIN_P0_NONNEGATIVE:
    if (!(p0 >= 0)) return CLACT_ERROR_INVALID_PARAMETER;
    break;
  case CLACT_DOMAIN_P0_LESS_P1:
    if (!(p0 < p1)) return CLACT_ERROR_INVALID_PARAMETER;
    break;
  default: break;
  }
  return CLACT_SUCCESS;
}
