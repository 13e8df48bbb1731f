#!/usr/bin/env bash
# fuzz.sh [MINUTES] [JOBS] — open-ended fuzz campaigns on the public API (docs/ERRORS.md).
#
# Runs libFuzzer on tests/fuzz/api.c (ASan + UBSan, every call, activation, dtype and misuse
# it models) for MINUTES in all (default 60), in JOBS parallel workers (default 1), each a
# chain of campaigns of at most CLACT_FUZZ_CAMPAIGN_MINUTES (default 15) with a fresh seed,
# printed. The campaigns grow build-fuzz/campaign-corpus from tests/fuzz/corpus.
#
# A finding (crash, sanitizer report, leak, or a result off the host reference) is
# minimized and saved as tests/fuzz/corpus/<what>-<sha>.bin, which makes it a named
# regression test of the suite (fuzz.corpus.<file>, replayed by tests/fuzz/replay.c) and an
# input of scripts/test.sh's fixed pass; the campaign then goes on with a new seed. The log
# of every campaign (seed, minutes, runs, coverage, finding) is build-fuzz/campaigns.log.
# Unlike scripts/test.sh, this finds different things on every run: that is its job.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
minutes=${1:-60}
jobs=${2:-1}
campaign_minutes=${CLACT_FUZZ_CAMPAIGN_MINUTES:-15}
clact_install $CLACT_PACKAGES clang libclang-rt-dev

CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLACT_FUZZ=ON \
  -DCLACT_SANITIZE=ON -DCLACT_BUILD_TESTS=OFF -DCLACT_BUILD_TOOLS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target clact_fuzz_api >/dev/null
mkdir -p build-fuzz/campaign-corpus build-fuzz/campaigns
log=build-fuzz/campaigns.log
export POCL_CACHE_DIR="$PWD/build-fuzz/pocl-cache" ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The campaigns start from a snapshot of the corpus, which must pass: a finding saved
# during this run joins tests/fuzz/corpus but not the snapshot, or every later campaign
# would stop on it at once.
rm -rf build-fuzz/seed-corpus && cp -r tests/fuzz/corpus build-fuzz/seed-corpus
if ! build-fuzz/clact_fuzz_api -runs=0 -artifact_prefix=build-fuzz/seed-check. build-fuzz/seed-corpus \
  >build-fuzz/seed-check.log 2>&1; then
  tail -n 20 build-fuzz/seed-check.log
  echo "fuzz.sh: the corpus already fails (ctest -R '^fuzz\.corpus\.' names the file): fix that first"
  exit 1
fi
rm -rf build-fuzz/found-this-run && mkdir -p build-fuzz/found-this-run
end=$((SECONDS + minutes * 60))
before=$(ls tests/fuzz/corpus | wc -l)

# A name for a finding from the fuzz target's message ("fuzz_api: host softplus f64 fwd ...").
finding_name() {
  local words
  words=$(grep -m1 -oE 'fuzz_api: .*' "$1" | cut -d' ' -f2-5 | tr -c 'a-zA-Z0-9_\n' '-' | tr -s '-')
  # a sanitizer's report: its kind and where ("ubsan-api.c-570", "asan-heap-buffer-overflow")
  [ -n "$words" ] || words=$(grep -m1 -oE '[A-Za-z0-9_.]+:[0-9]+:[0-9]+: runtime error' "$1" |
    sed -E 's/^([^:]+):([0-9]+):.*/ubsan-\1-\2/')
  [ -n "$words" ] || words=$(grep -m1 -oE 'ERROR: AddressSanitizer: [a-z-]+' "$1" | sed 's/.*: /asan-/')
  [ -n "$words" ] || words=$(grep -m1 -oE 'ERROR: LeakSanitizer' "$1" | sed 's/.*/leak/')
  echo "${words:-finding}" | head -c 60 | sed 's/-*$//'
}

