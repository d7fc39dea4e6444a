"""The GeoPackage keeps its own history: SQLite triggers generated from :mod:`.schema`.

Every INSERT, UPDATE and DELETE on a layer table, whoever makes it (QGIS through GDAL,
``ogrinfo -sql``, ``sqlite3``, our importers), closes the feature's open row of ``history``
(``valid_to``) and opens the next one, and sets the feature's ``version`` and ``updated_at``.
A DELETE is a version too: a ``deleted`` row that stays open, holding the last values, so
the feature stays in the past (:meth:`.store.Store.read` with ``as_of`` before the day of
the delete still has it) and a later INSERT of the same id is a ``restored`` version of the
same feature, not a second ``created`` one.

The triggers use only what every SQLite client has: core SQL and the JSON functions
(built into SQLite since 3.38; Debian 12 has 3.40), no GDAL or SpatiaLite function, so that
QGIS, GDAL, Python's ``sqlite3`` and the ``sqlite3`` shell all run them.  The geometry goes
into ``history.geom_wkb`` as plain ISO WKB: the GeoPackage blob with its header cut off by
``substr`` (header length from the envelope bits of the flags byte, GeoPackage 1.2 §2.1.3).

Who and how: a writer that knows (our importers, :mod:`smartcity.plugin` after a QGIS
commit) says so in the one-row table ``smartcity_context``, inside its own transaction, so
no other connection ever sees it; a row with ``quiet = 1`` switches the triggers off (a
lossless copy, ``smartcity migrate``, brings its own versions and history).  Without a
context row the edit is recorded as ``how = 'SQL'`` with no name (SQLite knows no users).
The department comes from ``smartcity_meta`` key ``department`` when it is set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Optional

import numpy as np

from .gpkg import quote
from .rules import Rule, rules
from .schema import Layer

CONTEXT_TABLE = "smartcity_context"
CONTEXT_DDL = (f"CREATE TABLE IF NOT EXISTS {CONTEXT_TABLE} (how TEXT, source TEXT, "
               f"import_id INTEGER, recorded_by TEXT, at TEXT, quiet INTEGER)")
"""Who/how of the transaction writing now (at most one row, only ever uncommitted)."""

_NOW = (f"coalesce((SELECT at FROM {CONTEXT_TABLE}), "
        f"strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
_LOUD = f"NOT EXISTS (SELECT 1 FROM {CONTEXT_TABLE} WHERE quiet = 1)"
_CONTEXT = (f"(SELECT source FROM {CONTEXT_TABLE}), (SELECT import_id FROM {CONTEXT_TABLE}), "
            f"(SELECT recorded_by FROM {CONTEXT_TABLE}), "
            f"(SELECT value FROM smartcity_meta WHERE key = 'department'), "
            f"coalesce((SELECT how FROM {CONTEXT_TABLE}), 'SQL')")


def wkb_of(row: str) -> str:
    """SQL for the ISO WKB inside the GeoPackage blob ``row.geom`` (NULL stays NULL)."""
    g = f"{row}.geom"
    envelope = f"((instr('0123456789ABCDEF', substr(hex(substr({g}, 4, 1)), 2, 1)) - 1) / 2)"
    return (f"CASE WHEN {g} IS NULL THEN NULL ELSE substr({g}, 9 + CASE {envelope} "
            f"WHEN 1 THEN 32 WHEN 2 THEN 48 WHEN 3 THEN 48 WHEN 4 THEN 64 ELSE 0 END) END")


def attributes_of(layer: Layer, row: str) -> str:
    """SQL for the feature ``row`` (``NEW``/``OLD``) as the JSON object ``history`` keeps:
    canonical values, booleans as JSON true/false (SQLite stores them as 0/1)."""
    parts = []
    for f in layer.fields:
        value = f"{row}.{quote(f.name)}"
        if f.kind == "bool":
            value = (f"CASE WHEN {value} IS NULL THEN NULL WHEN {value} THEN json('true') "
                     f"ELSE json('false') END")
        parts.append(f"'{f.name}', {value}")
    return f"json_object({', '.join(parts)})"


def _history_insert(layer: Layer, row: str, change: str) -> str:
    key = f"{row}.{quote(layer.id_field)}"
    name = f"'{layer.name}'"
    return (f"INSERT INTO history (layer, feature_id, version, valid_from, change, source, "
            f"import_id, recorded_by, department, how, attributes, geom_wkb) VALUES ({name}, "
            f"{key}, coalesce((SELECT max(version) FROM history WHERE layer = {name} AND "
            f"feature_id = {key}), 0) + 1, {_NOW}, {change}, {_CONTEXT}, "
            f"{attributes_of(layer, row)}, {wkb_of(row)});")


def _close(layer: Layer, row: str) -> str:
    return (f"UPDATE history SET valid_to = {_NOW} WHERE layer = '{layer.name}' AND "
            f"feature_id = {row}.{quote(layer.id_field)} AND valid_to IS NULL;")


def _bookkeeping(layer: Layer) -> str:
    key = f"NEW.{quote(layer.id_field)}"
    return (f"UPDATE {quote(layer.name)} SET version = (SELECT max(version) FROM history "
            f"WHERE layer = '{layer.name}' AND feature_id = {key}), updated_at = {_NOW} "
            f"WHERE fid = NEW.fid;")


def trigger_names(layer: Layer) -> list[str]:
    return [f"smartcity_{layer.name}_{op}" for op in ("insert", "update", "delete", "id",
                                                      "check_insert", "check_update")]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _violation(layer: Layer, rule: Rule, op: str) -> Optional[str]:
    """SQL that is true when ``NEW`` breaks ``rule`` (``None``: not checked on ``op``)."""
    v = f"NEW.{quote(rule.field)}"
    if rule.kind == "required":
        kind = layer.field(rule.field).kind
        return f"{v} IS NULL" + (f" OR trim({v}) = ''" if kind == "text" else "")
    if rule.kind == "choice":
        return f"{v} IS NOT NULL AND {v} NOT IN ({', '.join(map(_literal, rule.values))})"
    if rule.kind == "range":
        bounds = [f"{v} < {rule.low!r}" if rule.low is not None else "",
                  f"{v} > {rule.high!r}" if rule.high is not None else ""]
        return (f"{v} IS NOT NULL AND (typeof({v}) NOT IN ('integer', 'real') OR "
                f"{' OR '.join(b for b in bounds if b)})")
    if rule.kind == "date":
        return f"{v} IS NOT NULL AND date({v}, '+0 days') IS NOT {v}"  # normalises 02-30
    if rule.kind == "length":
        return f"length({v}) > {_whole(rule.high)}"
    if rule.kind == "order":
        w = f"NEW.{quote(_named(rule.other))}"
        return f"{w} IS NOT NULL AND {v} IS NOT NULL AND {v} {'<=' if rule.strict else '<'} {w}"
    if rule.kind == "unique":
        if op != "insert":
            return None  # the id cannot change in place (the id trigger)
        return f"EXISTS (SELECT 1 FROM {quote(layer.name)} WHERE {quote(rule.field)} = {v})"
    raise ValueError(rule.kind)


def check_triggers(layer: Layer) -> list[str]:
    """BEFORE INSERT / UPDATE triggers refusing what breaks :func:`.rules.rules`, with the
    rule's sentence (SQLite's RAISE takes only a literal: the value cannot be named)."""
    out = []
    for op in ("insert", "update"):
        checks = []
        for rule in rules(layer):
            condition = _violation(layer, rule, op)
            if condition is not None:
                checks.append(f"SELECT RAISE(ABORT, {_literal(rule.sentence())}) "
                              f"WHERE {condition};")
        name = quote(f"smartcity_{layer.name}_check_{op}")
        out.append(f"CREATE TRIGGER {name} BEFORE {op.upper()} ON {quote(layer.name)} "
                   f"WHEN {_LOUD} BEGIN {' '.join(checks)} END")
    return out


def triggers(layer: Layer) -> list[str]:
    """``CREATE TRIGGER`` statements keeping ``history``, ``version`` and ``updated_at`` of
    ``layer``'s table and refusing what breaks its rules (drop :func:`trigger_names` first
    to replace them)."""
    t, key = quote(layer.name), quote(layer.id_field)
    ins, upd, dele, ident = (quote(n) for n in trigger_names(layer)[:4])
    restored = (f"CASE WHEN EXISTS (SELECT 1 FROM history WHERE layer = '{layer.name}' AND "
                f"feature_id = NEW.{key}) THEN 'restored' ELSE 'created' END")
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}"
                          for c in ["geom", *(quote(f.name) for f in layer.fields)])
    id_message = (f"{layer.label_zh}的编号 {layer.id_field} 不能修改：请删除该要素再新增一个。"
                  f" / The id {layer.id_field} of {layer.label_en} cannot be changed: delete "
                  f"the feature and add a new one.").replace("'", "''")
    return [
        f"CREATE TRIGGER {ins} AFTER INSERT ON {t} WHEN {_LOUD} BEGIN "
        f"{_close(layer, 'NEW')} {_history_insert(layer, 'NEW', restored)} "
        f"{_bookkeeping(layer)} END",
        f"CREATE TRIGGER {upd} AFTER UPDATE ON {t} WHEN {_LOUD} AND ({changed}) BEGIN "
        f"{_close(layer, 'NEW')} {_history_insert(layer, 'NEW', repr('updated'))} "
        f"{_bookkeeping(layer)} END",
        f"CREATE TRIGGER {dele} AFTER DELETE ON {t} WHEN {_LOUD} BEGIN "
        f"{_close(layer, 'OLD')} {_history_insert(layer, 'OLD', repr('deleted'))} END",
        f"CREATE TRIGGER {ident} BEFORE UPDATE OF {key} ON {t} WHEN {_LOUD} AND "
        f"NEW.{key} IS NOT OLD.{key} BEGIN SELECT RAISE(ABORT, '{id_message}'); END",
    ] + check_triggers(layer)


def fingerprint(layers) -> str:
    """A hash of every trigger's SQL: a store whose recorded hash differs (the schema grew a
    layer or a field) gets its triggers regenerated when it is opened."""
    text = "\n".join(s for lyr in layers for s in triggers(lyr))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def install(conn, layers) -> None:
    """(Re)create the context table and every layer's triggers (inside a transaction)."""
    conn.execute(CONTEXT_DDL)
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for lyr in layers:
        if lyr.name not in present:
            continue
        for name in trigger_names(lyr):
            conn.execute(f"DROP TRIGGER IF EXISTS {quote(name)}")
        for statement in triggers(lyr):
            conn.execute(statement)


