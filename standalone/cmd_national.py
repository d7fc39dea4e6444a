"""``smartcity national``: coverage and series at national scale on Dask."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator, Optional

import click

from .options import DATE
from .progress import progress_bar

CHUNK = 500_000


def _chunks(path: Path) -> Iterator:
    """Read a station file in chunks of CHUNK rows (GeoParquet or any OGR vector format)."""
    import geopandas as gpd
    import pyogrio

    if path.suffix.lower() in (".parquet", ".geoparquet"):
        import json

        import pyarrow.parquet as pq

        source = pq.ParquetFile(path)
        geo = json.loads(source.schema_arrow.metadata[b"geo"])
        column = geo["primary_column"]
        crs = geo["columns"][column].get("crs", "EPSG:4326")
        for batch in source.iter_batches(batch_size=CHUNK):
            frame = batch.to_pandas().drop(columns=["bbox"], errors="ignore")
            yield gpd.GeoDataFrame(frame.drop(columns=column),
                                   geometry=gpd.GeoSeries.from_wkb(frame[column]), crs=crs)
        return
    total = pyogrio.read_info(path)["features"]
    for start in range(0, total, CHUNK):
        yield pyogrio.read_dataframe(path, skip_features=start, max_features=CHUNK)


@click.group()
def national() -> None:
    """National scale: partition a nation's districts and stations spatially into GeoParquet,
    then compute coverage per district on a Dask cluster (a local one by default).

    \b
    Examples:
      smartcity national partition nation/ --districts counties.gpkg --stations stations.parquet
      smartcity national coverage nation/ --as-of 2022-12-31 -o coverage.csv
      smartcity national coverage nation/ --from 2019 --to 2025 --scheduler tcp://10.0.0.5:8786
    """


@national.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--districts", "districts_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), required=True, help="District polygons with a code column.")
@click.option("--stations", "station_files", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), required=True, multiple=True,
              help="Station file(s) with the canonical base_stations fields; read in chunks.")
@click.option("--partitions", default=32, show_default=True, type=click.IntRange(1, 10_000),
              help="Number of spatial partitions (Hilbert curve runs of equal population).")
@click.option("--by", type=click.Choice(["hilbert", "province"]), default="hilbert",
              show_default=True, help="province: the first two digits of GB/T 2260 codes.")
def partition(out_dir: Path, districts_file: Path, station_files: tuple[Path, ...],
              partitions: int, by: str) -> None:
    """Write districts and stations as spatial GeoParquet partitions into OUT_DIR."""
    import geopandas as gpd

    from ..processing.national import write_partitions

    if (out_dir / "index.json").exists():
        raise click.BadParameter(f"{out_dir} already holds partitions; choose an empty folder",
                                 param_hint="OUT_DIR")
    districts = gpd.read_file(districts_file)
    if "code" not in districts.columns:
        raise click.BadParameter(f"{districts_file.name} has no 'code' column",
                                 param_hint="--districts")

    def stations():
        for path in station_files:
            yield from _chunks(path)

    with progress_bar("partitioning") as report:
        parts = write_partitions(districts, stations(), out_dir, n_partitions=partitions, by=by,
                                 progress=report)
    click.echo(f"{out_dir}: {len(parts)} partitions, {sum(p.districts for p in parts)} districts,"
               f" {sum(p.stations for p in parts):,} stations")


@national.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--as-of", "as_of", type=DATE, help="One date [default: today].")
@click.option("--from", "from_year", type=int, help="First year of a yearly series.")
@click.option("--to", "to_year", type=int, help="Last year of a yearly series.")
@click.option("--scheduler", metavar="ADDRESS", help="A running dask scheduler, e.g. "
              "tcp://10.0.0.5:8786 [default: start a local cluster].")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 512),
              help="Worker processes of the local cluster.")
@click.option("--memory-limit", default="3GB", show_default=True,
              help="Memory limit per local worker.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="CSV, JSON or GPKG table [default: a summary on the terminal].")
def coverage(folder: Path, as_of: Optional[dt.date], from_year: Optional[int],
             to_year: Optional[int], scheduler: Optional[str], workers: int, memory_limit: str,
             output: Optional[Path]) -> None:
    """Area coverage and active stations per district over partitioned data in FOLDER."""
    from ..processing.national import national_coverage, year_ends
    from .output import write_table

    if (from_year is None) != (to_year is None):
        raise click.BadParameter("give both --from and --to for a series", param_hint="--from")
    if from_year is not None and as_of is not None:
        raise click.BadParameter("use either --as-of or --from/--to", param_hint="--as-of")
    dates = year_ends(from_year, to_year) if from_year is not None else [as_of or dt.date.today()]
    try:
        with progress_bar("national coverage") as report:
            table, stats = national_coverage(folder, dates, scheduler=scheduler, workers=workers,
                                             memory_limit=memory_limit, progress=report)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    peak = max(s["peak_rss_mb"] for s in stats)
    click.echo(f"{len(stats)} partitions, {table['district_code'].nunique()} districts, "
               f"{len(dates)} date(s); peak memory of a worker {peak:.0f} MB", err=True)
    if output:
        write_table(table, output)
        click.echo(f"wrote {output}")
        return
    summary = table.groupby("date").agg(districts=("district_code", "count"),
                                        bs_active=("bs_active", "sum"),
                                        area_km2=("area_km2", "sum"),
                                        covered_km2=("covered_km2", "sum"))
    summary["cov_5g_area_pct"] = 100 * summary["covered_km2"] / summary["area_km2"]
    click.echo(summary.round(2).to_string())
