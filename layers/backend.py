"""The seam between the store (:mod:`.store`) and the database it lives in.

:class:`~.store.Store` holds the rules (schema, history, lifecycle, locking order); a backend
speaks one database's dialect: the GeoPackage (:class:`.gpkg.GpkgBackend`, SQLite) or PostGIS
(:class:`.postgis.PostgisBackend`, psycopg).  This protocol is everything the store may ask
of a backend, so a third one (or a change to either) is checked by the type checker rather
than found by a failing import at a user's desk.
"""

from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable

import numpy as np

from .schema import Layer


@runtime_checkable
class StoreBackend(Protocol):
    """One open connection to a project store's database."""

    location: str
    """Where the store is: a file path, or a PostGIS URL without its password."""

    wait: float
    """Seconds to wait for another writer's lock before failing with a sentence."""

    @property
    def display_name(self) -> str:
        """A short name for messages (the file name, or ``database/schema``)."""

    def close(self) -> None:
        """Roll back anything open and close the connection."""

    def failure(self, exc: BaseException) -> BaseException:
        """The store's sentence for a database error, or ``exc`` itself when it is not one."""

    def begin_write(self, layer: str) -> None:
        """Start a transaction holding the write lock of ``layer`` (queueing other writers)."""

    def begin(self) -> None:
        """Start a transaction."""

    def commit(self) -> None:
        """Commit the open transaction."""

    def rollback(self) -> None:
        """Undo the open transaction, never raising."""

    def execute(self, sql: str, params: Sequence = ()) -> Any:
        """Run one statement (``?`` placeholders in GeoPackage, ``%s`` in PostGIS)."""

    def executemany(self, sql: str, rows: Any) -> None:
        """Run one statement for each parameter row."""

    def query(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        """Column names and all rows of a query."""

    def geom_param(self) -> str:
        """The placeholder that turns an encoded geometry into the column's type."""

    def geom_select(self, column: str) -> str:
        """The select expression that reads ``column`` as the encoding
        :meth:`decode_geometries` takes."""

    def field_select(self, kind: str, column: str) -> str:
        """The select expression that reads ``column`` (schema kind ``kind``) already as
        :meth:`from_db` returns it, named ``column``: a layer is then read without a Python
        call per value (with :meth:`Store._typed_frame`, 100k stations in 0.87 s CPU instead
        of 0.96 s)."""

    def encode_geometries(self, geoms: Any) -> list:
        """Shapely geometries → the values :meth:`geom_param` accepts (None stays None)."""

    def decode_geometries(self, values: Any) -> np.ndarray:
        """Values read with :meth:`geom_select` → an object array of shapely geometries."""

    def to_db(self, kind: str, value: Any) -> Any:
        """A field value of schema kind ``kind`` as this database stores it."""

    def from_db(self, kind: str, value: Any) -> Any:
        """A stored value back as the schema kind ``kind`` (dates as ``YYYY-MM-DD`` text)."""

    def id_filter(self, column: str, ids: Sequence[str]) -> tuple[str, list]:
        """An SQL condition (and its parameters) selecting rows whose ``column`` is in ``ids``."""

    def after_write(self, table: str) -> None:
        """Bookkeeping after rows of ``table`` changed (the GeoPackage's layer extent)."""

    def after_copy(self, table: str, key: str) -> None:
        """Bookkeeping after rows were copied in with explicit keys (PostGIS sequences)."""

    def has_store_tables(self) -> bool:
        """Whether the database already holds a project store."""

    def versioning_fingerprint(self, layers: Sequence[Layer]) -> str:
        """A digest of the history triggers ``layers`` need (schema and rules), to tell
        whether a store's installed triggers are current."""

    def install_versioning(self, layers: Sequence[Layer]) -> None:
        """(Re)create the history and validation triggers of every layer table present."""

    def set_context(self, *, how: str, source: Any, import_id: Any, recorded_by: Any,
                    at: Any, quiet: bool) -> None:
        """Who and how the triggers record, for the open transaction only."""

    def clear_context(self) -> None:
        """Forget :meth:`set_context`'s values (edits after it are SQL edits again)."""

    def create_tables(self, layers: Sequence[Layer], bookkeeping: Any,
                      attribute_tables: Any) -> None:
        """Create the feature tables of ``layers`` and the store's attribute tables."""
