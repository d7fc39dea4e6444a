#!/usr/bin/env bash
# Check the smartcity plugin and its Processing provider against QGIS 3.40 LTR, the QGIS
# that Debian 13 "trixie" ships, in a throw-away chroot.  The host's Debian packages, the
# repository's working tree and .venv are left alone.
#
#   sudo bash scripts/check_qgis_trixie.sh            # the QGIS test files (see QGIS_TESTS)
#   sudo bash scripts/check_qgis_trixie.sh --all      # every tests/test_*.py
#   sudo bash scripts/check_qgis_trixie.sh -- tests/test_provider.py -k coverage   # any pytest args
#
# Environment: TRIXIE_ROOT (default /var/tmp/trixie), MIRROR (default deb.debian.org),
#              RESULTS (default /var/tmp/trixie-results: one log per test file,
#              results.txt with one line per test, qgis_process output).
#
# Steps (each is skipped when already done, so rerunning is cheap):
#   1. debootstrap --variant=minbase trixie into $TRIXIE_ROOT          (~3 GB with step 2)
#   2. apt-get install QGIS 3.40 and the Python stack from trixie's own packages
#   3. mount /proc /sys /dev, and the repository at /work/main as a copy-on-write overlay
#      (the tests rebuild i18n/*.qm and write caches: those writes land in the overlay's
#      upper dir, never in the working tree; the script lists them at the end), then run
#      pytest with the chroot's /usr/bin/python3 and smartcity importable as a package
#      through the symlink /opt/sc/smartcity -> /work/main (PYTHONPATH=/opt/sc)
#   4. qgis_process, with a fresh profile where the plugin is installed and enabled, must
#      list the provider and its algorithms
#   5. summary; every mount is undone on exit (also on Ctrl-C or error)
#
# Environment-only adjustments made inside the chroot (never in the repository):
#   * tests/conftest.py looks for PostgreSQL 15 in /usr/lib/postgresql/15/bin, trixie has 17:
#     /usr/lib/postgresql/15 is made a symlink to 17 in the chroot.
#   * a policy-rc.d stops package scripts from starting services (PostgreSQL) in the chroot.

set -uo pipefail

TRIXIE_ROOT=${TRIXIE_ROOT:-/var/tmp/trixie}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
RESULTS=${RESULTS:-/var/tmp/trixie-results}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OVERLAY=${TRIXIE_ROOT}-overlay        # upper/work dirs of the repository overlay
IN_REPO=/work/main                    # where the repository appears inside the chroot

# The packages of the brief, plus what the QGIS tests also call: python3-gdal
# (tests/test_store.py runs osgeo_utils' validate_gpkg.py), python3-psycopg and
# postgresql-17-postgis-3 (postgis_dsn fixture), qttools5-dev-tools (lrelease, for
# scripts/package_plugin.py) and git (package_plugin.py lists files with git ls-files).
PACKAGES=(python3-qgis qgis qgis-providers python3-pytest python3-shapely python3-pyproj
          python3-geopandas python3-pyogrio python3-rasterio python3-pandas python3-numpy
          python3-matplotlib python3-click python3-rich python3-numba python3-pil
          xvfb xauth fonts-noto-cjk poppler-utils
          python3-gdal python3-psycopg postgresql-17-postgis-3 qttools5-dev-tools git)

# Test files that use QGIS (grep -l qgis tests/*.py, minus conftest.py); the file name
# patterns of the brief are covered by this list.
QGIS_TESTS=(tests/test_provider.py tests/test_plugin.py tests/test_plugin_postgis.py
            tests/test_plugin_screenshot.py tests/test_qgis_process.py tests/test_coverage_qgis.py
            tests/test_maps_qgis.py tests/test_maps.py tests/test_styles.py tests/test_store.py
            tests/test_coverage_montecarlo.py tests/test_coverage_population.py
            tests/test_coverage_postgis.py tests/test_coverage_series.py)

say() { printf '\n== %s\n' "$*"; }
die() { printf 'check_qgis_trixie: %s\n' "$*" >&2; exit 2; }

