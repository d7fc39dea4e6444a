#!/usr/bin/env bash
# Set up everything smartcity needs on Debian 12, idempotently:
#   system packages (QGIS 3.22 with PyQGIS, GDAL tools, PostgreSQL 15 + PostGIS 3, CJK fonts,
#   poppler, Xvfb) and a virtual environment .venv made from Debian's Python, with
#   --system-site-packages so that it sees PyQGIS, and this package installed editable.
# Usage: bash scripts/setup.sh [--test]     (--test also installs the test dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3 python3-venv python3-pip python3-qgis qgis-providers qgis python3-gdal
              gdal-bin postgresql-15 postgresql-15-postgis-3 fonts-noto-cjk poppler-utils
              xvfb xauth qttools5-dev-tools)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# The venv must come from Debian's interpreter: PyQGIS is built for it.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import sys; sys.exit(sys.base_prefix != '/usr')"; then
    rm -rf .venv
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
extras="sample"
if [ "${1:-}" = "--test" ]; then extras="test,sample,national"; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[${extras}]"
# compile the coverage engine now (20-40 s once), not in the first command a user runs
.venv/bin/smartcity warmup
echo "setup: ready (.venv/bin/smartcity, QGIS $(.venv/bin/python -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null))"
