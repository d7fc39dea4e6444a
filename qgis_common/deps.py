"""Which core dependencies QGIS's Python lacks, and the exact command that installs them.

QGIS on Windows (OSGeo4W), macOS (the official bundle) and many Linux installs ships a Python
without geopandas, pyogrio, rasterio or shapely 2.  The plugin must still load, and tell the
user, in their language, what is missing and the command for *their* platform.  Nothing here
imports QGIS at module level; the checks use ``importlib`` without importing the packages'
heavy modules twice.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import lru_cache
from typing import Iterable, Optional

REQUIRED: tuple[tuple[str, str, Optional[str]], ...] = (
    # (import name, pip name, minimum version): the minimums of pyproject.toml's
    # ``dependencies``, the one list pip installs from; ``tests/test_dependency_lists.py``
    # fails when the two (or metadata.txt's "Requires" sentence) disagree
    ("numpy", "numpy", "1.24"),
    ("pandas", "pandas", "2.0"),
    ("shapely", "shapely", "2.0"),
    ("pyproj", "pyproj", "3.4"),
    ("pyogrio", "pyogrio", "0.7"),
    ("geopandas", "geopandas", "0.14"),
    ("rasterio", "rasterio", "1.3"),
    ("numba", "numba", "0.56"),
)
if sys.version_info < (3, 11):  # the targets file is TOML; tomllib is 3.11+
    REQUIRED += (("tomli", "tomli", "1.1"),)
"""The packages the core needs inside QGIS, with the pip name and a minimum version."""

NOT_NEEDED_IN_QGIS: dict[str, str] = {
    "affine": "a pin of rasterio's own dependency",
    "click": "the command line only",
    "rich": "the command line only",
    "matplotlib": "the headless map-sheet and report renderer; QGIS draws with print layouts",
    "Pillow": "the headless renderer",
    "psycopg": "PostGIS stores only; opening one without it says how to install it",
    "highspy": "the exact (MILP) mode of site planning only; without it that mode says how "
               "to install it",
}
"""Dependencies of ``pyproject.toml`` the plugin does not check for, and why."""

DEBIAN_APT = {"numpy": "python3-numpy", "pandas": "python3-pandas", "shapely": "python3-shapely",
              "pyproj": "python3-pyproj", "geopandas": "python3-geopandas",
              "rasterio": "python3-rasterio", "pyogrio": "python3-pyogrio",
              "numba": "python3-numba"}


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _problem(module: str, minimum: Optional[str]) -> Optional[str]:
    """Why ``module`` is unusable (missing, too old, broken), or None when it is fine."""
    if importlib.util.find_spec(module) is None:
        return "missing"
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # a broken install (ABI mismatch …) is as bad as none
        return f"broken: {type(exc).__name__}: {exc}"
    if minimum:
        version = str(getattr(mod, "__version__", "0"))
        # "0+unknown": a build that cannot tell its version (Debian sid's python3-shapely
        # 2.2.0); it is no reason to refuse what may well be new enough
        known = version.partition("+")[0] not in ("0", "")
        if known and _version_tuple(version) < _version_tuple(minimum):
            return f"version {version} < {minimum}"
    return None


@lru_cache(maxsize=1)
def missing_dependencies() -> tuple[tuple[str, str], ...]:
    """``(pip name, reason)`` for every core dependency that is missing, broken or too old."""
    out = []
    for module, pip_name, minimum in REQUIRED:
        problem = _problem(module, minimum)
        if problem:
            out.append((pip_name if not minimum else f"{pip_name}>={minimum}", problem))
    return tuple(out)


def platform_name() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def install_commands(packages: Iterable[str], platform: Optional[str] = None,
                     chinese: bool = False) -> list[str]:
    """The commands that install ``packages`` into the Python QGIS runs, for ``platform``
    (their notes in Chinese with ``chinese``)."""
    pkgs = " ".join(f'"{p}"' if ">" in p else p for p in packages)
    platform = platform or platform_name()
    if platform == "windows":
        return [f"python -m pip install --upgrade {pkgs}"]
    if platform == "macos":
        return ["/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install "
                f"--user {pkgs}",
                "（最新版用 QGIS.app 代替 QGIS-LTR.app）" if chinese else
                "(QGIS.app instead of QGIS-LTR.app for the latest release)"]
    apt = sorted({DEBIAN_APT.get(p.split(">")[0], "") for p in packages} - {""})
    # Debian 12+/Ubuntu 23.04+ mark the system Python as externally managed (PEP 668);
    # QGIS's bindings there are built against numpy 1.x, which pip must not upgrade
    extra = " --break-system-packages" if _externally_managed() else ""
    pin = ' "numpy<2"' if _numpy_major() == 1 else ""
    lines = [f"/usr/bin/python3 -m pip install --user{extra} {pkgs}{pin}"]
    if apt:
        note = ("（Debian 13、Ubuntu 24.04 或更新版本）" if chinese
                else "(Debian 13, Ubuntu 24.04 or later)")
        lines.append(f"sudo apt install {' '.join(apt)}   {note}")
    return lines


def _externally_managed() -> bool:
    import sysconfig
    from pathlib import Path

    try:
        return (Path(sysconfig.get_paths()["stdlib"]) / "EXTERNALLY-MANAGED").exists()
    except (KeyError, OSError):
        return False


def _numpy_major() -> int:
    try:
        from importlib.metadata import version

        return int(version("numpy").split(".")[0])
    except Exception:
        return 0


def missing_message(extra: Iterable[str] = (), platform: Optional[str] = None,
                    chinese: Optional[bool] = None) -> str:
    """A message in the user's language naming what is missing and how to install it."""
    missing = [name for name, _ in missing_dependencies()]
    missing += [e.split(".")[0] for e in extra if e and e.split(".")[0] not in missing]
    if not missing:
        return ""
    platform = platform or platform_name()
    if chinese is None:
        try:
            from .i18n import is_chinese

            chinese = is_chinese()
        except Exception:
            chinese = False
    commands = install_commands(missing, platform, chinese=chinese)
    reasons = dict(missing_dependencies())
    listed = ", ".join(f"{m} ({reasons[m]})" if m in reasons and reasons[m] != "missing" else m
                       for m in missing)
    where = {"windows": ("在 OSGeo4W Shell（开始菜单 → QGIS → OSGeo4W Shell，以管理员身份）中运行：",
                         "In the OSGeo4W Shell (Start menu → QGIS → OSGeo4W Shell, as "
                         "administrator) run:"),
             "macos": ("在“终端”中用 QGIS 自带的 Python 运行：",
                       "In Terminal, with the Python inside the QGIS bundle, run:"),
             "linux": ("在终端中用 QGIS 所用的 Python 运行（二选一）：",
                       "In a terminal, with the Python QGIS uses, run (either):")}[platform]
    if chinese:
        head = (f"智慧城市插件需要以下 Python 包，但 QGIS 的 Python 中缺少：{listed}。"
                f"插件已加载，但计算功能在安装之前不可用。")
        tail = ("安装后请重启 QGIS。或者不用命令行：菜单“智慧城市 → 检查依赖包 → 立即安装”，"
                "把这些包装进本 QGIS 用户配置中插件自己的文件夹，装好即可使用。")
        return "\n".join([head, where[0], *commands, tail])
    head = (f"The Smart City plugin needs these Python packages, which QGIS's Python lacks: "
            f"{listed}. The plugin is loaded, but its tools cannot run until they are installed.")
    tail = ("Then restart QGIS. Or, without a terminal: menu Smart City → Check dependencies "
            "→ Install now puts them into the plugin's own folder of this QGIS profile, ready "
            "to use when it is done.")
    return "\n".join([head, where[1], *commands, tail])


