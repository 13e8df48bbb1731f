#!/usr/bin/env bash
# The README's second command: install what is missing, build, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
clact_install $CLACT_PACKAGES
clact_build

# The code follows the committed .clang-format (checked where clang-format exists).
if command -v clang-format >/dev/null 2>&1; then
  git ls-files '*.c' '*.h' | xargs clang-format --dry-run -Werror
  echo "clang-format: clean"
fi

ctest --test-dir build --output-on-failure -j 2