def set_context(conn, *, how: str, source, import_id, recorded_by, at, quiet: bool) -> None:
    conn.execute(CONTEXT_DDL)
    conn.execute(f"DELETE FROM {CONTEXT_TABLE}")
    conn.execute(f"INSERT INTO {CONTEXT_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
                 (how, source, import_id, recorded_by, at, 1 if quiet else 0))


def clear_context(conn) -> None:
    conn.execute(f"DELETE FROM {CONTEXT_TABLE}")


def _whole(bound: Optional[float]) -> int:
    """A length rule's limit (characters); every length rule has one."""
    assert bound is not None, "a length rule has its limit"
    return int(bound)


def _named(field: Optional[str]) -> str:
    """An order rule's earlier field; every order rule names one."""
    assert field is not None, "an order rule names its earlier field"
    return field


# --- bulk inserts: the triggers' work done set-wise -----------------------------------------

def _first_violation(conn, layer: Layer, after_fid: int) -> Optional[str]:
    """The sentence of the rule the BEFORE INSERT trigger would have refused first for the
    rows with ``fid > after_fid`` (lowest fid, then the rules' order), or ``None``.

    The unique rule is left to the id column's UNIQUE constraint: the rows were inserted
    already, so ``EXISTS`` would find each row itself."""
    checked = []
    for rule in rules(layer):
        if rule.kind == "unique":
            continue
        condition = _violation(layer, rule, "insert")
        if condition is not None:
            checked.append((rule, condition))
    if not checked:
        return None
    # one scan of the new rows for every rule (one scan per rule was 19 scans of 100k rows)
    firsts = conn.execute(
        f"SELECT {', '.join(f'min(CASE WHEN ({c}) THEN NEW.fid END)' for _, c in checked)} "
        f"FROM {quote(layer.name)} AS NEW WHERE NEW.fid > ?", (after_fid,)).fetchone()
    found = [(fid, k) for k, fid in enumerate(firsts) if fid is not None]
    return checked[min(found)[1]][0].sentence() if found else None


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def surely_clean(layer: Layer, columns: dict) -> bool:
    """Whether no row of ``columns`` (field name -> its values as the layer's table stores
    them, booleans as 0/1 and dates as text; a field missing is NULL in every row) can
    break a rule of :func:`_first_violation`, decided in Python over whole columns
    (distinct values, C-level set and min/max work): ~50 ms for 100k rows where the SQL
    scan of 19 rules took ~0.3–0.5 s.

    One-sided by design: ``True`` only when every value is of the plain type the rule's
    SQL reads the same way (text as ``str``, numbers as ``int``/``float``, dates as
    ``YYYY-MM-DD`` text) and passes; anything else (``False``) sends the caller to the SQL
    scan, which finds the exact rule and sentence.  Where Python and SQLite could differ
    this errs towards ``False``: ``str.strip`` strips more than SQLite's ``trim``, ``len``
    counts at least SQLite's ``length`` (which stops at a NUL), text order by code point is
    SQLite's BINARY order of the UTF-8 bytes."""
    n = len(next(iter(columns.values()), ()))
    if not n:
        return True
    columns = {name: columns.get(name, (None,) * n) for name in layer.field_names}
    seen: dict[str, tuple[set, set]] = {}

    def distinct(name: str) -> tuple[set, set]:
        """The field's distinct values but ``None``, and their types (once per field)."""
        if name not in seen:
            present = set(columns[name])
            present.discard(None)
            seen[name] = present, set(map(type, present))
        return seen[name]

    for rule in rules(layer):
        if rule.kind == "unique":
            continue  # the id column's UNIQUE constraint
        column = columns[rule.field]
        if rule.kind == "order":
            if not _ordered(columns[_named(rule.other)], column, rule.strict):
                return False
            continue
        kind = layer.field(rule.field).kind
        if rule.kind in ("required", "length"):  # on the column itself (often all distinct)
            types = set(map(type, column))
            if rule.kind == "required":
                if None in column or (kind == "text" and (types != {str} or not all(
                        map(str.strip, column)))):
                    return False
                continue
            if types - {str, type(None)}:
                return False
            texts = column if type(None) not in types else [v for v in column if v is not None]
            if texts and max(map(len, texts)) > _whole(rule.high):
                return False
            continue
        present, types = distinct(rule.field)
        if rule.kind == "choice":
            if types - {str} or not present <= set(rule.values):
                return False
        elif rule.kind == "range":
            if types - {int, float}:
                return False
            if present and any(v != v for v in present):  # NaN: leave it to SQLite
                return False
            if present and ((rule.low is not None and min(present) < rule.low)
                            or (rule.high is not None and max(present) > rule.high)):
                return False
        elif rule.kind == "date":
            if types - {str} or not all(map(_iso_day, present)):
                return False
        else:
            return False  # a kind this check does not know: the SQL scan decides
    return True


