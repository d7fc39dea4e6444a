"""GeoPackage specifics of the store: file creation, geometry blobs, spatial index, metadata.

The store writes its GeoPackage with Python's ``sqlite3`` instead of through GDAL so that one
import, across several tables (features, history, import log, extents), is *one* SQLite
transaction: a failure or a crash anywhere leaves the file as it was.  What GDAL would
otherwise provide is here, following OGC GeoPackage 1.2 (``user_version`` 10200, so that QGIS
3.22's GDAL 3.6 reads it without the "version 1.4 may be only partially supported" warning):

* the core tables ``gpkg_spatial_ref_sys``, ``gpkg_contents``, ``gpkg_geometry_columns``;
* the R-tree spatial index extension with the standard triggers, whose SQL functions
  (``ST_IsEmpty``, ``ST_MinX`` …) GDAL registers itself and :func:`connect` registers here;
* the schema extension (``gpkg_data_columns``) carrying each field's Chinese title, which
  QGIS shows as the field alias;
* standard GeoPackage geometry blobs (``GP`` header + little-endian WKB), vectorised.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import numpy as np
import pyproj
import shapely

from .schema import STORE_EPSG, Layer
from .store_errors import DEFAULT_WAIT

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2

SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "date": "DATE",
             "bool": "BOOLEAN", "datetime": "DATETIME", "blob": "BLOB"}

# SQLite's primary result codes (sqlite3.h), for Pythons older than 3.11 without the names
_BUSY, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 8, 10, 11, 13, 14, 26

_FLAG_LE = 0x01
_FLAG_ENVELOPE_XY = 0x02  # envelope indicator 1, in bits 1-3
_FLAG_EMPTY = 0x10


def quote(identifier: str) -> str:
    """Quote an SQL identifier (table or column name), whatever characters it holds."""
    return '"' + str(identifier).replace('"', '""') + '"'


# --- geometry blobs -------------------------------------------------------------------------

def encode_geometries(geoms: Union[Sequence, np.ndarray], srs_id: int = STORE_EPSG) -> list:
    """Shapely geometries -> GeoPackage blobs (``None`` stays ``None``).

    Points get no envelope (their envelope is the point); everything else an XY envelope.
    """
    geoms = np.asarray(geoms, dtype=object)
    out: list = [None] * len(geoms)
    present = ~shapely.is_missing(geoms)
    if not present.any():
        return out
    valid = geoms[present]
    wkbs = shapely.to_wkb(valid, byte_order=1, flavor="iso")
    bounds = shapely.bounds(valid)
    empty = shapely.is_empty(valid)
    is_point = shapely.get_type_id(valid) == 0
    head_point = struct.pack("<2sBBi", b"GP", 0, _FLAG_LE, srs_id)
    head_empty = struct.pack("<2sBBi", b"GP", 0, _FLAG_LE | _FLAG_EMPTY, srs_id)
    head_env = struct.pack("<2sBBi", b"GP", 0, _FLAG_LE | _FLAG_ENVELOPE_XY, srs_id)
    if is_point.all() and not empty.any():  # a layer of points: one header for all
        blobs = [head_point + wkb for wkb in wkbs.tolist()]
    else:
        blobs = []
        for wkb, b, e, p in zip(wkbs, bounds, empty, is_point):
            if e:
                blobs.append(head_empty + wkb)
            elif p:
                blobs.append(head_point + wkb)
            else:
                blobs.append(head_env + struct.pack("<4d", b[0], b[2], b[1], b[3]) + wkb)
    if present.all():
        return blobs
    for i, blob in zip(np.flatnonzero(present).tolist(), blobs):
        out[i] = blob
    return out


def envelopes(geoms: Union[Sequence, np.ndarray]) -> np.ndarray:
    """``(minx, maxx, miny, maxy)`` per geometry, as the R-tree triggers' ``ST_MinX`` … read
    them from the blobs :func:`encode_geometries` writes; NaN rows where the trigger would
    put nothing in the R-tree (NULL, empty, a point with NaN coordinates)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full((len(geoms), 4), np.nan)
    present = ~shapely.is_missing(geoms)
    if present.any():
        b = shapely.bounds(geoms[present])  # NaN for empty geometries
        out[present] = b[:, [0, 2, 1, 3]]
    out[~np.isfinite(out).all(axis=1)] = np.nan
    return out


