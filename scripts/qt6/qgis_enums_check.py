"""Supplement to pyqt5_to_pyqt6.py for QGIS's own enums (run with a PyQt5 QGIS, e.g. 3.44).

For every ``Name.attr`` in the given files whose Name is a QGIS class (qgis.core/gui/
analysis/_3d), evaluate it in this QGIS and report:
  * MONKEY-PATCHED: the value carries ``is_monkey_patched`` — a deprecated alias that QGIS's
    auto_additions set on the class for an enum moved elsewhere (e.g. to ``Qgis``);
  * UNSCOPED: the value is a member of an old-style sip enum reached through the class
    (``QgsFoo.Value``): under PyQt6 every enum is a Python enum and this must read
    ``QgsFoo.EnumName.Value``.
usage: qgis_enums_check.py FILE_OR_DIR...
"""
import ast
import glob
import os
import sys

import qgis._3d
import qgis.analysis
import qgis.core
import qgis.gui

NAMESPACES = [qgis.core, qgis.gui, qgis.analysis, qgis._3d]


def lookup(name):
    for ns in NAMESPACES:
        if hasattr(ns, name):
            return getattr(ns, name)
    return None


def files(args):
    for a in args:
        if os.path.isdir(a):
            yield from sorted(glob.glob(os.path.join(a, "**/*.py"), recursive=True))
        else:
            yield a


count = {"MONKEY-PATCHED": 0, "UNSCOPED": 0}
for filename in files(sys.argv[1:]):
    tree = ast.parse(open(filename, encoding="utf-8").read(), filename)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        cls = lookup(node.value.id)
        if cls is None or not isinstance(cls, type):
            continue
        try:
            value = getattr(cls, node.attr)
        except AttributeError:
            print(f"{filename}:{node.lineno}:{node.col_offset} MISSING {node.value.id}.{node.attr} (not in this QGIS)")
            continue
        etype = type(value)
        if getattr(value, "is_monkey_patched", False):
            kind = "MONKEY-PATCHED"
            scoped = f"{etype.__qualname__}.{value.name}"
            owner = getattr(etype, "__module__", "")
            print(f"{filename}:{node.lineno}:{node.col_offset} {kind} {node.value.id}.{node.attr} -> {scoped}")
        elif type(etype).__name__ == "enumtype":  # sip's old-style enum (PyQt5)
            kind = "UNSCOPED"
            print(f"{filename}:{node.lineno}:{node.col_offset} {kind} {node.value.id}.{node.attr} -> "
                  f"{node.value.id}.{etype.__name__}.{node.attr}")
        else:
            continue
        count[kind] += 1
print("# totals:", count, "QGIS", qgis.core.Qgis.QGIS_VERSION)
sys.exit(1 if sum(count.values()) else 0)
