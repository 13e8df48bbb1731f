#!/bin/bash
# hash_chunks.sh: old and new library, each row, the chunks where LOGISTIC_KMIN can act
# (|x| in [8, 128): chunks 65, 66, 193, 194), interleaved old/new
export POCL_CACHE_DIR=/work/wt/s10logistic/build/pocl-cache
out=/tmp/s10logistic/hash
for r in sigmoid tanh softplus logsigmoid elu selu celu gelu_tanh swish gelu_quick; do
  extra=-; [ $r = logsigmoid ] && extra=bwdy
  for lib in old new; do
    [ $lib = old ] && L=/tmp/s10logistic/base || L=/tmp/s10logistic/new
    echo "$(date -u +%H:%M:%S) $lib $r $(uptime | sed 's/.*load average: //')" >> $out/chunks-runlog.txt
    LD_LIBRARY_PATH=$L nice /tmp/s10logistic/allbits2 $r $extra 65 66 193 194 > $out/chunks-$lib-$r.txt
  done
done
echo "$(date -u +%H:%M:%S) done" >> $out/chunks-runlog.txt