def _header_length(blob: bytes) -> int:
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    return 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope, 0)


def decode_geometries(blobs: Iterable) -> np.ndarray:
    """GeoPackage blobs -> array of shapely geometries (``None`` for NULL)."""
    wkbs = [None if b is None else bytes(b)[_header_length(b):] for b in blobs]
    return shapely.from_wkb(np.asarray(wkbs, dtype=object))


def _envelope(blob) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a blob, ``None`` when NULL or empty (for the R-tree)."""
    if blob is None:
        return None
    flags = blob[3]
    if flags & _FLAG_EMPTY:
        return None
    if (flags >> 1) & 0x07:
        little = "<" if flags & _FLAG_LE else ">"
        minx, maxx, miny, maxy = struct.unpack_from(little + "4d", blob, 8)
        return minx, maxx, miny, maxy
    body = bytes(blob)[_header_length(blob):]
    order = "<" if body[0] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", body, 1)
    if gtype % 1000 == 1:  # point: coordinates right after the type
        x, y = struct.unpack_from(order + "2d", body, 5)
        if np.isnan(x):
            return None
        return x, x, y, y
    geom = shapely.from_wkb(body)
    if geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def _st(index: int):
    def fn(blob):
        env = _envelope(blob)
        return None if env is None else env[index]
    return fn


def connect(path: Path | str, wait: float = DEFAULT_WAIT) -> sqlite3.Connection:
    """Open a GeoPackage with the SQL functions its R-tree triggers call.

    Autocommit mode: the store opens its transactions explicitly (``BEGIN IMMEDIATE``).
    ``wait`` is how long (seconds) a statement waits for another program's lock before
    SQLite gives up with "database is locked".  Temporary tables and sorts stay in memory,
    so a full ``/tmp`` is never mistaken for a full store disk.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=max(0.0, float(wait)))
    conn.create_function("ST_IsEmpty", 1, lambda b: 1 if _envelope(b) is None else 0,
                         deterministic=True)
    for name, idx in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        conn.create_function(name, 1, _st(idx), deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # Dirty pages stay in memory until COMMIT up to 128 MB (allocated as used): a bigger
    # transaction spills them into the file early, and SQLite does not journal the old
    # bytes of free pages it reuses, so a rolled-back import could leave free pages (not
    # data) different from before.  The history triggers roughly double an import's pages.
    conn.execute("PRAGMA cache_size = -131072")
    return conn


# --- who holds the lock ----------------------------------------------------------------------

_PENDING_BYTE = 0x40000000
"""SQLite's lock bytes (os_unix.c): PENDING, then RESERVED, then the 510 SHARED bytes."""


def lock_holders(path: Path | str) -> list[str]:
    """Other processes holding SQLite locks on ``path``, writers first, as ``pid N (command)
    writing`` (best effort, Linux: ``/proc/locks``, else ``/proc/*/fd``); empty when unknown.

    SQLite takes POSIX byte-range locks at 1 GiB into the file: a WRITE lock on the
    RESERVED or PENDING byte means "writing", a READ lock on the SHARED range "reading".
    """
    from .store_errors import own_pid, process_description

    try:
        st = os.stat(path)
    except OSError:
        return []
    device = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    writers: dict[int, None] = {}
    readers: dict[int, None] = {}
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        try:
            kind, pid, where, start = fields[3], int(fields[4]), fields[5], int(fields[6])
        except (IndexError, ValueError):
            continue
        if where != device or pid in (own_pid(), -1) or start < _PENDING_BYTE:
            continue
        (writers if kind == "WRITE" and start <= _PENDING_BYTE + 1 else readers)[pid] = None
    found = ([f"{process_description(p)} writing" for p in writers]
             + [f"{process_description(p)} reading" for p in readers if p not in writers])
    if found:
        return found
    return [process_description(p) + " which has it open" for p in _openers(path)]


def _openers(path: Path | str) -> list[int]:
    """Processes other than this one with ``path`` open (Linux ``/proc/*/fd``)."""
    from .store_errors import own_pid

    target = os.path.realpath(path)
    pids = []
    for proc in Path("/proc").glob("[0-9]*"):
        if int(proc.name) == own_pid():
            continue
        try:
            if any(os.readlink(fd) == target for fd in (proc / "fd").iterdir()):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


# --- creation -------------------------------------------------------------------------------

_CORE_DDL = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gpkg_data_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, title TEXT,
  description TEXT, mime_type TEXT, constraint_name TEXT,
  CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
  CONSTRAINT gdc_tn UNIQUE (table_name, name));
