"""What a store location is: a GeoPackage path or a ``postgresql://`` URL (standard library
only, so the QGIS plugin can tell them apart where geopandas & co. are not installed).

A store location ``postgresql://user@host:port/dbname?schema=weihai`` names a database and a
schema (default ``public``); ``schema`` is ours and is removed before the URL reaches libpq.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


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
