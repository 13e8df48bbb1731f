#!/bin/bash
# t3.sh BUILD TAG: the three huge-beta tests' output (stderr and stdout), for before/after
B=$1
for t in softplus_huge_beta softplus_huge_beta_paths softplus_huge_beta_f64; do
  POCL_CACHE_DIR=$B/pocl-cache $B/tests/clact_tests $t > /tmp/s16refactor/t3-$2-$t.txt 2>&1
  echo "$t rc $?"
done
