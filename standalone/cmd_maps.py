"""Map sheet commands: ``mapsheet`` (an atlas, or small multiples of a series), ``animate``
(coverage growing year by year), ``report`` (the progress report, PDF and HTML).

Thin adapters: parse options, compute the data with :mod:`smartcity.processing.maps` (the
same functions QGIS's ``mapsheet`` algorithm runs), render with QGIS's print layouts or
matplotlib, and say which files were written.  Files are rendered into a hidden folder beside
their destination and moved into place only when all of them are done, so an error or Ctrl-C
leaves no half-written sheet.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import click

from .errors import Failure, about, location_name
from .options import (as_of_option, level_option, radius_option, read_store_layers,
                      store_argument, targets_option)
from .progress import progress_bar

RENDERERS = ("auto", "qgis", "matplotlib")


class IndicatorType(click.ParamType):
    """A theme name, checked lazily (listing them needs the indicator module)."""

    name = "NAME"

    def convert(self, value, param, ctx):
        from ..processing.maps.themes import theme_names

        if value in theme_names():
            return value
        self.fail(f"{value!r} is not a map theme; use one of: {', '.join(theme_names())}",
                  param, ctx)


INDICATOR = IndicatorType()

LEVEL_HELP = "Districts that get a sheet each: counties, functional zones, or both."

indicator_option = click.option(
    "--indicator", type=INDICATOR, default="coverage", show_default=True,
    help="What the sheets show: coverage (5G coverage and stations by operator), "
         "communities, manholes, monitoring_points, key_places, or an indicator column "
         "(cov_5g_area_pct, bs_per_km2, community_smart_pct … : a choropleth).")
paper_option = click.option("--paper", type=click.Choice(["A4", "A3"]), default="A4",
                            show_default=True, help="Paper size.")
orientation_option = click.option(
    "--orientation", type=click.Choice(["landscape", "portrait"]), default="landscape",
    show_default=True, help="Page orientation.")
dpi_option = click.option("--dpi", type=click.IntRange(30, 1200), default=200,
                          show_default=True, help="Resolution of PNG output (pixels per inch).")
city_option = click.option("--city", "city_name", metavar="NAME",
                           help="Place name in the overview's title [default: from the data].")


def _plan(targets_file: Optional[Path]):
    """The plan's targets, or a usage error naming the file, entry and field."""
    from ..processing.targets import load_targets

    try:
        return load_targets(targets_file)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--targets'") from None


def _check_store(store) -> None:
    if isinstance(store, Path) and not store.is_file():
        raise click.BadParameter(f"{store} does not exist; create a store with `smartcity "
                                 f"init` and import layers first.", param_hint="'STORE'")


def _source(store) -> str:
    """The store as the sheets' source line names it: file name, or URL without password."""
    return store.name if isinstance(store, Path) else location_name(store)


@contextmanager
def _rendering(store) -> Iterator[None]:
    """What rendering raises, said: data problems with the store's name, a missing CJK font
    or a QGIS export failure (``RuntimeError``) as they are."""
    try:
        with about(store, (ValueError, KeyError)):
            yield
    except RuntimeError as exc:
        raise Failure(str(exc)) from None


@contextmanager
def _staged(folder: Path) -> Iterator[Path]:
    """A hidden folder inside ``folder`` to write into; when the block ends its files are
    moved into ``folder`` (each checked to land inside it), and it is removed either way."""
    from ..layers.filenames import inside

    stage = Path(tempfile.mkdtemp(prefix=".smartcity-", dir=folder))
    try:
        yield stage
        for item in sorted(stage.iterdir()):
            os.replace(item, inside(folder, item.name))
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _qgis_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("qgis.core") is not None
    except (ImportError, ValueError):
        return False


def pick_renderer(renderer: str) -> str:
    """``qgis`` or ``matplotlib`` for ``auto`` (QGIS when PyQGIS can be imported)."""
    if renderer == "auto":
        return "qgis" if _qgis_available() else "matplotlib"
    if renderer == "qgis" and not _qgis_available():
        raise click.BadParameter("PyQGIS is not importable here (Debian: apt-get install "
                                 "python3-qgis); use --renderer matplotlib.",
                                 param_hint="'--renderer'")
    return renderer


def _echo_written(paths) -> None:
    for p in paths:
        click.echo(str(p))


