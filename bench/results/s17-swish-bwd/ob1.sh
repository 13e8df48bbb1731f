#!/bin/bash
# every f32 pattern (stride 1), swish at beta 1 and 0: base and new alternating
for p in 1 0; do for who in base new; do
  b=/tmp/s17swishbwd/base/build; [ $who = new ] && b=/work/wt/s17swishbwd/build
  POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b POCL_MAX_PTHREAD_COUNT=1 \
    $b/tools/out_bits swish f32 $p 1 | sed "s/^/swish,f32,$p,/" >> /tmp/s17swishbwd/ob/$who-stride1.txt
done; done
echo done >> /tmp/s17swishbwd/ob/new-stride1.txt
