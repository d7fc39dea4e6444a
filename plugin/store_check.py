"""Is this a project store QGIS can load? With the core when it is installed, without it else.

Loading a store into QGIS needs only GDAL (QGIS's ``ogr`` provider); the core's
:func:`~smartcity.layers.store.open_store` (which also migrates an older schema in place)
needs geopandas & co.  Where they are missing the plugin still loads the store's layers,
styled and temporal, after the checks below (the same sentences as ``open_store``, read with
the standard library's ``sqlite3``, read-only).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..layers.locations import is_postgres_url
from ..layers.schema import SCHEMA_VERSION
from ..layers.store_errors import StoreError


def check_store(location) -> None:
    """Raise :class:`StoreError` with a sentence when ``location`` is not a store."""
    try:
        from ..layers.store import open_store
    except ImportError:
        light_check(location)
        return
    open_store(location).close()


def light_check(location) -> None:
    """The checks of ``open_store`` for a GeoPackage, without the core; a ``postgresql://``
    store is left to QGIS's postgres provider (whose errors name the server)."""
    if is_postgres_url(location):
        return
    path = Path(location)
    if not path.exists():
        raise StoreError(f"{path} does not exist; create it with `smartcity init {path}`")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; a store is a .gpkg file or a postgresql:// URL")
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a GeoPackage; a project store is created with "
                         f"`smartcity init`")
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT value FROM smartcity_meta WHERE key = 'schema_version'"
                           ).fetchall()
    except sqlite3.DatabaseError:
        rows = []
    finally:
        con.close()
    if not rows:
        raise StoreError(f"{path} is not a smartcity project store (no smartcity_meta "
                         f"table); create one with `smartcity init`")
    version = int(rows[0][0])
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer smartcity (schema {version}, this "
                         f"version reads up to {SCHEMA_VERSION}); upgrade smartcity")
