#!/usr/bin/env bash
# Qt6 / QGIS 4 readiness of the plugin, the Processing adapter, qgis_common and the tests:
#
#   1. QGIS's own migration script (scripts/qt6/pyqt5_to_pyqt6.py, from the QGIS repository,
#      unmodified) in check mode, over an enum table built from PyQt6's wheels the way its
#      --update-enum-file does (scripts/qt6/run_check.py): unscoped Qt enums, QRegExp, exec_,
#      PyQt5 imports … ; nothing is rewritten.
#   2. QGIS's own enums, which step 1 cannot see without a Qt6 build of QGIS: with Debian
#      sid's QGIS (3.44, from `scripts/check_qgis_chroot.sh sid`), every QgsX.attr is
#      evaluated and reported when it is an unscoped sip enum member (breaks on PyQt6) or a
#      deprecated alias QGIS patched onto the class (scripts/qt6/qgis_enums_check.py).
#
# Exit status 0 only when both report nothing; metadata.txt's supportsQt6=True rests on it.
# Usage: bash scripts/check_qt6.sh            (step 2 skipped when /var/tmp/sid is absent)
set -euo pipefail
cd "$(dirname "$0")/.."
DIRS=(plugin processing/qgis_provider qgis_common tests)
VENV=/var/tmp/qt6-venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "PyQt6>=6.5" PyQt6-QScintilla tokenize-rt
fi
echo "== 1. pyqt5_to_pyqt6.py (check mode) on ${DIRS[*]}"
"$VENV/bin/python" scripts/qt6/run_check.py "${DIRS[@]}"
SID=/var/tmp/sid
if [ -x "$SID/usr/bin/qgis" ]; then
    echo "== 2. QGIS enums on Debian sid's QGIS"
    work="$SID/tmp/qt6-check"
    rm -rf "$work" && mkdir -p "$work"
    for d in "${DIRS[@]}"; do mkdir -p "$work/$d" && cp -r "$d/." "$work/$d/"; done
    cp scripts/qt6/qgis_enums_check.py "$work/"
    chroot "$SID" env QT_QPA_PLATFORM=offscreen python3 /tmp/qt6-check/qgis_enums_check.py \
        $(for d in "${DIRS[@]}"; do echo "/tmp/qt6-check/$d"; done)
else
    echo "== 2. skipped: no Debian sid chroot at $SID (sudo bash scripts/check_qgis_chroot.sh sid)"
fi
