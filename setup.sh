#!/usr/bin/env bash
# Plenary on Debian 12: install what is missing, build, and run, test, sanitize or fuzz.
#
#   bash setup.sh run              build into build/ and open the sample negotiation
#   bash setup.sh test             build into build/ and run the test suite (ctest)
#   bash setup.sh sanitize         ASan + UBSan build (clang-14) into build-asan/ and its tests
#   bash setup.sh fuzz [SECONDS]   run the parser fuzzer of build-asan/ (default 60 seconds)
#
# Run as root (or with sudo available) when packages are missing. Safe to run again: a second
# run installs nothing, does not reconfigure, rebuilds only what changed and prints no chatter.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

readonly BUILD_DIR=build
readonly ASAN_DIR=build-asan

# Everything the project builds, tests and checks with, from Debian 12.
readonly PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-webengine-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libgit2-dev libhunspell-dev libqpdf-dev libzip-dev libpoppler-cpp-dev
    hunspell hunspell-en-gb hunspell-en-us hunspell-fr hunspell-ru hunspell-es hunspell-ar
    fonts-dejavu-core fonts-wqy-microhei
    xvfb xauth poppler-utils libxml2-utils odt2txt
    openssh-server openssh-client
)
# The sanitizer and fuzzer build.
readonly SANITIZE_PACKAGES=(clang-14 libfuzzer-14-dev libclang-rt-14-dev)

die() {
    echo "setup.sh: $*" >&2
    exit 1
}

