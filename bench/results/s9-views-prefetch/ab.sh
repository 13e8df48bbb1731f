#!/bin/sh
# Interleaved A/B: base (main 0dfd343) vs new (the worktree's build), R rounds.
# usage: ab.sh OUTDIR ROUNDS
out=$1; R=${2:-3}
mkdir -p $out
NEW=/work/wt/s9views/build; OLD=/tmp/s9views/base/build
log=$out/runlog.txt
stamp() { echo "$(date -u +%H:%M:%S) $1 load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $log; }
for r in $(seq 1 $R); do
  for which in before after; do
    if [ $which = before ]; then B=$OLD; else B=$NEW; fi
    export POCL_CACHE_DIR=$B/pocl-cache
    stamp "views $which run$r start"
    $B/clact bench --views --csv > $out/views-$which-run$r.csv 2>>$out/stderr.txt
    stamp "gated $which run$r start"
    $B/clact bench --gated --dtype f32 --csv > $out/gated-$which-run$r.csv 2>>$out/stderr.txt
    stamp "$which run$r end"
  done
done
stamp done
