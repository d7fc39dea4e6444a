"""The project store: every layer of the city in one database, with time and history.

A store is a GeoPackage file (the default, :mod:`.gpkg`) or a PostgreSQL/PostGIS schema named
by a ``postgresql://`` URL (:mod:`.postgis`), with the same tables either way: one per layer of
:mod:`.schema` with the canonical fields (dates as ``DATE``), in CGCS2000 (EPSG:4490), plus

* ``smartcity_meta``: key/value, including ``schema_version`` so later versions can migrate;
* ``history``: every version of every feature ever written (``valid_from``/``valid_to`` are
  the *system* times when the version was recorded and superseded; ``attributes`` is the whole
  feature as JSON, ``geom_wkt`` its geometry), so nothing is ever silently overwritten;
* ``imports``: one row per import run (source file, counts, options).

All writes of one import happen in one transaction, taken with a write lock (SQLite's
``BEGIN IMMEDIATE``, a PostgreSQL advisory lock per layer) so that concurrent writers queue
(for at most ``wait`` seconds, then :class:`StoreLocked` names who holds the lock): an
exception, a cancel, Ctrl-C, a full disk (:class:`DiskFull`) or a crash in the middle leaves
the store as it was.  A new store (``init``, a snapshot, a migration's target) only appears
once it is complete.  The SQL here is what both databases speak; each backend supplies
placeholders, geometry encoding, value conversion, creation DDL and the translation of its
database's errors into :class:`StoreError` sentences.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

import numpy as np
import shapely

from . import lazy
from . import gpkg
from .backend import StoreBackend
from . import lifecycle
from .gpkg import quote
from .postgis import is_postgres_url, redact
from .progress import ProgressFn, no_progress
from .schema import ADDED_IN, LAYERS, SCHEMA_VERSION, STORE_EPSG, Layer, get_layer
from .store_errors import DEFAULT_WAIT, DiskFull, StoreError, StoreLocked, cannot_create

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
else:
    gpd = lazy.module("geopandas")
    pd = lazy.module("pandas")

__all__ = ["Store", "StoreError", "ConflictsFound", "DiskFull", "StoreLocked", "WriteSummary",
           "create_store",
           "open_store", "snapshot", "copy_store", "DEFAULT_WAIT"]

Location = Union[str, Path]
"""A GeoPackage path or a ``postgresql://`` URL."""

BOOKKEEPING = (("version", "int"), ("updated_at", "datetime"))
"""Columns after the canonical fields: the feature's current version and when it was written."""

ATTRIBUTE_TABLES = (
    ("smartcity_meta", "项目库元数据 / store metadata",
     (("id", "pk", ""), ("key", "text", " NOT NULL UNIQUE"), ("value", "text", ""))),
    ("history", "要素历史版本 / feature history",
     (("fid", "pk", ""), ("layer", "text", " NOT NULL"), ("feature_id", "text", " NOT NULL"),
      ("version", "int", " NOT NULL"), ("valid_from", "datetime", " NOT NULL"),
      ("valid_to", "datetime", ""), ("change", "text", " NOT NULL"), ("source", "text", ""),
      ("import_id", "int", ""), ("attributes", "text", " NOT NULL"), ("geom_wkb", "blob", ""),
      ("recorded_by", "text", ""), ("department", "text", ""), ("how", "text", ""))),
    ("imports", "导入记录 / import log",
     (("id", "pk", ""), ("layer", "text", " NOT NULL"), ("source", "text", ""),
      ("started_at", "datetime", ""), ("finished_at", "datetime", ""), ("inserted", "int", ""),
      ("updated", "int", ""), ("unchanged", "int", ""), ("rejected", "int", ""),
      ("flagged", "int", ""), ("options", "text", ""))),
)
"""Non-spatial tables: (name, description, ((column, kind, constraint), ...))."""

_BATCH = 2000



@dataclass
class WriteSummary:
    """What one write did: counts of features inserted, updated and unchanged."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    import_id: Optional[int] = None
    conflicts: list = field(default_factory=list)  # merge.Conflict, when asked to merge


class ConflictsFound(StoreError):
    """``on_conflict="fail"`` and the file disagrees with edits made in the store: nothing
    was written.  ``conflicts`` says which features and how."""

    def __init__(self, conflicts: list):
        super().__init__(f"{len(conflicts)} features were edited in the store since they "
                         f"were imported and differ from the file; nothing was written")
        self.conflicts = conflicts


def _now() -> str:
    """UTC now in the GeoPackage DATETIME form (milliseconds, ``Z``)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")[:-6] + "Z"


_CANONICAL_TYPES = {"text": str, "int": int, "real": float, "bool": bool}


def sql_values(kind: str, cells: list) -> list:
    """:func:`to_sql_value` of every cell (what it returns, faster: cells already of the
    canonical type, as the importer gives them, are taken as they are)."""
    same = _CANONICAL_TYPES.get(kind)
    types = set(map(type, cells))
    if same is not None and types <= {same, type(None)}:
        if same is not float or np.isnan(np.array(cells, dtype=float)).sum() == \
                cells.count(None):  # floats: no NaN (None is NaN in the array)
            return cells  # what the listcomp below would give, whole-column
    if kind == "date":
        if types <= {dt.date, type(None)}:  # the importer's: a few
            text = {v: None if v is None else v.isoformat() for v in set(cells)}  # hundred
            return list(map(text.__getitem__, cells))  # distinct days in 100k rows
        return [v.isoformat() if type(v) is dt.date else to_sql_value(kind, v) for v in cells]
    if same is float:
        return [v if type(v) is float and v == v else to_sql_value(kind, v) for v in cells]
    if same is not None:
        return [v if type(v) is same else to_sql_value(kind, v) for v in cells]
    return [to_sql_value(kind, v) for v in cells]