usage() {
    sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# Prints the last lines of a log after a failure.
show_log() {
    echo "--- last lines of $1 ---" >&2
    tail -n "${2:-40}" "$1" >&2
}

# Installs the packages that dpkg does not list as installed; silent when there are none.
install_missing() {
    local missing=() package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        [[ $status == installed* ]] || missing+=("$package")
    done
    ((${#missing[@]})) || return 0

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null ||
            die "run as root to install the missing packages: ${missing[*]}"
        sudo=(sudo)
    fi
    local noun=packages
    ((${#missing[@]} > 1)) || noun=package
    echo "Installing ${#missing[@]} missing $noun…"
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/plenary-apt.XXXXXX")
    # Waits for a dpkg lock held by, for instance, unattended-upgrades on a fresh machine.
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
    if ! "${apt[@]}" update >"$log" 2>&1 ||
        ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        show_log "$log"
        die "installing failed: ${missing[*]} (full log: $log)"
    fi
    rm -f "$log"
}

# Configures DIR with Ninja unless it is configured already.
configure() {
    local dir=$1
    shift
    if [[ -f $dir/CMakeCache.txt && (-f $dir/build.ninja || -f $dir/Makefile) ]]; then
        return 0
    fi
    echo "Configuring $dir/…"
    mkdir -p "$dir"
    local args=(-S . -B "$dir")
    # A first configure chooses the generator and options; a half-finished one keeps them.
    [[ -f $dir/CMakeCache.txt ]] || args+=(-G Ninja "$@")
    if ! cmake "${args[@]}" >"$dir/configure.log" 2>&1; then
        show_log "$dir/configure.log"
        die "configuring $dir/ failed (full log: $dir/configure.log)"
    fi
}

# Builds DIR (or some of its targets). Ninja's progress lines and "no work to do" are dropped;
# warnings and errors are shown. One line announces a build that has work to do.
build() {
    local dir=$1
    shift
    local targets=()
    (($# == 0)) || targets=(--target "$@")
    if ! NINJA_STATUS='[%f/%t] ' cmake --build "$dir" "${targets[@]}" 2>&1 |
        tee "$dir/build.log" |
        awk -v dir="$dir" '
            /^\[[0-9]+\/[0-9]+\] / {
                if (!announced && $0 !~ /Re-checking globbed directories/) {
                    print "Building " dir "/…"
                    fflush()
                    announced = 1
                }
                next
            }
            /^ninja: (no work to do|Entering directory)/ { next }
            /^-- / { next }
            /^Updating .*\.qm.\.\.\.$/ || /^    Generated [0-9]+ translation/ { next }
            { print; fflush() }'; then
        die "building $dir/ failed (full log: $dir/build.log)"
    fi
}

sanitizer_environment() {
    local here=$PWD
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1}
    if [[ -f tests/lsan.supp ]]; then
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/lsan.supp:print_suppressions=0}
    fi
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

build_asan() {
    install_missing "${PACKAGES[@]}" "${SANITIZE_PACKAGES[@]}"
    # Debug keeps Q_ASSERT and the library assertions on; -O1 keeps the fuzzer fast.
    configure "$ASAN_DIR" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS" \
        -DPLENARY_SANITIZE=ON -DPLENARY_FUZZ=ON
    build "$ASAN_DIR" "$@"
}

build_release() {
    install_missing "${PACKAGES[@]}"
    configure "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++
    build "$BUILD_DIR"
}

run_fuzzer() {
    local seconds=$1
    [[ $seconds =~ ^[1-9][0-9]*$ ]] || die "fuzz: SECONDS must be a positive number, not '$seconds'"
    build_asan plenary_fuzz_reader
    sanitizer_environment

    local work=$ASAN_DIR/fuzz
    local corpus=$work/corpus artifacts=$work/artifacts/ log=$work/fuzz.log
    rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts"
    cp fuzz/corpus/* resources/samples/*.plenary "$corpus"/

    local status=0
    "$ASAN_DIR/bin/plenary_fuzz_reader" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -dict=fuzz/plenary.dict -artifact_prefix="$artifacts" \
        -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
    if ((status != 0)); then
        # The first report, the harness's own (up to libFuzzer's note of the abort) or a
        # sanitizer's (with its stack), else the end of the log.
        echo "--- $log ---" >&2
        awk '
            !on && /^plenary_fuzz_reader: / { on = "harness" }
            !on && (/ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)/ || /runtime error:/) {
                on = "sanitizer"
            }
            on { print; if (++n == 40 || (on == "harness" && /ERROR: libFuzzer/)) exit }
            END { if (!on) exit 1 }' "$log" >&2 || tail -n 40 "$log" >&2
        local input
        input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        if [[ -n $input && -f $input ]]; then
            echo "--- input: $input ($(stat -c %s "$input") bytes) ---" >&2
            if (($(stat -c %s "$input") <= 512)); then
                od -An -v -tx1 "$input" | tr -d ' \n' >&2
                echo >&2
            fi
            echo "Reproduce: $ASAN_DIR/bin/plenary_fuzz_reader $input" >&2
            echo "Minimize:  $ASAN_DIR/bin/plenary_fuzz_reader -minimize_crash=1 -runs=10000 $input" >&2
        fi
        die "fuzz: the parser fuzzer failed (exit $status; full log: $log)"
    fi
    local runs speed coverage
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    echo "Fuzzed the reader for ${seconds} s: ${runs:-?} inputs (${speed:-?}/s), ${coverage:-cov: ?}, no failure."
}

mode=${1:-}
case $mode in
run)
    (($# == 1)) || usage
    build_release
    # The sample negotiation (12 revisions by five delegations), made once, opened in the editor.
    sample=$BUILD_DIR/sample-negotiation
    if [[ ! -d $sample/.git ]]; then
        "$BUILD_DIR/bin/plenary" demo "$sample" >/dev/null
    fi
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        # No display: Plenary says so and names the commands that need none; show one of them.
        "$BUILD_DIR/bin/plenary" "$sample" || true
        echo
        echo "The sample negotiation is in $sample; for instance:"
        echo "  $BUILD_DIR/bin/plenary -C $sample log -n 5"
        "$BUILD_DIR/bin/plenary" -C "$sample" log -n 5
        exit 0
    fi
    exec "$BUILD_DIR/bin/plenary" "$sample"
    ;;
test)
    (($# == 1)) || usage
    build_release
    ctest --test-dir "$BUILD_DIR" --output-on-failure
    ;;
sanitize)
    (($# == 1)) || usage
    build_asan
    sanitizer_environment
    ctest --test-dir "$ASAN_DIR" --output-on-failure -LE gui
    ;;
fuzz)
    (($# <= 2)) || usage
    run_fuzzer "${2:-60}"
    ;;
*)
    usage
    ;;
esac