CREATE TABLE gpkg_data_column_constraints (
  constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, value TEXT, min NUMERIC,
  min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, description TEXT,
  CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value));
"""


def _srs_rows() -> list[tuple]:
    wgs84 = pyproj.CRS.from_epsg(4326).to_wkt("WKT1_GDAL")
    cgcs = pyproj.CRS.from_epsg(STORE_EPSG).to_wkt("WKT1_GDAL")
    return [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, wgs84, "longitude/latitude WGS84"),
        ("China Geodetic Coordinate System 2000", STORE_EPSG, "EPSG", STORE_EPSG, cgcs,
         "CGCS2000 longitude/latitude"),
    ]


def create_feature_table(conn: sqlite3.Connection, layer: Layer,
                         extra_columns: Sequence[tuple[str, str]] = ()) -> None:
    """Create one layer's table, register it, and give it an R-tree index and field titles.

    ``extra_columns`` are (name, field kind) bookkeeping columns after the canonical fields.
    """
    t = quote(layer.name)
    cols = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", f"geom {layer.geometry}"]
    for f in layer.fields:
        constraint = " NOT NULL UNIQUE" if f.name == layer.id_field else ""
        cols.append(f"{quote(f.name)} {SQL_TYPES[f.kind]}{constraint}")
    cols += [f"{quote(n)} {SQL_TYPES[kind]}" for n, kind in extra_columns]
    conn.execute(f"CREATE TABLE {t} ({', '.join(cols)})")
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)",
        (layer.name, layer.name, f"{layer.label_zh} / {layer.label_en}", STORE_EPSG))
    conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                 (layer.name, layer.geometry, STORE_EPSG))
    for f in layer.fields:
        conn.execute("INSERT INTO gpkg_data_columns (table_name, column_name, name, title, "
                     "description) VALUES (?, ?, ?, ?, ?)",
                     (layer.name, f.name, f"{layer.name}.{f.name}", f.label_zh, f.label_en))
    _create_rtree(conn, layer.name, "geom", "fid")


def _create_rtree(conn: sqlite3.Connection, table: str, geom: str, pk: str) -> None:
    """The GeoPackage 1.2 R-tree extension: virtual table plus its maintenance triggers."""
    rt = f"rtree_{table}_{geom}"
    t, g, i, qrt = quote(table), quote(geom), quote(pk), quote(rt)
    conn.execute(f"CREATE VIRTUAL TABLE {qrt} USING rtree(id, minx, maxx, miny, maxy)")
    conn.execute("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                 "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
                 (table, geom))
    values = f"ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}), ST_MinY(NEW.{g}), ST_MaxY(NEW.{g})"
    triggers = {
        "insert": f"AFTER INSERT ON {t} WHEN (new.{g} NOT NULL AND NOT ST_IsEmpty(NEW.{g})) "
                  f"BEGIN INSERT OR REPLACE INTO {qrt} VALUES (NEW.{i}, {values}); END",
        "update1": f"AFTER UPDATE OF {g} ON {t} WHEN OLD.{i} = NEW.{i} AND "
                   f"(NEW.{g} NOTNULL AND NOT ST_IsEmpty(NEW.{g})) "
                   f"BEGIN INSERT OR REPLACE INTO {qrt} VALUES (NEW.{i}, {values}); END",
        "update2": f"AFTER UPDATE OF {g} ON {t} WHEN OLD.{i} = NEW.{i} AND "
                   f"(NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g})) "
                   f"BEGIN DELETE FROM {qrt} WHERE id = OLD.{i}; END",
        "update3": f"AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND "
                   f"(NEW.{g} NOTNULL AND NOT ST_IsEmpty(NEW.{g})) "
                   f"BEGIN DELETE FROM {qrt} WHERE id = OLD.{i}; "
                   f"INSERT OR REPLACE INTO {qrt} VALUES (NEW.{i}, {values}); END",
        "update4": f"AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND "
                   f"(NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g})) "
                   f"BEGIN DELETE FROM {qrt} WHERE id IN (OLD.{i}, NEW.{i}); END",
        "delete": f"AFTER DELETE ON {t} WHEN old.{g} NOT NULL "
                  f"BEGIN DELETE FROM {qrt} WHERE id = OLD.{i}; END",
    }
    for name, body in triggers.items():
        conn.execute(f"CREATE TRIGGER {quote(rt + '_' + name)} {body}")


def create_attribute_table(conn: sqlite3.Connection, name: str, ddl_columns: str,
                           description: str) -> None:
    """Create a non-spatial table registered as GeoPackage 'attributes' (QGIS lists it)."""
    conn.execute(f"CREATE TABLE {quote(name)} ({ddl_columns})")
    conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                 "VALUES (?, 'attributes', ?, ?)", (name, name, description))


def initialise(conn: sqlite3.Connection) -> None:
    """Write the GeoPackage core tables into an empty database (inside a transaction)."""
    conn.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    for statement in _CORE_DDL.strip().split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _srs_rows())
    for table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', "
                     "'http://www.geopackage.org/spec120/#extension_schema', 'read-write')",
                     (table,))


def write_feature_file(path: Path | str, layer: Layer, rows: Sequence[Sequence],
                       geoms: Sequence) -> None:
    """A GeoPackage holding one feature table ``layer`` (its fields' kinds as in the store,
    canonical values: dates as ``YYYY-MM-DD``) with ``rows`` and ``geoms`` (shapely), written
    whole into a temporary file beside ``path`` and renamed over it, so a file of that name is
    always complete.  For derived layers (the plugin's yearly coverage), written by SQLite and
    this module as the store is: not by a GDAL that may not be the one of the process
    reading it."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = connect(tmp)
    try:
        conn.execute("BEGIN")
        initialise(conn)
        create_feature_table(conn, layer)
        names = ", ".join(["geom", *(quote(f.name) for f in layer.fields)])
        marks = ", ".join("?" * (len(layer.fields) + 1))
        conn.executemany(f"INSERT INTO {quote(layer.name)} ({names}) VALUES ({marks})",
                         [(g, *r) for g, r in zip(encode_geometries(geoms), rows)])
        update_extent(conn, layer.name)
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, path)


