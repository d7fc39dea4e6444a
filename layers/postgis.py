"""PostGIS as a store backend: the same tables as the GeoPackage, in a PostgreSQL schema.

A store location ``postgresql://user@host:port/dbname?schema=weihai`` names a database and a
schema (default ``public``); ``schema`` is ours and is removed before the URL reaches libpq.
Several departments can write at once: each write takes a transaction-scoped advisory lock on
its layer, so concurrent imports into one layer queue rather than interleave, and a failed
import rolls back whole.  Identifiers are always quoted (:func:`.gpkg.quote`), values always
bound as parameters.
"""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any, Optional, Sequence

import numpy as np
import shapely

from .gpkg import quote
from .locations import is_postgres_url, redact, split_url  # noqa: F401 (imported from here)
from .schema import STORE_EPSG, Layer
from .store_errors import DEFAULT_WAIT

PG_TYPES = {"text": "text", "int": "bigint", "real": "double precision", "date": "date",
            "bool": "boolean", "datetime": "text", "blob": "bytea"}


NAME_BYTES = 63
"""PostgreSQL's identifier limit (NAMEDATALEN - 1), in UTF-8 bytes: longer names are cut."""

RESERVED_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
"""PostgreSQL's own schemas; every name beginning with ``pg_`` is reserved for it too."""


def schema_problem(schema: str) -> Optional[str]:
    """Why ``schema`` cannot hold a project store (a sentence), or ``None`` when it can.

    Refused: names PostgreSQL would silently cut to 63 bytes (two URLs would then name one
    schema while their write locks, keyed on the whole name, would not exclude each other),
    its own schemas (``pg_catalog``, ``information_schema``, ``pg_toast``, any ``pg_*``) and
    names with a NUL byte, which no PostgreSQL string may hold.
    """
    if "\0" in schema:
        return (f"the schema name {schema!r} holds a NUL byte (%00), which PostgreSQL names "
                f"cannot contain; give schema=NAME without it")
    size = len(schema.encode("utf-8"))
    if size > NAME_BYTES:
        return (f"the schema name {schema[:20]!r}… is {size} bytes long in UTF-8; PostgreSQL "
                f"keeps only the first {NAME_BYTES} bytes of a name (a Chinese character "
                f"takes 3), so give a shorter schema=NAME")
    if schema.lower() in RESERVED_SCHEMAS or schema.lower().startswith("pg_"):
        return (f"the schema {schema!r} belongs to PostgreSQL itself (pg_catalog, "
                f"information_schema, pg_toast and every name beginning with pg_ are "
                f"reserved); give another schema=NAME, e.g. schema=weihai")
    return None


