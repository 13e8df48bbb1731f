#!/bin/bash
# the worst rows, f32/f16/bf16 interleaved in one process each, HEAD's library (886452b)
for r in softsign:bwd celu:bwd selu:bwd gelu:bwd gelu_quick:bwd swish:fwd swish:bwd mish:fwd tanhshrink:bwd elu:bwd; do
  echo "# $r $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  LD_LIBRARY_PATH=/tmp/s10half/base-src/build POCL_CACHE_DIR=/tmp/s10half/ab-pocl-base ./ab_call ${r%:*} ${r#*:} 16777216 5 5 f32,f16,bf16 ""
done
