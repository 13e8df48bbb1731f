#!/bin/sh
# oclgrind 21.10 (LLVM 14) --uninitialized on __builtin_shufflevector: run in this directory.
# 1. tr.cl: views.cl's 8 x 8 rounds (ND_ROUND, VW 8) with __builtin_shufflevector on two
#    fully written work-item tiles; then the same with shuffle2 (tr2.cl, made here by sed).
# 2. one shuffle of two loaded float8 per mask: only masks holding index 11 are reported.
echo "builtin transpose: $(oclgrind-kernel --uninitialized tr.sim 2>&1 | grep -c 'Uninitialized value') reports"
sed 's/__builtin_shufflevector(a, b, ND_I8(ND_TLO, h, 0))/shuffle2(a, b, (uint8)(ND_I8(ND_TLO, h, 0)))/; s/__builtin_shufflevector(a, b, ND_I8(ND_THI, h, 0))/shuffle2(a, b, (uint8)(ND_I8(ND_THI, h, 0)))/' tr.cl > tr2.cl
sed 's/^tr.cl/tr2.cl/' tr.sim > tr2.sim
echo "shuffle2 transpose: $(oclgrind-kernel --uninitialized tr2.sim 2>&1 | grep -c 'Uninitialized value') reports"
oclgrind-kernel tr.sim > out1.txt 2>&1; oclgrind-kernel tr2.sim > out2.txt 2>&1
cmp -s out1.txt out2.txt && echo "the two transposes' outputs: identical (and transposed: y[1] = 8)"
for m in "0, 1, 2, 3, 4, 5, 6, 11" "0, 1, 2, 3, 4, 5, 6, 12" "11, 1, 2, 3, 4, 5, 6, 7" "0, 1, 2, 3, 4, 5, 6, 7"; do
  cat > m.cl <<EOT
__kernel void m(__global const float *x, __global float *y) {
  const float8 a = vload8(0, x), b = vload8(1, x);
  vstore8(__builtin_shufflevector(a, b, $m), 0, y);
}
EOT
  printf 'm.cl\nm\n1 1 1\n1 1 1\n<size=64 range=0:1:15 float>\n<size=32 fill=0 float>\n' > m.sim
  echo "mask <$m>: $(oclgrind-kernel --uninitialized --build-options -cl-opt-disable m.sim 2>&1 | grep -c 'Uninitialized value') reports (-cl-opt-disable), $(oclgrind-kernel --uninitialized m.sim 2>&1 | grep -c 'Uninitialized value') (default)"
done
rm -f tr2.cl tr2.sim out1.txt out2.txt m.cl m.sim
