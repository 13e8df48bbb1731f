#!/bin/bash
# hotloop.sh OP DIR DTYPE [OPTS]: perf record a 1-thread ab_call run, print the hottest loop
op=$1 dir=$2 dt=$3 opts=${4:-}
w=/tmp/s12bf16/hot/$op-$dir-$dt${5:-}; rm -rf $w; mkdir -p $w
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=${LIBDIR:-/work/wt/s12bf16/build}
/tmp/s12bf16/ab_call $op $dir 4194304 1 1 $dt "$opts" >/dev/null
perf record -q -o $w/perf.data /tmp/s12bf16/ab_call $op $dir 16777216 1 10 $dt "$opts" >/dev/null 2>&1
k=clact_$dir
perf annotate -i $w/perf.data --stdio -s _pocl_kernel_${k}_workgroup 2>/dev/null > $w/ann.txt
hot=$(grep -E "^\s+[0-9]+\.[0-9]+ :" $w/ann.txt | sort -rn | head -1 | awk '{print $3}' | tr -d :)
so=$(find $w/pc -name "*.so" | xargs ls -S | head -1)
objdump -d --no-show-raw-insn $so > $w/dis.s
python3 - $w/dis.s $hot $w/loop.s <<'PY'
import re,sys
lines=[l for l in open(sys.argv[1]) if re.match(r'\s+[0-9a-f]+:\t',l)]
addr=[int(l.split(':')[0],16) for l in lines]
hot=int(sys.argv[2],16)
for i,a in enumerate(addr):
    if a<hot: continue
    m=re.search(r'\tj\w+\s+([0-9a-f]+) <',lines[i])
    if m and int(m.group(1),16)<=hot:
        t=int(m.group(1),16); body=[l for l,b in zip(lines,addr) if t<=b<=a]
        open(sys.argv[3],'w').write(''.join(body))
        print("loop %x-%x: %d instructions"%(t,a,len(body)))
        break
PY
