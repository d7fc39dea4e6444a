"""Options and argument types shared by the ``smartcity`` commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..layers.dates import FORMS, parse_date
from ..layers.schema import LAYERS


class DateType(click.ParamType):
    """A date in any form Chinese spreadsheets use (2021-12-31, 2021/12/31, 2021年12月31日)."""

    name = "DATE"

    def convert(self, value, param, ctx) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(value)
        except ValueError as exc:
            self.fail(f"{exc}; write dates as {FORMS}", param, ctx)


DATE = DateType()

class StoreLocation(click.ParamType):
    """A GeoPackage path, or a ``postgresql://user@host/db?schema=NAME`` URL (kept as text)."""

    name = "STORE"

    def convert(self, value, param, ctx):
        from ..layers.postgis import is_postgres_url

        if isinstance(value, Path) or is_postgres_url(value):
            return value
        path = Path(value)
        if path.is_dir():
            self.fail(f"{path} is a folder; a store is a .gpkg file or a postgresql:// URL",
                      param, ctx)
        return path


STORE = StoreLocation()
store_argument = click.argument("store", type=STORE)
layer_argument = click.argument("layer", type=click.Choice(list(LAYERS)), metavar="LAYER")


def open_or_fail(path: Path):
    """Open a store or exit with the store's own sentence (exit code 1)."""
    from ..layers.store import StoreError, open_store

    try:
        return open_store(path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
