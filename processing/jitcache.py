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
:func:`install` is called (by the kernel modules, before they define their kernels).
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The package's folder: only kernels of files inside it are placed here."""


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
    """Whether kernels of this very source were compiled into the cache before (on some
    machine sharing it; numba still recompiles for another CPU).  Cheap, imports nothing:
    the plugin asks it to decide whether to start its background warm-up."""
    folder = kernel_dir(py_file)
    return folder.is_dir() and any(folder.glob("*.nbi"))


_INSTALLED = False


def install() -> None:
    """Make numba place this package's ``cache=True`` kernels in :func:`kernel_dir`.

    Call it before the kernels are defined (the decorator picks the locator).  Idempotent;
    with a numba whose cache internals differ it does nothing (numba's own places are
    used)."""
    global _INSTALLED
    if _INSTALLED:
        return
    _INSTALLED = True
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
            return self

    locators.insert(0, SharedLocator)