def to_sql_value(kind: str, value):
    """A Python/pandas value -> its canonical stored form (None for empty).

    Canonical forms: ``str``, ``int``, ``float``, ``bool``, dates as ``YYYY-MM-DD``.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if kind == "text":
        return str(value)
    if kind == "int":
        return int(value)
    if kind == "real":
        return float(value)
    if kind == "bool":
        return bool(value)
    if kind == "date":
        if isinstance(value, (dt.datetime, pd.Timestamp)):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)[:10]
    raise ValueError(f"unknown field kind {kind!r}")


class Store:
    """An open project store.  Use :func:`open_store` / :func:`create_store`."""

    def __init__(self, backend: StoreBackend):
        self.db = backend
        self._closed = False
        self._depth = 0  # nesting of transaction() blocks

    @property
    def path(self) -> Location:
        """The GeoPackage path, or the URL (without password) of a PostGIS store."""
        return getattr(self.db, "path", None) or self.db.location

    @property
    def name(self) -> str:
        """A short name for messages: the file name or the redacted URL."""
        return self.db.display_name

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection; the store object is unusable afterwards."""
        if not self._closed:
            self.db.close()
            self._closed = True

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.db.location!r})"

    @property
    def meta(self) -> dict[str, str]:
        """The ``smartcity_meta`` key/value pairs (schema version, creation time, …)."""
        return dict(self.db.query("SELECT key, value FROM smartcity_meta")[1])

    @contextmanager
    def transaction(self, lock: Optional[str] = None) -> Iterator[None]:
        """Run the block in one transaction: committed when it ends, rolled back (without a
        second error, and with no journal left behind) when anything is raised in it,
        including ``KeyboardInterrupt``.  ``lock`` names the layer whose write lock to take
        (``"*"`` for the whole store); a block inside another joins the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        db = self.db
        if lock is None:
            db.begin()
        else:
            db.begin_write(lock)
        self._depth = 1
        try:
            yield
            db.commit()
        except BaseException:
            db.rollback()
            raise
        finally:
            self._depth = 0

    def set_meta(self, key: str, value: str) -> None:
        """Set one metadata value (its own transaction, or the caller's)."""
        with self.transaction("*"):
            self.db.execute("DELETE FROM smartcity_meta WHERE key = ?", (key,))
            self.db.execute("INSERT INTO smartcity_meta (key, value) VALUES (?, ?)",
                            (key, value))

    # -- reading ----------------------------------------------------------------------------
    def read(self, layer: str, as_of: Optional[dt.date] = None,
             ids: Optional[Iterable[str]] = None, bookkeeping: bool = False,
             as_recorded: Optional[dt.datetime] = None) -> gpd.GeoDataFrame:
        """A layer as a GeoDataFrame in EPSG:4490 with its canonical fields.

        Date fields come as ``datetime64[ns]`` (NaT when empty), booleans as pandas
        ``boolean``, integers as ``Int64``.  ``fid`` is the index.  ``bookkeeping`` adds
        the ``version`` and ``updated_at`` columns.

        Without ``as_of`` and ``as_recorded``: the layer table as it is now.  With
        ``as_of``: the features active on that date (the lifecycle rule of
        :mod:`.lifecycle`: ``start <= as_of < end``, undated stations by their status) in
        :meth:`timeline` (so a feature deleted later is still there);
        with ``as_recorded``: as the store had recorded them at that time (UTC).
        """
        lyr = get_layer(layer)
        layer = lyr.name
        if as_of is not None or as_recorded is not None:
            gdf = self.timeline(layer, as_recorded=as_recorded, bookkeeping=bookkeeping)
            if ids is not None:
                wanted = {str(i) for i in ids}
                gdf = gdf[gdf[lyr.id_field].isin(wanted)]
            if as_of is not None:
                gdf = gdf[lifecycle.active_mask(gdf, layer, as_of)]
            return gdf
        extra = [n for n, _ in BOOKKEEPING] if bookkeeping else []
        cols = ", ".join(["fid", self.db.geom_select("geom"),
                          *(self.db.field_select(f.kind, f.name) for f in lyr.fields),
                          *(quote(c) for c in extra)])
        sql = f"SELECT {cols} FROM {quote(lyr.name)}"
        params: list = []
        if ids is not None:
            condition, params = self.db.id_filter(lyr.id_field, list(ids))
            sql += f" WHERE {condition}"
        names, rows = self.db.query(sql + " ORDER BY fid", params)
        columns = dict(zip(names, zip(*rows))) if rows else {n: () for n in names}
        geoms = self.db.decode_geometries(columns["geom"])
        return self._typed_frame(lyr, columns, geoms)

    def geometries(self, layer: str) -> np.ndarray:
        """The geometries of a layer's features as they are now (shapely, EPSG:4490, in fid
        order), without a frame: what the importer checks new features against."""
        lyr = get_layer(layer)
        _, rows = self.db.query(f"SELECT {self.db.geom_select('geom')} FROM "
                                f"{quote(lyr.name)} ORDER BY fid")
        return self.db.decode_geometries([r[0] for r in rows])

    def timeline(self, layer: str, as_recorded: Optional[dt.datetime] = None,
                 bookkeeping: bool = False) -> gpd.GeoDataFrame:
        """Every feature the store knows of in ``layer``, for questions about dates: the
        current ones, and the deleted ones with their last values and their end date set to
        the day they were deleted (UTC) when it was later or empty, so that a delete today
        never rewrites the past.  With ``as_recorded`` (a UTC time), the versions that were
        current then (bi-temporal: what the store *said* at that time).  Features rebuilt
        from ``history`` have the negative ``history.fid`` of their version as index."""
        lyr = get_layer(layer)
        query = ("SELECT fid, version, valid_from, change, attributes, geom_wkb FROM history "
                 "WHERE layer = ? AND ")
        if as_recorded is None:
            current = self.read(layer, bookkeeping=bookkeeping)
            _, rows = self.db.query(query + "change = 'deleted' AND valid_to IS NULL "
                                    "ORDER BY fid", (lyr.name,))
        else:
            current = None
            at = recorded_time(as_recorded)
            _, rows = self.db.query(query + "valid_from <= ? AND (valid_to IS NULL OR "
                                    "valid_to > ?) ORDER BY fid", (lyr.name, at, at))
        past = self._history_frame(lyr, rows, bookkeeping)
        if current is None:
            return past
        if not len(past):
            return current
        return gpd.GeoDataFrame(pd.concat([current, past]), geometry="geometry",
                                crs=f"EPSG:{STORE_EPSG}")

    def _history_frame(self, lyr: Layer, rows: list, bookkeeping: bool) -> gpd.GeoDataFrame:
        """History rows (fid, version, valid_from, change, attributes, geom_wkb) as features
        of ``lyr``; a ``deleted`` row ends on the day it was recorded (when that is earlier
        than its end, or it has none)."""
        names = ["fid", *lyr.field_names, *(("version", "updated_at") if bookkeeping else ())]
        columns: dict[str, list] = {n: [] for n in names}
        for fid_, version, valid_from, change, attributes, _ in rows:
            values = json.loads(attributes)
            if change == "deleted":
                day = str(valid_from)[:10]
                if not values.get(lyr.end) or str(values[lyr.end])[:10] > day:
                    values[lyr.end] = day
            values.update(fid=-fid_, version=version, updated_at=valid_from)
            for n in names:
                columns[n].append(values.get(n))
        geoms = shapely.from_wkb(np.asarray([None if r[5] is None else bytes(r[5])
                                             for r in rows], dtype=object))
        return self._typed_frame(lyr, columns, geoms)

    def _typed_frame(self, lyr: Layer, columns: Mapping[str, Sequence],
                     geoms: np.ndarray) -> gpd.GeoDataFrame:
        """Columns of canonical values (``fid``, the layer's fields, any bookkeeping; read
        with :meth:`StoreBackend.field_select` or from ``history.attributes``) ->
        GeoDataFrame with pandas types per field kind, ``fid`` the index.  Built column by
        column from the rows, not through ``DataFrame.from_records`` (its string inference,
        then ``tolist`` back, were about a tenth of reading 100k stations)."""
        index = pd.Index(np.asarray(columns["fid"], dtype=np.int64), name="fid")
        data: dict = {}
        for f in lyr.fields:
            values = columns[f.name]
            if f.kind == "date":
                data[f.name] = pd.to_datetime(np.asarray(values, dtype=object), format="%Y-%m-%d",
                                              errors="coerce").astype("datetime64[ns]")
            elif f.kind == "bool":
                data[f.name] = pd.array(values, dtype="boolean")
            elif f.kind == "int":
                data[f.name] = pd.array(values, dtype="Int64")
            elif f.kind == "real":
                data[f.name] = np.array(values, dtype=float)  # None -> NaN
            else:  # object, not pandas 3's inferred Arrow strings (slower to go through)
                data[f.name] = pd.Series(values, dtype=object, index=index)
        for name, values in columns.items():  # bookkeeping: as pandas infers them
            if name not in data and name not in ("fid", "geom"):
                data[name] = pd.Series(values, index=index) if len(values) else pd.Series(
                    [], index=index, dtype=object)
        frame = pd.DataFrame(data, index=index)
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=index),
                                crs=f"EPSG:{STORE_EPSG}")

    def count(self, layer: str) -> int:
        """Number of features (current versions) in a layer."""
        return self.db.query(f"SELECT count(*) FROM {quote(get_layer(layer).name)}")[1][0][0]

    def summary(self, today: dt.date) -> pd.DataFrame:
        """Per layer: feature count, active count on ``today``, earliest start, latest date."""
        rows = []
        day = self.db.to_db("date", today.isoformat())
        for lyr in LAYERS.values():
            t, s, e = quote(lyr.name), quote(lyr.start), quote(lyr.end)
            active, n_dates = lifecycle.active_sql(lyr.name, quote)  # the indicators' rule
            _, result = self.db.query(
                f"SELECT count(*), count(*) FILTER (WHERE {active}), min({s}), max({s}), "
                f"max({e}) FROM {t}", (day,) * n_dates)
            total, active, first, last_start, last_end = result[0]
            dates = [self.db.from_db("date", d) for d in (first, last_start, last_end)]
            rows.append({"layer": lyr.name, "label": lyr.label_zh, "features": total,
                         "active": active or 0, "first": dates[0],
                         "last": max([d for d in dates[1:] if d], default=None)})
        return pd.DataFrame(rows)

    def history(self, layer: str, feature_id: str) -> pd.DataFrame:
        """Every recorded version of one feature, oldest first (empty when unknown)."""
        lyr = get_layer(layer)
        names, rows = self.db.query(
            "SELECT version, valid_from, valid_to, change, how, recorded_by, department, "
            "source, import_id, attributes, geom_wkb FROM history WHERE layer = ? AND "
            "feature_id = ? ORDER BY version", (lyr.name, str(feature_id)))
        frame = pd.DataFrame.from_records(rows, columns=names)
        attrs = pd.DataFrame([json.loads(a) for a in frame.pop("attributes")],
                             columns=lyr.field_names)
        wkbs = [None if b is None else bytes(b) for b in frame.pop("geom_wkb")]
        wkt = [None if g is None else g.wkt
               for g in shapely.from_wkb(np.asarray(wkbs, dtype=object))]
        return pd.concat([frame, attrs, pd.DataFrame({"geom_wkt": wkt})], axis=1)

    def table(self, name: str) -> pd.DataFrame:
        """A whole non-spatial table (``history``, ``imports``, ``smartcity_meta``), by key."""
        key = {"history": "fid", "imports": "id", "smartcity_meta": "id"}[name]
        names, rows = self.db.query(f"SELECT * FROM {quote(name)} ORDER BY {quote(key)}")
        return pd.DataFrame.from_records(rows, columns=names)

    def imports(self) -> pd.DataFrame:
        """The import log, oldest first."""
        return self.table("imports")

    # -- writing ----------------------------------------------------------------------------
    def write(self, layer: str, records: pd.DataFrame, geometries: Sequence, *,
              source: str, log: Optional[dict] = None, how: str = "import",
              recorded_by: Optional[str] = None, on_conflict: Optional[str] = None,
              file_time: Optional[str] = None,
              before_commit: Optional[Callable[[WriteSummary], None]] = None,
              progress: Optional[ProgressFn] = None) -> WriteSummary:
        """Insert new features and update changed ones, in one transaction.

        ``records`` holds the canonical columns the input provided (the id field at least);
        columns it lacks keep their stored values on update.  ``geometries`` are shapely
        geometries in EPSG:4490, one per record.  A feature whose values and geometry are
        unchanged is left alone.  Versions, ``updated_at`` and ``history`` rows are made by
        the store's own triggers (:mod:`.gpkg_versioning`, :mod:`.postgis_versioning`), as
        for every other client: this only tells them who (``recorded_by``, default the OS
        user) and how (``how``, ``source``, the import's id).  ``log`` (options;
        ``rejected``/``flagged`` counts if known) goes into the ``imports`` table, in the
        same transaction.  Any exception, including :class:`~.progress.Cancelled` raised
        by ``progress``, rolls everything back.

        ``on_conflict`` (a :data:`.merge.POLICIES` name) makes the write a merge: records
        that disagree with an edit made in the store since the feature's last import are
        :class:`.merge.Conflict` s in ``summary.conflicts``, written or not as the policy
        says (``file_time``, the file's modification time, decides ``newer``);
        ``fail`` raises :class:`ConflictsFound`.  ``before_commit(summary)`` runs last in
        the transaction (the importer writes its rejects/conflicts file there and completes
        the counts of ``log``, recorded after it), so what it raises leaves the store
        unchanged too.  The check runs inside the write lock: an
        edit committed meanwhile by QGIS is seen, never overwritten unseen.
        """
        with self.writing(layer, source=source, log=log, how=how, recorded_by=recorded_by,
                          on_conflict=on_conflict, file_time=file_time,
                          before_commit=before_commit, progress=progress) as part:
            return part(records, geometries)[0]

    @contextmanager
    def writing(self, layer: str, *, source: str, log: Optional[dict] = None,
                how: str = "import", recorded_by: Optional[str] = None,
                on_conflict: Optional[str] = None, file_time: Optional[str] = None,
                before_commit: Optional[Callable[[WriteSummary], None]] = None,
                progress: Optional[ProgressFn] = None
                ) -> Iterator[Callable[..., tuple[WriteSummary, list]]]:
        """:meth:`write` in parts: one transaction, one ``imports`` row, one time, yielding
        ``part(records, geometries[, report])``, which writes one part as :meth:`write`
        writes its records (a frame, or a mapping of column name to its values in record
        order; reporting 0–100 % to ``report``) and returns ``(summary so far,
        this part's conflicts)``, their ``index`` counting in this part's records.  A
        streaming import writes a file of millions of rows chunk by chunk this way, in
        bounded memory, and the store ends exactly as one :meth:`write` of all the parts
        would leave it; whatever is raised, in a part or between parts (Ctrl-C), rolls
        every part back.  The parts must not repeat an id, as one :meth:`write` may not
        (the store's unique id refuses it, and nothing is written)."""
        lyr = get_layer(layer)
        summary = WriteSummary()
        now = _now()
        db = self.db
        with self.transaction(lyr.name):
            if log is not None:
                # rejected/flagged counts in ``log`` are recorded in this same transaction
                summary.import_id = db.query(
                    "INSERT INTO imports (layer, source, started_at, options, rejected, "
                    "flagged) VALUES (?,?,?,?,?,?) RETURNING id",
                    (lyr.name, source, now, json.dumps(log, ensure_ascii=False, default=str),
                     log.get("rejected"), log.get("flagged")))[1][0][0]
            who = recorded_by or os_user()
            fresh = self._fresh(lyr)
            deferred = getattr(db, "defer_index", None)
            finish = getattr(db, "finish_index", None)
            if deferred is not None:
                deferred(lyr)  # the spatial index filled once, after the last part

            def part(records: pd.DataFrame, geometries: Sequence,
                     report: Optional[ProgressFn] = None) -> tuple[WriteSummary, list]:
                db.set_context(how=how, source=source, import_id=summary.import_id,
                               recorded_by=who, at=now, quiet=False)
                found = self._write_part(lyr, records, geometries, summary, on_conflict,
                                         file_time, report or progress or no_progress,
                                         fresh)
                db.clear_context()
                return summary, found

            try:
                yield part
            except BaseException:
                if finish is not None:
                    finish(lyr, fill=False)
                raise
            if finish is not None:
                finish(lyr)
            db.after_write(lyr.name)
            if before_commit is not None:
                before_commit(summary)
            if summary.import_id is not None:
                # ``log`` again: a streaming import knows its counts only now
                db.execute("UPDATE imports SET finished_at=?, inserted=?, updated=?, "
                           "unchanged=?, options=?, rejected=?, flagged=? WHERE id=?",
                           (_now(), summary.inserted, summary.updated, summary.unchanged,
                            json.dumps(log, ensure_ascii=False, default=str),
                            (log or {}).get("rejected"), (log or {}).get("flagged"),
                            summary.import_id))

    def _fresh(self, lyr: Layer) -> tuple[bool, bool]:
        """(no feature, no history row) of ``lyr`` in the store now: a write into a new
        layer need not look up stored features or versions (100k ids: ~0.5 s)."""
        t = quote(lyr.name)
        _, rows = self.db.query(f"SELECT EXISTS (SELECT 1 FROM {t}), EXISTS (SELECT 1 FROM "
                                f"history WHERE layer = ?)", (lyr.name,))
        return not rows[0][0], not rows[0][1]

    def _write_part(self, lyr: Layer, records: pd.DataFrame, geometries: Sequence,
                    summary: WriteSummary, on_conflict: Optional[str],
                    file_time: Optional[str], report: ProgressFn,
                    fresh: tuple[bool, bool] = (False, False)) -> list:
        """One part of :meth:`writing`: counts added to ``summary``; this part's conflicts
        (also appended to ``summary.conflicts``).  ``fresh``: :meth:`_fresh` of the layer
        when the writing began (the parts' ids are distinct, so a layer without features
        or history then has none for this part's ids)."""
        layer = lyr.name
        frame = not isinstance(records, dict)  # a DataFrame (pandas not imported for a dict)
        given = records.columns if frame else records.keys()
        columns = [f.name for f in lyr.fields if f.name in given]
        if lyr.id_field not in columns:
            raise StoreError(f"cannot write {layer}: records have no {lyr.id_field} column")
        geoms = _conform_geometries(lyr, _object_array(geometries))
        values = {c: sql_values(lyr.field(c).kind, records[c].tolist()
                                if frame else list(records[c]))
                  for c in columns}
        ids = values[lyr.id_field]
        if len(set(ids)) != len(ids):
            raise StoreError(f"cannot write {layer}: duplicate {lyr.id_field} in one write")
        blobs = self.db.encode_geometries(geoms)
        db = self.db
        no_features, no_history = fresh
        existing = {} if no_features else self._existing(lyr, ids)
        inserts, updates = [], []
        insert_at: list[int] = []
        skip: set[int] = set()
        conflicts: list = []
        if on_conflict is not None and not no_history:
            from .merge import decide, find_conflicts

            last = self._last_versions(lyr, ids)
            rows = [{c: values[c][i] for c in columns} if ids[i] in last
                    else {lyr.id_field: ids[i]} for i in range(len(ids))]  # no history:
            conflicts = find_conflicts(lyr, rows, geoms, last)  # nothing to say
            decide(conflicts, on_conflict, file_time)
            summary.conflicts += conflicts
            if on_conflict == "fail" and conflicts:
                raise ConflictsFound(summary.conflicts)
            skip = {c.index for c in conflicts if not c.file_wins}
        same_geom = np.zeros(len(ids), dtype=bool)
        if existing:
            old_geoms = db.decode_geometries([existing[i]["geom"] if i in existing
                                              else None for i in ids])
            same_geom = _same_geometries(geoms, old_geoms)
        # a new feature's row, column-wise: fields the records lack are NULL
        column = getattr(db, "to_db_column", None) or (
            lambda kind, vs: [db.to_db(kind, v) for v in vs])
        stored = {f.name: column(f.kind, values[f.name]) for f in lyr.fields
                  if f.name in values}
        new_rows = list(zip(blobs, *(stored.get(f.name, [None] * len(ids))
                                     for f in lyr.fields)))
        if not existing and not skip:  # all new (every row of a first import)
            summary.inserted += len(ids)
            inserts, insert_at = new_rows, list(range(len(ids)))
        else:
            for i, fid_ in enumerate(ids):
                if i in skip:
                    continue
                old = existing.get(fid_)
                if old is None:
                    summary.inserted += 1
                    inserts.append(new_rows[i])
                    insert_at.append(i)
                else:
                    row = {c: values[c][i] for c in columns}
                    full = {**old["values"], **row}
                    if full == old["values"] and same_geom[i]:
                        summary.unchanged += 1
                        continue
                    summary.updated += 1
                    updates.append([blobs[i], *self._db_values(lyr, full), old["fid"]])
        # the rules checked on the whole part's columns (a clean part has clean inserts);
        # the bulk insert then skips its SQL scan of the new rows
        clean = None
        if inserts and getattr(db, "insert_features", None) is not None:
            from .gpkg_versioning import surely_clean

            clean = surely_clean(lyr, stored)
        self._apply(lyr, inserts, updates, report, insert_geoms=geoms[insert_at],
                    clean=clean, unseen=no_history)
        return conflicts

    def restore(self, layer: str, feature_id: str, version: int,
                recorded_by: Optional[str] = None) -> WriteSummary:
        """Write version ``version`` of one feature again, as its newest version (``how``
        ``restore``; a deleted feature comes back as ``restored``).  Nothing is written when
        the feature is already so; the versions in between stay in history."""
        lyr = get_layer(layer)
        _, rows = self.db.query("SELECT change, attributes, geom_wkb FROM history WHERE "
                                "layer = ? AND feature_id = ? AND version = ?",
                                (lyr.name, str(feature_id), int(version)))
        if not rows:
            raise StoreError(f"{lyr.name} has no version {version} of {feature_id!r} in "
                             f"{self.name}; `smartcity history` lists its versions")
        change, attributes, wkb = rows[0]
        if change == "deleted":
            raise StoreError(f"version {version} of {feature_id!r} records its deletion; "
                             f"restore the version before it")
        values = json.loads(attributes)
        records = pd.DataFrame([{n: values.get(n) for n in lyr.field_names}], dtype=object)
        geom = None if wkb is None else shapely.from_wkb(bytes(wkb))
        return self.write(lyr.name, records, [geom], source=f"version {version}",
                          how="restore", recorded_by=recorded_by)

    def _last_versions(self, lyr: Layer, ids: list) -> dict[str, dict]:
        """The open (newest) history row of each feature among ``ids`` that has one."""
        condition, params = self.db.id_filter("feature_id", ids)
        names, rows = self.db.query(
            "SELECT feature_id, change, how, recorded_by, valid_from, attributes, geom_wkb "
            f"FROM history WHERE layer = ? AND valid_to IS NULL AND {condition}",
            [lyr.name, *params])
        return {r[0]: dict(zip(names, r)) for r in rows}

    def _db_values(self, lyr: Layer, full: dict) -> list:
        return [self.db.to_db(f.kind, full[f.name]) for f in lyr.fields]

    def _apply(self, lyr: Layer, inserts: list, updates: list, report: ProgressFn,
               bookkeeping: bool = False,
               insert_geoms: Optional[Union[Sequence, np.ndarray]] = None,
               clean: Optional[bool] = None, unseen: bool = False) -> None:
        """Run the INSERTs and UPDATEs (geometry blob, canonical values, [version,
        updated_at when ``bookkeeping``], and the fid for an update) in batches.

        New features whose geometries ``insert_geoms`` are given go in set-wise where the
        backend can (``insert_features``: the history and R-tree triggers' work done in a
        few statements, same result; ``clean``: the inserts surely break no rule, see
        :func:`.gpkg_versioning.surely_clean`; ``unseen``: no insert's id has history);
        the rest row by row through the triggers."""
        db = self.db
        t = quote(lyr.name)
        names = [*lyr.field_names, *(("version", "updated_at") if bookkeeping else ())]
        marks = ", ".join([db.geom_param()] + ["?"] * len(names))
        insert_sql = (f"INSERT INTO {t} (geom, {', '.join(quote(n) for n in names)}) "
                      f"VALUES ({marks})")
        update_sql = (f"UPDATE {t} SET geom = {db.geom_param()}, "
                      f"{', '.join(quote(n) + ' = ?' for n in names)} WHERE fid = ?")
        total = max(1, len(inserts) + len(updates))
        done = 0
        bulk = getattr(db, "insert_features", None)
        if (inserts and insert_geoms is not None and not bookkeeping and bulk is not None
                and bulk(lyr, inserts, insert_geoms,
                         lambda n, _: report(100.0 * n / total, f"{lyr.name}: {n}/{total}"),
                         clean=clean, unseen=unseen)):
            done, inserts = len(inserts), []
        for rows, sql in ((inserts, insert_sql), (updates, update_sql)):
            for start in range(0, len(rows), _BATCH):
                chunk = rows[start:start + _BATCH]
                db.executemany(sql, chunk)
                done += len(chunk)
                report(100.0 * done / total, f"{lyr.name}: {done}/{total}")

    def _existing(self, lyr: Layer, ids: list) -> dict:
        """Stored features among ``ids``: fid, version, canonical values, geometry."""
        names = lyr.field_names
        condition, params = self.db.id_filter(lyr.id_field, ids)
        cols = ", ".join(["fid", "version", self.db.geom_select("geom"),
                          *(quote(c) for c in names)])
        _, rows = self.db.query(f"SELECT {cols} FROM {quote(lyr.name)} WHERE {condition}",
                                params)
        kinds = [lyr.field(n).kind for n in names]
        found = {}
        for fid, version, geom, *vals in rows:
            values = {n: self.db.from_db(k, v) for n, k, v in zip(names, kinds, vals)}
            found[values[lyr.id_field]] = {"fid": fid, "version": version or 1, "geom": geom,
                                           "values": values}
        return found

    # -- copying ----------------------------------------------------------------------------
    def copy_into(self, target: "Store", progress: Optional[ProgressFn] = None) -> dict[str, int]:
        """Copy every feature (with its version), the history and the import log into the
        empty store ``target``, in one transaction: what ``smartcity migrate`` does."""
        report = progress or no_progress
        counts: dict[str, int] = {}
        tdb = target.db
        with target.transaction("*"):
            # versions and history come from the source as they are: triggers off
            tdb.set_context(how="migrate", source=str(self.name), import_id=None,
                            recorded_by=os_user(), at=_now(), quiet=True)
            for n, lyr in enumerate(LAYERS.values()):
                report(90.0 * n / len(LAYERS), lyr.name)
                gdf = self.read(lyr.name, bookkeeping=True)
                counts[lyr.name] = len(gdf)
                blobs = tdb.encode_geometries(gdf.geometry.values)
                rows = [[blob, *target._db_values(lyr, {f: to_sql_value(lyr.field(f).kind, v)
                                                        for f, v in zip(lyr.field_names, vals)}),
                         None if pd.isna(version) else int(version), updated]
                        for blob, version, updated, *vals in zip(
                            blobs, gdf["version"], gdf["updated_at"],
                            *(gdf[f] for f in lyr.field_names))]
                target._apply(lyr, rows, [], no_progress, bookkeeping=True)
                tdb.after_write(lyr.name)
            for name, _, columns in ATTRIBUTE_TABLES:
                if name == "smartcity_meta":
                    continue
                frame = self.table(name)
                cols = [c for c, _, _ in columns]
                tdb.executemany(
                    f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in cols)}) "
                    f"VALUES ({', '.join('?' * len(cols))})",
                    [tuple(None if pd.isna(v) else (int(v) if isinstance(v, (np.integer,))
                                                    else v) for v in row)
                     for row in frame[cols].itertuples(index=False)])
                counts[name] = len(frame)
                tdb.after_copy(name, columns[0][0])
            tdb.clear_context()
        report(100.0, "done")
        return counts


