"""Synthetic layers for the plan's other targets: built-up areas, town seats, schools' Wi-Fi
and smart-campus dates, enterprises, sites (5G demonstrations, smart farms, ocean ranches),
a pipe network and forests with their fire-watch cameras.

Everything here is *made up* (see ``data/weihai/README.md``), derived where possible from the
other synthetic layers so the sample hangs together:

* **built-up areas** are the population grid's dense cells (:func:`.generator.population_grid`,
  the same grid as ``population.tif``): the connected cells of at least
  :data:`URBAN_DENSITY` people per cell around each county's main core are its 城市建成区
  (``urban``); around every other core not inside one, the cells of at least 40 % of the
  core's peak density (and :data:`TOWN_DENSITY`) are a town seat's 镇区 (``town``); small
  clusters of :data:`VILLAGE_DENSITY` elsewhere are villages.  Cell outlines simplified by
  30 m.
* **town seats** (key places of category ``town_seat``) stand at the densest cell of each
  town built-up area: synthetic names, not the real towns.
* **schools** (the key places of category ``school``) get ``wifi_since`` and
  ``smart_campus_since`` dates with the shares :data:`SCHOOL_WIFI_SHARE` and
  :data:`SMART_CAMPUS_SHARE` by year end.
* **enterprises** cluster in the towns; about 55 % need 5G.
* **sites**: 5G demonstration scenarios in the urban cores, smart farms (small polygons) in
  the countryside and smart ocean ranches 4–20 km off the coast, most with the code of the
  district they belong to.
* **pipelines**: a street grid of pipe segments inside the urban and town built-up areas,
  monitored from dates with the shares :data:`PIPE_MONITORED_SHARE` by year end.
* **forests**: irregular polygons in the countryside far from every core (no terrain model
  is used: they are not the real forested hills); the forest-fire cameras of the monitoring
  points are moved into them and get watch ranges, some a fixed direction and field of view.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.affinity
import shapely.geometry

from .generator import (DEFAULT_SEED, GEO_EPSG, METRIC_EPSG, allocate, clustered,
                        counties_metric, county_cores, county_polygons, dates_to_obj, random_dates,
                        uniform_in, year_dates, population_grid)

URBAN_DENSITY = 20.0
"""People per 100 m cell (2,000 per km²) from which a cell around a county seat is urban."""
TOWN_DENSITY = 2.0
VILLAGE_DENSITY = 8.0
SCHOOL_WIFI_SHARE = {2019: 0.42, 2020: 0.58, 2021: 0.74, 2022: 0.86, 2023: 0.92}
SMART_CAMPUS_SHARE = {2019: 0.18, 2020: 0.38, 2021: 0.63, 2022: 0.75, 2023: 0.82}
PIPE_MONITORED_SHARE = {2019: 0.04, 2020: 0.10, 2021: 0.18, 2022: 0.27, 2023: 0.35}
PIPE_KIND_SHARES = {"water": 0.25, "sewage": 0.2, "rain": 0.2, "gas": 0.12, "heat": 0.08,
                    "power": 0.08, "telecom": 0.07}
PIPE_OWNERS = {"water": "威海市水务集团", "sewage": "威海市住房和城乡建设局",
               "rain": "威海市住房和城乡建设局", "gas": "威海港华燃气公司",
               "heat": "威海热电集团", "power": "国网威海供电公司",
               "telecom": "中国电信威海分公司"}
INDUSTRIES = ("装备制造", "电子信息", "医疗器械", "食品加工", "纺织服装", "橡胶轮胎", "海洋渔业",
              "港口物流", "新材料", "生物医药")


def _cumulative_dates(rng: np.random.Generator, n: int, shares: dict[int, float]
                      ) -> np.ndarray:
    """Dates (datetime64[D], NaT = never) so that the share dated by the end of each year is
    ``shares[year]`` (cumulative, rising)."""
    years = sorted(shares)
    u = rng.random(n)
    out = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    lo = 0.0
    for y in years:
        pick = (u >= lo) & (u < shares[y])
        out[pick] = year_dates(rng, np.full(pick.sum(), y))
        lo = shares[y]
    return out


def _polygons(mask: np.ndarray, transform) -> list:
    """Connected regions of a boolean grid as polygons (EPSG:4550), 8-connected."""
    from rasterio.features import shapes

    return [shapely.geometry.shape(g) for g, v in
            shapes(mask.astype(np.uint8), mask=mask, transform=transform, connectivity=8)
            if v == 1]


def _cell(transform, x, y) -> tuple[int, int]:
    col, row = ~transform * (x, y)
    return int(row), int(col)


def make_builtup_areas(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                       cell_m: float = 100.0) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """``(builtup_areas, town_seats)`` from the population grid (module docstring); both in
    EPSG:4490 with the schema's fields, town seats as key places of category ``town_seat``."""
    grid, transform = population_grid(districts, seed, cell_m=cell_m)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    geoms = county_polygons(d)
    rows: list[dict] = []
    urban_parts = []
    main = cores.loc[cores.groupby("district")["weight"].idxmax()]
    dense = _polygons(grid >= URBAN_DENSITY, transform)
    for c in main.itertuples():
        hit = [g for g in dense if g.contains(shapely.Point(c.x, c.y))]
        if not hit:
            continue
        g = shapely.intersection(hit[0].simplify(30.0), geoms[c.district])
        urban_parts.append(g)
        rows.append({"kind": "urban", "district": c.district, "geometry": g,
                     "name": f"{d['name'].iloc[c.district]}城市建成区"})
    urban = shapely.union_all(urban_parts) if urban_parts else shapely.Polygon()
    seats: list[dict] = []
    height, width = grid.shape
    for c in cores.drop(index=main.index).itertuples():
        if urban.contains(shapely.Point(c.x, c.y)):
            continue  # a core inside the city is a 街道 of it, not a town
        r, k = _cell(transform, c.x, c.y)
        win = int(3 * c.sigma / cell_m)
        r0, r1, k0, k1 = max(r - win, 0), min(r + win, height), max(k - win, 0), min(k + win, width)
        sub = grid[r0:r1, k0:k1]
        if sub.size == 0 or sub.max() <= 0:
            continue
        peak = np.unravel_index(np.argmax(sub), sub.shape)
        threshold = max(TOWN_DENSITY, 0.4 * float(sub[peak]))
        mask = np.zeros_like(grid, dtype=bool)
        mask[r0:r1, k0:k1] = sub >= threshold
        px, py = transform * (k0 + peak[1] + 0.5, r0 + peak[0] + 0.5)
        hit = [g for g in _polygons(mask, transform) if g.contains(shapely.Point(px, py))]
        if not hit:
            continue
        g = shapely.difference(shapely.intersection(hit[0].simplify(30.0), geoms[c.district]),
                               urban)
        if g.is_empty or g.area < 0.1e6:
            continue
        n = sum(1 for s in seats if s["district"] == c.district) + 1
        name = f"{d['name'].iloc[c.district]}镇驻地{n:02d}"
        rows.append({"kind": "town", "district": c.district, "geometry": g, "name": name + "镇区"})
        seats.append({"district": c.district, "name": name, "geometry": shapely.Point(px, py)})
    taken = shapely.union_all([r["geometry"] for r in rows]) if rows else shapely.Polygon()
    rng = np.random.default_rng(seed + 11)
    villages = [g for g in _polygons(grid >= VILLAGE_DENSITY, transform)
                if 0.05e6 <= g.area <= 0.6e6 and not g.intersects(taken)]
    for g in [villages[i] for i in sorted(rng.permutation(len(villages))[:40])]:
        owner = int(np.argmax(shapely.area(shapely.intersection(geoms, g))))
        rows.append({"kind": "village", "district": owner,
                     "geometry": shapely.intersection(g.simplify(30.0), geoms[owner]),
                     "name": f"{d['name'].iloc[owner]}村庄"})
    f = pd.DataFrame(rows)
    f = f[~shapely.is_empty(f["geometry"].to_numpy())].reset_index(drop=True)
    serial = f.groupby("kind").cumcount().add(1).astype(str).str.zfill(3)
    builtup = gpd.GeoDataFrame({
        "area_id": ("JCQ" + f["kind"].str[0].str.upper() + serial).to_numpy(),
        "name": (f["name"] + np.where(f["kind"] == "village", serial, "")).to_numpy(),
        "kind": f["kind"].to_numpy(), "valid_from": None, "valid_to": None,
    }, geometry=gpd.GeoSeries(shapely.make_valid(f["geometry"].to_numpy()),
                              crs=METRIC_EPSG).to_crs(GEO_EPSG).values, crs=GEO_EPSG)
    s = pd.DataFrame(seats)
    town_seats = gpd.GeoDataFrame({
        "place_id": [f"TWN{i + 1:03d}" for i in range(len(s))],
        "name": s["name"].to_numpy() if len(s) else [], "category": "town_seat",
        "wifi_since": None, "smart_campus_since": None, "valid_from": None, "valid_to": None,
    }, geometry=gpd.GeoSeries(s["geometry"].to_numpy() if len(s) else [],
                              crs=METRIC_EPSG).to_crs(GEO_EPSG).values, crs=GEO_EPSG)
    return builtup, town_seats


