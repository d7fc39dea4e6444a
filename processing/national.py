"""National scale: coverage and series over data that does not fit one process, on Dask.

About 4.5 million 5G stations over about 2,800 county-level districts: too much for one
machine's memory once coverage shapes are built, and embarrassingly parallel by region.

Layout on disk (:func:`write_partitions`, GeoParquet, EPSG:4490)::

    DIR/index.json            partitions: key, bbox (degrees), counts, farthest reach (m)
    DIR/districts/KEY.parquet the partition's districts
    DIR/stations/KEY.parquet  the stations that lie in them, sorted along a Hilbert curve so
                              that a bbox read touches few row groups

Partitions are *spatial*: districts sorted along a Hilbert curve and cut into runs of about
equal station counts (or, with ``by="province"``, the first two digits of GB/T 2260 codes).
A task computes its districts from its own stations plus every station of other partitions
within the farthest reach of its bbox (a halo read with a bbox filter), so coverage crossing
a partition border is counted exactly as the single-machine path counts it.

Each task holds one partition and its halo only: memory per worker is bounded by the largest
partition, whatever the size of the nation; tasks report their peak RSS.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers.lifecycle import active_mask
from ..layers.progress import ProgressFn, no_progress
from ..layers.schema import BASE_STATIONS
from .radius import load_radius_table, station_radius_m

INDEX = "index.json"
M_PER_DEG = 111_320.0


@dataclass
class Partition:
    """One spatial partition: its key, bbox in degrees, counts, farthest station reach (m)."""

    key: str
    bbox: tuple[float, float, float, float]
    districts: int
    stations: int
    reach_m: float


def _load_index(folder: Path) -> list[Partition]:
    path = Path(folder) / INDEX
    if not path.exists():
        raise FileNotFoundError(f"{folder} is not a partitioned dataset (no {INDEX}); create "
                                f"it with `smartcity national partition`")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Partition(p["key"], tuple(p["bbox"]), p["districts"], p["stations"], p["reach_m"])
            for p in data["partitions"]]


def assign_partitions(districts: gpd.GeoDataFrame, n_partitions: int,
                      by: str = "hilbert", weights: Optional[np.ndarray] = None) -> np.ndarray:
    """Partition key per district: Hilbert-curve runs of about equal ``weights`` (e.g.
    population or station counts), or GB/T 2260 province (first two digits of ``code``)."""
    if by == "province":
        return districts["code"].astype(str).str[:2].map(lambda p: f"p{p}").to_numpy()
    if by != "hilbert":
        raise ValueError(f"partitioning {by!r} is not 'hilbert' or 'province'")
    order = np.argsort(districts.geometry.hilbert_distance().to_numpy(), kind="stable")
    w = np.ones(len(districts)) if weights is None else np.asarray(weights, dtype=float)
    cum = np.cumsum(w[order])
    part_of_sorted = np.minimum((cum - 1e-9) * n_partitions // max(cum[-1], 1e-9),
                                n_partitions - 1).astype(int)
    keys = np.empty(len(districts), dtype=object)
    keys[order] = [f"h{k:04d}" for k in part_of_sorted]
    return keys


def station_partition(districts: gpd.GeoDataFrame, keys: np.ndarray,
                      points: np.ndarray) -> np.ndarray:
    """Partition key of each station: that of the district containing it, else the nearest."""
    tree = shapely.STRtree(districts.geometry.to_numpy())
    pt_idx, d_idx = tree.query(points, predicate="intersects")
    owner = np.full(len(points), -1)
    owner[pt_idx[::-1]] = d_idx[::-1]  # first match wins
    lost = np.flatnonzero(owner < 0)
    if len(lost):
        owner[lost] = tree.query_nearest(points[lost], return_distance=False, all_matches=False)[1]
    return np.asarray(keys, dtype=object)[owner]


def write_partitions(districts: gpd.GeoDataFrame, station_chunks: Iterable[gpd.GeoDataFrame],
                     out: Path, *, n_partitions: int = 32, by: str = "hilbert",
                     radius_table: Optional[pd.DataFrame] = None,
                     progress: Optional[ProgressFn] = None) -> list[Partition]:
    """Write districts and stations (an iterable of GeoDataFrame chunks, EPSG:4490, so a
    nation streams through without being held whole) as spatial GeoParquet partitions."""
    report = progress or no_progress
    out = Path(out)
    (out / "districts").mkdir(parents=True, exist_ok=True)
    (out / "stations").mkdir(parents=True, exist_ok=True)
    districts = districts.to_crs(4490)
    keys = assign_partitions(districts, n_partitions, by,
                             weights=districts.get("population", pd.Series(1, index=districts.index))
                             .fillna(1).to_numpy(dtype=float))
    parts: dict[str, dict] = {}
    for key in sorted(set(keys)):
        d = districts[keys == key]
        d.to_parquet(out / "districts" / f"{key}.parquet", index=False)
        parts[key] = {"key": key, "bbox": list(map(float, d.total_bounds)),
                      "districts": int(len(d)), "stations": 0, "reach_m": 0.0}
    table = radius_table if radius_table is not None else load_radius_table()
    pieces = out / "stations" / "pieces"
    pieces.mkdir(exist_ok=True)
    date_fields = BASE_STATIONS.date_fields
    rows = 0
    for n_chunk, chunk in enumerate(station_chunks):
        chunk = chunk.to_crs(4490)
        for name in date_fields:
            if name in chunk.columns:
                chunk[name] = pd.to_datetime(chunk[name]).astype("datetime64[ns]")
        skey = station_partition(districts, keys, chunk.geometry.to_numpy())
        reach = station_radius_m(chunk, table).to_numpy(dtype=float)
        for key in parts:
            mine = skey == key
            if mine.any():  # each chunk goes to disk at once: memory stays one chunk
                chunk[mine].to_parquet(pieces / f"{key}-{n_chunk:05d}.parquet", index=False)
                parts[key]["stations"] += int(mine.sum())
                parts[key]["reach_m"] = max(parts[key]["reach_m"], float(np.nanmax(reach[mine])))
        rows += len(chunk)
        report(min(50.0, 5.0 + n_chunk), f"{rows:,} stations partitioned")
    for n, key in enumerate(parts):
        files = sorted(pieces.glob(f"{key}-*.parquet"))
        if files:
            frame = pd.concat([gpd.read_parquet(f) for f in files], ignore_index=True)
            frame = frame.iloc[np.argsort(frame.geometry.hilbert_distance().to_numpy(),
                                          kind="stable")]
        else:
            frame = gpd.GeoDataFrame({"station_id": pd.Series(dtype=object)},
                                     geometry=gpd.GeoSeries([], crs=4490))
        frame.to_parquet(out / "stations" / f"{key}.parquet", index=False,
                         write_covering_bbox=True, row_group_size=20_000)
        for f in files:
            f.unlink()
        report(50.0 + 50.0 * (n + 1) / len(parts), f"wrote {key}")
    pieces.rmdir()
    index = [parts[k] for k in sorted(parts)]
    (out / INDEX).write_text(json.dumps({"crs": "EPSG:4490", "partitions": index}, indent=1),
                             encoding="utf-8")
    return _load_index(out)


def _halo_bbox(bbox: Sequence[float], reach_m: float) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = bbox
    dlat = reach_m / M_PER_DEG
    coslat = max(math.cos(math.radians(max(abs(miny), abs(maxy)))), 0.05)
    dlon = reach_m / (M_PER_DEG * coslat)
    return minx - dlon, miny - dlat, maxx + dlon, maxy + dlat


def _read_halo(folder: Path, parts: list[Partition], key: str) -> gpd.GeoDataFrame:
    """The partition's stations plus all others within the farthest reach of its bbox."""
    me = next(p for p in parts if p.key == key)
    reach = max(p.reach_m for p in parts)
    box = _halo_bbox(me.bbox, reach)
    frames = []
    for p in parts:
        if p.stations == 0:
            continue
        if p.key == key:
            frames.append(gpd.read_parquet(folder / "stations" / f"{p.key}.parquet"))
            continue
        pb = p.bbox
        far = _halo_bbox(pb, p.reach_m)
        if far[0] > box[2] or far[2] < box[0] or far[1] > box[3] or far[3] < box[1]:
            continue
        frames.append(gpd.read_parquet(folder / "stations" / f"{p.key}.parquet", bbox=box))
    frames = [f for f in frames if len(f)]
    if not frames:
        return gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=4490))
    return pd.concat(frames, ignore_index=True)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def partition_coverage(folder: Union[str, Path], key: str, dates: Sequence[dt.date],
                       crs: Optional[str] = None, radius_table: Optional[str] = None
                       ) -> tuple[pd.DataFrame, dict]:
    """One task: area coverage and station counts of a partition's districts on each date.

    All dates are computed in one pass (``coverage.coverage_at_dates``), as the yearly series
    is.  Returns (long table: date, district_code, bs_active, area_km2, covered_km2,
    cov_5g_area_pct) and stats (seconds, stations read, peak RSS of this worker in MB).
    """
    from .coverage import coverage_at_dates

    started = time.perf_counter()
    root = Path(folder)
    parts = _load_index(root)
    districts = gpd.read_parquet(root / "districts" / f"{key}.parquet")
    stations = _read_halo(root, parts, key)
    table = load_radius_table(radius_table) if radius_table else None
    if len(stations):
        active = np.column_stack([active_mask(stations, "base_stations", day)
                                  for day in dates])
    else:
        active = np.zeros((0, len(dates)), dtype=bool)
    results = coverage_at_dates(districts, stations, active, table=table, crs=crs, threads=1)
    own = shapely.STRtree(districts.geometry.to_numpy())
    rows = []
    for d, (day, result) in enumerate(zip(dates, results)):
        counts = np.zeros(len(districts), dtype=int)
        on = np.flatnonzero(active[:, d])
        if len(on):
            pt, k = own.query(stations.geometry.to_numpy()[on], predicate="intersects")
            first = pd.Series(k).groupby(pt).min()  # a station on a border counts once
            counts = np.bincount(first.to_numpy(), minlength=len(districts))
        frame = result.table.reset_index().rename(columns={"code": "district_code"})
        frame.insert(0, "date", pd.Timestamp(day))
        frame.insert(2, "bs_active", counts)
        rows.append(frame)
    stats = {"partition": key, "seconds": time.perf_counter() - started,
             "stations_read": int(len(stations)), "peak_rss_mb": _peak_rss_mb()}
    return pd.concat(rows, ignore_index=True), stats