def _object_array(items: Sequence) -> np.ndarray:
    """``items`` as a 1-D object array, taken as it is when it is one already
    (``np.asarray`` of a list of 100k shapely geometries probes each for being a sequence:
    ~0.3 s)."""
    if isinstance(items, np.ndarray) and items.dtype == object and items.ndim == 1:
        return items
    items = list(items)
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out


def _same_geometries(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    """Element-wise equality within 1e-9 degrees (0.1 mm): re-imports are not changes."""
    both = ~shapely.is_missing(new) & ~shapely.is_missing(old)
    same = np.zeros(len(new), dtype=bool)
    if both.any():
        same[both] = shapely.equals_exact(new[both], old[both], tolerance=1e-9)
    return same


def _conform_geometries(lyr: Layer, geoms: np.ndarray) -> np.ndarray:
    """Make geometries fit the column type (districts are MULTIPOLYGON)."""
    multi = {"MULTIPOLYGON": (3, shapely.MultiPolygon),
             "MULTILINESTRING": (1, shapely.MultiLineString)}.get(lyr.geometry)
    if multi is not None:
        single = shapely.get_type_id(geoms) == multi[0]
        if single.any():
            geoms = geoms.copy()
            for i in np.flatnonzero(single):
                geoms[i] = multi[1]([geoms[i]])
    return geoms


def recorded_time(when) -> str:
    """A time (``datetime``, naive = UTC, or a date = its end) in the form ``history``
    keeps (``2026-12-02T00:15:26.600Z``), to compare with ``valid_from``/``valid_to``."""
    if isinstance(when, str):
        return when
    if not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time(23, 59, 59, 999000))
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when.isoformat(timespec="milliseconds") + "Z"


