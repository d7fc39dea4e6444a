"""The project store: every layer of the city in one GeoPackage, with time and history.

One file per project, CGCS2000 (EPSG:4490), one table per layer of :mod:`.schema` with the
canonical fields (dates as ``DATE``), plus:

* ``smartcity_meta``: key/value, including ``schema_version`` so later versions can migrate;
* ``history``: every version of every feature ever written (``valid_from``/``valid_to`` are
  the *system* times when the version was recorded and superseded; ``attributes`` is the whole
  feature as JSON, ``geom_wkt`` its geometry), so nothing is ever silently overwritten;
* ``imports``: one row per import run (source file, counts, options).

All writes of one import happen in one SQLite transaction (``BEGIN IMMEDIATE``, which also
serialises concurrent writers): an exception, a cancel or a crash in the middle leaves the
file as it was.  SQL is kept to what PostgreSQL also speaks, and all GeoPackage specifics live
in :mod:`.gpkg`, so a PostGIS backend can implement the same ``Store`` interface.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import gpkg
from .dates import active_mask
from .gpkg import quote
from .progress import ProgressFn, no_progress
from .schema import LAYERS, SCHEMA_VERSION, STORE_EPSG, Layer, get_layer

BOOKKEEPING = (("version", "INTEGER"), ("updated_at", "DATETIME"))
"""Columns after the canonical fields: the feature's current version and when it was written."""

_BATCH = 2000


class StoreError(ValueError):
    """The store cannot be created, opened or written; the message says why and what to do."""


@dataclass
class WriteSummary:
    """What one write did: counts of features inserted, updated and unchanged."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    import_id: Optional[int] = None


def _now() -> str:
    """UTC now in the GeoPackage DATETIME form (milliseconds, ``Z``)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")[:-6] + "Z"