def national_coverage(folder: Path, dates: Sequence[dt.date], *, scheduler: Optional[str] = None,
                      workers: int = 2, memory_limit: str = "3GB", crs: Optional[str] = None,
                      radius_table: Optional[str] = None,
                      progress: Optional[ProgressFn] = None) -> tuple[pd.DataFrame, list[dict]]:
    """Coverage per district on each of ``dates`` over a partitioned dataset, on Dask.

    ``scheduler``: address of a running ``dask.distributed`` scheduler; when None a local
    cluster of ``workers`` single-threaded processes with ``memory_limit`` each is started and
    stopped.  Returns the long table (one row per date and district) and per-task stats.
    Raising :class:`~smartcity.layers.progress.Cancelled` from ``progress`` cancels the
    remaining tasks.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    report = progress or no_progress
    folder = Path(folder).resolve()
    parts = _load_index(folder)
    dates = sorted(dates)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               memory_limit=memory_limit, dashboard_address=None)
        client = Client(cluster)
    try:
        # biggest partitions first, so the last tasks are short ones
        order = sorted(parts, key=lambda p: -p.stations)
        futures = [client.submit(partition_coverage, str(folder), p.key, dates, crs,
                                 radius_table, key=f"coverage-{p.key}-{id(folder)}", pure=False)
                   for p in order]
        tables, stats = [], []
        try:
            for n, fut in enumerate(as_completed(futures)):
                table, stat = fut.result()
                tables.append(table)
                stats.append(stat)
                report(100.0 * (n + 1) / len(futures), f"partition {stat['partition']}")
        except BaseException:
            client.cancel(futures)
            raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    result = pd.concat(tables, ignore_index=True).sort_values(["date", "district_code"])
    return result.reset_index(drop=True), stats


def year_ends(start: int, end: int) -> list[dt.date]:
    """31 December of each year from ``start`` to ``end`` inclusive."""
    return [dt.date(y, 12, 31) for y in range(start, end + 1)]