# Run a command inside the chroot with a clean, explicit environment.
in_chroot() {
    chroot "$TRIXIE_ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# The environment of the test run and of qgis_process (see step 3).  One numba/BLAS thread
# and a low priority: the check must not disturb what else runs on the machine.
TEST_ENV=(PYTHONPATH=/opt/sc PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen
          XDG_RUNTIME_DIR=/tmp/runtime-root NUMBA_NUM_THREADS=1 OMP_NUM_THREADS=1
          OPENBLAS_NUM_THREADS=1)

# ----------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
case "${1:-}" in
    --all) SPLIT=yes; PYTEST_ARGS=(); for f in "$REPO"/tests/test_*.py; do
               PYTEST_ARGS+=("tests/$(basename "$f")"); done ;;
    --)    shift; SPLIT=no; PYTEST_ARGS=("$@") ;;
    "")    SPLIT=yes; PYTEST_ARGS=("${QGIS_TESTS[@]}") ;;
    *)     die "unknown option $1 (use --all, or -- followed by pytest arguments)" ;;
esac
mkdir -p "$RESULTS"

# ---- 1. the trixie root file system ----------------------------------------------------
say "1. Debian 13 (trixie) chroot in $TRIXIE_ROOT"
df -h "$(dirname "$TRIXIE_ROOT")"
# debootstrap removes $TRIXIE_ROOT/debootstrap when it has finished successfully
if [ -x "$TRIXIE_ROOT/usr/bin/apt-get" ] && [ ! -d "$TRIXIE_ROOT/debootstrap" ]; then
    echo "reusing the existing chroot ($(cat "$TRIXIE_ROOT/etc/debian_version"))"
else
    avail_kb=$(df -Pk "$(dirname "$TRIXIE_ROOT")" | awk 'NR==2 {print $4}')
    [ "$avail_kb" -gt 4000000 ] || die "less than 4 GB free under $(dirname "$TRIXIE_ROOT")"
    command -v debootstrap >/dev/null || apt-get install -y debootstrap || die "no debootstrap"
    debootstrap --variant=minbase trixie "$TRIXIE_ROOT" "$MIRROR" \
        || die "debootstrap failed (see $TRIXIE_ROOT/debootstrap/debootstrap.log)"
fi