def _iso_day(text: str) -> bool:
    """Whether SQLite's ``date(text, '+0 days')`` gives ``text`` back: a real day written
    ``YYYY-MM-DD`` (year 0001–9999)."""
    if not _ISO_DAY.fullmatch(text):
        return False
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _ordered(first: tuple, then: tuple, strict: bool) -> bool:
    """Whether no row has both dates and ``then`` before (``strict``: not after) ``first``;
    ``False`` too where a present value is not text."""
    for a, b in zip(first, then):
        if a is None or b is None:
            continue
        if type(a) is not str or type(b) is not str or (b <= a if strict else b < a):
            return False
    return True


def bulk_insert(conn, layer: Layer, rows: list, envelopes, *, batch: int = 5000,
                report=None, deferred: Optional[list] = None,
                clean: Optional[bool] = None, unseen: bool = False) -> None:
    """Insert ``rows`` (geometry blob, then every field of ``layer`` in order) into the
    layer's table with exactly the store a row-by-row INSERT through the triggers leaves,
    only set-wise.

    Row by row, every INSERT runs the GeoPackage R-tree trigger (five calls of the Python
    ``ST_*`` functions), the rule checks and the history trigger (close the open row, look
    up the last version, write the JSON attributes).  Here, inside the caller's transaction
    (so a failure leaves nothing): the context is made quiet and the table's R-tree triggers
    are dropped, the rows go in with one ``executemany``; then the rules are checked on the
    new rows (the trigger's sentence, as ``sqlite3.IntegrityError``), history is closed and
    written with the triggers' own SQL expressions in one ``INSERT … SELECT`` each (version
    and ``updated_at`` go in with the rows: an UPDATE after them would rewrite every row, and
    free the overflow pages of large geometries), the R-tree is filled from ``envelopes``
    (``(minx, maxx, miny, maxy)`` per row, NaN where the geometry is NULL or empty, as
    :func:`.gpkg._envelope` gives them) and the triggers are put back as they were.
    ``report(done, total)`` is called after each batch of rows.  With ``deferred`` (a
    list) the R-tree is not filled: the new rows' fids and envelopes are appended to it for
    :func:`fill_rtree`, which packs the rows of many calls at once.  ``clean``: what
    :func:`surely_clean` says of the rows, when the caller knows it (``None``: asked here);
    ``unseen``: the caller knows that no row's id is in ``history`` (a layer without any
    history row), so the last versions are not looked up.
    """
    import sqlite3

    from .gpkg import quote as q

    t, key, name = q(layer.name), q(layer.id_field), f"'{layer.name}'"
    rtree = f"rtree_{layer.name}_geom"
    (after_fid,) = conn.execute(f"SELECT coalesce(max(fid), 0) FROM {t}").fetchone()
    (seq,) = conn.execute("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = ?",
                          (layer.name,)).fetchone() or (0,)
    after_fid = max(int(after_fid), int(seq or 0))
    # the R-tree's triggers and ours (quiet anyway, but each still tests its WHEN per row);
    # any other trigger (GDAL's feature count) runs as usual
    ours = set(trigger_names(layer))
    saved = [(n, sql) for n, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (layer.name,)) if n in ours or n.startswith(rtree + "_")]
    rtree_saved = [s for s in saved if s[0].startswith(rtree + "_")]
    (was_quiet,) = conn.execute(f"SELECT count(*) FROM {CONTEXT_TABLE} WHERE quiet = 1"
                                ).fetchone()
    conn.execute(f"UPDATE {CONTEXT_TABLE} SET quiet = 1")
    for trigger, _ in saved:
        conn.execute(f"DROP TRIGGER {q(trigger)}")
    names = ["geom", *layer.field_names, "version", "updated_at"]
    insert_sql = (f"INSERT INTO {t} ({', '.join(map(q, names))}) "
                  f"VALUES ({', '.join('?' * len(names))})")
    (now,) = conn.execute(f"SELECT {_NOW}").fetchone()
    position = 1 + layer.field_names.index(layer.id_field)
    last = {} if unseen else dict(conn.execute(
        "SELECT feature_id, max(version) FROM history WHERE layer = ? AND feature_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY feature_id",
        (layer.name, json.dumps([r[position] for r in rows], ensure_ascii=False))))
    done = 0
    if not was_quiet and not last:  # every row's first version: the same two values
        insert_sql = (f"INSERT INTO {t} ({', '.join(map(q, names))}) "
                      f"VALUES ({', '.join('?' * (len(names) - 2))}, 1, {_literal(now)})")
    for start in range(0, len(rows), batch):
        if not was_quiet and not last:
            chunk = rows[start:start + batch]
        else:  # quiet: no trigger would set them
            chunk = [(*r, None, None) if was_quiet else (*r, last.get(r[position], 0) + 1,
                                                         now)
                     for r in rows[start:start + batch]]
        conn.executemany(insert_sql, chunk)
        done += len(chunk)
        if report is not None:
            report(done, len(rows))
    if not was_quiet:
        if clean is None:
            clean = surely_clean(layer, dict(zip(layer.field_names, list(zip(*rows))[1:])))
        sentence = None if clean else _first_violation(conn, layer, after_fid)
        if sentence is not None:
            raise sqlite3.IntegrityError(sentence)
        if last:  # some have history (deleted features): close their open rows
            new = f"SELECT {key} FROM {t} WHERE fid > {after_fid}"
            conn.execute(f"UPDATE history SET valid_to = {_NOW} WHERE layer = {name} AND "
                         f"valid_to IS NULL AND feature_id IN ({new})")
        # NEW.version is the last version in history + 1 (set above from ``last``), so
        # the trigger's two look-ups per row are: that version, and "restored" when > 1
        conn.execute(
            f"INSERT INTO history (layer, feature_id, version, valid_from, change, source, "
            f"import_id, recorded_by, department, how, attributes, geom_wkb) SELECT {name}, "
            f"NEW.{key}, NEW.version, {_NOW}, CASE WHEN NEW.version > 1 THEN 'restored' "
            f"ELSE 'created' END, {_CONTEXT}, "
            f"{attributes_of(layer, 'NEW')}, {wkb_of('NEW')} FROM {t} AS NEW "
            f"WHERE NEW.fid > {after_fid} ORDER BY NEW.fid")
    if rtree_saved:
        low, high, count = conn.execute(f"SELECT min(fid), max(fid), count(*) FROM {t} "
                                        f"WHERE fid > ?", (after_fid,)).fetchone()
        if count and high - low + 1 == count:  # AUTOINCREMENT gave them one run of fids
            fids = np.arange(low, high + 1, dtype=np.int64)
        else:
            fids = np.array([r[0] for r in conn.execute(
                f"SELECT fid FROM {t} WHERE fid > ? ORDER BY fid", (after_fid,))],
                dtype=np.int64)
        boxes = np.asarray(envelopes, dtype=float).reshape(-1, 4)
        keep = np.flatnonzero(~np.isnan(boxes[:, 0]))
        if isinstance(deferred, PackedRtree):
            deferred.add(fids[keep], boxes[keep])
        elif deferred is not None:
            deferred.append((fids[keep], boxes[keep]))
        else:
            fill_rtree(conn, layer, [(fids[keep], boxes[keep])])
    for _, sql in saved:
        conn.execute(sql)
    conn.execute(f"UPDATE {CONTEXT_TABLE} SET quiet = {1 if was_quiet else 0}")


