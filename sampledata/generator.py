"""Synthetic but plausible Weihai layers: districts, five feature layers, a population raster.

Everything here is *made up* except the county boundaries read from
``data/weihai/districts.geojson`` (see ``data/weihai/README.md``): it exists so the importers,
the indicators and the benchmarks have realistic input of any size.  The files departments
hand over are written from these layers by :mod:`.writers`.

All generators are seeded (:func:`numpy.random.default_rng`) and vectorised: points are drawn
for all districts at once and kept by rejection with ``shapely.contains_xy`` on prepared
polygons, so a million stations over thousands of districts take seconds, not minutes.
Geometries are returned in EPSG:4490 (CGCS2000) with the canonical field names and enumeration
values of :mod:`smartcity.layers.schema`; work in metres happens in EPSG:4550 (CGCS2000 GK CM
123°E).

Spatial model: every county gets a few *cores* (town centres; the real ones for Weihai), each
with a weight and a Gaussian spread in metres.  Urban features are drawn around cores chosen by
weight, the rest uniformly over the county.  The population raster uses the same cores, so
stations, manholes and people are dense in the same places.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Optional, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import schema
from ..resources import SAMPLE_DATA

DATA_DIR = SAMPLE_DATA
WEIHAI_DISTRICTS = DATA_DIR / "districts.geojson"
METRIC_EPSG = 4550
GEO_EPSG = schema.STORE_EPSG
DEFAULT_SEED = 20200812
END_DATE = _dt.date(2023, 12, 31)
"""The sample describes the city as of this date: statuses are the statuses on that day."""

# Town centres of Weihai's counties, WGS84 degrees: (lon, lat, weight, spread in metres).
WEIHAI_CORES: dict[str, list[tuple[float, float, float, float]]] = {
    "371002": [(122.120, 37.505, 1.00, 3000), (122.050, 37.520, 0.45, 2200),
               (122.110, 37.450, 0.45, 2200), (121.960, 37.345, 0.12, 1800),
               (122.030, 37.460, 0.10, 1500)],
    "371003": [(122.055, 37.195, 1.00, 2800), (121.960, 36.975, 0.25, 2000),
               (121.900, 37.160, 0.06, 1200), (122.150, 37.120, 0.06, 1200)],
    "371082": [(122.485, 37.165, 1.00, 2800), (122.420, 36.900, 0.60, 2200),
               (122.560, 37.390, 0.10, 1500), (122.550, 37.250, 0.08, 1200)],
    "371083": [(121.535, 36.915, 1.00, 2800), (121.760, 36.900, 0.30, 1800),
               (121.400, 36.950, 0.06, 1200), (121.650, 36.990, 0.06, 1200)],
}

# Operator shares and, per operator, its bands with their shares (real Chinese 5G licences).
OPERATOR_BANDS: dict[str, tuple[float, dict[str, float]]] = {
    "中国移动": (0.46, {"n41": 0.75, "n79": 0.08, "n28": 0.17}),
    "中国电信": (0.24, {"n78": 0.92, "n1": 0.08}),
    "中国联通": (0.22, {"n78": 0.92, "n1": 0.08}),
    "中国广电": (0.08, {"n28": 0.88, "n79": 0.12}),
}
ALLOWED_OPERATOR_BANDS = frozenset((op, b) for op, (_, bands) in OPERATOR_BANDS.items()
                                   for b in bands)
"""(operator, band) pairs that exist in China's 5G licences; the generator uses only these."""

_OPERATOR_PREFIX = {"中国移动": "CM", "中国电信": "CT", "中国联通": "CU", "中国广电": "CB"}
MANHOLE_STATES: tuple[str, ...] = ("intact", "damaged", "missing", "occupied")
"""Manhole states the generator draws from (shares 93 / 4.5 / 1 / 1.5 %), in this order."""

OPENING_SHARES = {2019: 0.03, 2020: 0.26, 2021: 0.35, 2022: 0.27, 2023: 0.07}
"""Share of all stations first opened in each year (the rest: built or building, not open).

Chosen so the default 5,500 stations follow the plan: ≈1,600 open by the end of 2020
(target 1,500), ≈3,500 by the end of 2021 (the reported 3,500), ≈5,000 by 2022 (target)."""

MANHOLE_OWNERS = {
    "0101": "威海市水务局", "0102": "威海市住房和城乡建设局", "0103": "威海市住房和城乡建设局",
    "0104": "威海市住房和城乡建设局", "0105": "国网威海供电公司", "0106": "威海市城市管理局",
    "0107": "中国电信威海分公司", "0108": "威海广电网络公司", "0109": "中国联通威海分公司",
    "0110": "威海热电集团", "0111": "威海港华燃气公司", "0112": "威海市公安局",
    "0199": "威海市城市管理局",
}
_MANHOLE_SHARES = {"0101": 0.16, "0102": 0.17, "0103": 0.17, "0104": 0.08, "0105": 0.09,
                   "0106": 0.05, "0107": 0.07, "0108": 0.02, "0109": 0.03, "0110": 0.06,
                   "0111": 0.07, "0112": 0.01, "0199": 0.02}