# ---- mounts (undone by the EXIT trap, innermost first) ---------------------------------
MOUNTED=()
mount_once() {  # mount_once TARGET mount-args...
    local target=$1; shift
    mkdir -p "$target"
    # left mounted by an interrupted run: take it over (it is unmounted on exit)
    if mountpoint -q "$target"; then MOUNTED=("$target" "${MOUNTED[@]}"); return 0; fi
    mount "$@" "$target" && MOUNTED=("$target" "${MOUNTED[@]}")
}
cleanup() {
    # processes still running inside the chroot (a PostgreSQL left by a crashed test …)
    # were started by this script: end them by pid before unmounting
    local pid
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$TRIXIE_ROOT" ]; then
            echo "ending leftover chroot process $pid: $(tr '\0' ' ' < "/proc/$pid/cmdline")"
            kill "$pid" 2>/dev/null
        fi
    done
    sleep 1
    local target
    for target in "${MOUNTED[@]}"; do
        umount "$target" 2>/dev/null || umount -l "$target" || echo "could not unmount $target"
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_once "$TRIXIE_ROOT/proc" --bind /proc
mount_once "$TRIXIE_ROOT/sys" --bind /sys
mount_once "$TRIXIE_ROOT/dev" --bind /dev
mount_once "$TRIXIE_ROOT/dev/pts" --bind /dev/pts
mount_once "$TRIXIE_ROOT/dev/shm" -t tmpfs tmpfs
cp -L /etc/resolv.conf "$TRIXIE_ROOT/etc/resolv.conf"

# ---- 2. QGIS 3.40 and the Python stack -------------------------------------------------
say "2. packages"
cat > "$TRIXIE_ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR trixie main
deb $MIRROR trixie-updates main
deb http://deb.debian.org/debian-security trixie-security main
EOF
# no service may start inside the chroot (PostgreSQL's package would start its cluster)
printf '#!/bin/sh\nexit 101\n' > "$TRIXIE_ROOT/usr/sbin/policy-rc.d"
chmod 755 "$TRIXIE_ROOT/usr/sbin/policy-rc.d"

missing=()
for pkg in "${PACKAGES[@]}"; do
    in_chroot dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$pkg")
done
if ((${#missing[@]})); then
    in_chroot apt-get update -q || die "apt-get update failed in the chroot"
    installable=()
    for pkg in "${missing[@]}"; do
        if in_chroot apt-cache show "$pkg" >/dev/null 2>&1; then
            installable+=("$pkg")
        else
            echo "NOT IN TRIXIE: $pkg" | tee -a "$RESULTS/missing-packages.txt"
        fi
    done
    echo "installing: ${installable[*]}"
    in_chroot apt-get install -y -q --no-install-recommends "${installable[@]}" \
        > "$RESULTS/apt-install.log" 2>&1 || die "apt-get install failed: see $RESULTS/apt-install.log"
else
    echo "all packages already installed"
fi
# conftest.py hard-codes PostgreSQL 15's binaries; trixie has 17 (chroot-only shim)
if [ -d "$TRIXIE_ROOT/usr/lib/postgresql/17" ] && [ ! -e "$TRIXIE_ROOT/usr/lib/postgresql/15" ]; then
    ln -s 17 "$TRIXIE_ROOT/usr/lib/postgresql/15"
fi

QGIS_VERSION=$(in_chroot env "${TEST_ENV[@]}" python3 -c \
    "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>&1 | tail -1)
echo "QGIS in the chroot: $QGIS_VERSION"
in_chroot python3 - <<'EOF' | tee "$RESULTS/versions.txt"
import importlib, importlib.metadata, platform
print("python", platform.python_version())
for m, dist in (("numpy", "numpy"), ("pandas", "pandas"), ("shapely", "shapely"),
                ("pyproj", "pyproj"), ("pyogrio", "pyogrio"), ("geopandas", "geopandas"),
                ("rasterio", "rasterio"), ("numba", "numba"), ("matplotlib", "matplotlib"),
                ("click", "click"), ("rich", "rich"), ("PIL", "pillow"),
                ("psycopg", "psycopg"), ("pytest", "pytest")):
    try:
        importlib.import_module(m)
        print(m, importlib.metadata.version(dist))
    except Exception as exc:
        print(m, "NOT IMPORTABLE:", type(exc).__name__, exc)
from osgeo import gdal; print("gdal", gdal.__version__)
EOF

# ---- 3. the tests -----------------------------------------------------------------------
say "3. pytest with the chroot's python3"
# the repository as an overlay: reads come from the working tree, writes go to $OVERLAY
# (a fresh upper dir each run)
mountpoint -q "$TRIXIE_ROOT$IN_REPO" && umount "$TRIXIE_ROOT$IN_REPO"
rm -rf "$OVERLAY" && mkdir -p "$OVERLAY/upper" "$OVERLAY/work"
mount_once "$TRIXIE_ROOT$IN_REPO" -t overlay overlay \
    -o "lowerdir=$REPO,upperdir=$OVERLAY/upper,workdir=$OVERLAY/work" \
    || die "could not mount the repository overlay"
mkdir -p "$TRIXIE_ROOT/opt/sc" "$TRIXIE_ROOT/tmp/runtime-root"
chmod 700 "$TRIXIE_ROOT/tmp/runtime-root"
ln -sfn "$IN_REPO" "$TRIXIE_ROOT/opt/sc/smartcity"
git -C "$REPO" rev-parse --short HEAD > "$RESULTS/commit.txt" 2>/dev/null
git -C "$REPO" status --short > "$RESULTS/worktree-status.txt" 2>/dev/null

# One pytest process per test file.  When a Python exception escapes a method that C++
# calls (a QgsAbstractLayoutIterator.next(), …), PyQt5 ends the interpreter with qFatal
# (SIGABRT), which would hide every later result: a file whose run dies that way is run
# again one test per process, with -s so the Python traceback PyQt prints is in the log.
run_pytest() {  # run_pytest LOG pytest-args…  (exit status of pytest)
    local log=$1; shift
    in_chroot env "${TEST_ENV[@]}" timeout 1800 nice -n 10 sh -c \
        'cd "$0" && exec python3 -m pytest -p no:cacheprovider -q -rA "$@"' "$IN_REPO" "$@" \
        < /dev/null > "$log" 2>&1
}
RESULT_LINES='^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) '
run_unit() {  # run_unit NAME pytest-args…
    local name=$1; shift
    local log="$RESULTS/pytest-$name.log" rc node n=0
    run_pytest "$log" "$@"; rc=$?
    printf '%-34s exit %3s  %s\n' "$name" "$rc" "$(grep -E '(passed|failed|error|skipped|no tests ran).* in [0-9.]+s' "$log" | tail -1)"
    case $rc in
        0|1|5) grep -E "$RESULT_LINES" "$log" >> "$RESULTS/results.txt"; return ;;
    esac
    echo "  the process died (exit $rc): one test per process"
    in_chroot env "${TEST_ENV[@]}" sh -c 'cd "$0" && exec python3 -m pytest -p no:cacheprovider \
        -q --collect-only "$@"' "$IN_REPO" "$@" 2>/dev/null | grep '::' > "$RESULTS/nodes-$name.txt"
    while read -r node; do
        n=$((n + 1))
        run_pytest "$log.$n" -s "$node"; rc=$?
        case $rc in
            0|1|5) grep -E "$RESULT_LINES" "$log.$n" >> "$RESULTS/results.txt" ;;
            *) echo "CRASHED $node - process exit status $rc (log: $log.$n)" \
                   | tee -a "$RESULTS/results.txt" | sed 's/^/  /' ;;
        esac
    done < "$RESULTS/nodes-$name.txt"
}

: > "$RESULTS/results.txt"
if [ "$SPLIT" = yes ]; then
    for file in "${PYTEST_ARGS[@]}"; do run_unit "$(basename "$file" .py)" "$file"; done
else
    run_unit custom "${PYTEST_ARGS[@]}"
fi

# ---- 4. qgis_process lists the provider ----------------------------------------------------
say "4. qgis_process with the plugin enabled in a fresh profile"
# the pattern of tests/test_qgis_process.py: plugins/smartcity -> the repository, enabled in
# QGIS3.ini, profile root given by QGIS_CUSTOM_CONFIG_PATH
PROFILE_ROOT=/tmp/smartcity-qgis-profiles
rm -rf "$TRIXIE_ROOT$PROFILE_ROOT"
mkdir -p "$TRIXIE_ROOT$PROFILE_ROOT/profiles/default/python/plugins" \
         "$TRIXIE_ROOT$PROFILE_ROOT/profiles/default/QGIS"
ln -s "$IN_REPO" "$TRIXIE_ROOT$PROFILE_ROOT/profiles/default/python/plugins/smartcity"
printf '[PythonPlugins]\nsmartcity=true\n' \
    > "$TRIXIE_ROOT$PROFILE_ROOT/profiles/default/QGIS/QGIS3.ini"
QP=$(in_chroot sh -c 'command -v qgis_process.bin || command -v qgis_process')
echo "qgis_process: ${QP:-not found}"
QP_OK=no
if [ -n "$QP" ]; then
    qp() { in_chroot env "${TEST_ENV[@]}" QGIS_CUSTOM_CONFIG_PATH="$PROFILE_ROOT" \
               timeout 300 "$QP" "$@"; }
    qp plugins > "$RESULTS/qgis_process-plugins.txt" 2> "$RESULTS/qgis_process-plugins.err"
    qp list > "$RESULTS/qgis_process-list.txt" 2> "$RESULTS/qgis_process-list.err"
    grep -E '^\s*\*?\s*smartcity' "$RESULTS/qgis_process-plugins.txt"
    grep 'smartcity:' "$RESULTS/qgis_process-list.txt"
    listed=$(grep -c 'smartcity:' "$RESULTS/qgis_process-list.txt")
    if grep -q '\* smartcity' "$RESULTS/qgis_process-plugins.txt" && [ "$listed" -ge 5 ]; then
        QP_OK=yes
    else
        echo "--- qgis_process stderr (plugins, list):"
        tail -30 "$RESULTS/qgis_process-plugins.err" "$RESULTS/qgis_process-list.err"
    fi
fi

# ---- 5. summary ---------------------------------------------------------------------------
say "5. summary"
echo "QGIS tested:            $QGIS_VERSION (Debian trixie chroot $TRIXIE_ROOT)"
echo "repository:             $REPO at $(cat "$RESULTS/commit.txt" 2>/dev/null)" \
     "($(wc -l < "$RESULTS/worktree-status.txt") uncommitted changes, tested as they are)"
[ -s "$RESULTS/missing-packages.txt" ] && echo "packages not in trixie:  $(sort -u "$RESULTS/missing-packages.txt" | tr '\n' ' ')"
printf 'tests:                  '
for kind in PASSED FAILED ERROR CRASHED SKIPPED XFAIL XPASS; do
    count=$(grep -c "^$kind " "$RESULTS/results.txt")
    [ "$count" -gt 0 ] && printf '%s %s  ' "$count" "$kind"
done
echo
grep -E '^(FAILED|ERROR|CRASHED) ' "$RESULTS/results.txt" | sed 's/^/  /'
echo "qgis_process lists the provider and its algorithms: $QP_OK"
written=$(cd "$OVERLAY/upper" && find . -type f | sed 's|^\./||' | sort)
if [ -n "$written" ]; then
    echo "files the run wrote into the repository (kept in $OVERLAY/upper, NOT in the tree):"
    echo "$written" | sed 's/^/  /'
fi
echo "logs: $RESULTS"
! grep -qE '^(FAILED|ERROR|CRASHED) ' "$RESULTS/results.txt" && [ "$QP_OK" = yes ]
