#!/usr/bin/env bash
# The README's second command: install what is missing, build, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
# The reliability stages below also need the simulator and clang's sanitizer/fuzzer runtimes.
CLACT_CHECK_PACKAGES="oclgrind clang libclang-rt-dev clang-16 libclc-16 python3 python3-mpmath libdnnl-dev"
clact_install $CLACT_PACKAGES $CLACT_CHECK_PACKAGES
clact_build

# The code follows the committed .clang-format, checked with clang-format 14 (Debian 12's,
# the CI machine's); other major versions format some constructs differently, so there
# the check is skipped with a note rather than failing on the tool.
if command -v clang-format >/dev/null 2>&1; then
  if clang-format --version | grep -q 'version 14\.'; then
    git ls-files '*.c' '*.h' | xargs clang-format --dry-run -Werror
    echo "clang-format: clean"
  else
    echo "clang-format: not version 14, format check skipped ($(clang-format --version))"
  fi
fi

ctest --test-dir build --output-on-failure -j 2

# ---- reliability stages (docs/ERRORS.md): each one fails the script on any finding -------
werror=OFF
[ -n "${CI:-}" ] && werror=ON
stage_start=$SECONDS
stage_done() { echo "stage $1: passed in $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }
# PoCL's kernel cache from the suite above: the same kernel sources and options, so the
# other builds start warm instead of compiling every program again.
warm_cache() { [ -d build/pocl-cache ] && mkdir -p "$1" && cp -r build/pocl-cache/. "$1/" || true; }

# 1. Sanitizers: the host library, the tools and the tests built with ASan + UBSan; the
#    whole CTest suite with leak detection on (tests/CMakeLists.txt sets the options and
#    tests/lsan.supp, which names third-party frames only); the two 5 M-input accuracy runs
#    run there on 256 K inputs (check_sampled.f32, .f64). Left out as well, to keep CI
#    within its time: the value sweeps whose host code other tests already run under the
#    sanitizers — the gated and bias rows in 16-bit and f64 (their f32 tests stay), the
#    exhaustive f16 check through the integer store, and the f32/f64 -> 8-bit sweeps
#    (api.quant_computed32 stays).
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLACT_WERROR="$werror" \
  -DCLACT_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$(nproc)"
warm_cache build-asan/pocl-cache
ctest --test-dir build-asan --output-on-failure -j 2 -E \
  '^(check\.(f32|f64|8bit_computed)|check_int_half_store\.f16|bench\.gpu_model|(gated|bias)\.[a-z]+\.(f16|bf16|f64)|api\.quant_computed64)$'
stage_done sanitizers

# 2. Kernel memory safety: the kernel tests on oclgrind, which reports out-of-bounds,
#    uninitialised and racing accesses; any report fails its test (tests/oclgrind_check.sh).
cmake -S . -B build-oclgrind -DCMAKE_BUILD_TYPE=Release -DCLACT_WERROR="$werror" \
  -DCLACT_BUILD_TOOLS=OFF -DCLACT_OCLGRIND=ON >/dev/null
cmake --build build-oclgrind -j "$(nproc)" --target clact_tests clact_oclgrind_shadow_reuse
ctest --test-dir build-oclgrind -L oclgrind --output-on-failure -j 2
stage_done oclgrind

# 3. API fuzzing, deterministic (docs/ERRORS.md): the fuzz target with ASan + UBSan, first
#    on every file of the committed corpus (tests/fuzz/corpus) under libFuzzer, then on
#    inputs made from those files by a seeded mutator (tests/fuzz/replay.c) with a fixed seed
#    and count: the same commit runs the same inputs every time, so this stage passes or
#    fails the same way on every run. Open-ended campaigns with fresh seeds are
#    scripts/fuzz.sh; their findings join the corpus. A crash, a sanitizer report, a leak or
#    a result off the host reference fails.
fuzz_seed=20261130
fuzz_count=6000
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLACT_WERROR="$werror" \
  -DCLACT_FUZZ=ON -DCLACT_SANITIZE=ON -DCLACT_BUILD_TESTS=OFF -DCLACT_BUILD_TOOLS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target clact_fuzz_api clact_fuzz_fixed
warm_cache build-fuzz/pocl-cache
fuzz_env() {
  CLACT_FUZZ_FAILURE="$PWD/build-fuzz/failure.bin" POCL_CACHE_DIR="$PWD/build-fuzz/pocl-cache" \
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$@"
}
fuzz_failed() {
  tail -n 60 build-fuzz/fuzz.log
  echo "fuzz: FAILED $1 (the input: build-fuzz/failure.bin; the log: build-fuzz/fuzz.log)"
  exit 1
}
fuzz_env build-fuzz/clact_fuzz_api -runs=0 -seed=1 -artifact_prefix=build-fuzz/ tests/fuzz/corpus \
  >build-fuzz/fuzz.log 2>&1 || fuzz_failed "on the corpus"
echo "fuzz: the corpus, $(ls tests/fuzz/corpus | wc -l) files under libFuzzer: no finding"
fuzz_env build-fuzz/clact_fuzz_fixed --mutate "$fuzz_seed" "$fuzz_count" tests/fuzz/corpus/* \
  >build-fuzz/fuzz.log 2>&1 || fuzz_failed "in the fixed pass (seed $fuzz_seed, $fuzz_count inputs)"
echo "fuzz: $(tail -n 1 build-fuzz/fuzz.log)"
stage_done fuzz

# 4. Concurrency: the 8-thread test under ThreadSanitizer (PoCL is not instrumented: its
#    own accesses are not seen, clact's and the test's are).
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLACT_WERROR="$werror" \
  -DCLACT_BUILD_TOOLS=OFF -DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread >/dev/null
cmake --build build-tsan -j "$(nproc)" --target clact_tests
warm_cache build-tsan/pocl-cache
TSAN_OPTIONS=halt_on_error=1:exitcode=66 ctest --test-dir build-tsan -R '^api\.threads$' \
  --output-on-failure
stage_done threads