@click.command()
@store_argument
@as_of_option("the sheets")
@indicator_option
@click.option("--district", default="all", show_default=True, metavar="CODE|all|city",
              help="One district's sheet (its code), the city overview only (city), or the "
                   "overview and one sheet per district (all).")
@level_option(LEVEL_HELP)
@paper_option
@orientation_option
@click.option("--format", "fmt", type=click.Choice(["pdf", "png"]), default="pdf",
              show_default=True, help="PDF (vector, fonts embedded; one multi-page atlas) or one "
                                      "PNG per sheet.")
@dpi_option
@click.option("--renderer", type=click.Choice(RENDERERS), default="auto", show_default=True,
              help="QGIS print layouts (styles/layouts/*.qpt) or the headless matplotlib "
                   "renderer; auto uses QGIS when PyQGIS is installed.")
@click.option("--from", "start", type=click.IntRange(1900, 2200), metavar="YEAR",
              help="With --to: one sheet of small multiples, one map per year-end, instead of "
                   "the atlas (drawn by the matplotlib renderer).")
@click.option("--to", "end", type=click.IntRange(1900, 2200), metavar="YEAR",
              help="Last year of the small multiples.")
@radius_option
@city_option
@targets_option
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, metavar="DIR", help="Folder for the sheets (created if needed).")
def mapsheet(store: Path, as_of: Optional[dt.date], indicator: str, district: str, level: str,
             paper: str, orientation: str, fmt: str, dpi: int, renderer: str,
             start: Optional[int], end: Optional[int], radius_table: Optional[Path],
             city_name: Optional[str], targets_file: Optional[Path], out_dir: Path) -> None:
    """Map sheets of one indicator as of a date: the city overview and one sheet per district
    (an atlas), each with title, date, legend, scale bar, north arrow, locator inset, source
    and production date.  The key figures show the plan's target beside the value, with its
    status (按期达成, 逾期达成, 未达成, 进行中) and the value on its due date.  Prints the files
    written.

    \b
    Examples:
      smartcity mapsheet weihai.gpkg --as-of 2021-12-31 -o sheets/
      smartcity mapsheet weihai.gpkg --as-of 2021-12-31 --indicator cov_5g_area_pct --paper A3
      smartcity mapsheet weihai.gpkg --district 371002 --format png --dpi 300 -o sheets/
      smartcity mapsheet weihai.gpkg --from 2019 --to 2022 --format png -o sheets/
    """
    _check_store(store)
    if (start is None) != (end is None):
        raise click.BadParameter("give both --from and --to for small multiples.",
                                 param_hint="'--from/--to'")
    if start is not None and end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}.", param_hint="'--to'")
    engine = pick_renderer(renderer)
    plan = _plan(targets_file) if start is None else None
    day = as_of or dt.date.today()
    out_dir.mkdir(parents=True, exist_ok=True)
    layers = read_store_layers(store)
    from ..layers.progress import scaled

    with _rendering(store), _staged(out_dir) as stage, progress_bar("map sheets") as report, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        if start is not None:
            from ..processing.maps.timeseries import render_small_multiples, yearly_map_data

            datas = yearly_map_data(layers, start, end, level=level,
                                    radius_table=radius_table, city_name=city_name,
                                    source=_source(store), progress=scaled(report, 0, 80))
            out = stage / f"{indicator}_{start}-{end}_multiples.{fmt}"
            render_small_multiples(datas, indicator, out, paper=paper,
                                   orientation=orientation, dpi=dpi)
            written = [out]
        else:
            from ..processing.maps.sheetdata import build_map_data

            data = build_map_data(layers, day, level=level, radius_table=radius_table,
                                  city_name=city_name, source=_source(store), targets=plan,
                                  progress=scaled(report, 0, 30))
            if engine == "qgis":
                from ..qgis_common.layouts import render_sheets_qgis as render
            else:
                from ..processing.maps.render_mpl import render_sheets as render
            written = render(data, indicator, stage, district=district, paper=paper,
                             orientation=orientation, fmt=fmt, dpi=dpi,
                             progress=scaled(report, 30, 100))
    written = [out_dir / Path(p).name for p in written]
    _echo_written(written)


@click.command()
@store_argument
@click.option("--from", "start", type=click.IntRange(1900, 2200), required=True,
              metavar="YEAR", help="First year (31 December of it).")
@click.option("--to", "end", type=click.IntRange(1900, 2200), required=True, metavar="YEAR",
              help="Last year.")
