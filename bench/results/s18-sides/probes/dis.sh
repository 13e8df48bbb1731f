#!/bin/bash
# dis.sh BUILD TAG [others]: md5 of the disassembly of every kernel object PoCL builds for
# each case (a fresh cache per case), one line per case: the whole code, not only the hot
# loop. Without "others" the logistic family's programs (the ones with sides), with it
# other families' (no sides, the same macros) in f32 and bf16.
b=$(realpath $1); tag=$2; set=${3:-sides}; w=/tmp/s18sides/dis/$tag-$set; rm -rf $w; mkdir -p $w
export POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$b
one() { # name cmd...
  local name=$1; shift
  local c=$w/$name; mkdir -p $c
  POCL_CACHE_DIR=$c/pc nice "$@" > /dev/null 2>$c/err || echo "$name FAILED" >&2
  for so in $(find $c/pc -name '*.so' | sort); do
    k=$(echo $so | sed "s|$c/pc/||" | cut -d/ -f3-)   # path below the program's hash
    objdump -d --no-show-raw-insn $so | tail -n +4 > $c/$(echo $k | tr / _).s
  done
  echo "$name $(cat $c/*.s | md5sum | cut -c1-12) $(ls $c/*.s | wc -l) $(cat $c/*.s | wc -l)"
}
if [ "$set" = others ]; then
for dt in f32 bf16; do
  for op in relu gelu elu; do
    for d in fwd bwd; do one $op-$d-$dt $b/tools/ab_call $op $d 65536 1 1 $dt ""; done
  done
  for g in relu gelu; do
    for k in gated_fwd gated_bwd clamped_bwd; do one $k-$g-$dt $b/tools/gated_call $k $g 65536 2 $dt; done
  done
  for k in bias_fwd bias_bwd; do one $k-gelu-$dt $b/tools/gated_call $k gelu 65536 2 $dt; one $k-relu-$dt $b/tools/gated_call $k relu 65536 2 $dt; done
done
exit 0
fi
for dt in f32 f64 f16 bf16; do
  for op in swish softplus gelu_quick sigmoid; do
    for d in fwd bwd; do one $op-$d-$dt $b/tools/ab_call $op $d 65536 1 1 $dt ""; done
  done
  AB_P0=3e-30 one swishrare-fwd-$dt $b/tools/ab_call swish fwd 65536 1 1 $dt ""
  AB_P0=1e30 one softplusrare-fwd-$dt $b/tools/ab_call softplus fwd 65536 1 1 $dt ""
  for g in swish gelu_quick softplus; do
    for k in gated_fwd gated_bwd clamped_fwd clamped_bwd; do one $k-$g-$dt $b/tools/gated_call $k $g 65536 2 $dt; done
  done
  for k in bias_fwd bias_bwd; do one $k-swish-$dt $b/tools/gated_call $k swish 65536 2 $dt; done
done