def fill_rtree(conn, layer: Layer, parts: list) -> None:
    """Put ``parts`` (``(fids, boxes)`` pairs, boxes as ``(minx, maxx, miny, maxy)`` rows
    without NaN) into ``layer``'s R-tree: packed in Hilbert order (neighbours share nodes,
    so window queries read few) when it is empty, else one INSERT per box."""
    from .gpkg import quote as q

    rtree = f"rtree_{layer.name}_geom"
    if not parts:
        return
    fids = np.concatenate([f for f, _ in parts])
    boxes = np.concatenate([b for _, b in parts]).reshape(-1, 4)
    if not len(fids):
        return
    order = np.argsort(_hilbert(boxes), kind="stable")
    (empty,) = conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {q(rtree + '_rowid')})"
                            ).fetchone()
    if empty:
        load_rtree(conn, rtree, fids[order], boxes[order])
    else:
        conn.executemany(f"INSERT OR REPLACE INTO {q(rtree)} VALUES (?, ?, ?, ?, ?)",
                         zip(fids[order].tolist(), *boxes[order].T.tolist()))


def _hilbert(boxes: np.ndarray, bits: int = 16) -> np.ndarray:
    """Hilbert-curve index of each box's centre on a ``2**bits`` grid over their extent
    (``boxes``: rows of minx, maxx, miny, maxy), vectorised."""
    if not len(boxes):
        return np.zeros(0, dtype=np.int64)
    cx, cy = (boxes[:, 0] + boxes[:, 1]) / 2, (boxes[:, 2] + boxes[:, 3]) / 2
    side = (1 << bits) - 1

    def scaled(v: np.ndarray) -> np.ndarray:
        span = float(v.max() - v.min()) or 1.0
        return ((v - v.min()) / span * side).astype(np.int64)

    x, y, d = scaled(cx), scaled(cy), np.zeros(len(boxes), dtype=np.int64)
    s = 1 << (bits - 1)
    while s > 0:
        rx, ry = (x & s) > 0, (y & s) > 0
        d += s * s * ((3 * rx) ^ ry)
        flip = ~ry
        swap_x = np.where(flip & rx, side - x, x)
        swap_y = np.where(flip & rx, side - y, y)
        x, y = np.where(flip, swap_y, swap_x), np.where(flip, swap_x, swap_y)
        s >>= 1
    return d