def to_sql_value(kind: str, value):
    """A Python/pandas value -> what the column stores (None for empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if kind == "text":
        return str(value)
    if kind == "int":
        return int(value)
    if kind == "real":
        return float(value)
    if kind == "bool":
        return 1 if bool(value) else 0
    if kind == "date":
        if isinstance(value, (dt.datetime, pd.Timestamp)):
            value = value.date() if hasattr(value, "date") else value
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)[:10]
    raise ValueError(f"unknown field kind {kind!r}")


class Store:
    """An open project store (GeoPackage).  Use :func:`open_store` / :func:`create_store`."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        """Close the file; the store object is unusable afterwards."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def meta(self) -> dict[str, str]:
        """The ``smartcity_meta`` key/value pairs (schema version, creation time, …)."""
        return dict(self._conn.execute("SELECT key, value FROM smartcity_meta"))

    # -- reading ----------------------------------------------------------------------------
    def read(self, layer: str, as_of: Optional[dt.date] = None,
             ids: Optional[Iterable[str]] = None) -> gpd.GeoDataFrame:
        """A layer as a GeoDataFrame in EPSG:4490 with its canonical fields.

        Date fields come as ``datetime64`` (NaT when empty), booleans as pandas ``boolean``,
        integers as ``Int64``.  With ``as_of``, only the features active on that date
        (``start <= as_of`` and no end or ``as_of < end``).  ``fid`` is the index.
        """
        lyr = get_layer(layer)
        cols = ", ".join(quote(c) for c in ["fid", "geom", *lyr.field_names])
        sql = f"SELECT {cols} FROM {quote(lyr.name)}"
        params: list = []
        if ids is not None:
            self._fill_temp_ids(ids)
            sql += f" WHERE {quote(lyr.id_field)} IN (SELECT id FROM temp._ids)"
        frame = pd.read_sql_query(sql, self._conn, params=params)
        gdf = _typed_frame(lyr, frame)
        if as_of is not None:
            gdf = gdf[active_mask(gdf[lyr.start], gdf[lyr.end], as_of)]
        return gdf

    def count(self, layer: str) -> int:
        """Number of features (current versions) in a layer."""
        return self._conn.execute(f"SELECT count(*) FROM {quote(get_layer(layer).name)}"
                                  ).fetchone()[0]

    def summary(self, today: dt.date) -> pd.DataFrame:
        """Per layer: feature count, active count on ``today``, earliest start, latest date."""
        rows = []
        for lyr in LAYERS.values():
            t, s, e = quote(lyr.name), quote(lyr.start), quote(lyr.end)
            day = today.isoformat()
            total, active, first, last_start, last_end = self._conn.execute(
                f"SELECT count(*), sum(({s} IS NULL OR {s} <= ?) AND ({e} IS NULL OR {e} > ?)),"
                f" min({s}), max({s}), max({e}) FROM {t}", (day, day)).fetchone()
            rows.append({"layer": lyr.name, "label": lyr.label_zh, "features": total,
                         "active": active or 0, "first": first,
                         "last": max([d for d in (last_start, last_end) if d], default=None)})
        return pd.DataFrame(rows)

    def history(self, layer: str, feature_id: str) -> pd.DataFrame:
        """Every recorded version of one feature, oldest first (empty when unknown)."""
        lyr = get_layer(layer)
        frame = pd.read_sql_query(
            "SELECT version, valid_from, valid_to, change, source, import_id, attributes, "
            "geom_wkt FROM history WHERE layer = ? AND feature_id = ? ORDER BY version",
            self._conn, params=(lyr.name, str(feature_id)))
        attrs = pd.DataFrame([json.loads(a) for a in frame.pop("attributes")],
                             columns=lyr.field_names)
        return pd.concat([frame.drop(columns="geom_wkt"), attrs, frame[["geom_wkt"]]], axis=1)

    def imports(self) -> pd.DataFrame:
        """The import log, newest last."""
        return pd.read_sql_query("SELECT * FROM imports ORDER BY id", self._conn)

    # -- writing ----------------------------------------------------------------------------
    def write(self, layer: str, records: pd.DataFrame, geometries: Sequence, *,
              source: str, log: Optional[dict] = None, record_history: bool = True,
              progress: Optional[ProgressFn] = None) -> WriteSummary:
        """Insert new features and update changed ones, in one transaction.

        ``records`` holds the canonical columns the input provided (the id field at least);
        columns it lacks keep their stored values on update.  ``geometries`` are shapely
        geometries in EPSG:4490, one per record.  A feature whose values and geometry are
        unchanged is left alone; a changed one gets a new version and its previous version
        stays in ``history``.  ``log`` (counts, options) goes into the ``imports`` table.
        Any exception, including :class:`~.progress.Cancelled` raised by ``progress``, rolls
        everything back.
        """
        lyr = get_layer(layer)
        report = progress or no_progress
        columns = [f.name for f in lyr.fields if f.name in records.columns]
        if lyr.id_field not in columns:
            raise StoreError(f"cannot write {layer}: records have no {lyr.id_field} column")
        geoms = np.asarray(list(geometries), dtype=object)
        geoms = _conform_geometries(lyr, geoms)
        values = {c: [to_sql_value(lyr.field(c).kind, v) for v in records[c]] for c in columns}
        ids = values[lyr.id_field]
        if len(set(ids)) != len(ids):
            raise StoreError(f"cannot write {layer}: duplicate {lyr.id_field} in one write")
        blobs = gpkg.encode_geometries(geoms)
        summary = WriteSummary()
        now = _now()
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing = self._existing(lyr, ids)
            if log is not None:
                summary.import_id = conn.execute(
                    "INSERT INTO imports (layer, source, started_at, options) VALUES (?,?,?,?)",
                    (lyr.name, source, now, json.dumps(log, ensure_ascii=False, default=str))
                ).lastrowid
            inserts, updates, hist_new, hist_close = [], [], [], []
            old_geoms = decode_existing(existing, ids)
            same_geom = _same_geometries(geoms, old_geoms)
            for i, fid_ in enumerate(ids):
                row = {c: values[c][i] for c in columns}
                old = existing.get(fid_)
                if old is None:
                    full = {f: row.get(f) for f in lyr.field_names}
                    inserts.append([blobs[i], *[full[f] for f in lyr.field_names], 1, now])
                    hist_new.append(_history_row(lyr, fid_, 1, now, "created", source,
                                                 summary.import_id, full, geoms[i]))
                    summary.inserted += 1
                else:
                    full = {**old["values"], **row}
                    if full == old["values"] and same_geom[i]:
                        summary.unchanged += 1
                        continue
                    version = old["version"] + 1
                    updates.append([blobs[i], *[full[f] for f in lyr.field_names], version, now,
                                    old["fid"]])
                    hist_close.append((now, lyr.name, fid_))
                    hist_new.append(_history_row(lyr, fid_, version, now, "updated", source,
                                                 summary.import_id, full, geoms[i]))
                    summary.updated += 1
            self._apply(lyr, inserts, updates, hist_close if record_history else [],
                        hist_new if record_history else [], report)
            if summary.import_id is not None:
                conn.execute("UPDATE imports SET finished_at=?, inserted=?, updated=?, "
                             "unchanged=? WHERE id=?",
                             (_now(), summary.inserted, summary.updated, summary.unchanged,
                              summary.import_id))
            gpkg.update_extent(conn, lyr.name)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return summary

    def _apply(self, lyr: Layer, inserts: list, updates: list, hist_close: list,
               hist_new: list, report: ProgressFn) -> None:
        conn = self._conn
        t = quote(lyr.name)
        names = ["geom", *lyr.field_names, "version", "updated_at"]
        insert_sql = (f"INSERT INTO {t} ({', '.join(quote(n) for n in names)}) "
                      f"VALUES ({', '.join('?' * len(names))})")
        update_sql = (f"UPDATE {t} SET {', '.join(quote(n) + ' = ?' for n in names)} "
                      f"WHERE fid = ?")
        total = max(1, len(inserts) + len(updates))
        done = 0
        for rows, sql in ((inserts, insert_sql), (updates, update_sql)):
            for start in range(0, len(rows), _BATCH):
                chunk = rows[start:start + _BATCH]
                conn.executemany(sql, chunk)
                done += len(chunk)
                report(100.0 * done / total, f"{lyr.name}: {done}/{total}")
        conn.executemany("UPDATE history SET valid_to = ? WHERE layer = ? AND feature_id = ? "
                         "AND valid_to IS NULL", hist_close)
        conn.executemany("INSERT INTO history (layer, feature_id, version, valid_from, change, "
                         "source, import_id, attributes, geom_wkt) VALUES (?,?,?,?,?,?,?,?,?)",
                         hist_new)

    def record_rejects(self, import_id: Optional[int], rejected: int, flagged: int) -> None:
        """Store the rejected/flagged counts of an import (after its rows were written)."""
        if import_id is None:
            return
        self._conn.execute("UPDATE imports SET rejected=?, flagged=? WHERE id=?",
                           (rejected, flagged, import_id))

    def _fill_temp_ids(self, ids: Iterable[str]) -> None:
        conn = self._conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _ids (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp._ids")
        conn.executemany("INSERT OR IGNORE INTO temp._ids VALUES (?)", ((str(i),) for i in ids))

    def _existing(self, lyr: Layer, ids: list) -> dict:
        """Stored features among ``ids``: fid, version, values by field, geometry blob."""
        self._fill_temp_ids(ids)
        names = lyr.field_names
        cols = ", ".join(quote(c) for c in ["fid", "version", "geom", *names])
        cursor = self._conn.execute(
            f"SELECT {cols} FROM {quote(lyr.name)} "
            f"WHERE {quote(lyr.id_field)} IN (SELECT id FROM temp._ids)")
        found = {}
        for fid, version, geom, *vals in cursor:
            values = dict(zip(names, vals))
            found[values[lyr.id_field]] = {"fid": fid, "version": version or 1, "geom": geom,
                                           "values": values}
        return found


def decode_existing(existing: dict, ids: list) -> np.ndarray:
    """Stored geometries aligned with ``ids`` (None where the feature is new)."""
    blobs = [existing[i]["geom"] if i in existing else None for i in ids]
    return gpkg.decode_geometries(blobs)


def _same_geometries(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    """Element-wise equality within 1e-9 degrees (0.1 mm): re-imports are not changes."""
    both = ~shapely.is_missing(new) & ~shapely.is_missing(old)
    same = np.zeros(len(new), dtype=bool)
    if both.any():
        same[both] = shapely.equals_exact(new[both], old[both], tolerance=1e-9)
    return same


def _conform_geometries(lyr: Layer, geoms: np.ndarray) -> np.ndarray:
    """Make geometries fit the column type (districts are MULTIPOLYGON)."""
    if lyr.geometry == "MULTIPOLYGON":
        single = shapely.get_type_id(geoms) == 3
        if single.any():
            geoms = geoms.copy()
            for i in np.flatnonzero(single):
                geoms[i] = shapely.MultiPolygon([geoms[i]])
    return geoms


def _history_row(lyr: Layer, feature_id: str, version: int, now: str, change: str,
                 source: str, import_id: Optional[int], values: dict, geom) -> tuple:
    return (lyr.name, feature_id, version, now, change, source, import_id,
            json.dumps(values, ensure_ascii=False), None if geom is None else geom.wkt)


def _typed_frame(lyr: Layer, frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """SQL rows -> GeoDataFrame with pandas types per field kind."""
    geoms = gpkg.decode_geometries(frame.pop("geom"))
    for f in lyr.fields:
        col = frame[f.name]
        if f.kind == "date":
            frame[f.name] = pd.to_datetime(col, format="%Y-%m-%d", errors="coerce").astype(
                "datetime64[ns]")
        elif f.kind == "bool":
            frame[f.name] = pd.array([None if pd.isna(v) else bool(v) for v in col],
                                     dtype="boolean")
        elif f.kind == "int":
            frame[f.name] = pd.array([None if pd.isna(v) else int(v) for v in col],
                                     dtype="Int64")
        elif f.kind == "real":
            frame[f.name] = pd.to_numeric(col, errors="coerce").astype(float)
        else:
            frame[f.name] = col.astype(object).where(col.notna(), None)
    frame = frame.set_index("fid")
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index),
                            crs=f"EPSG:{STORE_EPSG}")


# --- creating and opening -------------------------------------------------------------------

_META_DDL = "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT"
_HISTORY_DDL = ("fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, layer TEXT NOT NULL, "
                "feature_id TEXT NOT NULL, version INTEGER NOT NULL, valid_from DATETIME NOT NULL,"
                " valid_to DATETIME, change TEXT NOT NULL, source TEXT, import_id INTEGER, "
                "attributes TEXT NOT NULL, geom_wkt TEXT")
_IMPORTS_DDL = ("id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, layer TEXT NOT NULL, "
                "source TEXT, started_at DATETIME, finished_at DATETIME, inserted INTEGER, "
                "updated INTEGER, unchanged INTEGER, rejected INTEGER, flagged INTEGER, "
                "options TEXT")


def create_store(path: Path | str) -> Store:
    """Create a new, empty project store at ``path`` and open it.

    The file is built under a temporary name in the same folder and renamed into place, so a
    failure never leaves a half-made store behind.  An existing file is never overwritten.
    """
    path = Path(path)
    if path.exists():
        raise StoreError(f"{path} already exists; open it, or choose another file name")
    if not path.parent.is_dir():
        raise StoreError(f"folder {path.parent} does not exist; create it first")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".gpkg.tmp",
                                    dir=str(path.parent))
    os.close(fd)
    os.unlink(tmp_name)
    conn = gpkg.connect(tmp_name)
    try:
        conn.execute("BEGIN")
        gpkg.initialise(conn)
        for lyr in LAYERS.values():
            gpkg.create_feature_table(conn, lyr, BOOKKEEPING)
            conn.execute(f"CREATE INDEX {quote('idx_' + lyr.name + '_lifecycle')} ON "
                         f"{quote(lyr.name)} ({quote(lyr.start)}, {quote(lyr.end)})")
        gpkg.create_attribute_table(conn, "smartcity_meta", _META_DDL, "项目库元数据 / store metadata")
        gpkg.create_attribute_table(conn, "history", _HISTORY_DDL, "要素历史版本 / feature history")
        gpkg.create_attribute_table(conn, "imports", _IMPORTS_DDL, "导入记录 / import log")
        conn.execute("CREATE INDEX idx_history_feature ON history (layer, feature_id, version)")
        from .. import __version__

        conn.executemany("INSERT INTO smartcity_meta (key, value) VALUES (?, ?)", [
            ("schema_version", str(SCHEMA_VERSION)), ("crs", f"EPSG:{STORE_EPSG}"),
            ("created_at", _now()), ("created_by", f"smartcity {__version__}")])
        conn.execute("COMMIT")
        conn.close()
        os.replace(tmp_name, path)
    except BaseException:
        conn.close()
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return open_store(path)


