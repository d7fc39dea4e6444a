"""Run QGIS's pyqt5_to_pyqt6.py (unmodified, imported as a module) in check mode.

The script either introspects PyQt6 + a Qt6 build of QGIS, or reads a cached enums.json
that it ships beside itself.  Neither a Qt6 QGIS nor that enums.json is available here, so
this driver does what the script's own --update-enum-file does, with the script's own
get_class_enums(), over the PyQt6 modules (pip wheels PyQt6 6.11 + PyQt6-QScintilla), and
puts PyQt6's names into the script's globals as its ``from PyQt6.X import *`` would.
QGIS's own enums (qgis.core/gui/analysis/_3d on Qt6) cannot be introspected: not covered.

usage: run_check.py [--qgis3-incompatible-changes] DIR...
"""
import contextlib
import glob
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyqt5_to_pyqt6 as tool  # noqa: E402
from PyQt6 import Qsci, QtCore, QtGui, QtNetwork, QtPrintSupport, QtSql, QtSvg, QtTest, QtWidgets, QtXml  # noqa: E402

modules = [QtCore, QtGui, QtWidgets, QtTest, QtSql, QtSvg, QtXml, QtNetwork, QtPrintSupport, Qsci]
for m in modules:
    tool.__dict__.update({k: v for k, v in vars(m).items() if not k.startswith("_")})
for m in modules:
    for value in list(m.__dict__.values()):
        tool.get_class_enums(value, tool.qt_enums, tool.ambiguous_enums)
with open(os.path.join(os.environ.get("TMPDIR", "/tmp"), "enums-pyqt6.json"), "w") as f:
    json.dump({"qt_enums": {":".join(k): v for k, v in tool.qt_enums.items()},
               "ambiguous_enums": {":".join(k): sorted(v) for k, v in tool.ambiguous_enums.items()}}, f)
print(f"# enum table: {len(tool.qt_enums)} unambiguous, {len(tool.ambiguous_enums)} ambiguous (PyQt6 {QtCore.PYQT_VERSION_STR}, Qt {QtCore.QT_VERSION_STR})")

args = sys.argv[1:]
qgis3_compat = "--qgis3-incompatible-changes" not in args
dirs = [a for a in args if not a.startswith("--")]
ret = 0
for d in dirs:
    for filename in sorted(glob.glob(os.path.join(d, "**/*.py"), recursive=True)):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                changed = tool.fix_file(filename, False, qgis3_compat, tool.qt_enums, tool.ambiguous_enums)
            except Exception as exc:  # report, keep going
                changed = 1
                print(f"{filename}: TOOL EXCEPTION {type(exc).__name__}: {exc}", file=sys.stderr)
        ret |= bool(changed)
        if out.getvalue() or err.getvalue():
            print(f"=== {filename}")
            sys.stdout.write(err.getvalue())
            sys.stdout.write(out.getvalue())
print(f"# exit status the script would return: {int(ret)}")
sys.exit(int(ret))
