"""``smartcity sample``: write a synthetic Weihai data set (departments' formats or benchmarks)."""

from __future__ import annotations

from pathlib import Path

import click


def _positive(name: str, value: int, minimum: int = 0) -> int:
    if value is not None and value < minimum:
        raise click.BadParameter(f"must be at least {minimum}, got {value}.", param_hint=name)
    return value


@click.command(name="sample", context_settings={"max_content_width": 100})
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--stations", type=int, default=5500, show_default=True,
              help="Number of 5G base stations (one row per site).")
@click.option("--districts", type=int, default=None,
              help="Number of synthetic Voronoi districts; default: Weihai's real counties "
                   "and functional zones.")
@click.option("--seed", type=int, default=20200812, show_default=True,
              help="Random seed: the same seed and sizes give the same files.")
@click.option("--communities", type=int, default=400, show_default=True,
              help="Number of residential communities.")
@click.option("--manholes", type=int, default=10_000, show_default=True,
              help="Number of manhole covers.")
@click.option("--population/--no-population", default=True, show_default=True,
              help="Also write population.tif (people per cell, EPSG:4550).")
@click.option("--cell", "cell_m", type=float, default=100.0, show_default=True,
              help="Population raster cell size in metres.")
@click.option("--format", "fmt", type=click.Choice(["native", "gpkg", "fgb", "parquet"]),
              default="native", show_default=True,
              help="native: the files Weihai departments hand over (GBK CSV in GCJ-02, GBK "
                   "Shapefile without .cpg, ...); gpkg/fgb/parquet: canonical layers for "
                   "benchmarks.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
def sample(out_dir: Path, stations: int, districts, seed: int, communities: int,
           manholes: int, population: bool, cell_m: float, fmt: str, quiet: bool) -> None:
    """Write a synthetic but plausible Weihai data set to OUT_DIR.

    Everything is made up except the real county boundaries (see data/weihai/README.md):
    5G base stations clustered in the town centres with operator/band pairs that exist in
    China, communities with smart-community ratings, GB/T 30428 manhole covers with IoT
    sensors, monitoring points, key places and a population raster summing to 2.9 million.

    \b
    Examples:
      smartcity sample weihai-sample
      smartcity sample big --stations 1000000 --districts 2000 --format gpkg
      smartcity sample tiny --stations 200 --manholes 500 --communities 50 --no-population
      smartcity import weihai.gpkg base_stations weihai-sample/base_stations.csv --coords gcj02
    """
    _positive("--stations", stations)
    _positive("--communities", communities)
    _positive("--manholes", manholes)
    _positive("--districts", districts, minimum=1)
    if cell_m < 10 or cell_m > 10_000:
        raise click.BadParameter("use a cell between 10 and 10000 metres.", param_hint="--cell")
    if out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"{out_dir} exists and is not a folder.", param_hint="OUT_DIR")

    from ..sampledata import write_sample

    kwargs = dict(stations=stations, districts=districts, seed=seed, communities=communities,
                  manholes=manholes, population=population, population_cell_m=cell_m, fmt=fmt)
    try:
        if quiet:
            files = write_sample(out_dir, **kwargs)
        else:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("{task.description:<45}"), BarColumn(),
                          TextColumn("{task.percentage:>3.0f} %"), TimeElapsedColumn(),
                          transient=True) as bar:
                task = bar.add_task("sample", total=100)

                def report(percent: float, message: str = "") -> None:
                    bar.update(task, completed=percent, description=message)

                files = write_sample(out_dir, progress=report, **kwargs)
    except (RuntimeError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    for path in files:
        size = path.stat().st_size / 1024
        click.echo(f"{path}  ({size:,.0f} KiB)")
