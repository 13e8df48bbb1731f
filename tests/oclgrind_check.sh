#!/bin/sh
# oclgrind_check.sh LOG COMMAND [ARG...] — runs COMMAND under oclgrind, the OpenCL device
# simulator, with its checks on: out-of-bounds and invalid accesses (always), reads of
# uninitialised memory, data races between work-items, and API misuse. Fails when the
# command fails or oclgrind reports anything (its report, LOG, is printed).
log=$1
shift
rm -f "$log"
CLACT_DEVICE=oclgrind oclgrind --check-api --uninitialized --data-races --log "$log" "$@"
rc=$?
if [ -s "$log" ]; then
  echo "oclgrind reported $(grep -c 'Kernel:' "$log") finding(s):"
  head -c 20000 "$log"
  exit 1
fi
exit $rc
