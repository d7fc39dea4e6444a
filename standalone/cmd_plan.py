"""``smartcity plan``: where to build the next stations to reach a coverage target.

A thin adapter over :func:`smartcity.processing.planning.plan_sites` (the function the QGIS
algorithm ``smartcity:plan`` calls): parse options, read the store, write the GeoPackage,
say the plan in a sentence (Chinese lines, then English).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import click

from ..layers.schema import COORD_SYSTEMS
from .errors import Failure, about
from .options import (as_of_option, check_output, population_option, radius_option,
                      radius_table_of, read_store_layers, store_argument)
from .output import write_gpkg
from .progress import progress_bar

OUTPUT_HELP = ("GeoPackage to write: layers `sites` (the chosen stations in order of choice; "
               "they import as base_stations as they are), `added_coverage`, `forecast` and "
               "the indicator tables `indicators_before` / `indicators_after`.")


@click.command()
@store_argument
@click.option("--target", "target_id", metavar="ID",
              help="Reach this target of the targets file (its indicator, value and scope).")
@click.option("--targets", "targets_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="The plan's targets [default: Weihai's 2020–2022 plan].")
@click.option("--indicator", metavar="NAME",
              help="Indicator to raise: cov_5g_area_pct, cov_5g_pop_pct (with --population), "
                   "keyplace_reach_pct or keyplace_reach_pct_<category>.")
@click.option("--value", type=click.FloatRange(0, 100, min_open=True), metavar="PCT",
              help="Reach this value (percent); the fewest sites that do.")
@click.option("--district", metavar="CODE", help="Plan for this district only.")
@click.option("--scope", type=click.Choice(["city", "district"]), default=None,
              help="The whole city, or each county on its own [default: city, or the "
                   "target's scope].")
@click.option("--max-sites", type=click.IntRange(min=1), metavar="N",
              help="At most N sites (with --value: stop there even if not reached; alone: "
                   "the best coverage for N sites).")
@click.option("--budget", type=click.FloatRange(min=0, min_open=True), metavar="COST",
              help="Total cost the sites may take (the candidates' cost column).")
@click.option("--candidates", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar="FILE", help="Candidate sites (points: CSV lon/lat, .gpkg, .shp, "
                                   ".geojson) with optional cost, band, scene, coverage "
                                   "radius, azimuth or azimuths (0;120;240).")
@click.option("--candidates-layer", metavar="NAME",
              help="The layer of a multi-layer candidates file (a GeoPackage's table).")
@click.option("--coords", type=click.Choice(list(COORD_SYSTEMS)), default="auto",
              show_default=True, help="What the candidates' longitudes/latitudes are.")
@click.option("--crs", metavar="EPSG:N", help="CRS of a candidates file with x/y in metres.")
@click.option("--grid", "grid_m", type=click.FloatRange(min=50), metavar="METRES",
              help="Candidates on a square grid of this spacing inside the districts planned.")
@click.option("--grid-in-builtup", is_flag=True,
              help="With --grid: grid points only inside the built-up areas (builtup_areas "
                   "existing on the date), where the plan wants its stations.")
@click.option("--band", help="Band of new stations that give none [default: n78].")
@click.option("--scene", help="Scene of new stations that give none (dense_urban, urban, "
                              "suburban, rural) [default: urban].")
@click.option("--operator", help="Operator written on the new stations.")
@as_of_option("the plan (the existing network and the indicators before)")
@population_option
@radius_option
@click.option("--exact", is_flag=True, help="Also solve exactly (MILP, HiGHS) and report "
                                             "greedy against the optimum; small instances.")
@click.option("--time-limit", type=click.FloatRange(min=1), default=60, show_default=True,
              metavar="SECONDS", help="Time limit of the exact solver.")
@click.option("--sheet", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE.pdf|png", help="Also draw the plan's map sheet (existing coverage, "
                                            "added coverage, sites numbered).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              metavar="OUT.gpkg", required=True, help=OUTPUT_HELP)
def plan(store: Path, target_id: Optional[str], targets_file: Optional[Path],
         indicator: Optional[str], value: Optional[float], district: Optional[str],
         scope: Optional[str], max_sites: Optional[int], budget: Optional[float],
         candidates: Optional[Path], candidates_layer: Optional[str], coords: str,
         crs: Optional[str], grid_m: Optional[float], grid_in_builtup: bool,
         band: Optional[str], scene: Optional[str], operator: Optional[str],
         as_of: Optional[dt.date], population: Optional[Path], radius_table: Optional[Path],
         exact: bool,
         time_limit: float, sheet: Optional[Path], output: Path) -> None:
    """Where to build the next stations, and how few: greedy maximum coverage (lazy gains)
    on the coverage engine's own shapes, optionally solved exactly; the forecast indicators
    are computed again with the new sites, as `smartcity coverage` would.

    \b
    Examples:
      smartcity plan weihai.gpkg --indicator cov_5g_area_pct --value 95 --district 371002 \\
          --grid 500 -o plan.gpkg
      smartcity plan weihai.gpkg --target keyplace_school_2020 --grid 1000 --scene rural -o p.gpkg
      smartcity plan weihai.gpkg --indicator keyplace_reach_pct --value 99 --scope district \\
          --candidates poles.csv --coords gcj02 -o plan.gpkg
      smartcity plan weihai.gpkg --indicator cov_5g_area_pct --max-sites 50 --grid 400 -o p.gpkg
    """
    from ..processing import planning as pl

    if output.suffix.lower() != ".gpkg":
        raise click.BadParameter(f"{output} must end in .gpkg: the plan is several layers.",
                                 param_hint="'-o'")
    check_output(output, store)
    if sheet is not None and sheet.suffix.lower() not in (".pdf", ".png"):
        raise click.BadParameter(f"{sheet} must end in .pdf or .png.", param_hint="'--sheet'")
    if sheet is not None and not sheet.parent.is_dir():
        raise click.BadParameter(f"folder {sheet.parent} does not exist; create it first.",
                                 param_hint="'--sheet'")
    if grid_in_builtup and grid_m is None:
        raise click.UsageError("--grid-in-builtup needs --grid METRES.")
    if (candidates is None) == (grid_m is None):
        raise click.UsageError("give the candidate sites (--candidates FILE) or a grid "
                               "(--grid METRES), one of them.")
    if target_id is not None and (indicator is not None or value is not None):
        raise click.UsageError("give --target ID, or --indicator with --value, not both.")
    day = as_of or dt.date.today()
    if target_id is not None:
        from ..processing.targets import load_targets

        try:
            plan_targets = load_targets(targets_file)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--targets'") from None
        found = [t for t in plan_targets.targets if t.id == target_id]
        if not found:
            raise click.BadParameter(
                f"no target {target_id!r} in {targets_file or 'the built-in targets'}; ids: "
                + ", ".join(t.id for t in plan_targets.targets if t.measured),
                param_hint="'--target'")
        try:
            spec = pl.spec_from_target(found[0], district=district, max_sites=max_sites,
                                       budget=budget)
        except pl.PlanError as exc:
            raise click.BadParameter(str(exc), param_hint="'--target'") from None
        if scope is not None:
            spec.scope = scope
    else:
        if indicator is None:
            raise click.UsageError("say what to reach: --target ID, or --indicator NAME with "
                                   "--value, --max-sites or --budget.")
        if indicator not in pl.DEMANDS:
            raise click.BadParameter(f"{indicator} cannot be planned for; use one of "
                                     f"{', '.join(pl.DEMANDS)}.", param_hint="'--indicator'")
        spec = pl.PlanSpec(indicator=indicator, value=value, district=district,
                           scope=scope or "city", max_sites=max_sites, budget=budget)
    if spec.value is None and spec.max_sites is None and spec.budget is None:
        raise click.UsageError("say how far to go: --value, --max-sites or --budget.")
    radii = radius_table_of(radius_table)
    found_candidates = None
    if candidates is not None:
        try:
            found_candidates, notes = pl.read_candidates(candidates, coords=coords, crs=crs,
                                                       source_layer=candidates_layer)
        except pl.PlanError as exc:
            raise Failure(f"{candidates}: {exc}") from None
        for note in notes:
            click.echo(f"note: {note}", err=True)
    layers = read_store_layers(store)
    with about(store), progress_bar("plan") as report:
        result = pl.plan_sites(layers, day, spec, candidates=found_candidates, grid_m=grid_m,
                               grid_in_builtup=grid_in_builtup,
                               band=band, scene=scene, operator=operator, radius_table=radii,
                               population_raster=population,
                               exact=exact, time_limit=time_limit, progress=report)
    drawn = None
    try:
        if sheet is not None:  # drawn beside its place, renamed once the plan is written too
            from ..processing.maps.plansheet import render_plan_sheet

            drawn = sheet.with_name(f".{sheet.stem}-drawing{sheet.suffix}")
            with about(store), progress_bar("sheet") as report:
                render_plan_sheet(layers, result, drawn, radius_table=radii, progress=report)
        write_gpkg(output_layers(result), output)
        if drawn is not None:
            drawn.replace(sheet)
            drawn = None
            click.echo(f"{sheet}: map sheet", err=True)
    finally:
        if drawn is not None:
            drawn.unlink(missing_ok=True)
    zh, en = pl.sentences(result)
    for line in zh + en:
        click.echo(line)
    click.echo(f"{output}: {result.n_sites} sites", err=True)
    if spec.value is not None and not result.met:
        raise Failure("the target is not reached with these candidates (see above); "
                      "add candidates, use a finer --grid, or raise --max-sites / --budget.")


def output_layers(result) -> dict:
    """The plan's layers as the GeoPackage holds them (one definition for the CLI and QGIS)."""
    return {"sites": result.sites, "added_coverage": result.added,
            "forecast": result.forecast, "indicators_before": result.before,
            "indicators_after": result.after}