def school_dates(places: gpd.GeoDataFrame, seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """``places`` (key places) with ``wifi_since`` and ``smart_campus_since`` for schools (a
    smart campus always has Wi-Fi first); other categories get none."""
    rng = np.random.default_rng(seed + 12)
    out = places.copy()
    school = (out["category"] == "school").to_numpy()
    n = int(school.sum())
    wifi = _cumulative_dates(rng, n, SCHOOL_WIFI_SHARE)
    campus = _cumulative_dates(rng, n, SMART_CAMPUS_SHARE)
    both = ~np.isnat(campus)
    wifi[both] = np.where(np.isnat(wifi[both]) | (wifi[both] > campus[both]),
                          campus[both], wifi[both])
    for name, values in (("wifi_since", wifi), ("smart_campus_since", campus)):
        col = np.full(len(out), None, dtype=object)
        col[school] = dates_to_obj(values)
        out[name] = col
    return out


def make_enterprises(districts: gpd.GeoDataFrame, n: int = 400,
                     seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """Enterprises (points), clustered in the towns; ``needs_5g`` for about 55 %."""
    rng = np.random.default_rng(seed + 13)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    which = allocate(n, d, rng)
    x, y, _, _ = clustered(d, cores, which, 0.7, rng)
    industry = rng.choice(INDUSTRIES, n)
    closed = rng.random(n) < 0.03
    valid_to = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    valid_to[closed] = random_dates(rng, np.datetime64("2020-01-01"),
                                     np.datetime64("2023-06-30"), int(closed.sum()))
    code = d["code"].astype(str).to_numpy()[which].astype(str)
    serial = rng.integers(10 ** 7, 10 ** 8, n).astype(str)
    geo = gpd.GeoSeries(shapely.points(x, y), crs=METRIC_EPSG).to_crs(GEO_EPSG)
    return gpd.GeoDataFrame({
        "enterprise_id": np.char.add(np.char.add("91", code), np.char.add("MA", serial)),
        "name": [f"威海{ind}示范企业{i + 1:03d}" for i, ind in enumerate(industry)],
        "industry": industry, "needs_5g": rng.random(n) < 0.55,
        "valid_from": None, "valid_to": dates_to_obj(valid_to),
    }, geometry=geo.values, crs=GEO_EPSG)


OPEN_SEA = ((-90.0, 121.35, 36.80, 180.0), (37.50, 121.95, 90.0, 180.0),
            (-90.0, 122.60, 90.0, 180.0))
"""(south, west, north, east) boxes in degrees of open sea off Weihai: the Yellow Sea south of
乳山/文登, north of 环翠 and east of 荣成.  The land west of Weihai is Yantai's, outside the
districts: a ring around the districts alone would put "ranches" on it."""


def _offshore(d: gpd.GeoDataFrame, rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` points 4–20 km off Weihai's coast in the open sea (:data:`OPEN_SEA`)."""
    from pyproj import Transformer

    land = shapely.union_all(county_polygons(d))
    ring = shapely.difference(shapely.buffer(land, 20_000), shapely.buffer(land, 4_000))
    minx, miny, maxx, maxy = ring.bounds
    to_geo = Transformer.from_crs(METRIC_EPSG, GEO_EPSG, always_xy=True)
    out: list = []
    while len(out) < n:
        x, y = rng.uniform(minx, maxx, 400), rng.uniform(miny, maxy, 400)
        lon, lat = to_geo.transform(x, y)
        sea = np.zeros(len(x), dtype=bool)
        for s_, w_, n_, e_ in OPEN_SEA:
            sea |= (lat >= s_) & (lat <= n_) & (lon >= w_) & (lon <= e_)
        ok = shapely.contains_xy(ring, x, y) & sea
        out += list(shapely.points(x[ok], y[ok]))
    return np.array(out[:n], dtype=object)


def make_sites(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """14 5G demonstration scenarios (11 by the end of 2020), 12 smart farms and 10 smart
    ocean ranches at sea (21 farms and ranches by the end of 2022)."""
    rng = np.random.default_rng(seed + 14)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    geoms = county_polygons(d)
    which = allocate(14, d, rng)
    x, y, _, _ = clustered(d, cores, which, 1.0, rng)
    demo = list(shapely.points(x, y))
    demo_dates = np.array(["2019-10-01"] * 3 + ["2020-06-01"] * 8 + ["2021-06-01"] * 2
                          + ["2022-06-01"], dtype="datetime64[D]") + rng.integers(0, 120, 14)
    which_f = allocate(12, d, rng, pop_weight=0.2)
    fx, fy = uniform_in(geoms, which_f, rng)
    side = rng.uniform(400, 900, 12)
    farms = [shapely.intersection(shapely.affinity.rotate(
        shapely.box(a - s, b - 0.6 * s, a + s, b + 0.6 * s), rng.uniform(0, 90)), geoms[w])
        for a, b, s, w in zip(fx, fy, side, which_f)]
    farm_dates = year_dates(rng, rng.choice([2019, 2020, 2021, 2022, 2023], 12,
                                             p=[0.15, 0.25, 0.25, 0.25, 0.1]))
    ranches = list(_offshore(d, rng, 10))
    ranch_dates = year_dates(rng, rng.choice([2019, 2020, 2021, 2022], 10,
                                              p=[0.2, 0.3, 0.3, 0.2]))
    nearest = [int(np.argmin(shapely.distance(geoms, p))) for p in ranches]
    stated = [d["code"].iloc[k] if rng.random() < 0.7 else None for k in nearest]
    kinds = ["demo_5g"] * 14 + ["smart_farm"] * 12 + ["smart_ranch"] * 10
    names = ([f"5G示范应用场景{i + 1:02d}" for i in range(14)]
             + [f"智慧农场{i + 1:02d}" for i in range(12)]
             + [f"5G智慧海洋牧场{i + 1:02d}" for i in range(10)])
    codes = ([d["code"].iloc[w] for w in which] + [d["code"].iloc[w] for w in which_f]
             + stated)
    geo = gpd.GeoSeries(demo + farms + ranches, crs=METRIC_EPSG).to_crs(GEO_EPSG)
    prefix = {"demo_5g": "SF", "smart_farm": "NC", "smart_ranch": "MC"}
    return gpd.GeoDataFrame({
        "site_id": [f"{prefix[k]}{i + 1:03d}" for i, k in enumerate(kinds)],
        "name": names, "kind": kinds, "district_code": codes,
        "established_date": dates_to_obj(np.concatenate([demo_dates, farm_dates,
                                                          ranch_dates])),
        "retired_date": None,
    }, geometry=geo.values, crs=GEO_EPSG)


def make_pipelines(builtup: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                   spacing_m: float = 500.0) -> gpd.GeoDataFrame:
    """Pipe segments along a street grid (``spacing_m``) inside the urban and town built-up
    areas, one segment per block side, kinds by :data:`PIPE_KIND_SHARES`."""
    rng = np.random.default_rng(seed + 15)
    areas = builtup[builtup["kind"].isin(["urban", "town"])].to_crs(METRIC_EPSG)
    segments = []
    for g in areas.geometry:
        minx, miny, maxx, maxy = g.bounds
        xs = np.arange(np.floor(minx / spacing_m), np.ceil(maxx / spacing_m) + 1) * spacing_m
        ys = np.arange(np.floor(miny / spacing_m), np.ceil(maxy / spacing_m) + 1) * spacing_m
        lines = ([shapely.LineString([(x0, y), (x0 + spacing_m, y)]) for y in ys for x0 in xs[:-1]]
                 + [shapely.LineString([(x, y0), (x, y0 + spacing_m)]) for x in xs
                    for y0 in ys[:-1]])
        cut = shapely.intersection(np.array(lines, dtype=object), g)
        keep = shapely.length(cut) > 50
        segments += [c for c in cut[keep] if c.geom_type in ("LineString", "MultiLineString")]
    n = len(segments)
    kinds = rng.choice(list(PIPE_KIND_SHARES), n, p=list(PIPE_KIND_SHARES.values()))
    recorded = random_dates(rng, np.datetime64("2012-01-01"), np.datetime64("2019-06-30"), n)
    new = rng.random(n) < 0.08  # laid after the survey
    recorded[new] = random_dates(rng, np.datetime64("2020-01-01"),
                                  np.datetime64("2023-06-30"), int(new.sum()))
    monitored = _cumulative_dates(rng, n, PIPE_MONITORED_SHARE)
    monitored = np.where(~np.isnat(monitored) & (monitored < recorded), recorded, monitored)
    removed = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    gone = rng.random(n) < 0.01
    removed[gone] = random_dates(rng, np.datetime64("2021-01-01"),
                                  np.datetime64("2023-12-31"), int(gone.sum()))
    removed = np.where(removed <= recorded, np.datetime64("NaT"), removed)
    geo = gpd.GeoSeries(segments, crs=METRIC_EPSG).to_crs(GEO_EPSG)
    return gpd.GeoDataFrame({
        "pipe_id": [f"GX{i + 1:06d}" for i in range(n)], "kind": kinds,
        "owner_dept": [PIPE_OWNERS[k] for k in kinds],
        "recorded_date": dates_to_obj(recorded), "monitored_since": dates_to_obj(monitored),
        "valid_to": dates_to_obj(removed),
    }, geometry=geo.values, crs=GEO_EPSG)


def make_forests(districts: gpd.GeoDataFrame, seed: int = DEFAULT_SEED,
                 n: int = 16) -> gpd.GeoDataFrame:
    """``n`` forest polygons (about 10–80 km², irregular) in the countryside at least 6 km
    from every core, clipped to the land and to one another."""
    rng = np.random.default_rng(seed + 16)
    d = counties_metric(districts)
    cores = county_cores(d, seed)
    geoms = county_polygons(d)
    far = shapely.union_all(shapely.buffer(shapely.points(cores["x"], cores["y"]), 6_000))
    forests: list = []
    which = allocate(4 * n, d, rng, pop_weight=0.0)
    x, y = uniform_in(geoms, which, rng)
    order = rng.permutation(len(x))  # candidates of all counties mixed, not county by county
    for a, b, w in zip(x[order], y[order], which[order]):
        if len(forests) == n:
            break
        if far.contains(shapely.Point(a, b)):
            continue
        k = 16
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = rng.uniform(2_000, 5_000) * rng.uniform(0.6, 1.4, k)
        g = shapely.Polygon(np.column_stack([a + rad * np.cos(ang), b + rad * np.sin(ang)]))
        g = shapely.difference(shapely.intersection(shapely.make_valid(g), geoms[w]), far)
        for f in forests:
            g = shapely.difference(g, f)
        if g.area > 2e6:
            forests.append(g)
    geo = gpd.GeoSeries(forests, crs=METRIC_EPSG).to_crs(GEO_EPSG)
    return gpd.GeoDataFrame({
        "forest_id": [f"LQ{i + 1:03d}" for i in range(len(forests))],
        "name": [f"林区{i + 1:02d}" for i in range(len(forests))],
        "valid_from": None, "valid_to": None,
    }, geometry=geo.values, crs=GEO_EPSG)


def watch_cameras(points: gpd.GeoDataFrame, forests: gpd.GeoDataFrame,
                  seed: int = DEFAULT_SEED) -> gpd.GeoDataFrame:
    """``points`` (monitoring points) with the forest-fire cameras moved into the forests and
    every watch point given ``range_m``, ``azimuth_deg``, ``fov_deg``: cameras see 1.5–3 km,
    70 % turn all round (no azimuth), the rest look one way with a 60–100° field of view;
    geohazard points watch 300–800 m.  The cameras are automated year by year, 2018–2023."""
    rng = np.random.default_rng(seed + 17)
    out = points.copy()
    for name in ("range_m", "azimuth_deg", "fov_deg"):
        out[name] = np.nan
    fire = np.flatnonzero((out["kind"] == "forest_fire").to_numpy())
    if len(forests) and len(fire):
        m = forests.to_crs(METRIC_EPSG).geometry.to_numpy()
        which = rng.integers(0, len(m), len(fire))
        x, y = uniform_in(m, which, rng)
        out.loc[out.index[fire], "geometry"] = gpd.GeoSeries(
            shapely.points(x, y), crs=METRIC_EPSG).to_crs(out.crs).values
        out.loc[out.index[fire], "name"] = [
            f"{forests['name'].iloc[w]}森林防火监控{i + 1:03d}" for i, w in enumerate(which)]
    n = len(fire)
    out.loc[out.index[fire], "range_m"] = np.round(rng.uniform(1_500, 3_000, n), -1)
    fixed = rng.random(n) < 0.3
    out.loc[out.index[fire[fixed]], "azimuth_deg"] = np.round(rng.uniform(0, 360, fixed.sum()))
    out.loc[out.index[fire[fixed]], "fov_deg"] = np.round(rng.uniform(60, 100, fixed.sum()))
    years = rng.choice([2018, 2019, 2020, 2021, 2022, 2023, 0], n,
                       p=[0.1, 0.15, 0.2, 0.2, 0.2, 0.1, 0.05])
    since = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    since[years > 0] = year_dates(rng, years[years > 0])
    est = pd.to_datetime(out["established_date"].iloc[fire]).to_numpy().astype("datetime64[D]")
    since = np.where(~np.isnat(since) & (since < est), est, since)
    out.loc[out.index[fire], "automated"] = years > 0
    out.loc[out.index[fire], "automated_since"] = pd.Series(dates_to_obj(since),
                                                            index=out.index[fire])
    geo = np.flatnonzero((out["kind"] == "geohazard").to_numpy())
    out.loc[out.index[geo], "range_m"] = np.round(rng.uniform(300, 800, len(geo)), -1)
    return out


def add_plan_layers(layers: dict[str, gpd.GeoDataFrame], districts: gpd.GeoDataFrame,
                    seed: int = DEFAULT_SEED) -> dict[str, gpd.GeoDataFrame]:
    """``layers`` (with ``key_places`` and ``monitoring_points`` of the same districts and
    seed) plus the plan's layers: town seats appended to the key places, schools' dates,
    the cameras moved into the forests, and ``builtup_areas``, ``enterprises``, ``sites``,
    ``pipelines``, ``forests``.  A new dict; the inputs are not changed."""
    out = dict(layers)
    builtup, town_seats = make_builtup_areas(districts, seed)  # from the 100 m grid
    forests = make_forests(districts, seed)
    out["monitoring_points"] = watch_cameras(layers["monitoring_points"], forests, seed)
    out["key_places"] = school_dates(gpd.GeoDataFrame(
        pd.concat([layers["key_places"], town_seats], ignore_index=True),
        crs=layers["key_places"].crs), seed)
    out.update(builtup_areas=builtup, enterprises=make_enterprises(districts, seed=seed),
               sites=make_sites(districts, seed), pipelines=make_pipelines(builtup, seed),
               forests=forests)
    return out


__all__ = ["add_plan_layers", "make_builtup_areas", "school_dates", "make_enterprises", "make_sites",
           "make_pipelines", "make_forests", "watch_cameras", "SCHOOL_WIFI_SHARE",
           "SMART_CAMPUS_SHARE", "PIPE_MONITORED_SHARE"]
