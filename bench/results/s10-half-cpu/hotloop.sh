#!/bin/bash
# hotloop.sh OP DTYPE DIR: perf record a native 1-thread dtype_call (n = 2^24, 10 calls),
# find the hottest instruction of the kernel, print the innermost loop around it (the
# backward branch after it) with its instruction count and the conversion instructions.
op=$1 dt=$2 dir=$3
w=/tmp/s10half/hot/$op-$dt-$dir; rm -rf $w; mkdir -p $w
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=/work/wt/s10half/build
/tmp/s10half/dtype_call $op $dt $dir 16777216 1 >/dev/null
perf record -q -o $w/perf.data /tmp/s10half/dtype_call $op $dt $dir 16777216 10 >/dev/null 2>&1
so=$(perf report -i $w/perf.data --stdio --sort dso -F dso 2>/dev/null | grep -o "clact_${dir}.so" | head -1)
sofile=$(find $w/pc -name "clact_${dir}.so" | while read f; do echo $f; done | tail -1)
perf annotate -i $w/perf.data --stdio -s _pocl_kernel_clact_${dir}_workgroup 2>/dev/null > $w/ann.txt
hot=$(grep -E "^\s+[0-9]+\.[0-9]+ :" $w/ann.txt | sort -rn | head -1 | awk '{print $3}' | tr -d :)
objdump -d --no-show-raw-insn $(find $w/pc -name "clact_${dir}.so" | head -1) > $w/dis.s
python3 - $w/dis.s $hot <<'PY'
import re,sys
lines=[l for l in open(sys.argv[1]) if re.match(r'\s+[0-9a-f]+:\t',l)]
addr=[int(l.split(':')[0],16) for l in lines]
hot=int(sys.argv[2],16)
# in the workgroup function: pick the first backward branch at/after hot whose target <= hot
for i,a in enumerate(addr):
    if a<hot: continue
    m=re.search(r'\tj\w+\s+([0-9a-f]+) <',lines[i])
    if m and int(m.group(1),16)<=hot:
        t=int(m.group(1),16); body=[l for l,b in zip(lines,addr) if t<=b<=a]
        conv=sum(1 for l in body if re.search(r'vcvtph2ps|vcvtps2ph|vpmovzxwd|vpmovdw|vpslld \$0x10|vinsertf64x4|vextractf64x4',l))
        print("loop %x-%x: %d instructions, %d conversion-related, %d vdivps, %d prefetch"%(t,a,len(body),conv,sum('vdiv' in l for l in body),sum('prefetch' in l for l in body)))
        break
PY
