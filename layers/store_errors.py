"""Why a store could not be opened or written, said as sentences the user can act on.

Both backends (:mod:`.gpkg`, :mod:`.postgis`) turn their database's errors into these, after
rolling the transaction back, so that every caller (the CLI, QGIS, scripts) gets the same
sentence: a full disk, a store another program is writing to, a place that cannot hold a
store.  The CLI maps them all to exit code 1 (:mod:`smartcity.standalone.errors`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Optional, Union


DEFAULT_WAIT = 30.0
"""Seconds a write waits for another program's write lock on the store before giving up."""


class StoreError(ValueError):
    """The store cannot be created, opened or written; the message says why and what to do."""


class DiskFull(StoreError):
    """The disk (or the database server's disk) ran out of space; the write was rolled back."""


class StoreLocked(StoreError):
    """Another program held the store's write lock for longer than we were told to wait."""


def free_megabytes(path: Union[str, Path]) -> Optional[float]:
    """Free space in MB (10^6 bytes) on the file system holding ``path`` (or its nearest
    existing parent), ``None`` when it cannot be asked."""
    place = Path(path)
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free / 1e6
    except OSError:
        return None


def disk_full(path: Union[str, Path], written: bool = False) -> DiskFull:
    """The sentence for a full disk under ``path``: how much is free and what became of the
    write (``written=False``: rolled back, nothing was written)."""
    free = free_megabytes(path)
    amount = f"{free:.1f} MB free" if free is not None else "free space unknown"
    outcome = ("nothing was written" if not written else
               "the output may be incomplete; delete it")
    return DiskFull(f"the disk holding {path} is full: {amount}; {outcome}. Free some space "
                    f"(or write elsewhere) and run again.")


def is_disk_full(exc: BaseException) -> bool:
    """True for the operating system's 'no space left' (ENOSPC) and its quota cousin."""
    import errno

    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def cannot_create(path: Union[str, Path], exc: OSError) -> StoreError:
    """A store that cannot be made at ``path`` for an operating-system reason."""
    if is_disk_full(exc):
        return disk_full(path)
    reason = exc.strerror or str(exc)
    return StoreError(f"cannot create {path}: {reason.lower()}; choose a folder you can write "
                      f"to (a store is a file on an ordinary disk)")


def locked(name: str, waited: float, holders: list[str]) -> StoreLocked:
    """The sentence for a store whose write lock another program kept: who holds it (as far
    as we can tell) and what to do."""
    who = ("; held by " + ", ".join(holders)) if holders else (
        " (it may be QGIS, another smartcity or any SQLite/PostgreSQL client)")
    return StoreLocked(f"{name} is being written by another program{who}; gave up after "
                       f"waiting {waited:g} s. Let it finish (or stop it) and run again, or give "
                       f"--wait SECONDS to wait longer.")


def process_description(pid: int) -> str:
    """``pid 1234 (sqlite3 w.gpkg)``: a process id with its command line, best effort (Linux)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        words = [Path(w).name if i == 0 else w
                 for i, w in enumerate(raw.decode("utf-8", "replace").split("\0")) if w]
        command = " ".join(" ".join(words).split())  # one line, whatever the arguments hold
    except OSError:
        command = ""
    if len(command) > 80:
        command = command[:77] + "..."
    return f"pid {pid} ({command})" if command else f"pid {pid}"


def own_pid() -> int:
    """This process's id (a function so tests and messages agree on what 'ours' is)."""
    return os.getpid()
