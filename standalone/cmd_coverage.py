"""Indicator commands: ``coverage`` (one date), ``series`` (years or quarters), ``targets``.

Thin adapters: parse options, read the store, call :mod:`smartcity.processing.indicators`,
``series`` or ``targets`` (the same functions QGIS runs), write the table with
:mod:`.output` or print it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import click

from .errors import about, location_name
from .options import (as_of_option, as_recorded_option, check_output, format_option,
                      level_option, population_option, radius_option, radius_table_of,
                      read_store_layers, stdout_format, store_argument, targets_option)
from .output import (print_table, table_console,
                     table_text, write_table)
from .progress import progress_bar

if TYPE_CHECKING:
    import pandas as pd

LEVEL_HELP = ("Districts to report: counties (GB/T 2260), functional zones, or all; a row for "
              "the whole city is always added.")
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="OUT",
    help="Write the table to OUT.csv (UTF-8 with BOM, for Excel), OUT.json or OUT.gpkg "
         "instead of printing it.")


def _short_name(store) -> str:
    """The store in a title: a GeoPackage's file name, a PostGIS URL without password."""
    return store.name if isinstance(store, Path) else location_name(store)


def _write(table: pd.DataFrame, output: Path, **kwargs) -> None:
    path = write_table(table, output, **kwargs)
    click.echo(f"{path}: {len(table)} rows", err=True)


def _label(column: str) -> str:
    from ..processing.indicators import INDICATOR_LABELS

    zh, en = INDICATOR_LABELS.get(column, (column, ""))
    return f"{zh} {column}"


def _print_indicators(table: pd.DataFrame, title: str) -> None:
    """Indicators as rows, districts as columns (the indicator names wrap; more districts
    than the terminal holds continue in a second table)."""
    import pandas as pd

    columns = [c for c in table.columns if c not in ("district_code", "district_name", "level")]
    shown = [c for c in columns if not table[c].isna().all()]
    hidden = [c for c in columns if c not in shown]
    view = pd.DataFrame({"indicator": [_label(c) for c in shown]})
    for _, row in table.iterrows():
        view[f"{row['district_name']}\n{row['district_code']}"] = [row[c] for c in shown]
    print_table(view, title=title, console=table_console(), label="indicator",
                keys=("indicator",), split=True, justify={c: "right" for c in view.columns[1:]},
                headers={"indicator": "指标 indicator"})
    if hidden:
        click.echo("no data (empty layer, or no population raster): " + ", ".join(hidden),
                   err=True)


def _print(table: pd.DataFrame, fmt: str) -> None:
    """``table`` on stdout as CSV or JSON (``--format``)."""
    click.echo(table_text(table, fmt), nl=False)


@click.command()
@store_argument
@as_of_option()
@level_option(LEVEL_HELP)
@population_option
@radius_option
@output_option
@format_option
@as_recorded_option
def coverage(store: Path, as_of: Optional[dt.date], level: str, population: Optional[Path],
             radius_table: Optional[Path], output: Optional[Path], fmt: Optional[str],
             as_recorded: Optional[dt.datetime]) -> None:
    """Indicators per district and for the whole city on one date: 5G stations active and
    built, density, area / population coverage, key places reached, smart communities,
    manhole monitoring, automated environmental monitoring.

    A .gpkg output holds two layers: `districts` (polygons with the indicator fields) and
    `coverage` (the dissolved 5G coverage inside each district).

    \b
    Examples:
      smartcity coverage weihai.gpkg
      smartcity coverage weihai.gpkg --as-of 2021-12-31 -o 2021.csv
      smartcity coverage weihai.gpkg --as-of 2021年12月31日 --level all -o 2021.gpkg
      smartcity coverage weihai.gpkg --population pop100m.tif --radius-table radii.csv
      smartcity coverage weihai.gpkg --format json | jq '.[] | .cov_5g_area_pct'
      smartcity coverage weihai.gpkg --as-of 2021-12-31 --as-recorded 2022-01-15T09:00
    """
    from ..processing.indicators import compute_layers, indicator_layer

    day = as_of or dt.date.today()
    check_output(output, store)
    fmt = stdout_format(fmt, output)
    radii = radius_table_of(radius_table)
    layers = read_store_layers(store, as_recorded)
    with about(store), progress_bar("coverage") as report:
        table, polygons, districts = compute_layers(
            layers, day, level=level, population_raster=population, radius_table=radii,
            progress=report, polygons=output is not None and output.suffix.lower() == ".gpkg")
    if output is None:
        if fmt == "table":
            _print_indicators(table, f"{_short_name(store)} · {day.isoformat()} · {level}")
        else:
            _print(table, fmt)
        return
    _write(table, output, gpkg_layers={"districts": indicator_layer(table, districts),
                                       "coverage": polygons})


