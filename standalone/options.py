"""Options and argument types shared by the ``smartcity`` commands."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional

import click

from ..layers.dates import FORMS, parse_date
from ..layers.schema import INDICATOR_LEVELS, LAYERS
from ..layers.store_errors import DEFAULT_WAIT
from .errors import about
from .output import OutputError, output_format


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


class RecordedType(click.ParamType):
    """A moment of the store's record (``--as-recorded``): ``2026-12-01T10:30``,
    ``2026-12-01 10:30:00+08:00``, ``…Z``, or a date alone (the end of that day).  A time
    without a zone is this computer's local time; the result is in UTC, as ``history``
    keeps it."""

    name = "TIMESTAMP"

    def convert(self, value, param, ctx) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        try:
            if len(text) <= 10:
                when = dt.datetime.combine(parse_date(text), dt.time(23, 59, 59, 999000))
            else:
                when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not a time: write 2026-12-01T10:30 (local time), "
                      f"2026-12-01T02:30Z (UTC) or a date (the end of that day)", param, ctx)
        if when.tzinfo is None:
            when = when.astimezone()  # local time of this computer
        return when.astimezone(dt.timezone.utc)


RECORDED = RecordedType()
as_recorded_option = click.option(
    "--as-recorded", "as_recorded", type=RECORDED, metavar="TIMESTAMP",
    help="What the store said at that time (its history), instead of now: a report issued "
         "then comes out again exactly as it was. Local time unless a zone is given; a "
         "date alone is the end of that day.")

class StoreLocation(click.ParamType):
    """A GeoPackage path, or a ``postgresql://user@host/db?schema=NAME`` URL (kept as text)
    whose schema PostgreSQL can hold under that very name."""

    name = "STORE"

    def convert(self, value, param, ctx):
        from ..layers.postgis import is_postgres_url, schema_problem, split_url

        if isinstance(value, Path):
            return value
        if is_postgres_url(value):
            problem = schema_problem(split_url(value)[1])
            if problem:
                self.fail(problem, param, ctx)
            return value
        path = Path(value)
        if path.is_dir():
            self.fail(f"{path} is a folder; a store is a .gpkg file or a postgresql:// URL",
                      param, ctx)
        return path


STORE = StoreLocation()
store_argument = click.argument("store", type=STORE)
layer_argument = click.argument("layer", type=click.Choice(list(LAYERS)), metavar="LAYER")


wait_option = click.option(
    "--wait", type=click.FloatRange(min=0, max=86_400), default=DEFAULT_WAIT, show_default=True,
    metavar="SECONDS",
    help="How long to wait when another program (QGIS, another smartcity, any SQLite or "
         "PostgreSQL client) is writing to the store; then stop with a sentence naming it. "
         "0: do not wait.")
"""``--wait SECONDS``, for every command that writes a store (the default is the store's
:data:`~smartcity.layers.store.DEFAULT_WAIT`)."""


def open_or_fail(path: Path, wait: Optional[float] = None):
    """Open a store (its writes waiting ``wait`` seconds for other writers); a store that
    cannot be opened exits with the store's own sentence (exit code 1, via :mod:`.errors`)."""
    from ..layers.store import open_store

    return open_store(path, DEFAULT_WAIT if wait is None else wait)


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


# --- options of the indicator, map and report commands ---------------------------------------

def as_of_option(what: str = "the indicators"):
    """``--as-of DATE``: the day ``what`` are computed for (default: today)."""
    return click.option(
        "--as-of", "as_of", type=DATE, metavar="DATE",
        help=f"Date of {what}: 2021-12-31, 2021/12/31, 2021年12月31日 or 20211231 "
             f"[default: today].")


def level_option(help: str):
    """``--level county|zone|all``: which districts get rows (or sheets)."""
    return click.option("--level", type=click.Choice(list(INDICATOR_LEVELS)), default="county",
                        show_default=True, help=help)


radius_option = click.option(
    "--radius-table", "radius_table", type=click.Path(exists=True, dir_okay=False,
                                                      path_type=Path),
    metavar="CSV", help="Band × scene coverage radius table (columns band, scene, radius_m) "
                        "instead of the built-in one.")
population_option = click.option(
    "--population", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="RASTER", help="Population raster (GeoTIFF) for cov_5g_pop_pct.")
targets_option = click.option(
    "--targets", "targets_file", type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE", help="The plan's targets (.toml, .json or .csv) [default: Weihai's "
                         "2020–2022 plan].")


# --- reading the store and checking outputs, before any work ------------------------------------

def check_output(output: Optional[Path], store: Path) -> None:
    """Fail fast (exit 2) on an output the command could not write, before any work."""
    if output is None:
        return
    try:
        output_format(output)
    except OutputError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o'") from None
    if (output.exists() and isinstance(store, Path) and store.exists()
            and output.resolve() == store.resolve()):
        raise click.BadParameter(f"{output} is the store itself; write the results to another "
                                 f"file.", param_hint="'-o'")
    if not output.parent.is_dir():
        raise click.BadParameter(f"folder {output.parent} does not exist; create it first.",
                                 param_hint="'-o'")


def radius_table_of(path: Optional[Path]):
    """The ``--radius-table`` CSV read (None: the built-in table), or a usage error naming
    the file and what is wrong with it."""
    if path is None:
        return None
    from ..processing.indicators import resolve_radius_table

    try:
        return resolve_radius_table(path)
    except (ValueError, KeyError, OSError) as exc:
        raise click.BadParameter(f"{path}: {exc}", param_hint="'--radius-table'") from None


def read_store_layers(store: Path, as_recorded: Optional[dt.datetime] = None):
    """Every layer of ``store``, prepared for the indicators (as the store said at
    ``as_recorded`` when given); the store's own sentence when it cannot be read."""
    from ..processing.indicators import read_layers

    with open_or_fail(store) as st, about(store):
        return read_layers(st, as_recorded)