def os_user() -> str:
    """The operating system's name for who runs this (the default ``recorded_by``)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no LOGNAME/USER
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


# --- creating and opening -------------------------------------------------------------------

def _backend(location: Location, wait: float = DEFAULT_WAIT,
             label: Optional[Path] = None) -> StoreBackend:
    if is_postgres_url(location):
        from .postgis import PostgisBackend

        try:
            return PostgisBackend(str(location), wait=wait)
        except ConnectionError as exc:
            raise StoreError(str(exc)) from None
    return gpkg.GpkgBackend(Path(location), wait=wait, label=label)


def _create_tables(backend: StoreBackend) -> None:
    from .._version import __version__

    backend.create_tables(list(LAYERS.values()), BOOKKEEPING, ATTRIBUTE_TABLES)
    for lyr in LAYERS.values():
        backend.execute(f"CREATE INDEX {quote('idx_' + lyr.name + '_lifecycle')} ON "
                        f"{quote(lyr.name)} ({quote(lyr.start)}, {quote(lyr.end)})")
    backend.execute("CREATE INDEX idx_history_feature ON history (layer, feature_id, version)")
    backend.executemany("INSERT INTO smartcity_meta (key, value) VALUES (?, ?)", [
        ("schema_version", str(SCHEMA_VERSION)), ("crs", f"EPSG:{STORE_EPSG}"),
        ("created_at", _now()), ("created_by", f"smartcity {__version__}")])
    _install_versioning(backend)


VERSIONING_KEY = "versioning"
"""``smartcity_meta`` key holding the fingerprint of the installed history triggers."""


def _install_versioning(backend) -> None:
    """Create every layer's history triggers from :mod:`.schema` (in the open transaction)
    and record their fingerprint, so that a store opened by a later schema (a new layer or
    field) gets them regenerated (:func:`_ensure_versioning`)."""
    layers = list(LAYERS.values())
    backend.install_versioning(layers)
    backend.execute("DELETE FROM smartcity_meta WHERE key = ?", (VERSIONING_KEY,))
    backend.execute("INSERT INTO smartcity_meta (key, value) VALUES (?, ?)",
                    (VERSIONING_KEY, backend.versioning_fingerprint(layers)))


def _ensure_versioning(store: "Store") -> None:
    """Regenerate the triggers when they were made from another schema than this one's."""
    wanted = store.db.versioning_fingerprint(list(LAYERS.values()))
    if store.meta.get(VERSIONING_KEY) == wanted:
        return
    try:
        with store.transaction("*"):
            _install_versioning(store.db)
    except StoreError:
        pass  # a read-only store: nobody can edit it either; reading goes on