@click.command()
@store_argument
@click.option("--from", "start", type=click.IntRange(1900, 2200), required=True, metavar="YEAR",
              help="First year of the series.")
@click.option("--to", "end", type=click.IntRange(1900, 2200), required=True, metavar="YEAR",
              help="Last year of the series.")
@click.option("--step", type=click.Choice(["year", "quarter"]), default="year",
              show_default=True, help="Period ends: 31 December, or the four quarter ends.")
@level_option(LEVEL_HELP)
@population_option
@radius_option
@click.option("--counts", is_flag=True, help="Also the counts behind the rates "
              "(communities, star-rated, manholes monitored …).")
@output_option
@format_option
def series(store: Path, start: int, end: int, step: str, level: str,
           population: Optional[Path], radius_table: Optional[Path], counts: bool,
           output: Optional[Path], fmt: Optional[str]) -> None:
    """Indicators per district and for the city at each year end (or quarter end) from one
    year to another: one row per date and district.

    \b
    Examples:
      smartcity series weihai.gpkg --from 2019 --to 2022
      smartcity series weihai.gpkg --from 2020 --to 2022 --step quarter -o series.csv
      smartcity series weihai.gpkg --from 2019 --to 2022 --format csv > series.csv
    """
    from ..processing.series import period_ends, series_layers

    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}; give the first year "
                                 f"first.", param_hint="'--to'")
    check_output(output, store)
    fmt = stdout_format(fmt, output)
    radii = radius_table_of(radius_table)
    layers = read_store_layers(store)
    with about(store), progress_bar("series") as report:
        table = series_layers(layers, period_ends(start, end, step), level=level,
                              population_raster=population, radius_table=radii,
                              progress=report, counts=counts)
    if output is not None:
        _write(table, output, layer="series")
        return
    if fmt != "table":
        _print(table, fmt)
        return
    console = table_console()
    keys = ("date", "district_code", "district_name", "level")
    for column in [c for c in table.columns if c not in keys]:
        if table[column].isna().all():
            continue
        wide = table.pivot_table(index="date", columns="district_code", values=column,
                                 aggfunc="first", sort=False)
        names = dict(zip(table["district_code"], table["district_name"]))
        # pivot_table drops a district whose value is empty on every date: keep its column
        wide = wide.reindex(columns=list(dict.fromkeys(table["district_code"])))
        wide.columns = [names[c] for c in wide.columns]
        wide.insert(0, "date", [d.strftime("%Y-%m-%d") for d in wide.index])
        print_table(wide.reset_index(drop=True), title=_label(column), console=console,
                    keys=("date",), split=True)


@click.command()
@store_argument
@targets_option
@as_of_option()
@click.option("--from", "start", type=click.IntRange(1900, 2200), metavar="YEAR",
              help="First year-end of the yearly series used for trends [default: the "
                   "plan's series_from].")
