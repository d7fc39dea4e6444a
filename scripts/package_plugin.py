"""Build the installable QGIS plugin zip: ``dist/smartcity-<version>.zip``.

    .venv/bin/python scripts/package_plugin.py [--output DIR] [--no-translations] [--no-kernels]

The zip holds one folder, ``smartcity/`` (the name QGIS imports the plugin by), with the
plugin and its Python package: ``metadata.txt``, ``icon.png``, ``LICENSE``, the code
(``plugin/``, ``processing/``, ``layers/``, ``standalone/``), ``styles/``, the translations
(``.qm`` rebuilt first with ``i18n/build.py``), the Weihai sample ``data/``, and the coverage
engine's numba kernels compiled for the generic CPU (``processing/kernels/``, see
``processing/jitcache.py``: a first coverage then loads them instead of compiling for 40-90 s;
built by a warm-up in a child process, seconds when the user cache already holds them).  Tests,
benchmarks, scripts, CI files, caches and virtual environments stay out.  Files come from the
working tree (what ``git ls-files`` lists plus untracked files not ignored), so the zip is
what a clean checkout would give.
"""

from __future__ import annotations

import argparse
import configparser
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "smartcity"
INCLUDE_TOP = ("metadata.txt", "icon.png", "LICENSE", "README.md")
"""Top-level files besides the package's own modules (every top-level ``*.py`` goes in)."""
RESOURCE_DIRS = ("styles", "i18n", "data")


def code_dirs() -> tuple[str, ...]:
    """The package's sub-packages' top folders, read from ``pyproject.toml`` (their one owner)."""
    import tomllib

    packages = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "packages"]
    return tuple(sorted({name.split(".")[1] for name in packages if name.count(".") >= 1}))


INCLUDE_DIRS = code_dirs() + RESOURCE_DIRS
EXCLUDE_PARTS = {"__pycache__", ".pytest_cache", "tests", "benchmarks", ".venv", ".git",
                 "scripts", ".ci"}
EXCLUDE_SUFFIXES = (".pyc", ".pyo", ".tmp", ".rejects.csv")
KERNELS = Path("processing") / "kernels"
"""Where the zip carries the compiled kernels (``jitcache.SHIPPED_DIR``); a folder of that
name in the working tree is left out (it may be stale): the zip's is built fresh."""

EXPORT_CODE = """
import importlib, sys
sys.path.insert(0, sys.argv[1])
importlib.import_module(sys.argv[2] + ".processing.warmup").export_kernels(sys.argv[3])
"""
"""Run in a child (``python -c EXPORT_CODE <parent> <package folder name> <destination>``):
this checkout's package, whatever is installed, and numba imported with the generic CPU."""


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def candidate_files() -> list[Path]:
    """Files of the working tree that git does not ignore (tracked or not)."""
    try:
        out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard",
                              "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        names = [n for n in out.decode("utf-8").split("\0") if n]
        return sorted({ROOT / n for n in names if (ROOT / n).is_file()})
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: walk the tree
        return sorted(p for p in ROOT.rglob("*") if p.is_file())


def wanted(path: Path) -> bool:
    rel = path.relative_to(ROOT)
    if set(rel.parts) & EXCLUDE_PARTS or path.name.endswith(EXCLUDE_SUFFIXES):
        return False
    if rel.parts[:2] == KERNELS.parts:
        return False
    if len(rel.parts) == 1:
        return rel.name in INCLUDE_TOP or rel.suffix == ".py"
    return rel.parts[0] in INCLUDE_DIRS


def export_kernels(destination: Path) -> None:
    """This checkout's kernels compiled for the generic CPU, with their manifest, into
    ``destination`` (a warm-up in a child process: it compiles what the user cache lacks)."""
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CPU_FEATURES"}
    env["NUMBA_CPU_NAME"] = "generic"
    run = subprocess.run([sys.executable, "-c", EXPORT_CODE, str(ROOT.parent), ROOT.name,
                          str(destination)], env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError("compiling the kernels for the zip failed (build with --no-kernels "
                           "to leave them out):\n" + run.stderr[-3000:])


def build(output: Path, translations: bool = True, kernels: bool = True) -> Path:
    if translations:
        subprocess.run([sys.executable, str(ROOT / "i18n" / "build.py")], check=True,
                       stdout=subprocess.DEVNULL)
    files = [p for p in candidate_files() if wanted(p)]
    qm = sorted((ROOT / "i18n").glob("*.qm"))  # built files may be git-ignored
    files = sorted(set(files) | set(qm))
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{PLUGIN}-{version()}.zip"
    tmp = target.with_suffix(".zip.tmp")
    with tempfile.TemporaryDirectory(prefix="smartcity-kernels-") as folder, \
            zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in files:
            zf.write(path, f"{PLUGIN}/{path.relative_to(ROOT).as_posix()}")
        if kernels:
            export_kernels(Path(folder))
            for path in sorted(Path(folder).rglob("*")):
                if path.is_file():
                    rel = (KERNELS / path.relative_to(folder)).as_posix()
                    zf.write(path, f"{PLUGIN}/{rel}")
    tmp.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "dist",
                        help="folder for the zip [default: dist/]")
    parser.add_argument("--no-translations", action="store_true",
                        help="do not rebuild the .qm files (lrelease not installed)")
    parser.add_argument("--no-kernels", action="store_true",
                        help="leave the compiled kernels out (the first coverage compiles)")
    args = parser.parse_args(argv)
    target = build(args.output, translations=not args.no_translations,
                   kernels=not args.no_kernels)
    with zipfile.ZipFile(target) as zf:
        count = len(zf.namelist())
    print(f"{target} ({count} files, {target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