def _migrate_2_to_3(backend) -> None:
    """Schema 3: the store keeps its own history.  ``history`` gets ``geom_wkb`` (filled
    from ``geom_wkt``, which goes), ``recorded_by``, ``department`` and ``how`` (``import``
    for rows an import wrote, else ``SQL``); every layer gets its triggers."""
    for column, kind in (("geom_wkb", "blob"), ("recorded_by", "text"),
                         ("department", "text"), ("how", "text")):
        backend.execute(f"ALTER TABLE history ADD COLUMN {column} {backend.sql_type(kind)}")
    _, rows = backend.query("SELECT fid, geom_wkt FROM history WHERE geom_wkt IS NOT NULL")
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start:start + _BATCH]
        wkbs = shapely.to_wkb(shapely.from_wkt([w for _, w in chunk]), byte_order=1,
                              flavor="iso")
        backend.executemany("UPDATE history SET geom_wkb = ? WHERE fid = ?",
                            [(bytes(b), f) for (f, _), b in zip(chunk, wkbs)])
    backend.execute("ALTER TABLE history DROP COLUMN geom_wkt")
    backend.execute("UPDATE history SET how = CASE WHEN import_id IS NULL THEN 'SQL' "
                    "ELSE 'import' END")
    _install_versioning(backend)


