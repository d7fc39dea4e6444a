"""The import rings: dependencies point inward only.

Core (``layers``, ``sampledata``, ``processing`` without ``qgis_provider``, ``resources``,
``_version``) imports no QGIS, no Qt, and none of the outer rings; ``qgis_common`` (what the
plugin and the Processing adapter share) imports neither of them; the Processing adapter does
not import the plugin; the CLI reaches QGIS only through ``qgis_common.layouts``, inside a
function.  The test reads every module's imports from its syntax tree, resolving relative
imports, so a new violation anywhere fails it with the file, line and module named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = "smartcity"

CORE = ("layers", "sampledata", "processing", "resources", "_version")
QGIS_ROOTS = ("qgis", "PyQt5", "PyQt6", "sip")
OUTER = {
    # ring (top folder / module)  →  what it must never import
    "core": ("smartcity.plugin", "smartcity.qgis_common", "smartcity.processing.qgis_provider",
             "smartcity.standalone"),
    "qgis_common": ("smartcity.plugin", "smartcity.processing.qgis_provider",
                    "smartcity.standalone"),
    "qgis_provider": ("smartcity.plugin", "smartcity.standalone"),
    "standalone": ("smartcity.plugin", "smartcity.processing.qgis_provider"),
}
CLI_QGIS_ENTRY = "smartcity.qgis_common.layouts"
"""The one module of the QGIS ring the CLI may import, and only inside a function."""


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join([PKG, *parts])


def ring(path: Path) -> str | None:
    rel = path.relative_to(ROOT)
    top = rel.parts[0].removesuffix(".py")
    if rel.parts[:2] == ("processing", "qgis_provider"):
        return "qgis_provider"
    if top in CORE:
        return "core"
    if top in ("qgis_common", "standalone"):
        return top
    return None


def imports(path: Path) -> list[tuple[int, str, bool]]:
    """``(line, absolute module, at module level)`` for every import in ``path``."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    # imports under a module-level ``if``/``try`` are module level too
    for node in tree.body:
        if isinstance(node, (ast.If, ast.Try)):
            top_level |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name, id(node) in top_level) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if node.module is None:  # "from .. import x": x may be a module
                found += [(node.lineno, f"{mod}.{a.name}", id(node) in top_level)
                          for a in node.names]
            else:
                found.append((node.lineno, mod, id(node) in top_level))
    return found


SOURCES = sorted(p for p in ROOT.rglob("*.py")
                 if not {"tests", ".venv", "scripts", "benchmarks", "build", "i18n"}
                 & set(p.relative_to(ROOT).parts) and ring(p))


def violations(path: Path) -> list[str]:
    which = ring(path)
    out = []
    for line, mod, module_level in imports(path):
        where = f"{path.relative_to(ROOT)}:{line} imports {mod}"
        banned = OUTER[which]
        if any(mod == b or mod.startswith(b + ".") for b in banned):
            out.append(f"{where} (the {which} ring must not import {banned})")
        is_qgis = mod.split(".")[0] in QGIS_ROOTS
        if which == "core" and is_qgis:
            out.append(f"{where} (the core must not import QGIS or Qt)")
        parent, _, name = mod.rpartition(".")
        root_name = mod == PKG or (parent == PKG and not (
            (ROOT / f"{name}.py").exists() or (ROOT / name / "__init__.py").exists()))
        if which == "core" and root_name:
            out.append(f"{where} (the core must not import the package root)")
        if which == "standalone":
            if is_qgis:
                out.append(f"{where} (the CLI reaches QGIS only through {CLI_QGIS_ENTRY})")
            if mod.startswith("smartcity.qgis_common") and (mod != CLI_QGIS_ENTRY or module_level):
                out.append(f"{where} (only {CLI_QGIS_ENTRY}, imported inside a function)")
    return out


def test_sources_found():
    rings = {ring(p) for p in SOURCES}
    assert rings == {"core", "qgis_common", "qgis_provider", "standalone"}
    assert len(SOURCES) > 40


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_rings(path):
    assert violations(path) == []


def test_the_checker_catches_violations(tmp_path, monkeypatch):
    """The checker itself: a core module importing QGIS, the plugin or the package root,
    and the CLI importing the adapter, are each reported."""
    bad = {"layers/bad.py": "import qgis.core\nfrom ..plugin import main\nfrom .. import __version__\n",
           "standalone/bad.py": "from ..processing.qgis_provider import base\n"
                                "from ..qgis_common.layouts import render_sheets_qgis\n",
           "qgis_common/bad.py": "def f():\n    from ..plugin.main import X\n"}
    (tmp_path / "plugin").mkdir()
    (tmp_path / "plugin" / "__init__.py").write_text("")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    counts = {}
    for rel, text in bad.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        counts[rel] = len(violations(p))
    assert counts == {"layers/bad.py": 3, "standalone/bad.py": 2, "qgis_common/bad.py": 1}


def test_both_store_backends_implement_the_protocol(tmp_path):
    """Every method and attribute of :class:`StoreBackend` exists on both backends, with the
    same parameters (the type checker checks the types; this catches a missing method in a
    backend the type checker does not see instantiated)."""
    import inspect

    from smartcity.layers.backend import StoreBackend
    from smartcity.layers.gpkg import GpkgBackend
    from smartcity.layers.postgis import PostgisBackend

    wanted = {n for n, v in vars(StoreBackend).items()
              if not n.startswith("_") and (callable(v) or isinstance(v, property))}
    assert len(wanted) >= 20
    for cls in (GpkgBackend, PostgisBackend):
        for name in wanted:
            assert hasattr(cls, name), f"{cls.__name__} lacks {name}"
            proto, impl = getattr(StoreBackend, name), getattr(cls, name)
            if callable(proto):  # same parameters; a backend may add optional ones
                want = list(inspect.signature(proto).parameters)
                have = inspect.signature(impl).parameters
                assert list(have)[:len(want)] == want, (cls.__name__, name)
                assert all(p.default is not p.empty for p in list(have.values())[len(want):])
    backend = GpkgBackend(tmp_path / "x.gpkg")
    try:
        assert isinstance(backend, StoreBackend)
    finally:
        backend.close()


def test_the_package_root_imports_under_any_folder_name():
    """pytest (``--import-mode=importlib``) and QGIS may import the root ``__init__.py`` as a
    top-level module named after its folder (a clone in ``ci-run``, a worktree ``wt-i13``);
    a relative import at its module level then fails and no test is collected."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ci-run", ROOT / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.classFactory)
