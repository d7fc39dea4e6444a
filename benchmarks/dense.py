"""The dense-core scene of issue 17: many stations over Weihai's four real counties, most in one core.

Why
---
The other benchmark scenes spread stations at Weihai's average density, where the coverage
shapes overlap a few deep.  Where 5G is really built (Shenzhen, Shanghai) the core has 50+
stations per km² and overlap depth is in the hundreds.  This scene reproduces that on real
county boundaries so that the end-to-end CLI, the importer and population weighting are timed
on the case users wait for.

What
----
``n`` stations (default 100,000): ``core_share`` (60 %) drawn from a circular Gaussian of
``sigma_m`` (6 km) around Weihai's urban core, the rest uniform over the land of the four
counties; radii 150–600 m given per station (``覆盖半径``), a third with an azimuth (sectors).
Opening dates spread over 2019-10 … 2023-12 so that series have something to count.

Files, written as a department would hand them over: ``districts.geojson`` (the bundled real
boundaries, counties and city) and ``base_stations.csv`` (UTF-8, the register's Chinese
header, WGS84 longitude/latitude).  Seeded: the same ``seed`` gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import shapely

REPO = Path(__file__).resolve().parents[1]
DISTRICTS = REPO / "data" / "weihai" / "districts.geojson"
CORE_LONLAT = (122.12, 37.50)
"""Huancui's urban core (环翠区), lon/lat degrees."""


def _land() -> tuple[list[dict], shapely.Geometry]:
    """The county features of the bundled boundaries and their union (EPSG:4490 degrees)."""
    features = json.loads(DISTRICTS.read_text(encoding="utf-8"))["features"]
    keep = [f for f in features if f["properties"]["level"] in ("city", "county")]
    counties = [shapely.geometry.shape(f["geometry"]) for f in keep
                if f["properties"]["level"] == "county"]
    return keep, shapely.union_all(counties)


def make_stations(n: int = 100_000, *, seed: int = 1, core_share: float = 0.6,
                  sigma_m: float = 6000.0) -> pd.DataFrame:
    """The station register as a DataFrame with the Chinese header (see module docstring)."""
    rng = np.random.default_rng(seed)
    _, land = _land()
    local = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={CORE_LONLAT[1]} +lon_0={CORE_LONLAT[0]} "
                                  "+ellps=GRS80 +units=m")
    to_local = pyproj.Transformer.from_crs(4490, local, always_xy=True)
    to_lonlat = pyproj.Transformer.from_crs(local, 4326, always_xy=True)
    land_m = shapely.transform(land, lambda xy: np.column_stack(
        to_local.transform(xy[:, 0], xy[:, 1])))
    shapely.prepare(land_m)
    minx, miny, maxx, maxy = land_m.bounds

    def draw(k: int, core: bool) -> np.ndarray:
        out, need = [], k
        while need > 0:
            m = 2 * need + 16
            if core:
                xy = rng.normal(size=(m, 2)) * sigma_m
            else:
                xy = np.column_stack([rng.uniform(minx, maxx, m), rng.uniform(miny, maxy, m)])
            xy = xy[shapely.contains_xy(land_m, xy[:, 0], xy[:, 1])][:need]
            out.append(xy)
            need -= len(xy)
        return np.concatenate(out)

    n_core = int(round(core_share * n))
    xy = np.concatenate([draw(n_core, True), draw(n - n_core, False)])
    xy = xy[rng.permutation(n)]
    lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1])
    dist = np.hypot(xy[:, 0], xy[:, 1])
    scene = np.select([dist < 4000, dist < 10000, dist < 20000], ["密集城区", "城区", "郊区"], "农村")
    radius = np.round(rng.uniform(150.0, 600.0, n), 1)
    azimuth = np.where(rng.uniform(size=n) < 1 / 3, np.round(rng.uniform(0, 360, n), 1), np.nan)
    built = pd.Timestamp("2019-10-01") + pd.to_timedelta(rng.integers(0, 4 * 365 + 60, n), "D")
    opened = built + pd.to_timedelta(rng.integers(0, 90, n), "D")
    operator = rng.choice(["中国移动", "中国电信", "中国联通", "中国广电"], n, p=[0.45, 0.25, 0.25, 0.05])
    ids = [f"DC{i:08d}" for i in range(n)]
    return pd.DataFrame({
        "站点编号": ids,
        "站点名称": [f"密集核心5G站{i:06d}" for i in range(n)],
        "运营商": operator,
        "频段": rng.choice(["n78", "n41", "n28", "n1"], n, p=[0.55, 0.25, 0.15, 0.05]),
        "场景": scene,
        "天线挂高": np.round(rng.uniform(15, 45, n), 1),
        "方位角": azimuth,
        "覆盖半径": radius,
        "状态": "开通",
        "建成日期": built.strftime("%Y-%m-%d"),
        "开通日期": opened.strftime("%Y-%m-%d"),
        "退网日期": "",
        "经度": np.round(lon, 8),
        "纬度": np.round(lat, 8),
    })


def write_dense_scene(out_dir: Path, n: int = 100_000, *, seed: int = 1) -> Path:
    """Write ``districts.geojson`` and ``base_stations.csv`` into ``out_dir``; return it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    keep, _ = _land()
    (out_dir / "districts.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": keep}, ensure_ascii=False), encoding="utf-8")
    make_stations(n, seed=seed).to_csv(out_dir / "base_stations.csv", index=False,
                                       encoding="utf-8")
    return out_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", type=int, default=100_000, help="stations (default 100,000)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(write_dense_scene(args.out_dir, args.n, seed=args.seed))


if __name__ == "__main__":
    main()