@contextmanager
def new_store(location: Location, wait: float = DEFAULT_WAIT) -> Iterator[Store]:
    """A new, empty project store at ``location`` to fill inside the block; it appears there
    only when the block ends without error, complete.

    A GeoPackage is built under a temporary name in the same folder (one transaction) and
    moved into place at the end; PostGIS tables are created and filled in one transaction.
    An error, Ctrl-C, a full disk or a kill in between leaves no store behind, and an
    existing store is never overwritten.  The store is closed when the block ends.
    """
    if is_postgres_url(location):
        backend = _backend(location, wait)
        pg_store = Store(backend)
        try:
            if backend.has_store_tables():
                raise StoreError(f"{redact(str(location))} already holds a project store")
            with pg_store.transaction("*"):
                _create_tables(backend)
                yield pg_store
        finally:
            pg_store.close()
        return
    path = Path(location)
    if path.exists():
        raise StoreError(f"{path} already exists; open it, or choose another file name")
    if not path.parent.is_dir():
        raise StoreError(f"folder {path.parent} does not exist; create it first")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".gpkg.tmp",
                                        dir=str(path.parent))
        os.close(fd)
        os.unlink(tmp_name)
    except OSError as exc:
        raise cannot_create(path, exc) from None
    except BaseException:  # Ctrl-C between making the name and freeing it (a loaded
        if tmp_name:  # machine gets there): the empty file goes too
            Path(tmp_name).unlink(missing_ok=True)
        raise
    tmp = Path(tmp_name)
    store: Optional[Store] = None
    try:
        store = Store(gpkg.GpkgBackend(tmp, wait=wait, label=path))
        with store.transaction():
            _create_tables(store.db)
            yield store
        store.close()
        _move_into_place(tmp, path)
    except OSError as exc:
        raise cannot_create(path, exc) from None
    finally:
        if store is not None:
            store.close()
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass


