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

from ..layers.schema import COORD_SYSTEMS, DISTRICT_LEVELS
from .options import (DATE, STORE, as_recorded_option, layer_argument, open_or_fail,
                      store_argument, wait_option)
from .progress import progress_bar

out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 120)


@click.command()
@store_argument
@click.argument("name", required=False)
@click.option("--clear", is_flag=True, help="Record no department from now on.")
@wait_option
def department(store: Path, name: Optional[str], clear: bool, wait: float) -> None:
    """Show, or set to NAME, the department every later edit of STORE is recorded under
    (in each history row beside who made it and how), e.g. 工信局 or 大数据中心.

    \b
    Examples:
      smartcity department weihai.gpkg
      smartcity department weihai.gpkg 威海市工业和信息化局
    """
    from ..layers.cells import control_character

    if name is not None and clear:
        raise click.UsageError("give a NAME or --clear, not both")
    with open_or_fail(store, wait) as st:
        if name is None and not clear:
            current = st.meta.get("department", "")
            out.print(f"部门：{current}" if current else "未设置部门")
            out.print(f"Department: {current}" if current else "No department set")
            return
        value = "" if clear else (name or "").strip()
        if not clear and not value:
            raise click.BadParameter("is empty", param_hint="NAME")
        bad = control_character(value, allow_breaks=False)
        if bad:
            raise click.BadParameter(f"contains {bad}", param_hint="NAME")
        if len(value) > 100:
            raise click.BadParameter(f"has {len(value)} characters; at most 100",
                                     param_hint="NAME")
        st.set_meta("department", value)
    if clear:
        out.print("已清除部门")
        out.print("Department cleared")
    else:
        out.print(f"此后的编辑记录在“{value}”名下")
        out.print(f"Later edits are recorded under department {value!r}")


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
@click.option("--coords", type=click.Choice(list(COORD_SYSTEMS)),
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
@click.option("--level", type=click.Choice(list(dict.fromkeys(DISTRICT_LEVELS.values()))),
              help="districts only: the level of every feature, over what the file says or "
                   "what the codes imply.")
@click.option("--parent", metavar="CODE", help="districts only: the parent code of every "
              "feature, over what the file says or what the codes imply.")
@click.option("--on-conflict", "on_conflict", type=click.Choice(["newer", "store", "file",
                                                                  "fail"]),
              default="newer", show_default=True,
              help="A row that differs from a feature edited in the store (QGIS, SQL) since "
                   "it was imported: keep the newer of the edit and the file (by the file's "
                   "modification time), always the store's edit, always the file's row, or "
                   "import nothing. Every conflict is listed in the rejects file.")
@wait_option
def import_(store: Path, layer: str, file: Path, coords: str, crs: Optional[str],
            encoding: str, rejects: Optional[Path], source_layer: Optional[str],
            level: Optional[str], parent: Optional[str], on_conflict: str,
            wait: float) -> None:
    """Import FILE into LAYER of STORE: new features are added, changed ones updated with the
    previous version kept in history. A re-import is a merge: a row that differs from an
    edit made in the store since (QGIS, SQL) is a conflict, settled by --on-conflict and
    listed in the rejects file; a feature deleted in the store that the file brings back
    (when the file wins) is restored as a new version of the same feature.

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
                                     on_conflict=on_conflict, progress=report)
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
    if result.conflicts:
        out.print(f"{result.conflicts} conflicts with edits made in the store "
                  f"({result.kept_store} kept the store's edit, "
                  f"{result.conflicts - result.kept_store} took the file's row)")
    if result.rejects_path:
        out.print(f"rejected, flagged and conflicting rows with reasons: "
                  f"{result.rejects_path}")


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
@as_recorded_option
@wait_option
def snapshot(store: Path, as_of: dt.date, output: Path, as_recorded: Optional[dt.datetime],
             wait: float) -> None:
    """Write every layer of STORE as it stood on a date into a new GeoPackage.  The file
    appears only when it is complete (a full disk or Ctrl-C leaves nothing behind).

    Two times: --as-of is the date the features were active on (their opening, retirement
    … dates), --as-recorded the time whose store to ask (what it said then, from its
    history; default now).  A feature deleted after --as-of is still in the snapshot.

    \b
    Examples:
      smartcity snapshot weihai.gpkg --as-of 2021-12-31 -o weihai-2021.gpkg
      smartcity snapshot weihai.gpkg --as-of 2021-12-31 --as-recorded 2022-01-15T09:00 -o r.gpkg
    """
    from ..layers.store import snapshot as take_snapshot

    if isinstance(output, Path) and output.exists():
        raise click.BadParameter(f"{output} already exists; choose a new file name",
                                 param_hint="'-o'")
    with open_or_fail(store, wait) as st:
        with progress_bar("snapshot") as report:
            counts = take_snapshot(st, as_of, output, progress=report, wait=wait,
                                   as_recorded=as_recorded)
    recorded = (f" as recorded at {as_recorded.isoformat(timespec='seconds')}"
                if as_recorded else "")
    out.print(f"{output}: as of {as_of.isoformat()}{recorded}, "
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
    """Show every version of one feature of LAYER, oldest first, with what changed, who
    made it and how (import, QGIS, SQL): every edit of the store is a version, whichever
    program made it, and a deleted feature keeps its last version (deleted).

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
        who = _text(row.get("recorded_by")) or "unknown"
        if _text(row.get("department")):
            who += f" ({row['department']})"
        source = f"  source: {row['source']}" if _text(row.get("source")) else ""
        out.print(f"[bold]version {row['version']}[/bold] ({row['change']}) "
                  f"{row['valid_from']} → {until}  by {who} via "
                  f"{_text(row.get('how')) or 'SQL'}{source}", markup=True)
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
