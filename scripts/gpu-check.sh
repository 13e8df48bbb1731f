#!/usr/bin/env bash
# gpu-check.sh — the one prepared run for a machine with an NVIDIA GPU (H100/H200 through
# the device tool): register NVIDIA's OpenCL ICD if it is missing, build, run the whole
# test suite on the GPU and on PoCL, then `clact check` (sampled) and `clact bench` at
# n = 2^28 on the GPU. Everything lands under $OUT (or ./gpu-results) with a summary.
# Budget: well inside 8 minutes; each stage is time-limited so one hang cannot eat the rest.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-$PWD/gpu-results}
mkdir -p "$out"
log() { echo "[$(date +%T)] $*" | tee -a "$out/summary.txt"; }

# NVIDIA's driver ships libnvidia-opencl.so.1 but no ICD file on these machines.
if [ ! -e /etc/OpenCL/vendors/nvidia.icd ] && ldconfig -p | grep -q libnvidia-opencl.so.1; then
  echo libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd
  log "registered the NVIDIA OpenCL ICD"
fi
clinfo -l > "$out/clinfo.txt" 2>&1
log "platforms: $(grep -c Platform "$out/clinfo.txt") ($(tr '\n' ' ' < "$out/clinfo.txt" | cut -c1-200))"

cmake -S . -B build-gpu -DCMAKE_BUILD_TYPE=Release > "$out/configure.log" 2>&1 &&
  cmake --build build-gpu -j "$(nproc)" > "$out/build.log" 2>&1 || { log "BUILD FAILED"; tail -30 "$out/build.log"; exit 1; }
log "built"

status=0
for dev in nvidia pocl; do
  # the accuracy runs (check.*) come next on their own, with a sample sized for the budget
  CLACT_DEVICE=$dev timeout 130 ctest --test-dir build-gpu -j 12 -E '^check[.]' --output-on-failure \
    > "$out/ctest-$dev.log" 2>&1
  rc=$?
  log "ctest on $dev: exit $rc, $(grep -E 'tests passed|tests failed' "$out/ctest-$dev.log" | tail -1)"
  [ $rc -eq 0 ] || status=1
done

date_tag=$(date +%Y-%m-%d)
gpu=$(CLACT_DEVICE=nvidia build-gpu/clact devices 2>/dev/null | grep '\*' | sed 's/.*gpu *//; s/ *[0-9]* CUs.*//; s/[^A-Za-z0-9]/-/g' | head -1)
gpu=${gpu:-nvidia}
# a 1 M-input sample per row (plus the specials and the [-20, 20] sweep; f16/bf16 take all
# 65536) keeps every row inside the budget; the reference runs on all 16 cores
timeout 90 build-gpu/clact check --device nvidia --samples 1048576 --csv > "$out/check-$gpu-$date_tag.csv" 2> "$out/check-stderr.txt"
rc=$?; [ $rc -eq 0 ] || status=1
log "check on the GPU: exit $rc, $(grep -c ',ok$' "$out/check-$gpu-$date_tag.csv") rows ok, $(grep -c ',FAIL$' "$out/check-$gpu-$date_tag.csv") FAIL; $(head -1 "$out/check-stderr.txt")"

timeout 100 build-gpu/clact bench --device nvidia --csv --n 268435456 --dtype all --dir all > "$out/bench-$gpu-$date_tag.csv" 2> "$out/bench-stderr.txt"
rc=$?; [ $rc -eq 0 ] || status=1
log "bench on the GPU: exit $rc; rows below 0.95 of copy (f32/f16/bf16):"
awk -F, 'NR > 1 && $4 != "f64" && $9 < 0.95 { print "  " $2, $3, $4, $9 }' "$out/bench-$gpu-$date_tag.csv" | tee -a "$out/summary.txt"
timeout 30 build-gpu/clact bench --device nvidia --small >> "$out/summary.txt" 2>&1
log "done, status $status"
exit $status