@indicator_option
@paper_option
@orientation_option
@click.option("--dpi", type=click.IntRange(30, 600), default=96, show_default=True,
              help="Resolution of the frames.")
@click.option("--seconds", type=click.FloatRange(0.1, 30), default=1.2, show_default=True,
              help="Seconds each year is shown (the last one three times as long).")
@radius_option
@city_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="FILE", help="FILE.gif (Pillow) or FILE.mp4 (needs ffmpeg).")
def animate(store: Path, start: int, end: int, indicator: str, paper: str, orientation: str,
            dpi: int, seconds: float, radius_table: Optional[Path], city_name: Optional[str],
            output: Path) -> None:
    """An animation of the city overview year by year (31 December of each year): 5G
    coverage growing, or any other theme.

    \b
    Examples:
      smartcity animate weihai.gpkg --from 2019 --to 2022 -o coverage.gif
      smartcity animate weihai.gpkg --from 2019 --to 2022 --indicator cov_5g_area_pct -o c.mp4
    """
    _check_store(store)
    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}.", param_hint="'--to'")
    if output.suffix.lower() not in (".gif", ".mp4"):
        raise click.BadParameter(f"{output}: write a .gif or an .mp4.", param_hint="'-o'")
    if not output.parent.is_dir():
        raise click.BadParameter(f"folder {output.parent} does not exist; create it first.",
                                 param_hint="'-o'")
    from ..layers.progress import scaled
    from ..processing.maps.timeseries import render_animation, yearly_map_data

    layers = read_store_layers(store)
    with _rendering(store), _staged(output.parent) as stage, \
            progress_bar("animation") as report, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        datas = yearly_map_data(layers, start, end, radius_table=radius_table,
                                city_name=city_name, source=_source(store),
                                progress=scaled(report, 0, 50))
        render_animation(datas, indicator, stage / output.name, paper=paper,
                         orientation=orientation, dpi=dpi, seconds_per_frame=seconds,
                         progress=scaled(report, 50, 100))
    click.echo(str(output))


@click.command()
@store_argument
@as_of_option("the sheets")
@targets_option
@click.option("--from", "start", type=click.IntRange(1900, 2200), metavar="YEAR",
              help="First year-end of the charts and trends [default: the plan's series_from].")
@level_option(LEVEL_HELP)
@click.option("--html/--no-html", default=True, show_default=True,
              help="Also write FILE.html beside the PDF (one self-contained page).")
@radius_option
@city_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="FILE.pdf", help="The report PDF.")
def report(store: Path, as_of: Optional[dt.date], targets_file: Optional[Path],
           start: Optional[int], level: str, html: bool, radius_table: Optional[Path],
           city_name: Optional[str], output: Path) -> None:
    """The progress report of one date: the plan's targets with their status (按期达成 met on
    time, 逾期达成 met late, 未达成 missed, 进行中 in progress) beside the value on the due date
    and on the date, gap and trend (also per district), charts of each indicator over the
    years with its target line, the key map sheets, and a generated summary naming the
    targets missed and met late.

    \b
    Examples:
      smartcity report weihai.gpkg --as-of 2021-12-31 -o report-2021.pdf
      smartcity report weihai.gpkg --as-of 2022-06-30 --targets my_plan.toml -o r.pdf
    """
    _check_store(store)
    if output.suffix.lower() != ".pdf":
        raise click.BadParameter(f"{output}: the report is written as a .pdf (the HTML goes "
                                 f"beside it).", param_hint="'-o'")
    if not output.parent.is_dir():
        raise click.BadParameter(f"folder {output.parent} does not exist; create it first.",
                                 param_hint="'-o'")
    plan = _plan(targets_file)
    from ..layers.progress import scaled
    from ..processing.maps.report import (build_report_data, render_report_html,
                                          render_report_pdf)

    day = as_of or dt.date.today()
    layers = read_store_layers(store)
    with _rendering(store), _staged(output.parent) as stage, progress_bar("report") as bar, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        rd = build_report_data(layers, day, targets=plan, level=level, start_year=start,
                               radius_table=radius_table, city_name=city_name,
                               source=_source(store), progress=scaled(bar, 0, 40))
        render_report_pdf(rd, stage / output.name,
                          progress=scaled(bar, 40, 80 if html else 100))
        written = [output]
        if html:
            render_report_html(rd, stage / output.with_suffix(".html").name)
            written.append(output.with_suffix(".html"))
    _echo_written(written)