def _move_into_place(tmp: Path, path: Path) -> None:
    """Rename the finished ``tmp`` to ``path``, never over a file that appeared meanwhile."""
    try:
        os.link(tmp, path)  # fails if path exists: no race with another init
    except FileExistsError:
        raise StoreError(f"{path} already exists; open it, or choose another file name") from None
    except OSError:  # a file system without hard links (FAT, some network shares)
        if path.exists():
            raise StoreError(f"{path} already exists; open it, or choose another file "
                             f"name") from None
        os.replace(tmp, path)


def create_store(location: Location, wait: float = DEFAULT_WAIT) -> Store:
    """Create a new, empty project store and open it (see :func:`new_store`)."""
    with new_store(location, wait):
        pass
    return open_store(location, wait)


def _add_schema_parts(version: int):
    """The migration to schema ``version``: create the layers and add the fields
    :data:`.schema.ADDED_IN` lists for it (existing rows get empty values)."""
    def migrate(backend) -> None:
        added = ADDED_IN[version]
        for name in added["layers"]:
            lyr = LAYERS[name]
            backend.add_layer(lyr, BOOKKEEPING)
            backend.execute(f"CREATE INDEX {quote('idx_' + lyr.name + '_lifecycle')} ON "
                            f"{quote(lyr.name)} ({quote(lyr.start)}, {quote(lyr.end)})")
        for name, fields in added["fields"].items():
            for f in fields:
                backend.add_field(LAYERS[name], LAYERS[name].field(f))
    return migrate


