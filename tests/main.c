/* main.c — the test runner: `clact_tests NAME [ARG...]` runs one test.
 *
 * The two tables below are the list of tests, read by tests/CMakeLists.txt as well: a test
 * is added by one line here (and its function). CTest runs each row of TESTS as api.NAME
 * (no argument), each row of PER_ACTIVATION_TESTS as NAME.ACT.DTYPE with the arguments
 * "ACT DTYPE", for every activation of include/clact.h's table and every dtype, and each
 * row of PER_FAMILY_TESTS as NAME.FAMILY.DTYPE (below). */
#include "harness.h"

#include <string.h>

#define PER_ACTIVATION_TESTS(X) X(activation)
/* Each row runs as NAME.FAMILY.DTYPE with the arguments "ACT,ACT,... DTYPE": every row of
 * one act_FAMILY.cl (its header's "Rows:" list), one process and one context for them, as
 * the fused programs are built per activation anyway and a process per row would cost
 * ctest a start-up each. */
#define PER_FAMILY_TESTS(X) X(gated) X(bias)

#define TESTS(X)                                                                                   \
  X(status_strings)                                                                                \
  X(version)                                                                                       \
  X(table_lookups)                                                                                 \
  X(context_errors)                                                                                \
  X(device_spec)                                                                                   \
  X(forward_errors)                                                                                \
  X(backward_errors)                                                                               \
  X(host_errors)                                                                                   \
  X(buffer_errors)                                                                                 \
  X(build_log)                                                                                     \
  X(zero_length)                                                                                   \
  X(borrowed_queue)                                                                                \
  X(event_chain)                                                                                   \
  X(host_arrays)                                                                                   \
  X(in_place)                                                                                      \
  X(blending)                                                                                      \
  X(strides)                                                                                       \
  X(overlap)                                                                                       \
  X(sub_buffers)                                                                                   \
  X(special_values)                                                                                \
  X(threads)                                                                                       \
  X(soak)                                                                                          \
  X(views)                                                                                         \
  X(lookup_errors)                                                                                 \
  X(param_errors)                                                                                  \
  X(view_errors)                                                                                   \
  X(host_misuse)                                                                                   \
  X(spec_errors)                                                                                   \
  X(prelu_misuse)                                                                                  \
  X(form_specials)                                                                                 \
  X(extreme_params)                                                                                \
  X(softplus_huge_beta)                                                                            \
  X(softplus_huge_beta_paths)                                                                      \
  X(softplus_huge_beta_f64)                                                                        \
  X(celu_narrow_alphas)                                                                            \
  X(prelu)                                                                                         \
  X(prelu_errors)                                                                                  \
  X(prelu_threads)                                                                                 \
  X(single_element_views)                                                                          \
  X(foreign_events)                                                                                \
  X(image_operands)                                                                                \
  X(tensor_views)                                                                                  \
  X(tensor_view_errors)                                                                            \
  X(quant_tables)                                                                                  \
  X(quant_tables16)                                                                                \
  X(quant_ties)                                                                                    \
  X(quant_device)                                                                                  \
  X(quant_errors)                                                                                  \
  X(quant_cache)                                                                                   \
  X(quant_computed32)                                                                              \
  X(quant_computed64)                                                                              \
  X(quant_computed_errors)                                                                         \
  X(prelu_views)                                                                                   \
  X(prelu_view_errors)                                                                             \
  X(gated_errors)                                                                                  \
  X(gated_host)                                                                                    \
  X(bias_errors)                                                                                   \
  X(gated_clamped)                                                                                 \
  X(gated_pairs)                                                                                   \
  X(gated_in_place)                                                                                \
  X(dbias_shapes)                                                                                  \
  X(fused_stream)                                                                                  \
  X(reference_product)                                                                             \
  X(reference_domain)                                                                              \
  X(reference_zeros)

#define DECLARE(name) int test_##name(const char *arg);
PER_ACTIVATION_TESTS(DECLARE)
PER_FAMILY_TESTS(DECLARE)
TESTS(DECLARE)
#undef DECLARE

int main(int argc, char **argv) {
  static const struct {
    const char *name;
    test_fn fn;
  } tests[] = {
#define ENTRY(name) {#name, test_##name},
      PER_ACTIVATION_TESTS(ENTRY) PER_FAMILY_TESTS(ENTRY) TESTS(ENTRY)
#undef ENTRY
  };
  if (argc < 2) {
    fprintf(stderr, "usage: clact_tests NAME [ARG...]\n");
    return 2;
  }
  char arg[256] = "";
  for (int i = 2; i < argc; ++i) {
    if (i > 2) strncat(arg, " ", sizeof arg - strlen(arg) - 1);
    strncat(arg, argv[i], sizeof arg - strlen(arg) - 1);
  }
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; ++i) {
    if (strcmp(argv[1], tests[i].name) == 0) {
      const int failed = tests[i].fn(arg);
      printf("%s %s: %s\n", argv[1], arg, failed ? "FAILED" : "passed");
      return failed ? 1 : 0;
    }
  }
  fprintf(stderr, "unknown test '%s'\n", argv[1]);
  return 2;
}
