"""Options and argument types shared by the ``smartcity`` commands."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional

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


STDOUT_FORMATS = ("table", "csv", "json")
format_option = click.option(
    "--format", "fmt", type=click.Choice(STDOUT_FORMATS), default=None,
    help="What to print on stdout: a table fitted to the terminal's width, or CSV (UTF-8, no "
         "BOM) / JSON for scripts [default: table on a terminal, csv when stdout is a pipe or "
         "a file].  With -o the file's extension decides instead.")
"""``--format table|csv|json`` of the commands that print a table (one definition for all)."""


def stdout_format(fmt: Optional[str], output: Optional[Path]) -> Optional[str]:
    """The format to print in (``table``, ``csv``, ``json``), or None when ``-o`` writes a
    file instead; a usage error when both are given."""
    if output is not None:
        if fmt is not None:
            raise click.BadParameter(f"--format {fmt} prints on stdout, and -o writes {output} "
                                     f"in the format of its extension; give one of them.",
                                     param_hint="'--format'")
        return None
    if fmt is not None:
        return fmt
    return "table" if sys.stdout.isatty() else "csv"
