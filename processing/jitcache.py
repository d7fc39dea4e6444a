"""Where the coverage engine's compiled kernels live: one user cache every copy shares.

numba caches a ``cache=True`` function beside its source (``__pycache__``), or, where that
folder may not be written, under ``~/.cache/numba/<the source folder's full path>``.  Both
are tied to *this copy* of the source: a fresh ``git clone``, a second worktree, or the
QGIS plugin installed from its zip (another folder) finds an empty cache and compiles for
20–40 s again, although the source is the same and the machine has compiled it before.

Here a numba cache locator puts every kernel of this package under

    <cache root>/numba/<module>-<SHA-256 of the module's source, 16 hex digits>/

and stamps the index with the same hash instead of the file's time: whichever copy of the
same source runs (CLI, plugin, a clone somewhere else), it finds the kernels that
``smartcity warmup`` (run by ``scripts/setup.sh``) or the plugin's background warm-up
compiled.  A changed source has another hash, so it never loads stale code, and two
versions side by side never overwrite each other's cache.  numba itself still keys each
entry by signature and CPU, so a cache copied to another kind of machine is not used.

The cache root is ``$SMARTCITY_CACHE_DIR``, else ``$NUMBA_CACHE_DIR``, else the platform's
user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on
macOS, ``%LOCALAPPDATA%`` on Windows) + ``smartcity``.  Nothing here imports numba until
:func:`install` is called (by the kernel modules, before they import numba).

**Portable kernels.**  numba keys each cached signature by the CPU it was compiled for
(LLVM's CPU name and feature list), so kernels compiled on one machine are not loaded on
another.  :func:`install` therefore makes numba compile for LLVM's *generic* CPU of the
architecture (``NUMBA_CPU_NAME=generic``, features empty: SSE2 on x86-64) unless the user
chose a CPU (``NUMBA_CPU_NAME`` set, or ``SMARTCITY_NUMBA_CPU=host``).  The kernels are then
the same on every x86-64 (or arm64) machine, and can be shipped: the plugin zip
(``scripts/package_plugin.py``) carries them in ``processing/kernels/<module>-<hash>/``
(:data:`SHIPPED_DIR`), and the first use on a machine copies them into the user cache
instead of compiling for 40–90 s.  Measured on the dense-core scene: generic and host-tuned
kernels take the same time within the machine's noise (benchmarks/README.md, start-up).
The shipped folder is named by the same source hash, so a changed source never loads them,
and numba still checks its own version and the Python version (cache file names, index).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The package's folder: only kernels of files inside it are placed here."""

SHIPPED_DIR = Path(__file__).resolve().parent / "kernels"
"""Kernels shipped with the package (the plugin zip): ``<module>-<hash>/`` folders laid out
like :func:`kernel_dir`, and ``manifest.json`` (:func:`shipped_manifest`)."""

GENERIC_CPU = "generic"
"""LLVM's CPU name for the architecture's baseline: what portable kernels are compiled for."""


