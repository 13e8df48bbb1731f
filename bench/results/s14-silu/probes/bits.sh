#!/bin/bash
# bits.sh: swish output hashes, old (base f5820df) and new libraries, beta 1 and 1.702,
# f32 every 5th bit pattern (858,993,459 inputs), f16 and bf16 every pattern
cd "${WT:-.}"
for dt in f16 bf16 f32; do for b in 1 1.702; do for lib in old new; do
  L=$([ $lib = old ] && echo ${OLD:?the base library build folder} || echo $PWD/build)
  POCL_CACHE_DIR=${PC:-/tmp/pc}-$lib LD_LIBRARY_PATH=$L build/tools/out_bits swish $dt $b 5 | sed "s/^/swish,$dt,$b,$lib,/"
done; done; done
