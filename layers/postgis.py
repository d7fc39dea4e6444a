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
from typing import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import shapely

from .gpkg import quote
from .schema import STORE_EPSG, Layer

PG_TYPES = {"text": "text", "int": "bigint", "real": "double precision", "date": "date",
            "bool": "boolean", "datetime": "text"}


def is_postgres_url(location) -> bool:
    """True for ``postgresql://`` and ``postgres://`` locations."""
    return str(location).startswith(("postgresql://", "postgres://"))


def split_url(url: str) -> tuple[str, str]:
    """(libpq connection URL, schema name) from a store URL with an optional ``schema=``."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "public") or "public"
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class PostgisBackend:
    """What :class:`~.store.Store` needs from a database, for PostgreSQL with PostGIS."""

    placeholder = "%s"
    kind = "postgis"

    def __init__(self, url: str):
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
        dsn, self.schema = split_url(url)
        try:
            self.conn = psycopg.connect(dsn, autocommit=True)
        except psycopg.OperationalError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer"
            raise ConnectionError(f"cannot connect to {redact(url)}: {first}") from None
        self.conn.execute(f"SET search_path TO {quote(self.schema)}, public")

    @property
    def display_name(self) -> str:
        return self.location

    def close(self) -> None:
        self.conn.close()

    def begin_write(self, layer: str) -> None:
        self.conn.execute("BEGIN")
        key = zlib.crc32(f"smartcity:{self.schema}:{layer}".encode())
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))

    def begin(self) -> None:
        self.conn.execute("BEGIN")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql.replace("?", "%s"), tuple(params))

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)

    def query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        cursor = self.conn.execute(sql.replace("?", "%s"), tuple(params))
        return [d.name for d in cursor.description], cursor.fetchall()

    def geom_param(self) -> str:
        return f"ST_GeomFromWKB(?, {STORE_EPSG})"

    def geom_select(self, column: str) -> str:
        return f"ST_AsBinary({quote(column)}) AS {quote(column)}"

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
        self.conn.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), "
                          f"coalesce((SELECT max({quote(key)}) FROM {quote(table)}), 0) + 1, "
                          f"false)", (f"{quote(self.schema)}.{quote(table)}", key))

    def has_store_tables(self) -> bool:
        row = self.conn.execute("SELECT to_regclass(%s)",
                                (f"{quote(self.schema)}.smartcity_meta",)).fetchone()
        return row[0] is not None

    # -- creation -------------------------------------------------------------------------
    def create_tables(self, layers: Sequence[Layer], bookkeeping, attribute_tables) -> None:
        """Create the schema's tables (inside the caller's transaction)."""
        self.conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        self.conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(self.schema)}")
        for lyr in layers:
            geom_type = {"POINT": "Point", "MULTIPOLYGON": "MultiPolygon"}.get(lyr.geometry,
                                                                              "Geometry")
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
        for name, description, columns in attribute_tables:
            cols = [f"{quote(col)} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                    if kind == "pk" else f"{quote(col)} {PG_TYPES[kind]}{constraint}"
                    for col, kind, constraint in columns]
            self.conn.execute(f"CREATE TABLE {quote(name)} ({', '.join(cols)})")
            self.conn.execute(f"COMMENT ON TABLE {quote(name)} IS {_literal(description)}")


def _literal(text: str) -> str:
    """A SQL string literal (COMMENT does not take parameters)."""
    return "'" + text.replace("'", "''") + "'"
