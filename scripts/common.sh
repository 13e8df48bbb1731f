# common.sh — sourced by demo.sh and test.sh: install what is missing, configure, build.
# Debian 12 / Ubuntu 24.04. As root, missing packages are installed with apt-get;
# otherwise the exact apt-get line is printed and the script stops.

CLACT_PACKAGES="cmake gcc make pkg-config ocl-icd-opencl-dev opencl-headers pocl-opencl-icd clinfo libxml2-utils"

clact_missing_packages() {
  local missing="" p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

# clact_install PACKAGE...: installs the missing ones (root) or says how (not root).
clact_install() {
  local missing
  missing=$(clact_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "clact needs these packages:$missing" >&2
    echo "install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
  fi
  echo "installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >&2
}

# clact_build [EXTRA CMAKE ARGS...]: configures and builds into build/: every target, or
# only the targets named in CLACT_TARGETS (and what they need). The configuration is the
# same either way, so a later full build in the same folder builds the rest.
clact_build() {
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCLACT_WERROR="$werror" "$@" >/dev/null
  # shellcheck disable=SC2086
  cmake --build build -j "$(nproc)" ${CLACT_TARGETS:+--target $CLACT_TARGETS}
}