class PostgisBackend:
    """What :class:`~.store.Store` needs from a database, for PostgreSQL with PostGIS."""

    placeholder = "%s"
    kind = "postgis"

    def __init__(self, url: str, wait: float = DEFAULT_WAIT):
        """Connect to the URL's database; ``wait`` is how long (seconds) a write waits for
        another writer's lock on the same layer before giving up with a sentence."""
        try:
            import psycopg
        except ImportError:
            raise ConnectionError(
                f"{redact(url)} is a PostGIS store, and PostGIS stores need the Python package "
                f"psycopg 3, which is not installed here: run bash scripts/setup.sh (or pip "
                f"install 'psycopg[binary]', or apt-get install python3-psycopg), then try "
                f"again") from None

        self.url = url
        self.location = redact(url)
        self.wait = float(wait)
        dsn, self.schema = split_url(url)
        problem = schema_problem(self.schema)
        if problem:
            raise ConnectionError(f"{self.location}: {problem}")
        try:
            # named, so that whoever waits for our lock is told who holds it
            named: dict[str, Any] = ({} if "application_name" in dsn
                                     else {"application_name": "smartcity"})
            self.conn = psycopg.connect(dsn, autocommit=True, **named)
        except psycopg.OperationalError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer"
            raise ConnectionError(f"cannot connect to {redact(url)}: {first}") from None
        self.conn.execute(f"SET search_path TO {quote(self.schema)}, public")

    @property
    def display_name(self) -> str:
        return self.location

    def close(self) -> None:
        if not self.conn.closed and self.conn.info.transaction_status != 0:  # not IDLE
            self.rollback()
        self.conn.close()

    # -- errors ----------------------------------------------------------------------------
    def lock_key(self, layer: str) -> int:
        """The advisory-lock key of one layer of this schema (``*``: the whole store)."""
        return zlib.crc32(f"smartcity:{self.schema}:{layer}".encode())

    def lock_holders(self, key: int) -> list[str]:
        """Backends holding the advisory lock ``key``: ``pid N (user U, application A,
        from HOST, in a transaction since T)``; empty when none can be seen."""
        try:
            rows = self.conn.execute(
                "SELECT a.pid, a.usename, a.application_name, a.client_addr, "
                "date_trunc('second', a.xact_start) FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 "
                "AND l.objid = %s::bigint::oid AND l.objsubid = 1 "
                "AND l.database = (SELECT oid FROM pg_database "
                "WHERE datname = current_database()) AND a.pid <> pg_backend_pid()",
                (key,)).fetchall()
        except Exception:  # noqa: BLE001 - best effort: the sentence goes on without names
            return []
        found = []
        for pid, user, application, host, since in rows:
            parts = [f"user {user}" if user else "",
                     f"application {application!r}" if application else "",
                     f"from {host}" if host else "",
                     f"in a transaction since {since:%Y-%m-%d %H:%M:%S}" if since else ""]
            found.append(f"database backend pid {pid} ({', '.join(p for p in parts if p)})")
        return found

    def failure(self, exc: BaseException, key: Optional[int] = None) -> BaseException:
        """The store's sentence for a PostgreSQL error (a :class:`.store_errors.StoreError`),
        or ``exc`` itself when it says nothing about the store (a bug, an interrupt)."""
        import psycopg
        from psycopg import errors

        from .store_errors import DiskFull, StoreError, locked

        if not isinstance(exc, psycopg.Error):
            return exc
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if isinstance(exc, errors.DiskFull):
            return DiskFull(f"the disk of the database server holding {self.location} is "
                            f"full ({first}); nothing was written. Ask its administrator to "
                            f"free space, then run again.")
        if isinstance(exc, errors.LockNotAvailable):
            self.rollback()
            holders = self.lock_holders(key) if key is not None else []
            return locked(self.location, self.wait, holders)
        if isinstance(exc, errors.InsufficientPrivilege):
            return StoreError(f"{self.location}: {first}; nothing was written. Ask the "
                              f"database administrator for the rights this needs (CREATE on "
                              f"the database, ownership of the schema).")
        if isinstance(exc, errors.ReadOnlySqlTransaction):
            return StoreError(f"{self.location} is read-only ({first}); nothing was written. "
                              f"Connect to the primary server.")
        if isinstance(exc, psycopg.OperationalError) and self.conn.closed:
            return StoreError(f"lost the connection to {self.location} ({first}); nothing "
                              f"was written (the server rolls an unfinished transaction back)")
        return exc

    def _run(self, fn, *args, key: Optional[int] = None):
        import psycopg

        try:
            return fn(*args)
        except psycopg.Error as exc:
            translated = self.failure(exc, key)
            if translated is exc:
                raise
            raise translated from None

    def begin_write(self, layer: str) -> None:
        """Open a transaction holding this layer's advisory lock, waiting for it at most
        ``wait`` seconds (``lock_timeout``; 0 = only if free now)."""
        key = self.lock_key(layer)
        self._run(self.conn.execute, "BEGIN")
        if self.wait <= 0:
            got = self._run(self.conn.execute, "SELECT pg_try_advisory_xact_lock(%s)",
                            (key,)).fetchone()[0]
            if not got:
                from .store_errors import locked

                self.rollback()
                raise locked(self.location, self.wait, self.lock_holders(key))
            return
        # lock_timeout bounds every lock wait of the transaction: this advisory lock, and a
        # row another client (QGIS editing the table) keeps locked
        self._run(self.conn.execute,
                  f"SET LOCAL lock_timeout = '{max(1, int(self.wait * 1000))}ms'")
        self._run(self.conn.execute, "SELECT pg_advisory_xact_lock(%s)", (key,), key=key)

    def begin(self) -> None:
        self._run(self.conn.execute, "BEGIN")

    def commit(self) -> None:
        self._run(self.conn.execute, "COMMIT")

    def rollback(self) -> None:
        """Undo the open transaction, never raising (a broken connection has nothing to
        undo: the server rolled it back)."""
        try:
            if not self.conn.closed:
                self.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - already failed; the first error is the one told
            pass

    def execute(self, sql: str, params: Sequence = ()):
        return self._run(self.conn.execute, sql.replace("?", "%s"), tuple(params))

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            def run():
                with self.conn.cursor() as cur:
                    cur.executemany(sql.replace("?", "%s"), rows)

            self._run(run)

    def query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        def run():
            cursor = self.conn.execute(sql.replace("?", "%s"), tuple(params))
            return [d.name for d in cursor.description], cursor.fetchall()

        return self._run(run)

    def geom_param(self) -> str:
        return f"ST_GeomFromWKB(?, {STORE_EPSG})"

    def geom_select(self, column: str) -> str:
        return f"ST_AsBinary({quote(column)}) AS {quote(column)}"

    def field_select(self, kind: str, column: str) -> str:
        q = quote(column)
        if kind == "date":
            return f"to_char({q}, 'YYYY-MM-DD') AS {q}"
        return q

    def encode_geometries(self, geoms) -> list:
        geoms = np.asarray(geoms, dtype=object)
        out: list = [None] * len(geoms)
        present = ~shapely.is_missing(geoms)
        for i, wkb in zip(np.flatnonzero(present),
                          shapely.to_wkb(geoms[present], byte_order=1, flavor="iso")):
            out[i] = wkb
        return out

    def decode_geometries(self, values) -> np.ndarray:
        return shapely.from_wkb(np.asarray([None if v is None else bytes(v) for v in values],
                                           dtype=object))

    def to_db(self, kind: str, value):
        if value is None:
            return None
        if kind == "date":
            return dt.date.fromisoformat(value)
        return value

    def from_db(self, kind: str, value):
        if value is None:
            return None
        if kind == "date":
            return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
        if kind == "real":
            return float(value)
        return value

    def id_filter(self, column: str, ids: Sequence[str]) -> tuple[str, list]:
        return f"{quote(column)} = ANY(?)", [[str(i) for i in ids]]

    def after_write(self, table: str) -> None:
        """Nothing to maintain: PostGIS indexes update themselves."""

    def after_copy(self, table: str, key: str) -> None:
        """Move an identity column's sequence past ids that were copied in explicitly."""
        self.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), "
                     f"coalesce((SELECT max({quote(key)}) FROM {quote(table)}), 0) + 1, "
                     f"false)", (f"{quote(self.schema)}.{quote(table)}", key))

    def has_store_tables(self) -> bool:
        _, rows = self.query("SELECT to_regclass(%s)",
                             (f"{quote(self.schema)}.smartcity_meta",))
        return rows[0][0] is not None

    # -- versioning (:mod:`.postgis_versioning`) -------------------------------------------
    def sql_type(self, kind: str) -> str:
        return PG_TYPES[kind]

    def versioning_fingerprint(self, layers) -> str:
        from . import postgis_versioning

        return postgis_versioning.fingerprint(layers, self.schema)

    def install_versioning(self, layers) -> None:
        """(Re)create every present layer table's history trigger (in the caller's
        transaction)."""
        from . import postgis_versioning

        for lyr in layers:
            _, rows = self.query("SELECT to_regclass(%s)",
                                 (f"{quote(self.schema)}.{quote(lyr.name)}",))
            if rows[0][0] is None:
                continue
            for statement in postgis_versioning.statements(lyr, self.schema):
                self._run(self.conn.execute, statement)

    def set_context(self, *, how: str, source, import_id, recorded_by, at, quiet: bool) -> None:
        """Who and how for the triggers, for the open transaction only."""
        from . import postgis_versioning

        self._run(self.conn.execute, postgis_versioning.context_sql(),
                  (how, source or "", "" if import_id is None else str(import_id),
                   recorded_by or "", at or "", "on" if quiet else "off"))

    def clear_context(self) -> None:
        from . import postgis_versioning

        self._run(self.conn.execute, postgis_versioning.context_sql(), ("",) * 6)
    def _create_layer(self, lyr: Layer, bookkeeping) -> None:
        """One layer's table with its spatial index and column comments."""
        geom_type = {"POINT": "Point", "MULTIPOLYGON": "MultiPolygon",
                     "MULTILINESTRING": "MultiLineString"}.get(lyr.geometry, "Geometry")
        cols = ["fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                f"geom geometry({geom_type}, {STORE_EPSG})"]
        for f in lyr.fields:
            extra = " NOT NULL UNIQUE" if f.name == lyr.id_field else ""
            cols.append(f"{quote(f.name)} {PG_TYPES[f.kind]}{extra}")
        cols += [f"{quote(n)} {PG_TYPES[k]}" for n, k in bookkeeping]
        table = quote(lyr.name)
        self.conn.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
        self.conn.execute(f"CREATE INDEX {quote(lyr.name + '_geom_idx')} ON {table} "
                          f"USING gist (geom)")
        for f in lyr.fields:
            self.conn.execute(f"COMMENT ON COLUMN {table}.{quote(f.name)} IS "
                              f"{_literal(f.label_zh + ' / ' + f.label_en)}")
        self.conn.execute(f"COMMENT ON TABLE {table} IS "
                          f"{_literal(lyr.label_zh + ' / ' + lyr.label_en)}")

    def add_layer(self, layer: Layer, bookkeeping) -> None:
        """One more feature table in an existing store (a schema migration)."""
        self._run(self._create_layer, layer, bookkeeping)

    def add_field(self, layer: Layer, f) -> None:
        """One more (empty) column in a layer's table, with its comment (a schema migration)."""
        def run():
            table = quote(layer.name)
            self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {quote(f.name)} "
                              f"{PG_TYPES[f.kind]}")
            self.conn.execute(f"COMMENT ON COLUMN {table}.{quote(f.name)} IS "
                              f"{_literal(f.label_zh + ' / ' + f.label_en)}")
        self._run(run)

    # -- creation -------------------------------------------------------------------------
    def create_tables(self, layers: Sequence[Layer], bookkeeping, attribute_tables) -> None:
        """Create the schema's tables (inside the caller's transaction)."""
        self._run(self._create_tables, layers, bookkeeping, attribute_tables)

    def _create_tables(self, layers: Sequence[Layer], bookkeeping, attribute_tables) -> None:
        self.conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        self.conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(self.schema)}")
        for lyr in layers:
            self._create_layer(lyr, bookkeeping)
        for name, description, columns in attribute_tables:
            cols = [f"{quote(col)} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                    if kind == "pk" else f"{quote(col)} {PG_TYPES[kind]}{constraint}"
                    for col, kind, constraint in columns]
            self.conn.execute(f"CREATE TABLE {quote(name)} ({', '.join(cols)})")
            self.conn.execute(f"COMMENT ON TABLE {quote(name)} IS {_literal(description)}")


def _literal(text: str) -> str:
    """A SQL string literal (COMMENT does not take parameters)."""
    return "'" + text.replace("'", "''") + "'"