campaign_loop() {
  local job=$1 seed left secs run out rc fail name sha
  while :; do
    left=$((end - SECONDS))
    [ "$left" -ge 30 ] || return 0
    secs=$((campaign_minutes * 60 < left ? campaign_minutes * 60 : left))
    seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
    run="build-fuzz/campaigns/$(date -u +%Y%m%dT%H%M%S)-job$job-seed$seed"
    echo "fuzz.sh: job $job, seed $seed, $secs s ($run.log)"
    # -rss_limit_mb: the context keeps every program it builds (ctx->slot), and the tidy
    # kind-9 calls (tests/fuzz/api.c) reach the fused ones of every row and dtype: about
    # 2 GB with ASan after 14 minutes, where libFuzzer's default limit (2048 MB) stopped a
    # campaign of s22fuzz without an input; LeakSanitizer reported no leak
    rc=0
    CLACT_FUZZ_FAILURE="$run.failure.bin" build-fuzz/clact_fuzz_api -seed="$seed" -rss_limit_mb=4096 \
      -max_total_time="$secs" -timeout=120 -print_final_stats=1 -artifact_prefix="$run." \
      build-fuzz/campaign-corpus build-fuzz/seed-corpus >"$run.log" 2>&1 || rc=$?
    out="$(date -u +%FT%TZ) job $job seed $seed ${secs}s"
    out="$out runs $(grep -oE '^Done [0-9]+' "$run.log" | cut -d' ' -f2 || true)"
    out="$out $(grep -E '^#[0-9]+[[:space:]]' "$run.log" | tail -n 1 | grep -oE '(cov|ft): [0-9]+' | tr '\n' ' ' || true)"
    if [ "$rc" -eq 0 ]; then
      echo "$out: no finding" >>"$log"
      continue
    fi
    fail="$run.failure.bin"
    [ -s "$fail" ] || fail=$(ls "$run".crash-* "$run".leak-* "$run".timeout-* 2>/dev/null | head -n 1 || true)
    if [ -z "$fail" ] || [ ! -s "$fail" ]; then
      echo "$out: FAILED without a saved input (see $run.log)" >>"$log"
      continue
    fi
    # A timeout on a loaded machine (a campaign at nice 19 beside builds: 152 s for an input
    # that replays in 0.4 s) is not a finding unless it times out again on its own.
    if [ "$fail" = "$(ls "$run".timeout-* 2>/dev/null | head -n 1)" ] &&
      build-fuzz/clact_fuzz_api -timeout=120 -artifact_prefix="$run.again." "$fail" \
        >"$run.again.log" 2>&1; then
      echo "$out: a timeout that did not come again on its own (load $(cut -d' ' -f1 /proc/loadavg)): not saved" >>"$log"
      continue
    fi
    # Minimize: libFuzzer reruns the target on smaller inputs that still fail.
    build-fuzz/clact_fuzz_api -minimize_crash=1 -max_total_time=180 -timeout=120 \
      -exact_artifact_path="$run.min.bin" "$fail" >"$run.min.log" 2>&1 || true
    [ -s "$run.min.bin" ] || cp "$fail" "$run.min.bin"
    name=$(finding_name "$run.log")
    if [ -e "build-fuzz/found-this-run/$name" ]; then
      echo "$out: the same finding again ($name)" >>"$log"
      continue
    fi
    sha=$(sha1sum "$run.min.bin" | cut -c1-8)
    cp "$run.min.bin" "tests/fuzz/corpus/$name-$sha.bin"
    touch "build-fuzz/found-this-run/$name"
    echo "$out: FINDING $(grep -m1 -oE '(fuzz_api|ERROR): .*' "$run.log" | head -c 300)" >>"$log"
    echo "  saved as tests/fuzz/corpus/$name-$sha.bin ($(stat -c %s "$run.min.bin") bytes)" >>"$log"
    echo "fuzz.sh: job $job FINDING: tests/fuzz/corpus/$name-$sha.bin (log $run.log)"
  done
}

echo "fuzz.sh: $minutes minutes, $jobs job(s), campaigns of at most $campaign_minutes minutes"
for j in $(seq 1 "$jobs"); do
  campaign_loop "$j" &
done
wait
echo "fuzz.sh: done; the campaigns: $log"
new=$(($(ls tests/fuzz/corpus | wc -l) - before))
if [ "$new" -gt 0 ]; then
  echo "fuzz.sh: $new finding(s) saved in tests/fuzz/corpus (see $log): each is a failing"
  echo "fuzz.sh: test fuzz.corpus.<file> until fixed; commit them with the fix"
  exit 1
fi