MIGRATIONS: dict = {**{v - 1: _add_schema_parts(v) for v in ADDED_IN}, 2: _migrate_2_to_3}
"""``MIGRATIONS[n](backend)`` upgrades a store from schema version ``n`` to ``n + 1``."""


def open_store(location: Location, wait: float = DEFAULT_WAIT) -> Store:
    """Open an existing project store, migrating an older schema version in place.

    ``wait`` is how long (seconds) its writes wait for another program's write lock.
    """
    if not is_postgres_url(location):
        path = Path(location)
        if not path.exists():
            raise StoreError(f"{path} does not exist; create it with `smartcity init {path}`")
        if path.is_dir():
            raise StoreError(f"{path} is a folder; a store is a .gpkg file or a "
                             f"postgresql:// URL")
        if not gpkg.is_geopackage(path):
            raise StoreError(f"{path} is not a GeoPackage; a project store is created with "
                             f"`smartcity init`")
    backend = _backend(location, wait)
    store = Store(backend)
    try:
        if not backend.has_store_tables():
            raise StoreError(f"{redact(str(location))} is not a smartcity project store (no "
                             f"smartcity_meta table); create one with `smartcity init`")
        version = int(dict(backend.query("SELECT key, value FROM smartcity_meta")[1])
                      ["schema_version"])
        if version > SCHEMA_VERSION:
            raise StoreError(f"{redact(str(location))} was written by a newer smartcity "
                             f"(schema {version}, this version reads up to {SCHEMA_VERSION}); "
                             f"upgrade smartcity")
        while version < SCHEMA_VERSION:
            with store.transaction("*"):
                MIGRATIONS[version](backend)
                version += 1
                backend.execute("UPDATE smartcity_meta SET value = ? WHERE key = "
                                "'schema_version'", (str(version),))
        _ensure_versioning(store)
    except BaseException:
        store.close()
        raise
    return store


def snapshot(store: Store, as_of: dt.date, out: Location,
             progress: Optional[ProgressFn] = None, wait: float = DEFAULT_WAIT,
             as_recorded: Optional[dt.datetime] = None) -> dict[str, int]:
    """Write every layer as it stood on ``as_of`` into a new store at ``out`` (as the store
    had recorded it at ``as_recorded``, a UTC time, when given: bi-temporal).

    Returns the feature count per layer.  The output is itself a project store (same schema),
    so every tool that reads a store reads a snapshot; it appears only once complete.
    """
    report = progress or no_progress
    counts: dict[str, int] = {}
    with new_store(out, wait) as target:
        layers = list(LAYERS.values())
        for n, lyr in enumerate(layers):
            gdf = store.read(lyr.name, as_of=as_of, as_recorded=as_recorded)
            counts[lyr.name] = len(gdf)
            report(100.0 * n / len(layers), f"{lyr.name}: {len(gdf)}")
            if len(gdf):
                target.write(lyr.name, gdf.drop(columns="geometry"), gdf.geometry.values,
                             source=f"snapshot of {store.name} as of {as_of}",
                             how="snapshot")
        target.set_meta("snapshot_as_of", as_of.isoformat())
        if as_recorded is not None:
            target.set_meta("snapshot_as_recorded", recorded_time(as_recorded))
        target.set_meta("snapshot_of", str(store.name))
    report(100.0, "done")
    return counts


def copy_store(source: Store, target: Location, progress: Optional[ProgressFn] = None,
               wait: float = DEFAULT_WAIT) -> tuple[str, dict[str, int]]:
    """Copy the whole store ``source`` into a new store at ``target`` (every feature with its
    version, the history, the import log): what ``smartcity migrate`` does.  The target
    appears only once complete.  Returns the target's name and the counts per table."""
    with new_store(target, wait) as destination:
        counts = source.copy_into(destination, progress=progress)
        destination.set_meta("migrated_from", str(source.name))
        name = destination.name
    return name, counts
