#!/bin/sh
# unrest quick start, for a fresh Debian 12 machine (as root, or a user with sudo):
#
#   ./quickstart.sh run [ARGS...]   install what is needed, build, run the default scenario
#   ./quickstart.sh test            install what is needed, build, run the whole test suite,
#                                   then the sanitizer and fuzz checks
#   ./quickstart.sh sanitize        only the sanitizer and fuzz checks: a second build
#                                   (build-asan, -fsanitize=address,undefined), its fast
#                                   tests (ctest -L fast) and the fuzz targets
#
# Both are safe to repeat: packages already installed and an up-to-date build
# are skipped. Every dependency is a Debian package.
set -eu
cd "$(dirname "$0")"

BUILD_PACKAGES="g++ cmake ninja-build libtomlplusplus-dev libcli11-dev libfmt-dev
  nlohmann-json3-dev librandom123-dev libgtest-dev libgmock-dev libbenchmark-dev
  libopenmpi-dev openmpi-bin"
# The Python package `unrest` (docs/python.md): built with the program.
PYTHON_PACKAGES="pybind11-dev python3-dev python3-pandas python3-matplotlib"
# clang-format for the style check; pytest, the notebook runner and SciPy
# (the sensitivity example) for the Python tests; Chromium for the report's
# browser test.
TEST_PACKAGES="clang-format python3-pytest python3-nbclient python3-nbconvert python3-ipykernel
  python3-scipy chromium"

usage() {
  echo "usage: $0 run [unrest run arguments...] | test | sanitize" >&2
  exit 64
}

install_packages() {
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "quickstart: installing$missing" >&2
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

# The report's chart and map libraries (docs/report.md): npm packages pinned
# by web/package-lock.json, installed into web/node_modules when missing or
# older than the lock. npm comes from Debian unless one is already installed.
web_libraries() {
  command -v npm >/dev/null 2>&1 || install_packages npm
  if [ ! -f web/node_modules/.package-lock.json ] ||
    [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  web_libraries
  # Configure again when the libraries came after the last configuration.
  if [ ! -f build/build.ninja ] || [ web/node_modules/.package-lock.json -nt build/build.ninja ]; then
    # Debian's interpreter: the Python packages installed above are its own
    # (another python3 earlier on PATH would build a module none can test).
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE=/usr/bin/python3
  fi
  cmake --build build --parallel "$(nproc)"
}

# The sanitizer build: only what its fast tests need (docs/promises.md).
SANITIZE_TARGETS="unrest unrest_fuzz core_tests space_tests scenario_tests io_tests
  granovetter_tests ensemble_tests report_tests epstein_validation_tests"

sanitize() {
  if [ ! -f build-asan/build.ninja ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUNREST_SANITIZE=ON \
      -DUNREST_BUILD_BENCHMARKS=OFF
  fi
  # shellcheck disable=SC2086
  cmake --build build-asan --parallel "$(nproc)" --target $SANITIZE_TARGETS
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -L fast
}

[ $# -ge 1 ] || usage
command="$1"
shift
case "$command" in
  run)
    # shellcheck disable=SC2086
    install_packages $BUILD_PACKAGES $PYTHON_PACKAGES
    build
    exec ./build/app/unrest run "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    install_packages $BUILD_PACKAGES $PYTHON_PACKAGES $TEST_PACKAGES
    build
    # The Python tests register only when their packages import: here they must.
    ctest --test-dir build -N -R '^python_' | grep -q 'Total Tests: [1-9]' || {
      echo "quickstart: the Python tests are not registered (see cmake's output)" >&2
      exit 1
    }
    ctest --test-dir build -N -R '^cli_report_browser$' | grep -q 'Total Tests: 1' || {
      echo "quickstart: the report's browser test is not registered (see cmake's output)" >&2
      exit 1
    }
    ctest --test-dir build --output-on-failure --parallel "$(nproc)"
    sanitize
    ;;
  sanitize)
    # shellcheck disable=SC2086
    install_packages $BUILD_PACKAGES
    sanitize
    ;;
  *) usage ;;
esac
