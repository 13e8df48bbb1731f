#!/bin/bash
# outbits.sh LIBDIR TAG: tools/out_bits (fwd, bwd dy = 1, bwd seeded dy hashes) of the plain
# rows whose formulas end in math.cl's sc_finish, with that library; own PoCL cache per tag
lib=$1 tag=$2
for spec in "swish f32 1 4099" "swish f32 1.5 4099" "gelu f32 0 4099" "gelu_quick f32 0 4099" \
  "swish bf16 1 1" "swish f16 1 1" "gelu bf16 0 1" "sigmoid f32 0 4099" "swish f64 1 4099"; do
  set -- $spec
  echo "$spec: $(POCL_CACHE_DIR=/tmp/s15bias/pc-ob-$tag LD_LIBRARY_PATH=$lib \
    /work/wt/s15bias/build/tools/out_bits $1 $2 $3 $4 | tr '\n' ' ')"
done