@level_option(LEVEL_HELP)
@radius_option
@output_option
@format_option
@as_recorded_option
def targets(store: Path, targets_file: Optional[Path], as_of: Optional[dt.date],
            start: Optional[int], level: str, radius_table: Optional[Path],
            output: Optional[Path], fmt: Optional[str],
            as_recorded: Optional[dt.datetime]) -> None:
    """The plan's targets against the indicators on a date: the value on the due date and
    on the date, the target, the status (按期达成 met on time, 逾期达成 met late, 未达成
    missed, 进行中 in progress), the gap, and for unmet targets the year the yearly trend
    reaches it.  Targets this tool cannot measure are listed as such.

    \b
    Examples:
      smartcity targets weihai.gpkg --as-of 2021-12-31
      smartcity targets weihai.gpkg --targets my_plan.toml -o targets.csv
      smartcity targets weihai.gpkg --format json | jq '.[] | select(.status == "missed")'
      smartcity targets weihai.gpkg --as-of 2022-12-31 --as-recorded 2023-01-10
    """
    from ..processing.targets import evaluate_targets, load_targets

    day = as_of or dt.date.today()
    try:
        plan = load_targets(targets_file)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--targets'") from None
    check_output(output, store)
    fmt = stdout_format(fmt, output)
    radii = radius_table_of(radius_table)
    layers = read_store_layers(store, as_recorded)
    with about(store), progress_bar("targets") as report:
        table = evaluate_targets(plan, layers, day, level=level, start_year=start,
                                 radius_table=radii, progress=report)
    if output is not None:
        _write(table, output, layer="targets")
        return
    if fmt != "table":
        _print(table, fmt)
        return
    _print_targets(table, f"{plan.name_zh or plan.name_en or 'targets'} · {day.isoformat()}")


STATUS_KEY = ("状态：按期达成＝期限日已达到目标；逾期达成＝期限日未达到、统计日已达到；"
              "未达成＝已过期限仍未达到；"
              "进行中＝未到期限。期限日值：每年目标为期内最弱一年的年增量。\n"
              "Status words: 按期达成 met on time, 逾期达成 met late, 未达成 missed (past due, not "
              "met), 进行中 in progress (not yet due), 未测算 not measured. At due: the value on "
              "the due date (a yearly target: its weakest year's increase).")
"""The key printed under the targets table."""


def _print_targets(table: pd.DataFrame, title: str) -> None:
    """The targets table: the status with the value on the due date and as of the date beside
    it; on a narrow terminal the id, note, scope, trend, gap and due columns are left out, in
    that order (the caption says which)."""
    import pandas as pd

    from ..processing import targets as tg

    rows = [r for _, r in table.iterrows()]
    view = pd.DataFrame({
        "label": [r["label_zh"] or r["label_en"] for r in rows],
        "place": [r["district_name"] if r["scope"] != "city" else "全市" for r in rows],
        "due": [pd.Timestamp(r["due"]).date().isoformat() for r in rows],
        "at_due": [tg.at_due_text(r) for r in rows],
        "actual": [tg.actual_text(r) for r in rows],
        "goal": [tg.goal_text(r) for r in rows],
        "status": [r["status_zh"] for r in rows],
        "gap": [tg.format_number(r["gap"], r["unit"]) for r in rows],
        "reach_year": [str(int(r["reach_year"])) if pd.notna(r["reach_year"]) else "—"
                       for r in rows],
        "note": [r["note"] or "" for r in rows],
        "target_id": [r["target_id"] for r in rows]})
    optional = ["target_id", "note", "place", "reach_year", "gap", "due"]
    if (table["scope"] == "city").all():
        optional.insert(0, optional.pop(optional.index("place")))  # all 全市: says nothing
    print_table(view, title=title, console=table_console(), label="label", optional=optional,
                justify={c: "right" for c in ("at_due", "actual", "goal", "gap")},
                caption=STATUS_KEY,
                headers={"target_id": "编号 id", "label": "目标 target", "place": "范围 scope",
                         "due": "期限 due", "at_due": "期限日值 at due",
                         "actual": "现状 as of", "goal": "目标值 goal", "status": "状态 status",
                         "gap": "差距 gap", "reach_year": "趋势达成 trend",
                         "note": "说明 note"})
