#!/bin/sh
# bf16_words.sh OCLGRIND_KERNEL — oclgrind 21.10's --uninitialized check crashes on clact's
# bf16 word loads and stores, so the GPU walk's bf16 tests run without that one check
# (tests/CMakeLists.txt, docs/ERRORS.md). This runs bf16_words.cl under oclgrind-kernel:
# without the check the words must come out right (0x3f80c000 holds the bf16 lanes -2.0,
# low half, and 1.0; doubled: -4.0 and 2.0, 0x4000c080 = 1073791104, in all 16 words);
# with it oclgrind must still crash.
# It fails when oclgrind stops crashing: the signal to give those tests the check back.
cd "$(dirname "$0")" || exit 1
out=$("$1" bf16_words.sim) || { echo "oclgrind-kernel failed without --uninitialized"; exit 1; }
n=$(printf '%s\n' "$out" | grep -c '^  out\[[0-9]*\] = 1073791104$')
[ "$n" = 16 ] || { echo "wrong words without --uninitialized:"; printf '%s\n' "$out"; exit 1; }
"$1" --uninitialized bf16_words.sim > /dev/null 2>&1
rc=$?
if [ "$rc" -lt 128 ]; then
  echo "oclgrind --uninitialized no longer crashes here (exit $rc): run the GPU walk's bf16"
  echo "tests with the check again (drop CLACT_OCLGRIND_NO_UNINIT for them)"
  exit 1
fi
echo "oclgrind --uninitialized still crashes (exit $rc) on the bf16 words"
