#!/bin/bash
# before/after in one process per row: context "" (the branch: CLACT_HALF_ZMM) and
# "-DCLACT_HALF_NO_ZMM" (PoCL's vloada_half16 / vstorea_half16, as at 886452b), f32 (the same
# code in both contexts: the noise floor) and f16, 5 rounds of 5 calls of 2^24 elements.
for r in softsign:bwd celu:bwd selu:bwd gelu:bwd gelu_quick:bwd swish:fwd swish:bwd mish:fwd tanhshrink:bwd elu:bwd; do
  echo "# $r $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  LD_LIBRARY_PATH=/work/wt/s10half/build POCL_CACHE_DIR=/tmp/s10half/ab-pocl ./ab_call ${r%:*} ${r#*:} 16777216 5 5 f32,f16 "" "-DCLACT_HALF_NO_ZMM"
done
