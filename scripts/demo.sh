#!/usr/bin/env bash
# The README's first command: install what is missing, build, run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
clact_install $CLACT_PACKAGES
clact_build
build/clact demo "$@"
