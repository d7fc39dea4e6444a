"""File names made from data (district codes, place names …), safe on every file system.

A value becomes one path *component*: never a folder separator, never ``..``, never a name
Windows refuses (``CON``, ``a:b``, a trailing dot), never longer than file systems allow.
When a value had to be changed, a short hash of the original keeps two different values
from landing on the same file (``a/b`` and ``a_b`` stay two sheets).  :func:`inside` builds
the path and refuses one that would leave its folder, whatever the name held.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

MAX_BYTES = 120
"""Longest component we make, in UTF-8 bytes (file systems allow 255; room for suffixes)."""

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                     *(f"LPT{i}" for i in range(10))}


def safe_name(value: object, fallback: str = "unnamed") -> str:
    """``value`` as one file-name component: unsafe characters replaced by ``_``, no leading
    dots or trailing dots/spaces, at most :data:`MAX_BYTES` bytes; unchanged when it already
    was safe, otherwise suffixed with 8 hex digits of its SHA-1 so distinct values stay
    distinct."""
    text = unicodedata.normalize("NFC", str(value))
    name = _UNSAFE.sub("_", text).strip()
    name = name.lstrip(".").rstrip(". ")
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    if not name:
        name = fallback
    if name == text and len(name.encode("utf-8")) <= MAX_BYTES:
        return name
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    while len(name.encode("utf-8")) > MAX_BYTES - 9:
        name = name[:-1]
    return f"{name}-{digest}"


def inside(folder: Path | str, name: str) -> Path:
    """``folder / name``, refusing (``ValueError``) a result that does not lie directly in
    ``folder`` once symbolic links and ``..`` are resolved: the last guard against a name
    from data writing elsewhere."""
    folder = Path(folder)
    path = folder / name
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"refusing to write {path}: the name {name!r} would leave the "
                         f"output folder {folder}")
    return path