def cache_root() -> Path:
    """The folder holding every cache of smartcity (see the module docstring)."""
    for variable in ("SMARTCITY_CACHE_DIR", "NUMBA_CACHE_DIR"):
        if os.environ.get(variable):
            return Path(os.environ[variable]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "smartcity"


@lru_cache(maxsize=None)
def source_hash(py_file: str) -> str:
    """SHA-256 of a source file's bytes, 16 hex digits (the same for every copy of it)."""
    return hashlib.sha256(Path(py_file).read_bytes()).hexdigest()[:16]


def kernel_dir(py_file: str | Path) -> Path:
    """Where the kernels of the module ``py_file`` are cached."""
    return cache_root() / "numba" / f"{Path(py_file).stem}-{source_hash(str(py_file))}"


def is_cached(py_file: str | Path) -> bool:
    """Whether kernels of this very source were compiled into the user cache before (on
    some machine sharing it; numba still recompiles for another CPU), or are shipped with
    the package for this numba and Python (:func:`shipped_dir`).  Cheap, imports nothing."""
    folder = kernel_dir(py_file)
    return (folder.is_dir() and any(folder.glob("*.nbi"))) or shipped_dir(py_file) is not None


def runtime_tag() -> dict:
    """What numba's cache files depend on besides the source and the CPU: numba's version
    (checked in each index) and the Python implementation (in each file name), without
    importing numba."""
    from importlib import metadata

    try:
        numba_version = metadata.version("numba")
    except metadata.PackageNotFoundError:
        numba_version = ""
    return {"numba": numba_version, "python": sys.implementation.cache_tag,
            "machine": _machine()}


def _machine() -> str:
    import platform

    return f"{sys.platform}-{platform.machine().lower()}"


@lru_cache(maxsize=None)
def shipped_manifest() -> dict:
    """``processing/kernels/manifest.json``: the :func:`runtime_tag` and CPU the shipped
    kernels were compiled with; empty when nothing is shipped."""
    try:
        return json.loads((SHIPPED_DIR / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def shipped_dir(py_file: str | Path) -> Path | None:
    """The shipped kernels of this very source, when they fit this numba, Python and
    machine and are compiled for the CPU numba will use here (:func:`install`); else None."""
    manifest = shipped_manifest()
    if not manifest or manifest.get("cpu") != _cpu_name():
        return None
    if any(manifest.get(k) != v for k, v in runtime_tag().items()):
        return None
    folder = SHIPPED_DIR / kernel_dir(py_file).name
    return folder if folder.is_dir() and any(folder.glob("*.nbi")) else None


def _cpu_name() -> str:
    """The CPU numba compiles for in this process ("" for the host's own)."""
    wanted = os.environ.get("NUMBA_CPU_NAME")
    if wanted is not None:
        return wanted.lower()
    if "numba" in sys.modules or os.environ.get("SMARTCITY_NUMBA_CPU", "").lower() == "host":
        return ""
    return GENERIC_CPU


def choose_cpu() -> str:
    """Make numba compile for the generic CPU (module doc) unless the user chose one, or
    numba was imported before (its CPU is fixed then: changing it afterwards would store
    host-tuned code under the generic key).  Returns the CPU in use ("" for the host's)."""
    if "NUMBA_CPU_NAME" not in os.environ and "numba" not in sys.modules:
        if _cpu_name() == GENERIC_CPU:
            os.environ["NUMBA_CPU_NAME"] = GENERIC_CPU
            os.environ.pop("NUMBA_CPU_FEATURES", None)  # generic: the baseline's features
    return (os.environ.get("NUMBA_CPU_NAME") or "").lower()


def seed_from_shipped(py_file: str | Path) -> int:
    """Copy the shipped kernels of this source into the user cache, function by function,
    where the user cache has no index for that function yet (an existing index is numba's,
    with its own entries: left alone).  Returns how many files were copied."""
    source = shipped_dir(py_file)
    if source is None:
        return 0
    target = kernel_dir(py_file)
    copied = 0
    for index in source.glob("*.nbi"):
        if (target / index.name).exists():
            continue
        base = index.name[:-len(".nbi")]
        try:
            target.mkdir(parents=True, exist_ok=True)
            for data in source.glob(f"{base}.*.nbc"):
                shutil.copyfile(data, target / data.name)
                copied += 1
            tmp = target / f"{index.name}.{os.getpid()}.tmp"
            shutil.copyfile(index, tmp)  # the index last, atomically: it names the data
            os.replace(tmp, target / index.name)
            copied += 1
        except OSError:  # not writable: numba compiles into wherever it can
            break
    return copied


def export_kernels(py_files, destination: Path) -> list[Path]:
    """Copy the user cache's kernels of these sources into ``destination`` (laid out like
    :data:`SHIPPED_DIR`) with a manifest: what ``scripts/package_plugin.py`` ships.  The
    kernels must have been compiled for the generic CPU in this process's settings
    (:func:`choose_cpu`); returns the folders written."""
    destination.mkdir(parents=True, exist_ok=True)
    written = []
    for py_file in py_files:
        folder = kernel_dir(py_file)
        if not (folder.is_dir() and any(folder.glob("*.nbi"))):
            raise FileNotFoundError(f"{folder}: no compiled kernels to export (run the warm-up)")
        target = destination / folder.name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.tmp"))
        written.append(target)
    manifest = dict(runtime_tag(), cpu=_cpu_name(),
                    modules={Path(f).stem: source_hash(str(f)) for f in py_files})
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return written


_INSTALLED = False


@lru_cache(maxsize=None)
def _seed_once(py_file: str) -> int:
    """:func:`seed_from_shipped`, once per module and process (called per kernel)."""
    return seed_from_shipped(py_file)


def install() -> None:
    """Make numba compile for the generic CPU (:func:`choose_cpu`) and place this package's
    ``cache=True`` kernels in :func:`kernel_dir`, seeded from the shipped ones.

    Call it before numba is imported (the CPU is read then) and before the kernels are
    defined (the decorator picks the locator).  Idempotent;
    with a numba whose cache internals differ it does nothing (numba's own places are
    used)."""
    global _INSTALLED
    if _INSTALLED:
        return
    _INSTALLED = True
    choose_cpu()
    try:
        from numba.core import caching
    except ImportError:
        return
    base = getattr(caching, "_CacheLocator", None)
    impl = getattr(caching, "CacheImpl", None) or getattr(caching, "_CacheImpl", None)
    locators = getattr(impl, "_locator_classes", None)
    if base is None or not isinstance(locators, list):
        return

    class SharedLocator(base):  # type: ignore[misc, valid-type]
        """numba locator: content-addressed folder under the user cache (module doc)."""

        def __init__(self, py_func, py_file):
            self._py_file = py_file
            self._lineno = py_func.__code__.co_firstlineno
            self._path = str(kernel_dir(py_file))

        def get_cache_path(self):
            return self._path

        def get_source_stamp(self):
            return source_hash(self._py_file)

        def get_disambiguator(self):
            return str(self._lineno)

        @classmethod
        def from_function(cls, py_func, py_file):
            try:
                inside = Path(py_file).resolve().is_relative_to(PACKAGE_DIR)
            except (OSError, ValueError):
                return None
            if not inside or not os.path.exists(py_file):
                return None
            self = cls(py_func, py_file)
            try:
                self.ensure_cache_path()
            except OSError:  # not writable: numba's own locators decide
                return None
            _seed_once(py_file)
            return self

    locators.insert(0, SharedLocator)
    _load_without_refresh(caching, SharedLocator)


def _load_without_refresh(caching, locator_class) -> None:
    """Load this package's cached kernels without numba's ``target_context.refresh()``.

    numba refreshes its CPU context before every cache load; the first refresh of a process
    imports and registers all of numba's NumPy, linear-algebra (importing SciPy's BLAS),
    random and unicode implementations: ~0.5-1 s of every coverage process's start, for
    nothing, because rebuilding a cached kernel only needs the code generator (its object
    code is linked, its Python wrapper compiled in) and numba's runtime (NRT: memory
    management of the arrays the kernels allocate), which is initialised here.  A signature
    that is not cached is compiled by numba's compiler, which refreshes the context itself
    first.  Only kernels placed by ``locator_class`` are loaded this way; with numba
    internals other than these the original method is kept."""
    cache = getattr(caching, "Cache", None)
    original = getattr(cache, "load_overload", None)
    try:
        from numba.core.runtime import rtsys
    except ImportError:
        return
    if original is None or not hasattr(rtsys, "initialize") or not all(
            hasattr(cache, name) for name in ("_load_overload",
                                              "_guard_against_spurious_io_errors")):
        return

    def load_overload(self, sig, target_context):
        if not isinstance(getattr(getattr(self, "_impl", None), "locator", None),
                          locator_class):
            return original(self, sig, target_context)
        rtsys.initialize(target_context)  # the one part of refresh loaded code needs: NRT
        with self._guard_against_spurious_io_errors():
            return self._load_overload(sig, target_context)
        return None  # the guard swallowed an I/O error: numba compiles

    load_overload.__doc__ = original.__doc__
    setattr(cache, "load_overload", load_overload)