IOT_SHARE_BY_YEAR_END = {2019: 0.03, 2020: 0.09, 2021: 0.18, 2022: 0.29, 2023: 0.40}
"""Cumulative share of manholes with an IoT sensor connected by the end of each year."""

MONITORING_COUNTS = {"air": 36, "water": 48, "forest_fire": 70, "soil": 20, "geohazard": 16,
                     "marine": 14, "noise": 20}
KEY_PLACE_COUNTS = {"government": 24, "scenic": 26, "business": 16, "transport_hub": 12,
                    "school": 160, "hospital": 40, "sports_venue": 12,
                    "village_committee": 300, "clinic": 220}
_KEY_PLACE_ZH = {"government": "党政机关", "scenic": "景区", "business": "商圈",
                 "transport_hub": "交通枢纽", "school": "学校", "hospital": "医院",
                 "sports_venue": "体育场馆", "village_committee": "村委会", "clinic": "村卫生室"}
_KIND_ZH = {"air": "空气质量", "water": "水质", "forest_fire": "森林防火", "soil": "土壤",
            "geohazard": "地质灾害", "marine": "海洋", "noise": "噪声"}

BoundsLike = Union[None, tuple[float, float, float, float], shapely.Geometry]


# --- districts -------------------------------------------------------------------------------

def load_weihai_districts(path: Optional[Path] = None) -> gpd.GeoDataFrame:
    """The bundled real Weihai districts (4 counties + functional zones), EPSG:4490."""
    path = Path(path or WEIHAI_DISTRICTS)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run scripts/build_weihai_districts.py")
    gdf = gpd.read_file(path, engine="pyogrio")
    gdf["code"] = gdf["code"].astype(str)
    gdf["parent_code"] = gdf["parent_code"].astype(str)
    return gdf.set_crs(GEO_EPSG, allow_override=True)


def _to_multi(geoms: np.ndarray) -> np.ndarray:
    parts, index = shapely.get_parts(geoms, return_index=True)
    keep = shapely.get_type_id(parts) == 3
    out = np.full(len(geoms), None, dtype=object)
    if keep.any():
        multi = shapely.multipolygons(parts[keep], indices=index[keep])
        out[np.unique(index[keep])] = multi
    return out


def _bounds_polygon(bounds: BoundsLike) -> shapely.Geometry:
    """The clipping polygon in EPSG:4490: a geometry, a (minx, miny, maxx, maxy) box, or
    (``None``) the union of Weihai's real counties."""
    if bounds is None:
        real = load_weihai_districts()
        return shapely.union_all(real.geometry.values[(real.level == "county").to_numpy()])
    if isinstance(bounds, shapely.Geometry):
        return bounds
    return shapely.box(*bounds)