_RND_TOWARDS, _RND_AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def _float32_down(d: np.ndarray) -> np.ndarray:
    """SQLite rtree's ``rtreeValueDown``: the float32 at or below ``d``."""
    f = d.astype(np.float32)
    fix = f > d
    f[fix] = (d * np.where(d < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)[fix]
    return f


def _float32_up(d: np.ndarray) -> np.ndarray:
    """SQLite rtree's ``rtreeValueUp``: the float32 at or above ``d``."""
    f = d.astype(np.float32)
    fix = f < d
    f[fix] = (d * np.where(d < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)[fix]
    return f


def load_rtree(conn, rtree: str, ids: np.ndarray, boxes: np.ndarray) -> None:
    """Fill the *empty* SQLite R-tree ``rtree`` (2-D, ``id, minx, maxx, miny, maxy``) with
    ``ids``/``boxes`` by writing its nodes directly, packed bottom-up in the given order
    (Hilbert order: :func:`_hilbert`), as GDAL does for a GeoPackage's index.

    One INSERT into the virtual table costs ~28 µs whatever the order (SQLite's R*-tree
    chooses a leaf and splits nodes); packing 100k boxes takes a few milliseconds.  The node
    format is SQLite's (``ext/rtree/rtree.c``): a big-endian 2-byte depth (root only) and
    2-byte cell count, then cells of an 8-byte id and four float32 coordinates, rounded
    outwards as the virtual table rounds them; ``%_rowid`` maps ids to leaves, ``%_parent``
    nodes to parents.  ``SELECT rtreecheck(...)`` checks the result (the tests do)."""
    packer = PackedRtree(conn, rtree)
    packer.add_leaves(np.asarray(ids, dtype=np.int64), boxes, order=False)
    packer.finish()


class PackedRtree:
    """An *empty* R-tree filled in parts, in bounded memory: the parts' boxes are
    gathered up to :data:`GROUP`, sorted in Hilbert order and written as leaf nodes (their
    ``%_rowid`` rows too); only each leaf's number and box are kept (one in ~50 boxes), and
    :meth:`finish` builds the levels above them and the root, ordering the leaves along the
    Hilbert curve of the whole extent.

    Nothing else may write the R-tree between the first part and :meth:`finish` (its
    leaves have no parent until then): the store uses it for a layer without features,
    whose writing inserts only."""

    def __init__(self, conn, rtree: str) -> None:
        from .gpkg import quote as q

        self.conn = conn
        self.node_t, self.rowid_t, self.parent_t = (q(f"{rtree}_{s}")
                                                    for s in ("node", "rowid", "parent"))
        (self.size,) = conn.execute(f"SELECT length(data) FROM {self.node_t} WHERE nodeno = 1"
                                    ).fetchone()
        self.per_node = (self.size - 4) // 24
        self.next_node = 2  # node 1 is the root, written by :meth:`finish`
        self.leaves: list[np.ndarray] = []
        self.leaf_boxes: list[np.ndarray] = []
        self.waiting: list[tuple[np.ndarray, np.ndarray]] = []
        self.gathered = 0

    GROUP = 1_000_000
    """Boxes gathered before their leaves are written (~40 MB): leaves packed from a
    million boxes at a time are as tight as those of one packing of the whole layer up to a
    million rows, and ten times tighter than per chunk of 100k when a file's rows come in
    no spatial order."""

    def add(self, ids: np.ndarray, boxes: np.ndarray) -> None:
        """Take ``ids``/``boxes`` (``(minx, maxx, miny, maxy)`` rows, no NaN); their leaves
        are written once :data:`GROUP` boxes are gathered, or by :meth:`finish`."""
        self.waiting.append((np.asarray(ids, dtype=np.int64),
                             np.asarray(boxes, dtype=float).reshape(-1, 4)))
        self.gathered += len(ids)
        if self.gathered >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.waiting:
            ids = np.concatenate([i for i, _ in self.waiting])
            boxes = np.concatenate([b for _, b in self.waiting])
            self.waiting, self.gathered = [], 0
            self.add_leaves(ids, boxes)

    def add_leaves(self, ids: np.ndarray, boxes: np.ndarray, order: bool = True) -> None:
        """:meth:`add`; ``order``: sort them in Hilbert order first (else as given)."""
        if not len(ids):
            return
        boxes = boxes.reshape(-1, 4)
        if order:
            at = np.argsort(_hilbert(boxes), kind="stable")
            ids, boxes = ids[at], boxes[at]
        coords = np.column_stack([_float32_down(boxes[:, 0]), _float32_up(boxes[:, 1]),
                                  _float32_down(boxes[:, 2]), _float32_up(boxes[:, 3])])
        numbers, mbrs = self._level(ids, coords, depth=0, root=False)
        self.leaves.append(numbers)
        self.leaf_boxes.append(mbrs)

    def _level(self, children: np.ndarray, child_boxes: np.ndarray, depth: int,
               root: bool) -> tuple[np.ndarray, np.ndarray]:
        """Write the nodes holding ``children`` (ids or node numbers) with their float32
        boxes; map them to their nodes (``%_rowid`` for leaves, ``%_parent`` above); the
        new nodes' numbers and boxes.  ``root``: there is one node, the root (number 1,
        with the tree's ``depth``)."""
        per_node, size = self.per_node, self.size
        starts = np.arange(0, len(children), per_node)
        count = len(starts)
        if root:
            numbers = np.array([1])
        else:
            numbers = np.arange(self.next_node, self.next_node + count)
            self.next_node += count
        cell = np.dtype([("id", ">i8"), ("c", ">f4", (4,))])
        nodes = []
        for k, start in enumerate(starts.tolist()):
            part = slice(start, start + per_node)
            cells = np.zeros(len(children[part]), dtype=cell)
            cells["id"], cells["c"] = children[part], child_boxes[part]
            head = (depth if root else 0).to_bytes(2, "big")
            data = head + len(cells).to_bytes(2, "big") + cells.tobytes()
            nodes.append((int(numbers[k]), data + bytes(size - len(data))))
        if root:
            self.conn.execute(f"DELETE FROM {self.node_t} WHERE nodeno = 1")
        self.conn.executemany(f"INSERT INTO {self.node_t} (nodeno, data) VALUES (?, ?)",
                              nodes)
        owner = np.repeat(numbers, np.diff(np.append(starts, len(children))))
        table, names = ((self.rowid_t, "rowid, nodeno") if depth == 0
                        else (self.parent_t, "nodeno, parentnode"))
        self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES (?, ?)",
                              zip(children.tolist(), owner.tolist()))
        mbrs = np.column_stack([
            np.minimum.reduceat(child_boxes[:, 0], starts),
            np.maximum.reduceat(child_boxes[:, 1], starts),
            np.minimum.reduceat(child_boxes[:, 2], starts),
            np.maximum.reduceat(child_boxes[:, 3], starts)])
        return numbers, mbrs

    def finish(self) -> None:
        """Write the leaves still gathered, the levels above them and the root (nothing
        when no part had a box: the root stays the empty node it was)."""
        self._flush()
        if not self.leaves:
            return
        numbers = np.concatenate(self.leaves)
        boxes = np.concatenate(self.leaf_boxes)
        self.leaves, self.leaf_boxes = [], []
        if len(numbers) == 1:  # a single leaf is the root itself
            self.conn.execute(f"DELETE FROM {self.node_t} WHERE nodeno = 1")
            self.conn.execute(f"UPDATE {self.node_t} SET nodeno = 1 WHERE nodeno = ?",
                              (int(numbers[0]),))
            self.conn.execute(f"UPDATE {self.rowid_t} SET nodeno = 1 WHERE nodeno = ?",
                              (int(numbers[0]),))
            return
        at = np.argsort(_hilbert(boxes.astype(float)), kind="stable")
        numbers, boxes = numbers[at], boxes[at]
        depth = 1
        while True:
            root = len(numbers) <= self.per_node
            numbers, boxes = self._level(numbers.astype(np.int64), boxes, depth, root)
            if root:
                return
            depth += 1