CORE_MODULES = ("shapely", "pyproj", "pyogrio", "rasterio", "geopandas")
"""Modules with bundled native libraries (GEOS, PROJ, GDAL) in their pip wheels."""


def _host_is_python() -> bool:
    """True when the process is a Python interpreter (pytest, scripts), False inside the
    ``qgis`` or ``qgis_process`` executables."""
    try:
        import os

        exe = os.path.basename(os.readlink("/proc/self/exe"))
    except OSError:
        return True
    return exe.startswith("python")


def preload_core() -> None:
    """Import the core's native-library packages so that they bind to their own libraries.

    The ``qgis`` and ``qgis_process`` executables link the system GEOS, GDAL and PROJ, whose
    symbols are then global: a pip wheel's extension loaded afterwards binds its GEOS calls
    to the *system* GEOS instead of the one it was built with (3.14 calls on a 3.11 library:
    wrong answers such as "WKB output dimension must be 2 or 3", and heap corruption at
    exit).  Loading the extensions with ``RTLD_DEEPBIND`` makes each prefer the library it
    ships with.  Only on Linux, only inside a QGIS executable, and only once; a missing
    package is left for :func:`missing_dependencies` to report.
    """
    import os
    import sys

    if not sys.platform.startswith("linux") or _host_is_python():
        return
    if not hasattr(os, "RTLD_DEEPBIND"):
        return
    flags = sys.getdlopenflags()
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_LOCAL | os.RTLD_DEEPBIND)
    try:
        for module in CORE_MODULES:
            if module in sys.modules:
                continue
            try:
                importlib.import_module(module)
            except Exception:
                pass
    finally:
        sys.setdlopenflags(flags)


