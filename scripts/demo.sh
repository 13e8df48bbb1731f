#!/usr/bin/env bash
# The README's first command: install what is missing, build, run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
clact_install $CLACT_PACKAGES
CLACT_TARGETS=clact_cli clact_build # the library and the program: the demo needs no tests
build/clact demo "$@"
