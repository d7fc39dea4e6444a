"""Store commands: ``init``, ``import``, ``layers``, ``snapshot``, ``history``, ``migrate``.

What they raise (a store that cannot be written, a file that cannot be imported, a full
disk, a lock another program holds, Ctrl-C) is said by :mod:`.errors` with its exit code.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional

import click
from rich.console import Console
from rich.table import Table

from .options import DATE, STORE, layer_argument, open_or_fail, store_argument, wait_option
from .progress import progress_bar

out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 120)


@click.command()
@store_argument
@wait_option
def init(store: Path, wait: float) -> None:
    """Create an empty project store STORE: a GeoPackage file, or a PostGIS schema given as
    postgresql://USER@HOST:PORT/DB?schema=NAME (CGCS2000 / EPSG:4490 either way).

    Running it again on an existing store changes nothing and says so.

    \b
    Examples:
      smartcity init weihai.gpkg
      smartcity init "postgresql://gis@db.example:5432/city?schema=weihai"
    """
    from ..layers.store import StoreError, new_store, open_store

    try:
        with new_store(store, wait):
            pass
    except StoreError as exc:
        if "already" not in str(exc):
            raise
        open_store(store, wait).close()  # says so when it is something else than a store
        out.print(f"{store} is already a project store; nothing changed")
        return
    out.print(f"created project store {store}")


@click.command("import")
@store_argument
@layer_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--coords", type=click.Choice(["auto", "wgs84", "cgcs2000", "gcj02", "bd09"]),
              default="auto", show_default=True,
              help="What longitude/latitude really are: gcj02 for AMap/Tencent exports, bd09 "
                   "for Baidu; auto is wgs84, except gcj02 for a DataV.GeoAtlas file.")
@click.option("--crs", metavar="EPSG:N", help="CRS of the file when it has none (CSV x/y, "
              "shapefile without .prj) or to override it, e.g. EPSG:4550.")
@click.option("--encoding", default="auto", show_default=True, metavar="auto|NAME",
              help="Text encoding of a CSV or DBF: auto detects UTF-8 (with or without BOM) "
                   "and GBK/GB18030.")
@click.option("--rejects", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write rejected rows [default: FILE's name + .rejects.csv beside it].")
@click.option("--source-layer", metavar="NAME", help="Layer to read from a multi-layer file.")
@click.option("--level", type=click.Choice(["county", "zone", "city", "province"]),
              help="districts only: the level of every feature, over what the file says or "
                   "what the codes imply.")
@click.option("--parent", metavar="CODE", help="districts only: the parent code of every "
              "feature, over what the file says or what the codes imply.")
@wait_option
def import_(store: Path, layer: str, file: Path, coords: str, crs: Optional[str],
            encoding: str, rejects: Optional[Path], source_layer: Optional[str],
            level: Optional[str], parent: Optional[str], wait: float) -> None:
    """Import FILE into LAYER of STORE: new features are added, changed ones updated with the
    previous version kept in history.

    \b
    LAYER is one of: districts base_stations communities manholes monitoring_points key_places
    builtup_areas enterprises sites pipelines forests (sites may lie up to 60 km out at sea).
    Districts need only a code and a name: the level and the parent follow from the GB/T 2260
    code (and DataV.GeoAtlas's level/parent properties); the notes say what was inferred.
    FILE is a CSV (经度/纬度 or lon/lat or x/y columns), Shapefile, GeoPackage, GeoJSON or
    FlatGeobuf. Bad rows are rejected with their reasons into a rejects file; the rest is
    imported in one transaction. Exit 0 when the file was read (even with rejects), 1 when
    nothing could be imported (the store is then unchanged), 130 on Ctrl-C (nothing is
    imported). Another program writing to the store is waited for --wait seconds.

    \b
    Examples:
      smartcity import weihai.gpkg districts districts.geojson
      smartcity import weihai.gpkg districts 县级区划.shp --level county --parent 371000
      smartcity import weihai.gpkg base_stations 5G基站.csv --coords gcj02
      smartcity import weihai.gpkg manholes 井盖.shp --crs EPSG:4550
    """
    from ..layers.importer import ImportFailure, default_rejects_path, import_file

    fixed = {k: v for k, v in (("level", level), ("parent_code", parent)) if v is not None}
    if fixed and layer != "districts":
        raise click.UsageError("--level and --parent are for the districts layer only")
    rejects_file = rejects or default_rejects_path(file)
    new_rejects = not rejects_file.exists()
    try:
        with open_or_fail(store, wait) as st:
            with progress_bar(f"importing {file.name}") as report:
                result = import_file(st, layer, file, coords=coords, crs=crs,
                                     encoding=encoding, rejects=rejects,
                                     source_layer=source_layer, fixed=fixed,
                                     progress=report)
    except ImportFailure:
        raise  # its sentence may point to the rejects file: keep it
    except BaseException:
        # the store was not written (full disk, lock, Ctrl-C): a rejects file this run made
        # would describe an import that did not happen
        if new_rejects:
            rejects_file.unlink(missing_ok=True)
        raise
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if result.ignored_columns:
        click.echo(f"note: columns not used: {', '.join(map(str, result.ignored_columns))}",
                   err=True)
    out.print(f"{file.name} -> {layer}: {result.accepted} accepted ({result.inserted} new, "
              f"{result.updated} updated, {result.unchanged} unchanged), "
              f"{result.rejected} rejected, {result.flagged} flagged")
    if result.rejects_path:
        out.print(f"rejected and flagged rows with reasons: {result.rejects_path}")


@click.command()
@store_argument
@click.option("--as-of", "as_of", type=DATE, help="Count active features on this date "
              "[default: today].")
def layers(store: Path, as_of: Optional[dt.date]) -> None:
    """List the layers of STORE: features, active today, and their date range.

    \b
    Example:
      smartcity layers weihai.gpkg --as-of 2021-12-31
    """
    day = as_of or dt.date.today()
    with open_or_fail(store) as st:
        summary = st.summary(day)
        name = st.name
    table = Table(title=f"{name} (active on {day.isoformat()})")
    for name, justify in (("layer", "left"), ("名称", "left"), ("features", "right"),
                          ("active", "right"), ("first", "left"), ("last", "left")):
        table.add_column(name, justify=justify)
    for row in summary.itertuples():
        table.add_row(row.layer, row.label, str(row.features), str(row.active),
                      _text(row.first), _text(row.last))
    out.print(table)


@click.command()
@store_argument
@click.option("--as-of", "as_of", type=DATE, required=True, help="The date of the snapshot.")
@click.option("-o", "--output", type=STORE, required=True,
              help="New GeoPackage (or postgresql:// URL) to write: a project store itself.")
@wait_option
def snapshot(store: Path, as_of: dt.date, output: Path, wait: float) -> None:
    """Write every layer of STORE as it stood on a date into a new GeoPackage.  The file
    appears only when it is complete (a full disk or Ctrl-C leaves nothing behind).

    \b
    Example:
      smartcity snapshot weihai.gpkg --as-of 2021-12-31 -o weihai-2021.gpkg
    """
    from ..layers.store import snapshot as take_snapshot

    if isinstance(output, Path) and output.exists():
        raise click.BadParameter(f"{output} already exists; choose a new file name",
                                 param_hint="'-o'")
    with open_or_fail(store, wait) as st:
        with progress_bar("snapshot") as report:
            counts = take_snapshot(st, as_of, output, progress=report, wait=wait)
    out.print(f"{output}: as of {as_of.isoformat()}, "
              + ", ".join(f"{k} {v}" for k, v in counts.items()))


class IdCommand(click.Command):
    """A command whose last argument is a feature id, which may look like an option: ids
    such as ``-5`` or ``-x-`` are taken as they are (unknown options are arguments here), and
    an id that is ``--`` or one of the command's options goes after ``--``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # the parser consumes the list
        try:
            return super().parse_args(ctx, args)
        except click.MissingParameter as exc:
            if exc.param is not None and exc.param.name == "feature_id" and "--" in given:
                exc.message = ("An ID that is '--' itself goes after a first '--': "
                               f"smartcity {ctx.info_name} STORE LAYER -- --")
            raise


@click.command(cls=IdCommand, context_settings={"ignore_unknown_options": True})
@store_argument
@layer_argument
@click.argument("feature_id", metavar="ID")
def history(store: Path, layer: str, feature_id: str) -> None:
    """Show every version of one feature of LAYER, oldest first, with what changed.

    An ID beginning with "-" is taken as it is (smartcity history S base_stations -5); an
    ID that is "--" or one of the options (-h) goes after "--":
    smartcity history S base_stations -- --

    \b
    Examples:
      smartcity history weihai.gpkg base_stations WH5G00017
      smartcity history weihai.gpkg base_stations -- --help
    """
    with open_or_fail(store) as st:
        versions = st.history(layer, feature_id)
    if versions.empty:
        raise click.ClickException(f"{layer} has no feature {feature_id!r} in {store}")
    from ..layers.schema import get_layer

    fields = get_layer(layer).field_names + ["geom_wkt"]
    previous: dict = {}
    for row in versions.to_dict("records"):
        until = row["valid_to"] if isinstance(row["valid_to"], str) else "current"
        out.print(f"[bold]version {row['version']}[/bold] ({row['change']}) "
                  f"{row['valid_from']} → {until}  source: {row['source']}")
        for name in fields:
            value = row.get(name)
            changed = previous and previous.get(name) != value
            mark = "[yellow]*[/yellow]" if changed else " "
            if value is not None and not (isinstance(value, float) and value != value):
                out.print(f"  {mark} {name}: {value}")
            elif changed:
                out.print(f"  {mark} {name}: (empty)")
        previous = row


def _text(value) -> str:
    return value if isinstance(value, str) else ""


@click.command()
@store_argument
@click.argument("target", type=STORE)
@wait_option
def migrate(store: Path, target, wait: float) -> None:
    """Copy the whole project store STORE into a new store TARGET, losslessly: every feature
    with its version, the full history and the import log. Use it to move a GeoPackage into a
    shared PostGIS database, or back.  TARGET appears only when the copy is complete.

    \b
    Examples:
      smartcity migrate weihai.gpkg "postgresql://gis@db.example/city?schema=weihai"
      smartcity migrate "postgresql://gis@db.example/city?schema=weihai" copy.gpkg
    """
    from ..layers.store import copy_store

    with open_or_fail(store, wait) as source:
        with progress_bar("migrate") as report:
            name, counts = copy_store(source, target, progress=report, wait=wait)
        source_name = source.name
    out.print(f"{source_name} -> {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