# --- one-click install into a folder of the plugin's own ------------------------------------

DEPS_FOLDER = "smartcity-packages"
"""The folder, inside the QGIS profile's ``python/`` folder, the one-click install writes
to (``pip install --target``, as the qpip plugin does): outside the plugin's own folder, so
updating or reinstalling the plugin keeps it, and private to the profile, so nothing of the
system's Python is changed."""


def packages_folder(settings_dir: str) -> str:
    """``<profile>/python/smartcity-packages`` for the profile folder ``settings_dir``
    (``QgsApplication.qgisSettingsDirPath()``)."""
    import os

    return os.path.join(settings_dir, "python", DEPS_FOLDER)


def add_packages_folder(folder: str) -> bool:
    """Put ``folder`` on ``sys.path`` (last: QGIS's own packages, numpy above all, keep
    precedence) when it exists; True when it is on the path afterwards."""
    import os
    import site

    if not os.path.isdir(folder):
        return False
    if folder not in sys.path:
        site.addsitedir(folder)  # also reads its .pth files (pywin32 & co.)
        importlib.invalidate_caches()
        missing_dependencies.cache_clear()
    return True


def qgis_python() -> str:
    """The Python interpreter of the Python QGIS runs (``sys.executable`` is QGIS itself)."""
    import os
    import shutil

    major, minor = sys.version_info[:2]
    if sys.platform.startswith("win"):
        candidates = [os.path.join(sys.base_exec_prefix, "python.exe")]
    else:
        candidates = [os.path.join(sys.base_exec_prefix, "bin", f"python{major}.{minor}"),
                      os.path.join(sys.base_exec_prefix, "bin", "python3")]
    for path in candidates:
        if os.path.isfile(path):
            return path
    return shutil.which(f"python{major}.{minor}") or shutil.which("python3") or "python3"


def folder_install_command(folder: str, packages: Optional[Iterable[str]] = None) -> list[str]:
    """The argument list that installs ``packages`` (default: every missing one) into
    ``folder`` with the Python QGIS runs; numpy stays below 2 where QGIS's is 1.x (the
    bindings and the installed compiled packages are built against it)."""
    wanted = list(packages) if packages is not None else [n for n, _ in missing_dependencies()]
    wanted = [_shipped_numba(p) for p in wanted]
    if _numpy_major() == 1 and not any(p.split(">")[0].split("<")[0] == "numpy"
                                       for p in wanted):
        wanted.append("numpy<2")
    return [qgis_python(), "-m", "pip", "install", "--disable-pip-version-check",
            "--upgrade", "--target", folder, *wanted]


def _shipped_numba(requirement: str) -> str:
    """``numba>=…`` becomes the numba the plugin zip's compiled kernels were built with
    (``processing/kernels/manifest.json``) when they fit this Python and machine: the first
    coverage then loads them instead of compiling for a minute.  Anything else as it is."""
    if requirement.split(">")[0].split("=")[0].strip() != "numba":
        return requirement
    from ..processing.jitcache import runtime_tag, shipped_manifest

    manifest = shipped_manifest()
    here = runtime_tag()
    if manifest.get("numba") and all(manifest.get(k) == here[k] for k in ("python", "machine")):
        return f"numba=={manifest['numba']}"
    return requirement


def shell_line(args: Iterable[str]) -> str:
    """``args`` as one line to paste into a terminal (quoted for the user's platform)."""
    import shlex
    import subprocess

    if sys.platform.startswith("win"):
        return subprocess.list2cmdline(list(args))
    return shlex.join(args)
