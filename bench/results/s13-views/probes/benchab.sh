#!/bin/bash
# base and new interleaved: `clact bench --views --csv` (two PoCL threads, wall clock)
OUT=$1; mkdir -p $OUT
for r in $(seq 1 ${2:-3}); do for b in base new; do
  if [ $b = base ]; then D=/tmp/s13views/base; else D=/work/wt/s13views; fi
  echo "round $r $b $(uptime)" >> $OUT/load.txt
  (cd $D && POCL_CACHE_DIR=$D/build/pocl-cache build/clact bench --views --csv > $OUT/$b-run$r.csv)
done; done
