#!/bin/bash
# exp build (worktree's views.cl + the backward tile port behind scratch macros): sigmoid backward
# from x on the transposed view (in transposed, dy and dx dense), one PoCL thread, 15 calls,
# variants interleaved: off = the tile as at HEAD; out = formula loop out of line; pfw = dx's
# lines prefetched for writing 4 tiles ahead; 1d = the 1-D backward
cd /tmp/s13views/exp; export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 VC_BWD=1
for r in $(seq 1 ${2:-4}); do
  echo "round $r $(uptime)"
  for o in "off:-DS13_BWD_OFF" "outplane:-DS13_BWD_PLANE" "outplanedy:-DS13_BWD_PLANE -DS13_BWD_DYPF" "offplanedy:-DS13_BWD_OFF -DS13_BWD_PLANE -DS13_BWD_DYPF"; do
    echo -n "${o%%:*} "; CLACT_BUILD_OPTIONS="${o#*:}" VC_PRINT=1 build/tools/view_call ${1:-sigmoid} transpose 16777216 15
  done
  echo -n "1d "; VC_PRINT=1 build/tools/view_call ${1:-sigmoid} 1d 16777216 15
done
