"""The user's sentence for the exceptions that normal use raises, for every front end.

The CLI (:mod:`smartcity.standalone.errors`) and the Processing adapter
(:func:`smartcity.processing.qgis_provider.common.run_core`) say the same sentence for the
same failure (a full disk, a locked store, a path that cannot be written, a missing package);
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
import sys
from typing import Optional

ROOT = __package__.rsplit(".", 1)[0]  # "smartcity"


def _loaded(module: str, name: str):
    """The class ``name`` of ``module`` if that module is imported already, else ``None``
    (an exception of a module never imported cannot have been raised)."""
    mod = sys.modules.get(module)
    return getattr(mod, name, None) if mod is not None else None


def _package(name: str) -> str:
    return name.split(".", 1)[0] if name else ""


def known_sentence(exc: BaseException, expected: tuple[type, ...] = (),
                   wait_hint: str = "") -> Optional[str]:
    """The user's sentence for ``exc`` when normal use raises it, ``None`` for a bug.

    ``expected``: the front end's own exception classes whose text is already a sentence;
    ``wait_hint``: how this front end waits longer for a lock (the CLI's ``--wait``), added to
    the lock sentences.
    """
    from .store_errors import StoreError, disk_full, is_disk_full

    ours = tuple(cls for cls in (StoreError, _loaded(f"{ROOT}.layers.importer", "ImportFailure"),
                                 *expected) if cls is not None)
    if isinstance(exc, ours):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError):
        if (exc.name or "").startswith(ROOT):
            return f"this installation of smartcity lacks {exc.name}; reinstall smartcity."
        name = _package(exc.name or "")
        return (f"this command needs the Python package {name!r}, which is not installed: "
                f"pip install {name}")
    if is_disk_full(exc):
        return str(disk_full(getattr(exc, "filename", None) or ".", written=True))
    if isinstance(exc, MemoryError):
        return ("ran out of memory; nothing was written. Close other programs, or work on "
                "a smaller area or period.")
    if isinstance(exc, OSError) and exc.filename and exc.errno in (
            errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR, errno.EISDIR,
            errno.EROFS, errno.ENAMETOOLONG):
        return (f"{exc.filename}: {(exc.strerror or str(exc)).lower()}; check the path and "
                f"its permissions")
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "disk is full" in text:
            return "the disk holding the GeoPackage is full; nothing was written. Free some space."
        if "database is locked" in text:
            return (f"the GeoPackage is being written by another program; let it finish (or "
                    f"stop it) and run again{wait_hint}.")
    locked = _loaded("psycopg.errors", "LockNotAvailable")
    if locked is not None and isinstance(exc, locked):
        return (f"the PostGIS store is being written by another program; let it finish (or "
                f"stop it) and run again{wait_hint}.")
    full = _loaded("psycopg.errors", "DiskFull")
    if full is not None and isinstance(exc, full):
        return "the database server's disk is full; nothing was written. Ask its administrator."
    return None