def make_districts(n: Optional[int] = None, seed: int = DEFAULT_SEED,
                   bounds: BoundsLike = None) -> gpd.GeoDataFrame:
    """``n`` synthetic county districts: a Voronoi tessellation clipped to ``bounds``.

    ``bounds`` is a polygon or a lon/lat box in EPSG:4490 (default: Weihai's land).  Codes are
    6-digit strings ``PPCCDD`` from ``800001`` up (not real GB/T 2260 codes); ``parent_code``
    is the ``PPCC00`` city; population is log-normal around 300,000.  ``n=None`` returns the
    real Weihai districts from the data file instead.
    """
    if n is None:
        return load_weihai_districts()
    if n < 1:
        raise ValueError("the number of districts must be at least 1")
    rng = np.random.default_rng(seed)
    clip = gpd.GeoSeries([_bounds_polygon(bounds)], crs=GEO_EPSG).to_crs(METRIC_EPSG).iloc[0]
    shapely.prepare(clip)
    x, y = uniform_in(np.array([clip]), np.zeros(n, dtype=np.int64), rng)
    pts = shapely.multipoints(shapely.points(x, y))
    cells = shapely.get_parts(shapely.voronoi_polygons(pts, extend_to=clip, ordered=True))
    if len(cells) != n:  # duplicate seed points (practically impossible): fall back unordered
        raise RuntimeError("Voronoi tessellation lost cells; try another seed")
    geoms = _to_multi(shapely.intersection(cells, clip))
    i = np.arange(n)
    code = 800000 + 100 * (i // 99) + i % 99 + 1
    codes = pd.Series(code).astype(str).str.zfill(6)
    out = gpd.GeoDataFrame({
        "code": codes,
        "name": "合成区" + pd.Series(i + 1).astype(str).str.zfill(len(str(n))),
        "level": "county",
        "parent_code": codes.str[:4] + "00",
        "population": rng.lognormal(np.log(300_000), 0.6, n).round().astype(np.int64),
        "approximate": True,
        "source": f"synthetic: Voronoi tessellation, seed {seed}",
        "valid_from": None,
        "valid_to": None,
    }, geometry=geoms, crs=METRIC_EPSG)
    return out[~out.geometry.isna()].to_crs(GEO_EPSG).reset_index(drop=True)


# --- sampling helpers ------------------------------------------------------------------------

def counties_metric(districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """County-level districts (zones overlap them) in EPSG:4550, prepared for fast tests."""
    d = districts
    if "level" in d.columns and (d["level"] == "county").any():
        d = d[d["level"] == "county"]
    d = d.to_crs(METRIC_EPSG).reset_index(drop=True)
    if "code" not in d.columns:
        d["code"] = pd.Series(np.arange(1, len(d) + 1)).astype(str).str.zfill(6)
    d["code"] = d["code"].astype(str)
    if "name" not in d.columns:
        d["name"] = d["code"]
    if "population" not in d.columns:
        d["population"] = 100_000
    d["population"] = d["population"].fillna(0).astype(float)
    shapely.prepare(county_polygons(d))
    return d


def county_polygons(d: gpd.GeoDataFrame) -> np.ndarray:
    return np.asarray(d.geometry.values, dtype=object)


def uniform_in(geoms: np.ndarray, which: np.ndarray, rng: np.random.Generator,
                max_rounds: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """Points uniformly inside ``geoms[which[k]]`` for every k (rejection in bounding boxes)."""
    shapely.prepare(geoms)
    b = shapely.bounds(geoms)
    x = np.full(len(which), np.nan)
    y = np.full(len(which), np.nan)
    todo = np.arange(len(which))
    for _ in range(max_rounds):
        if todo.size == 0:
            break
        w = which[todo]
        cx = rng.uniform(b[w, 0], b[w, 2])
        cy = rng.uniform(b[w, 1], b[w, 3])
        ok = shapely.contains_xy(geoms[w], cx, cy)
        x[todo[ok]], y[todo[ok]] = cx[ok], cy[ok]
        todo = todo[~ok]
    if todo.size:
        rp = shapely.point_on_surface(geoms[which[todo]])
        x[todo], y[todo] = shapely.get_x(rp), shapely.get_y(rp)
    return x, y


def county_cores(d: gpd.GeoDataFrame, seed: int) -> pd.DataFrame:
    """Town cores per county: ``district`` (row of ``d``), ``x``, ``y`` (metres), ``weight``
    (share of the county's urban features) and ``sigma`` (Gaussian spread, metres).

    Seeded on its own so every layer (and the population raster) of one seed shares them."""
    rng = np.random.default_rng(seed)
    rows = []
    known = [i for i, c in enumerate(d["code"]) if c in WEIHAI_CORES]
    if known:
        lon, lat, w, s, idx = [], [], [], [], []
        for i in known:
            for c in WEIHAI_CORES[d["code"].iloc[i]]:
                lon.append(c[0])
                lat.append(c[1])
                w.append(c[2])
                s.append(c[3])
                idx.append(i)
        xy = gpd.GeoSeries.from_xy(lon, lat, crs=GEO_EPSG).to_crs(METRIC_EPSG)
        rows.append(pd.DataFrame({"district": idx, "x": xy.x.to_numpy(), "y": xy.y.to_numpy(),
                                  "weight": w, "sigma": s}))
    other = np.setdiff1d(np.arange(len(d)), known)
    if other.size:
        area_km2 = shapely.area(county_polygons(d)[other]) / 1e6
        k = np.clip((d["population"].to_numpy()[other] / 150_000).round(), 1, 5).astype(int)
        which = np.repeat(other, k)
        x, y = uniform_in(county_polygons(d), which, rng)
        first = np.r_[True, which[1:] != which[:-1]]
        weight = np.where(first, 1.0, rng.uniform(0.1, 0.5, which.size))
        base = np.repeat(np.sqrt(area_km2) * 1000 / 12, k)
        sigma = np.clip(base * np.where(first, 1.0, 0.6), 600, 4000)
        rows.append(pd.DataFrame({"district": which, "x": x, "y": y, "weight": weight,
                                  "sigma": sigma}))
    cores = pd.concat(rows, ignore_index=True)
    total = cores.groupby("district")["weight"].transform("sum")
    cores["share"] = cores["weight"] / total
    return cores


def allocate(n: int, d: gpd.GeoDataFrame, rng: np.random.Generator,
              pop_weight: float = 0.8) -> np.ndarray:
    """District index of each of ``n`` features: mostly by population, partly by area."""
    pop = d["population"].to_numpy(float)
    area = shapely.area(county_polygons(d))
    p = pop_weight * pop / max(pop.sum(), 1) + (1 - pop_weight) * area / area.sum()
    counts = rng.multinomial(n, p / p.sum())
    return np.repeat(np.arange(len(d)), counts)


def clustered(d: gpd.GeoDataFrame, cores: pd.DataFrame, which: np.ndarray, urban_share: float,
               rng: np.random.Generator, max_rounds: int = 60):
    """Points in ``d`` for districts ``which``: a share around cores, the rest uniform.

    Returns x, y (metres), ``r`` = distance to the chosen core in units of its spread (``inf``
    for uniform points) and ``core`` (row of ``cores``, -1 for uniform points).
    """
    n = which.size
    geoms = county_polygons(d)
    urban = rng.random(n) < urban_share
    # choose a core per urban point, by weight within its district (vectorised cumulative pick)
    cores = cores.sort_values(["district"], kind="stable").reset_index(drop=True)
    first = np.searchsorted(cores["district"].to_numpy(), np.arange(len(d)))
    cnt = np.bincount(cores["district"].to_numpy(), minlength=len(d))
    cum = cores.groupby("district")["share"].cumsum().to_numpy()
    core = np.full(n, -1)
    u_idx = np.flatnonzero(urban & (cnt[which] > 0))
    if u_idx.size:
        dist = which[u_idx]
        u = rng.random(u_idx.size)
        # position within the district's block of cores: count of cum < u
        offs = np.zeros(u_idx.size, dtype=int)
        for j in range(int(cnt.max())):  # at most a handful of cores per district
            has = j < cnt[dist]
            pos = first[dist] + np.minimum(j, np.maximum(cnt[dist] - 1, 0))
            offs += (has & (cum[pos] < u) & (j < cnt[dist] - 1)).astype(int)
        core[u_idx] = first[dist] + offs
    cx_, cy_, cs_ = (cores[c].to_numpy() for c in ("x", "y", "sigma"))
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    r = np.full(n, np.inf)
    todo = np.flatnonzero(core >= 0)
    for _ in range(max_rounds):
        if todo.size == 0:
            break
        c = core[todo]
        dx = rng.normal(0, 1, todo.size) * cs_[c]
        dy = rng.normal(0, 1, todo.size) * cs_[c]
        ok = shapely.contains_xy(geoms[which[todo]], cx_[c] + dx, cy_[c] + dy)
        t = todo[ok]
        x[t], y[t] = cx_[c][ok] + dx[ok], cy_[c][ok] + dy[ok]
        r[t] = np.hypot(dx[ok], dy[ok]) / cs_[c][ok]
        todo = todo[~ok]
    core[todo] = -1  # cores whose surroundings are mostly sea: fall back to uniform
    rest = np.flatnonzero(core < 0)
    x[rest], y[rest] = uniform_in(geoms, which[rest], rng)
    return x, y, r, core


def _to_geo(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """EPSG:4550 metres -> EPSG:4490 degrees (lon, lat)."""
    from pyproj import Transformer

    t = Transformer.from_crs(METRIC_EPSG, GEO_EPSG, always_xy=True)
    return t.transform(x, y)


def random_dates(rng: np.random.Generator, start, end, size: Optional[int] = None
                  ) -> np.ndarray:
    """Uniform random dates (datetime64[D]) between ``start`` and ``end`` inclusive, one per
    element of their broadcast shape (or ``size`` of them for scalar bounds)."""
    start = np.asarray(start, dtype="datetime64[D]")
    end = np.asarray(end, dtype="datetime64[D]")
    shape = np.broadcast_shapes(start.shape, end.shape, (size,) if size is not None else ())
    span = np.maximum((end - start).astype(np.int64), 0)
    return start + (rng.random(shape) * (span + 1)).astype(np.int64)


def year_dates(rng: np.random.Generator, years: np.ndarray) -> np.ndarray:
    """A random day within each given year."""
    years = np.asarray(years)
    start = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    end = (years - 1969).astype("datetime64[Y]").astype("datetime64[D]") - 1
    return random_dates(rng, start, end)


def dates_to_obj(a: np.ndarray) -> np.ndarray:
    """datetime64[D] (NaT = empty) -> object array of :class:`datetime.date` or ``None``."""
    return np.asarray(a, dtype="datetime64[D]").astype(object)


def _serials(n: int, width: int, start: int = 1) -> np.ndarray:
    """Zero-padded serial numbers ``start..start+n-1`` as a fixed-width ``U`` array, fast."""
    wide = (np.arange(start, start + n, dtype=np.int64) + 10 ** width).astype(f"U{width + 1}")
    return _slice_fixed(wide, 1)


def _slice_fixed(a: np.ndarray, first: int) -> np.ndarray:
    """Drop the first ``first`` characters of equal-length strings (a memory view, no loop)."""
    width = a.dtype.itemsize // 4
    chars = np.ascontiguousarray(a).view(np.uint32).reshape(-1, width)[:, first:]
    return np.ascontiguousarray(chars).view(f"U{width - first}").ravel()


def _concat_fixed(*arrays: np.ndarray) -> np.ndarray:
    """Concatenate arrays of strings that each have one length throughout (no padding)."""
    cols = [np.ascontiguousarray(np.asarray(a).astype(str)) for a in arrays]
    chars = np.concatenate([c.view(np.uint32).reshape(c.size, -1) for c in cols], axis=1)
    return np.ascontiguousarray(chars).view(f"U{chars.shape[1]}").ravel()


def _district_of(d: gpd.GeoDataFrame, which: np.ndarray) -> np.ndarray:
    return d["code"].astype(str).to_numpy()[which]


# --- base stations ---------------------------------------------------------------------------

def make_base_stations(districts: gpd.GeoDataFrame, n: int = 5500, seed: int = DEFAULT_SEED,
                       start_year: int = 2019, end_year: int = 2023,
                       urban_share: float = 0.72) -> gpd.GeoDataFrame:
    """About ``n`` synthetic 5G sites (one row per site), EPSG:4490.

    Sites cluster around the counties' cores (``urban_share`` of them, allocated by
    population), the rest are uniform over land.  ``scene`` follows the distance to the core
    in units of its spread (< 0.7 dense urban, < 1.8 urban, else suburban; uniform sites
    rural).  Opening years follow :data:`OPENING_SHARES` (stretched to other year ranges);
    2 % are built but not yet open, ~1.5 % of opened sites are retired later.  Azimuth is
    empty (omni) for 30 % of sites, ``coverage_radius_m`` is given for 3 % only.
    """
    rng = np.random.default_rng(seed)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    which = allocate(n, d, rng)
    x, y, r, core = clustered(d, cores, which, urban_share, rng)
    n = which.size

    ops = list(OPERATOR_BANDS)
    op_i = rng.choice(len(ops), n, p=[OPERATOR_BANDS[o][0] for o in ops])
    operator = np.array(ops, dtype=object)[op_i]
    band = np.empty(n, dtype=object)
    for k, o in enumerate(ops):  # four operators: a loop over enumeration values, not features
        sel = op_i == k
        names = list(OPERATOR_BANDS[o][1])
        band[sel] = np.array(names, dtype=object)[
            rng.choice(len(names), sel.sum(), p=list(OPERATOR_BANDS[o][1].values()))]

    scene = np.select([core < 0, r < 0.7, r < 1.8], ["rural", "dense_urban", "urban"],
                      "suburban").astype(object)
    h_lo = pd.Series(scene).map({"dense_urban": 25, "urban": 20, "suburban": 22,
                                 "rural": 30}).to_numpy(float)
    height = np.round(h_lo + rng.gamma(2.0, 5.0, n), 1)
    azimuth = np.round(rng.uniform(0, 360, n), 0)
    azimuth[rng.random(n) < 0.30] = np.nan
    base_r = pd.Series(scene).map({"dense_urban": 250, "urban": 400, "suburban": 800,
                                   "rural": 1500}).to_numpy(float)
    radius = np.where(rng.random(n) < 0.03, np.round(base_r * rng.uniform(0.8, 1.3, n), -1),
                      np.nan)

    # lifecycle: opening year by share, built 0-120 days before opening
    years = np.arange(start_year, end_year + 1)
    if start_year == 2019 and end_year == 2023:
        shares = np.array([OPENING_SHARES[yr] for yr in years])
    else:
        shares = np.linspace(1.0, 2.0, years.size)
        shares = 0.98 * shares / shares.sum()
    p = np.r_[shares, 1 - shares.sum()]
    yi = rng.choice(p.size, n, p=p)
    opened_mask = yi < years.size
    last = np.datetime64(f"{end_year}-12-31", "D")
    opened = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    opened[opened_mask] = year_dates(rng, years[yi[opened_mask]])
    lag = rng.integers(5, 120, n).astype("timedelta64[D]")
    built = np.where(opened_mask, opened - lag, random_dates(rng, last - 150, last, n))
    building = (~opened_mask) & (rng.random(n) < 0.35)
    built[building] = np.datetime64("NaT")
    retire_mask = opened_mask & (rng.random(n) < 0.015) & (opened < last - 365)
    retired = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    retired[retire_mask] = random_dates(rng, opened[retire_mask] + 365, np.full(
        retire_mask.sum(), last))
    status = np.select([retire_mask, opened_mask, building], ["retired", "active", "building"],
                       "built").astype(object)

    codes = _district_of(d, which).astype(str)
    prefix = np.array([_OPERATOR_PREFIX[o] for o in ops])[op_i]
    serial = _serials(n, max(6, len(str(n))))
    station_id = _concat_fixed(prefix, codes, serial).astype(object)
    dname = d["name"].astype(str).to_numpy().astype(str)[which] if "name" in d else codes
    short = np.array([o[2:] for o in ops])[op_i]
    name = np.char.add(np.char.add(dname, short), np.char.add("5G站", serial[:, ])).astype(object)
    lon, lat = _to_geo(x, y)
    return gpd.GeoDataFrame({
        "station_id": station_id, "name": name, "operator": operator, "band": band,
        "scene": scene, "antenna_height_m": height, "azimuth_deg": azimuth,
        "coverage_radius_m": radius, "status": status,
        "built_date": dates_to_obj(built), "opened_date": dates_to_obj(opened),
        "retired_date": dates_to_obj(retired),
    }, geometry=gpd.points_from_xy(lon, lat), crs=GEO_EPSG)


# --- communities -----------------------------------------------------------------------------

def make_communities(districts: gpd.GeoDataFrame, n: int = 400,
                     seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """About ``n`` residential communities: 75 % small polygons (rotated rectangles of
    100–450 m sides, clipped to their county), 25 % points.  ``star_rating`` 1–5 is granted
    from 2019 (``rated_date``; about 100 a year in the default sample), ``provincial_smart``
    for about a third of rated communities with 3+ stars (``provincial_date`` 2020–2022)."""
    rng = np.random.default_rng(seed + 1)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    which = allocate(n, d, rng, pop_weight=0.95)
    x, y, _, _ = clustered(d, cores, which, 0.85, rng)
    n = which.size
    poly = rng.random(n) < 0.75
    w = rng.uniform(100, 450, n) / 2
    h = rng.uniform(100, 450, n) / 2
    a = rng.uniform(0, np.pi, n)
    corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]], dtype=float)
    cx = x[:, None] + corners[None, :, 0] * w[:, None] * np.cos(a)[:, None] \
        - corners[None, :, 1] * h[:, None] * np.sin(a)[:, None]
    cy = y[:, None] + corners[None, :, 0] * w[:, None] * np.sin(a)[:, None] \
        + corners[None, :, 1] * h[:, None] * np.cos(a)[:, None]
    rects = shapely.polygons(np.stack([cx, cy], axis=-1))
    clipped = shapely.intersection(rects, county_polygons(d)[which])
    # keep the largest part: a community is one polygon
    parts, idx = shapely.get_parts(clipped, return_index=True)
    areas = shapely.area(parts)
    order = np.lexsort((-areas, idx))
    first = order[np.r_[True, idx[order][1:] != idx[order][:-1]]]
    best = np.full(n, None, dtype=object)
    best[idx[first]] = parts[first]
    ok_poly = poly & ~shapely.is_missing(best) \
        & (shapely.get_type_id(best) == 3) & (shapely.area(best) > 2000)
    geoms = np.where(ok_poly, best, shapely.points(x, y))

    households = np.round(rng.lognormal(np.log(900), 0.55, n)).astype(np.int64)
    rated_year = rng.choice([2019, 2020, 2021, 2022, 2023, 0], n,
                            p=[0.20, 0.22, 0.22, 0.12, 0.12, 0.12])
    rated = rated_year > 0
    rated_date = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    rated_date[rated] = year_dates(rng, rated_year[rated])
    stars = np.where(rated, rng.choice([1, 2, 3, 4, 5], n, p=[0.3, 0.3, 0.22, 0.12, 0.06]), 0)
    prov = rated & (stars >= 3) & (rng.random(n) < 0.9) | (rated & (rng.random(n) < 0.25))
    prov_year = np.clip(np.maximum(rated_year, rng.choice([2020, 2021, 2022], n,
                                                          p=[0.3, 0.5, 0.2])), 0, 2023)
    prov_date = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    prov_date[prov] = np.maximum(year_dates(rng, prov_year[prov]), rated_date[prov])

    codes = _district_of(d, which)
    serial = pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(4)
    geo = gpd.GeoSeries(geoms, crs=METRIC_EPSG).to_crs(GEO_EPSG)
    return gpd.GeoDataFrame({
        "community_id": ("SQ" + pd.Series(codes) + serial).to_numpy(),
        "name": (pd.Series(d["name"].astype(str).to_numpy()[which]) + "社区" + serial).to_numpy(),
        "households": households, "star_rating": stars.astype(np.int64),
        "rated_date": dates_to_obj(rated_date), "provincial_smart": prov,
        "provincial_date": dates_to_obj(prov_date), "valid_from": None, "valid_to": None,
    }, geometry=geo.values, crs=GEO_EPSG)


# --- manholes ---------------------------------------------------------------------------------

def make_manholes(districts: gpd.GeoDataFrame, n: int = 10_000,
                  seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """About ``n`` manhole covers with GB/T 30428 identifiers, mostly in urban cores.

    ``obj_id`` = county code (6) + major class ``01`` + minor class (2) + serial (6) per
    county and class; ``component_code`` the 4-digit class (e.g. ``0101`` 上水井盖).
    Recorded in the 2015–2018 component census (90 %) or later; IoT sensors reach the
    cumulative shares of :data:`IOT_SHARE_BY_YEAR_END`.
    """
    rng = np.random.default_rng(seed + 2)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    which = allocate(n, d, rng, pop_weight=0.95)
    x, y, _, _ = clustered(d, cores, which, 0.9, rng)
    n = which.size
    comps = list(_MANHOLE_SHARES)
    comp = np.array(comps, dtype=object)[rng.choice(len(comps), n,
                                                     p=list(_MANHOLE_SHARES.values()))]
    codes = _district_of(d, which)
    key = pd.Series(codes) + pd.Series(comp)
    serial = key.groupby(key).cumcount().to_numpy() + 1
    obj_id = (key + pd.Series(serial).astype(str).str.zfill(6)).to_numpy()
    state = np.array(MANHOLE_STATES, dtype=object)[
        rng.choice(4, n, p=[0.93, 0.045, 0.01, 0.015])]
    census = random_dates(rng, "2015-03-01", "2018-12-31", n)  # the component census
    later = random_dates(rng, "2019-01-01", "2023-12-31", n)
    recorded = np.where(rng.random(n) < 0.9, census, later)
    # IoT: cumulative shares by year end -> per-feature connection year
    yrs = np.array(sorted(IOT_SHARE_BY_YEAR_END))
    cum = np.array([IOT_SHARE_BY_YEAR_END[y_] for y_ in yrs])
    u = rng.random(n)
    k = np.searchsorted(cum, u, side="right")
    has_iot = k < yrs.size
    iot_since = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    iot_since[has_iot] = np.maximum(year_dates(rng, yrs[k[has_iot]]), recorded[has_iot])
    iot_id = np.full(n, None, dtype=object)
    iot_id[has_iot] = ("WHJG" + pd.Series(np.flatnonzero(has_iot) + 1).astype(str)
                       .str.zfill(8)).to_numpy()
    lon, lat = _to_geo(x, y)
    return gpd.GeoDataFrame({
        "obj_id": obj_id, "component_code": comp,
        "name": pd.Series(comp).map(schema.MANHOLE_COMPONENTS).to_numpy(),
        "state": state, "owner_dept": pd.Series(comp).map(MANHOLE_OWNERS).to_numpy(),
        "recorded_date": dates_to_obj(recorded), "iot_device_id": iot_id,
        "iot_since": dates_to_obj(iot_since), "valid_to": None,
    }, geometry=gpd.points_from_xy(lon, lat), crs=GEO_EPSG)


# --- monitoring points and key places -------------------------------------------------------

def make_monitoring_points(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                           counts: Optional[dict[str, int]] = None) -> gpd.GeoDataFrame:
    """Environmental monitoring points of every kind in :data:`MONITORING_COUNTS`.

    Air and noise points sit in towns, forest-fire and geohazard points in the countryside.
    Air and water points become automated over time (about 50 % by 2019, 80 %+ by 2021).
    """
    rng = np.random.default_rng(seed + 3)
    counts = counts or MONITORING_COUNTS
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    urban = {"air": 0.8, "water": 0.3, "forest_fire": 0.0, "soil": 0.1, "geohazard": 0.05,
             "marine": 0.4, "noise": 0.95}
    frames = []
    for kind, m in counts.items():  # a handful of kinds, each vectorised
        which = allocate(m, d, rng, pop_weight=0.5)
        x, y, _, _ = clustered(d, cores, which, urban.get(kind, 0.3), rng)
        frames.append(pd.DataFrame({"kind": kind, "x": x, "y": y, "district": which}))
    f = pd.concat(frames, ignore_index=True)
    n = len(f)
    est = random_dates(rng, np.full(n, np.datetime64("2005-01-01")),
                        np.full(n, np.datetime64("2020-06-30")))
    aw = f["kind"].isin(["air", "water"]).to_numpy()
    auto_year = rng.choice([2016, 2018, 2019, 2020, 2021, 2022, 0], n,
                           p=[0.15, 0.2, 0.15, 0.15, 0.18, 0.07, 0.10])
    auto_year = np.where(aw, auto_year, rng.choice([2019, 2021, 0], n, p=[0.2, 0.2, 0.6]))
    automated = auto_year > 0
    since = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    since[automated] = np.maximum(year_dates(rng, auto_year[automated]), est[automated])
    retired = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    ret = rng.random(n) < 0.03
    retired[ret] = random_dates(rng, np.full(ret.sum(), np.datetime64("2021-01-01")),
                                 np.full(ret.sum(), np.datetime64("2023-12-31")))
    prefix = f["kind"].map({"air": "KQ", "water": "SZ", "forest_fire": "SL", "soil": "TR",
                            "geohazard": "DZ", "marine": "HY", "noise": "ZS"})
    serial = f.groupby("kind").cumcount().add(1).astype(str).str.zfill(3)
    dname = pd.Series(d["name"].astype(str).to_numpy()[f["district"].to_numpy()])
    lon, lat = _to_geo(f["x"].to_numpy(), f["y"].to_numpy())
    return gpd.GeoDataFrame({
        "point_id": (prefix + serial).to_numpy(),
        "name": (dname + f["kind"].map(_KIND_ZH) + "监测点" + serial).to_numpy(),
        "kind": f["kind"].to_numpy(), "automated": automated,
        "automated_since": dates_to_obj(since), "established_date": dates_to_obj(est),
        "retired_date": dates_to_obj(retired),
    }, geometry=gpd.points_from_xy(lon, lat), crs=GEO_EPSG)


def make_key_places(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                    counts: Optional[dict[str, int]] = None) -> gpd.GeoDataFrame:
    """Key places of every category in ``schema.KEY_PLACE_CATEGORIES``: points, except most
    scenic areas, business districts and sports venues, which are small polygons."""
    rng = np.random.default_rng(seed + 4)
    counts = counts or KEY_PLACE_COUNTS
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    urban = {"government": 0.85, "scenic": 0.2, "business": 0.95, "transport_hub": 0.6,
             "school": 0.7, "hospital": 0.8, "sports_venue": 0.85, "village_committee": 0.0,
             "clinic": 0.0}
    frames = []
    for cat, m in counts.items():
        which = allocate(m, d, rng, pop_weight=0.4 if urban.get(cat, 0.5) == 0 else 0.8)
        x, y, _, _ = clustered(d, cores, which, urban.get(cat, 0.5), rng)
        frames.append(pd.DataFrame({"category": cat, "x": x, "y": y, "district": which}))
    f = pd.concat(frames, ignore_index=True)
    n = len(f)
    polyish = f["category"].isin(["scenic", "business", "sports_venue"]).to_numpy() \
        & (rng.random(n) < 0.7)
    size = np.where(f["category"].eq("scenic"), rng.uniform(300, 900, n), rng.uniform(80, 250, n))
    pts = shapely.points(f["x"].to_numpy(), f["y"].to_numpy())
    blob = shapely.buffer(pts, size, quad_segs=4)
    blob = shapely.intersection(blob, county_polygons(d)[f["district"].to_numpy()])
    ok = polyish & (shapely.area(blob) > 0.3 * np.pi * size ** 2) \
        & np.isin(shapely.get_type_id(blob), [3, 6])
    geoms = np.where(ok, blob, pts)
    serial = f.groupby("category").cumcount().add(1).astype(str).str.zfill(3)
    dname = pd.Series(d["name"].astype(str).to_numpy()[f["district"].to_numpy()])
    geo = gpd.GeoSeries(geoms, crs=METRIC_EPSG).to_crs(GEO_EPSG)
    return gpd.GeoDataFrame({
        "place_id": (f["category"].str.upper().str[:3] + serial).to_numpy(),
        "name": (dname + f["category"].map(_KEY_PLACE_ZH) + serial).to_numpy(),
        "category": f["category"].to_numpy(), "valid_from": None, "valid_to": None,
    }, geometry=geo.values, crs=GEO_EPSG)


# --- population raster -----------------------------------------------------------------------

def population_grid(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                    total: float = 2_900_000, cell_m: float = 100.0):
    """People per cell on a grid over the counties (EPSG:4550): ``(array, transform)``, the
    float32 array that :func:`make_population_raster` writes and :mod:`.planlayers` derives
    built-up areas from.

    Density is a rural floor plus Gaussian bumps around the counties' cores; each county is
    then scaled to its share of ``total`` (shares from the ``population`` field), so the
    grid sums to ``total`` (float32 rounding aside).  Cells outside every county (sea,
    neighbours) are 0.  Values are rounded to 0.01 person to compress well.
    """
    from rasterio.features import rasterize
    from rasterio.transform import from_origin

    rng = np.random.default_rng(seed + 5)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    minx, miny, maxx, maxy = shapely.total_bounds(county_polygons(d))
    minx, miny = np.floor(minx / cell_m) * cell_m, np.floor(miny / cell_m) * cell_m
    width = int(np.ceil((maxx - minx) / cell_m))
    height = int(np.ceil((maxy - miny) / cell_m))
    transform = from_origin(minx, miny + height * cell_m, cell_m, cell_m)
    owner = rasterize(((g, i + 1) for i, g in enumerate(county_polygons(d))), out_shape=(height, width),
                      transform=transform, fill=0, dtype="int32")
    xs = minx + (np.arange(width) + 0.5) * cell_m
    ys = miny + height * cell_m - (np.arange(height) + 0.5) * cell_m
    dens = np.full((height, width), 0.02, dtype=np.float64)
    dens *= rng.lognormal(0, 0.5, dens.shape)
    for c in cores.itertuples():  # tens of cores, each a vectorised grid operation
        gx = np.exp(-0.5 * ((xs - c.x) / c.sigma) ** 2)
        gy = np.exp(-0.5 * ((ys - c.y) / c.sigma) ** 2)
        dens += c.weight * np.outer(gy, gx)
    dens[owner == 0] = 0
    pop = d["population"].to_numpy(float)
    target = total * pop / pop.sum()
    sums = np.bincount(owner.ravel(), weights=dens.ravel(), minlength=len(d) + 1)
    scale = np.where(sums[1:] > 0, target / np.where(sums[1:] > 0, sums[1:], 1), 0)
    out = (dens * np.r_[0.0, scale][owner]).astype(np.float32)
    return np.round(out, 2), transform


def make_population_raster(districts: gpd.GeoDataFrame, path: Union[str, Path],
                           seed: int = DEFAULT_SEED, total: float = 2_900_000,
                           cell_m: float = 100.0) -> Path:
    """Write a people-per-cell GeoTIFF (EPSG:4550, float32, DEFLATE) of
    :func:`population_grid` and return its path.  There is no nodata value: 0 means "nobody
    lives here" (sea, outside the districts)."""
    import rasterio

    out, transform = population_grid(districts, seed, total, cell_m)
    height, width = out.shape
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs=f"EPSG:{METRIC_EPSG}", transform=transform,
                       compress="DEFLATE", predictor=3, zlevel=9, tiled=True,
                       blockxsize=256, blockysize=256) as dst:
        dst.write(out, 1)
        dst.update_tags(units="persons per cell", total=str(total), cell_m=str(cell_m),
                        note="synthetic; 0 = nobody (sea or outside the districts); no nodata")
        dst.set_band_description(1, "population (persons per cell)")
    return path


__all__ = [
    "ALLOWED_OPERATOR_BANDS", "DEFAULT_SEED", "IOT_SHARE_BY_YEAR_END", "KEY_PLACE_COUNTS",
    "MANHOLE_OWNERS", "MANHOLE_STATES", "MONITORING_COUNTS", "OPENING_SHARES",
    "OPERATOR_BANDS", "WEIHAI_CORES", "WEIHAI_DISTRICTS", "load_weihai_districts",
    "make_districts", "make_base_stations", "make_communities", "make_manholes",
    "make_monitoring_points", "make_key_places", "make_population_raster", "population_grid",
]
