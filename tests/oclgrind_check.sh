#!/bin/sh
# oclgrind_check.sh LOG COMMAND [ARG...] — runs COMMAND under oclgrind, the OpenCL device
# simulator, with its checks on: out-of-bounds and invalid accesses (always), reads of
# uninitialised memory, data races between work-items, and API misuse. Fails when the
# command fails or oclgrind reports anything (its report, LOG, is printed).
log=$1
shift
rm -f "$log"
# CLACT_OCLGRIND_NO_UNINIT=1 leaves out the uninitialised-read check (tests/CMakeLists.txt
# says for which test and why).
uninit=--uninitialized
[ "${CLACT_OCLGRIND_NO_UNINIT:-0}" = 1 ] && uninit=
CLACT_DEVICE=oclgrind oclgrind --check-api $uninit --data-races --log "$log" "$@"
rc=$?
if [ -s "$log" ]; then
  echo "oclgrind reported $(grep -c 'Kernel:' "$log") finding(s):"
  head -c 20000 "$log"
  exit 1
fi
exit $rc