MIGRATIONS: dict[int, callable] = {}
"""``MIGRATIONS[n](conn)`` upgrades a store from schema version ``n`` to ``n + 1``."""


def open_store(path: Path | str) -> Store:
    """Open an existing project store, migrating an older schema version in place."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path} does not exist; create it with `smartcity init {path}`")
    if not gpkg.is_geopackage(path):
        raise StoreError(f"{path} is not a GeoPackage; a project store is created with "
                         f"`smartcity init`")
    conn = gpkg.connect(path)
    try:
        row = conn.execute("SELECT value FROM smartcity_meta WHERE key = 'schema_version'"
                           ).fetchone()
    except sqlite3.DatabaseError:
        conn.close()
        raise StoreError(f"{path} is a GeoPackage but not a smartcity project store "
                         f"(no smartcity_meta table)") from None
    version = int(row[0])
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} was written by a newer smartcity (schema {version}, this "
                         f"version reads up to {SCHEMA_VERSION}); upgrade smartcity")
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        MIGRATIONS[version](conn)
        version += 1
        conn.execute("UPDATE smartcity_meta SET value = ? WHERE key = 'schema_version'",
                     (str(version),))
        conn.execute("COMMIT")
    return Store(path, conn)


def snapshot(store: Store, as_of: dt.date, out: Path | str,
             progress: Optional[ProgressFn] = None) -> dict[str, int]:
    """Write every layer as it stood on ``as_of`` into a new store at ``out``.

    Returns the feature count per layer.  The output is itself a project store (same schema),
    so every tool that reads a store reads a snapshot.
    """
    report = progress or no_progress
    counts: dict[str, int] = {}
    target = create_store(out)
    try:
        layers = list(LAYERS.values())
        for n, lyr in enumerate(layers):
            gdf = store.read(lyr.name, as_of=as_of)
            counts[lyr.name] = len(gdf)
            report(100.0 * n / len(layers), f"{lyr.name}: {len(gdf)}")
            if len(gdf):
                target.write(lyr.name, gdf.drop(columns="geometry"), gdf.geometry.values,
                             source=f"snapshot of {store.path.name} as of {as_of}",
                             record_history=False)
        target._conn.execute("INSERT INTO smartcity_meta (key, value) VALUES ('snapshot_as_of', ?), "
                             "('snapshot_of', ?)", (as_of.isoformat(), str(store.path)))
        report(100.0, "done")
    except BaseException:
        target.close()
        Path(out).unlink(missing_ok=True)
        raise
    target.close()
    return counts