def update_extent(conn: sqlite3.Connection, table: str) -> None:
    """Refresh a feature table's extent and last-change time in ``gpkg_contents``."""
    rt = quote(f"rtree_{table}_geom")
    row = conn.execute(f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM {rt}").fetchone()
    conn.execute("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, "
                 "last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name=?",
                 (*row, table))


def is_geopackage(path: Path) -> bool:
    """True when the file starts like an SQLite database with the GeoPackage application id."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    return (len(head) == 100 and head.startswith(b"SQLite format 3\x00")
            and int.from_bytes(head[68:72], "big") == GPKG_APPLICATION_ID)



# --- the store backend ----------------------------------------------------------------------

class GpkgBackend:
    """What :class:`~.store.Store` needs from a database, for a GeoPackage file.

    Values cross this boundary in their *canonical* form (text ``str``, ``int``, ``float``,
    dates as ISO ``YYYY-MM-DD`` strings, ``bool``), whatever the database stores.
    """

    placeholder = "?"
    kind = "gpkg"

    def __init__(self, path: Path, wait: float = DEFAULT_WAIT, label: Path | str | None = None):
        """Open ``path``; ``wait`` seconds for other writers' locks; ``label`` is the name
        messages use (a store being built under a temporary name is named by its final
        path)."""
        self.path = Path(path)
        self.location = str(path)
        self.label = Path(label) if label is not None else self.path
        self.wait = float(wait)
        try:
            self.conn = connect(path, wait)
        except sqlite3.Error as exc:
            raise self.failure(exc) from None
        self._tidy_journal()

    def _tidy_journal(self) -> None:
        """After a crash (kill -9, power cut) a ``-journal`` may lie beside the file.  A *hot*
        one (the crash came while the file was being changed) SQLite plays back on the first
        read, which we do now.  One still there then is stale (the crash came before any
        change reached the file; its header was never completed): SQLite ignores it, but it
        looks like trouble to whoever lists the folder, so it is removed while we hold the
        write lock, if no other writer has it right now.  Best effort, never an error."""
        stale = self.path.with_name(self.path.name + "-journal")
        if not stale.exists():
            return
        try:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not stale.exists():
                return
            self.conn.execute("PRAGMA busy_timeout = 0")
            self.conn.execute("BEGIN IMMEDIATE")  # no other writer can be using the journal
            try:
                stale.unlink(missing_ok=True)
            finally:
                self.conn.execute("ROLLBACK")
        except (sqlite3.Error, OSError):
            pass
        finally:
            try:
                self.conn.execute(f"PRAGMA busy_timeout = {int(max(0.0, self.wait) * 1000)}")
            except sqlite3.Error:
                pass

    @property
    def display_name(self) -> str:
        return self.label.name

    def close(self) -> None:
        if self.conn.in_transaction:
            self.rollback()
        self.conn.close()

    # -- errors ----------------------------------------------------------------------------
    def failure(self, exc: BaseException) -> BaseException:
        """The store's sentence for an SQLite error (a :class:`.store_errors.StoreError`),
        or ``exc`` itself when it says nothing about the store (a bug, an interrupt)."""
        from .store_errors import StoreError, disk_full, locked

        if not isinstance(exc, sqlite3.Error):
            return exc
        code = getattr(exc, "sqlite_errorcode", None)
        text = str(exc)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _FULL or "disk is full" in text:
            return disk_full(self.label)
        if primary == _BUSY or "database is locked" in text:
            return locked(self.label.name, self.wait, lock_holders(self.path))
        if primary == _READONLY or "readonly database" in text:
            return StoreError(f"{self.label} is read-only (file permissions, or a read-only "
                              f"disk); nothing was written. Make it writable or copy it.")
        if primary == _CANTOPEN or "unable to open database" in text:
            return StoreError(f"cannot open {self.label}: the folder does not exist or may "
                              f"not be written; choose a folder you can write to")
        if primary == _IOERR or "disk I/O error" in text:
            from .store_errors import free_megabytes

            free = free_megabytes(self.label)
            if free is not None and free < 1.0:
                return disk_full(self.label)
            return StoreError(f"the disk holding {self.label} failed to read or write "
                              f"({text}); nothing was written. Check the disk and run again.")
        if primary in (_CORRUPT, _NOTADB):
            return StoreError(f"{self.label} is damaged ({text}); restore it from a backup "
                              f"or a snapshot")
        return exc

    def _run(self, fn, *args):
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            translated = self.failure(exc)
            if translated is exc:
                raise
            raise translated from None

    # transactions: BEGIN IMMEDIATE takes SQLite's write lock at once, so concurrent
    # writers queue (up to ``wait`` seconds) instead of failing half-way.
    def begin_write(self, layer: str) -> None:
        self._run(self.conn.execute, "BEGIN IMMEDIATE")

    def begin(self) -> None:
        self._run(self.conn.execute, "BEGIN")

    def commit(self) -> None:
        self._run(self.conn.execute, "COMMIT")

    def rollback(self) -> None:
        """Undo the open transaction, never raising: after a failed statement or COMMIT
        SQLite may already have rolled back (a second ROLLBACK would fail with "no
        transaction is active") yet leave a *hot journal* beside the file, which it only
        plays back on the next read; so read once, here, and the journal is gone before
        anyone else looks at the file."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        try:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            pass

    def execute(self, sql: str, params: Sequence = ()):
        return self._run(self.conn.execute, sql, tuple(params))

    def executemany(self, sql: str, rows) -> None:
        self._run(self.conn.executemany, sql, rows)

    def query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        def run():
            cursor = self.conn.execute(sql, tuple(params))
            return [d[0] for d in cursor.description], cursor.fetchall()

        return self._run(run)

    def geom_param(self) -> str:
        return "?"

    def geom_select(self, column: str) -> str:
        return quote(column)

    def field_select(self, kind: str, column: str) -> str:
        q = quote(column)
        if kind == "bool":
            return f"({q} != 0) AS {q}"
        if kind == "date":
            return f"substr({q}, 1, 10) AS {q}"
        return q

    def encode_geometries(self, geoms) -> list:
        return encode_geometries(geoms)

    def decode_geometries(self, values) -> np.ndarray:
        return decode_geometries(values)

    def to_db(self, kind: str, value):
        if value is None:
            return None
        if kind == "bool":
            return 1 if value else 0
        return value

    def to_db_column(self, kind: str, values: list) -> list:
        """:meth:`to_db` of a whole column (only booleans change: SQLite stores 1/0)."""
        return [self.to_db(kind, v) for v in values] if kind == "bool" else values

    def from_db(self, kind: str, value):
        if value is None:
            return None
        if kind == "bool":
            return bool(value)
        if kind == "date":
            return str(value)[:10]
        return value

    def id_filter(self, column: str, ids: Sequence[str]) -> tuple[str, list]:
        """SQL condition selecting rows whose ``column`` is among ``ids`` (via a temp table)."""
        self.execute("CREATE TEMP TABLE IF NOT EXISTS _ids (id TEXT PRIMARY KEY)")
        self.execute("DELETE FROM temp._ids")
        # one statement, not one per id: SQLite's json_each unpacks the list (100k ids: 50 ms)
        self.execute("INSERT OR IGNORE INTO temp._ids SELECT value FROM json_each(?)",
                     (json.dumps([str(i) for i in ids], ensure_ascii=False),))
        return f"{quote(column)} IN (SELECT id FROM temp._ids)", []

    bulk_inserts = True
    """Whether :meth:`insert_features` does the triggers' work set-wise (the equivalence
    test turns it off to compare with the row-by-row trigger path)."""

    def insert_features(self, layer: Layer, rows: list, geoms, report=None,
                        clean: Optional[bool] = None, unseen: bool = False) -> bool:
        """Insert new features set-wise (:func:`.gpkg_versioning.bulk_insert`, ``clean``
        and ``unseen`` passed on); ``False`` when this store does not (the caller then inserts row by
        row)."""
        if not self.bulk_inserts:
            return False
        from . import gpkg_versioning

        boxes = self._deferred.get(layer.name) if self._deferred else None
        self._run(lambda: gpkg_versioning.bulk_insert(self.conn, layer, rows, envelopes(geoms),
                                                      report=report, deferred=boxes,
                                                      clean=clean, unseen=unseen))
        return True

    _deferred: Optional[dict] = None

    def defer_index(self, layer: Layer) -> None:
        """From now on, :meth:`insert_features` leaves ``layer``'s R-tree to
        :meth:`finish_index` (a write in parts fills it once, packed, at the end).  A layer
        without features gets its R-tree packed part by part
        (:class:`.gpkg_versioning.PackedRtree`: only one box in ~50 kept until the end);
        any other keeps the parts' boxes for :func:`.gpkg_versioning.fill_rtree`."""
        from . import gpkg_versioning

        rtree = f"rtree_{layer.name}_geom"
        (indexed,) = self._run(lambda: self.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (rtree + "_rowid",)
        ).fetchone())
        empty = indexed and self._run(lambda: self.conn.execute(
            f"SELECT NOT EXISTS (SELECT 1 FROM {quote(layer.name)}) AND NOT EXISTS "
            f"(SELECT 1 FROM {quote(rtree + '_rowid')})").fetchone()[0])
        self._deferred = {layer.name: gpkg_versioning.PackedRtree(self.conn, rtree)
                          if empty else []}

    def finish_index(self, layer: Layer, fill: bool = True) -> None:
        """Fill the R-tree with what the parts since :meth:`defer_index` inserted (``fill``
        false: the write failed, forget them)."""
        from . import gpkg_versioning

        parts, self._deferred = (self._deferred or {}).get(layer.name, []), None
        if not fill:
            return
        if isinstance(parts, gpkg_versioning.PackedRtree):
            self._run(parts.finish)
        else:
            self._run(lambda: gpkg_versioning.fill_rtree(self.conn, layer, parts))

    def after_write(self, table: str) -> None:
        self._run(update_extent, self.conn, table)

    def after_copy(self, table: str, key: str) -> None:
        """Nothing to do: SQLite's AUTOINCREMENT follows explicitly inserted ids."""

    def has_store_tables(self) -> bool:
        _, rows = self.query("SELECT count(*) FROM sqlite_master WHERE type='table' AND "
                             "name='smartcity_meta'")
        return bool(rows[0][0])

    # -- versioning (:mod:`.gpkg_versioning`) ---------------------------------------------
    def sql_type(self, kind: str) -> str:
        return SQL_TYPES[kind]

    def versioning_fingerprint(self, layers) -> str:
        from . import gpkg_versioning

        return gpkg_versioning.fingerprint(layers)

    def install_versioning(self, layers) -> None:
        from . import gpkg_versioning

        self._run(gpkg_versioning.install, self.conn, layers)

    def set_context(self, *, how: str, source, import_id, recorded_by, at, quiet: bool) -> None:
        """Who and how for the triggers, for the open transaction only."""
        from . import gpkg_versioning

        self._run(lambda: gpkg_versioning.set_context(
            self.conn, how=how, source=source, import_id=import_id, recorded_by=recorded_by,
            at=at, quiet=quiet))

    def clear_context(self) -> None:
        from . import gpkg_versioning

        self._run(gpkg_versioning.clear_context, self.conn)

    def create_tables(self, layers: Sequence[Layer], bookkeeping, attribute_tables) -> None:
        """GeoPackage core tables, one feature table per layer, the attribute tables."""
        self._run(self._create_tables, layers, bookkeeping, attribute_tables)

    def add_layer(self, layer: Layer, bookkeeping) -> None:
        """One more feature table in an existing store (a schema migration)."""
        self._run(create_feature_table, self.conn, layer, bookkeeping)

    def add_field(self, layer: Layer, f) -> None:
        """One more (empty) column in a layer's table, with its title (a schema migration)."""
        def run():
            self.conn.execute(f"ALTER TABLE {quote(layer.name)} ADD COLUMN {quote(f.name)} "
                              f"{SQL_TYPES[f.kind]}")
            self.conn.execute("INSERT INTO gpkg_data_columns (table_name, column_name, name, "
                              "title, description) VALUES (?, ?, ?, ?, ?)",
                              (layer.name, f.name, f"{layer.name}.{f.name}", f.label_zh,
                               f.label_en))
        self._run(run)

    def _create_tables(self, layers: Sequence[Layer], bookkeeping, attribute_tables) -> None:
        initialise(self.conn)
        for lyr in layers:
            create_feature_table(self.conn, lyr, bookkeeping)
        for name, description, columns in attribute_tables:
            cols = [f"{quote(col)} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" if kind == "pk"
                    else f"{quote(col)} {SQL_TYPES[kind]}{constraint}"
                    for col, kind, constraint in columns]
            create_attribute_table(self.conn, name, ", ".join(cols), description)
