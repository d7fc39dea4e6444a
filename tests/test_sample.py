"""The bundled Weihai districts and the synthetic sample generator.

Oracles are independent of the generator: shapely/geopandas predicates on the real county
boundaries, pyproj geodesic distances, raw bytes of the written files, rasterio sums, the
official area of Weihai and the list of 5G licences Chinese operators actually hold.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from click.testing import CliRunner
from pyproj import Geod

from smartcity import sampledata as sample
from smartcity.layers import schema
from smartcity.layers.chinacoords import gcj02_to_wgs84

REPO = Path(__file__).resolve().parents[1]
DISTRICTS = REPO / "data" / "weihai" / "districts.geojson"
OFFICIAL_AREA_KM2 = 5799.84
COUNTY_CODES = {"371002", "371003", "371082", "371083"}
# 5G licences in China (MIIT allocations): written out here, not imported from the generator.
LICENSED = {("中国移动", "n41"), ("中国移动", "n79"), ("中国移动", "n28"),
            ("中国电信", "n78"), ("中国电信", "n1"), ("中国联通", "n78"), ("中国联通", "n1"),
            ("中国广电", "n28"), ("中国广电", "n79")}
SEED = 7


@pytest.fixture(scope="module")
def real() -> gpd.GeoDataFrame:
    return gpd.read_file(DISTRICTS)


@pytest.fixture(scope="module")
def counties_m(real) -> gpd.GeoDataFrame:
    c = real[real["level"] == "county"].to_crs(4550)
    return c.reset_index(drop=True)


@pytest.fixture(scope="module")
def land_m(counties_m):
    """Union of the counties in metres, grown by 1 m for reprojection round-off."""
    return shapely.union_all(counties_m.geometry.values).buffer(1.0)


@pytest.fixture(scope="module")
def layers(real):
    return sample.add_plan_layers({
        "base_stations": sample.make_base_stations(real, 3000, SEED),
        "communities": sample.make_communities(real, 300, SEED),
        "manholes": sample.make_manholes(real, 4000, SEED),
        "monitoring_points": sample.make_monitoring_points(real, SEED),
        "key_places": sample.make_key_places(real, SEED),
    }, real, SEED)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    files = sample.write_sample(out, stations=1500, manholes=2000, communities=120, seed=SEED,
                                population_cell_m=200)
    return out, files


# --- the real districts ----------------------------------------------------------------------

def test_county_areas_match_official_total(counties_m):
    assert set(counties_m["code"]) == COUNTY_CODES
    total = counties_m.area.sum() / 1e6
    assert abs(total / OFFICIAL_AREA_KM2 - 1) < 0.03, total


def test_counties_do_not_overlap_and_fields_are_canonical(real, counties_m):
    geoms = counties_m.geometry.values
    union_area = shapely.union_all(geoms).area
    assert union_area == pytest.approx(counties_m.area.sum(), rel=1e-6)
    assert set(schema.DISTRICTS.field_names) - {"valid_from", "valid_to"} <= set(real.columns)
    assert set(real["level"]) == {"city", "county", "zone"}
    city = real[real.level == "city"]
    assert list(city["code"]) == ["371000"] and list(city["name"]) == ["威海市"]
    assert real.crs.to_epsg() == 4490
    assert (real.loc[real.level == "county", "parent_code"] == "371000").all()
    assert not real.loc[real.level == "county", "approximate"].any()
    assert real.loc[real.level == "zone", "approximate"].all()
    pop = real.loc[real.level == "county", "population"].sum()
    assert 2.8e6 < pop < 3.0e6
    assert real.geom_type.eq("MultiPolygon").all() and real.is_valid.all()


def test_zones_lie_inside_their_parent_county(real):
    m = real.to_crs(4550).set_index("code")
    zones = m[m["level"] == "zone"]
    assert {"371071", "371072", "371073"} <= set(zones.index) and len(zones) == 4
    for code, z in zones.iterrows():
        parent = m.loc[z.parent_code]
        assert parent.level == "county"
        outside = z.geometry.difference(parent.geometry).area
        assert outside < 1.0, (code, outside)  # m²
        assert 10e6 < z.geometry.area < 120e6  # tens of km²
        assert z.population < parent.population
    # the functional zones named in the spec are carved from 环翠区; 南海新区 from 文登区
    assert set(zones.loc[["371071", "371072", "371073"], "parent_code"]) == {"371002"}
    assert zones.loc[zones.name == "南海新区", "parent_code"].item() == "371003"


# --- generators ------------------------------------------------------------------------------

def test_same_seed_same_layers_other_seed_differs(real, layers):
    again = sample.make_base_stations(real, 3000, SEED)
    pd.testing.assert_frame_equal(pd.DataFrame(layers["base_stations"].drop(columns="geometry")),
                                  pd.DataFrame(again.drop(columns="geometry")))
    assert layers["base_stations"].geometry.geom_equals_exact(again.geometry, 0).all()
    m2 = sample.make_manholes(real, 4000, SEED)
    assert (m2["obj_id"].to_numpy() == layers["manholes"]["obj_id"].to_numpy()).all()
    other = sample.make_base_stations(real, 3000, SEED + 1)
    assert not other.geometry.geom_equals_exact(again.geometry, 0).all()


def test_counts_ids_and_enumerations(layers):
    st = layers["base_stations"]
    assert len(st) == 3000 and st["station_id"].is_unique
    assert len(layers["communities"]) == 300 and layers["communities"]["community_id"].is_unique
    assert len(layers["manholes"]) == 4000
    for name, lyr in schema.LAYERS.items():
        if name not in layers:
            continue
        gdf = layers[name]
        assert gdf.crs.to_epsg() == 4490
        assert set(gdf.columns) - {"geometry"} <= set(lyr.field_names), name
        for f in lyr.fields:
            if f.choices and f.name in gdf:
                values = set(gdf[f.name].dropna())
                assert values <= set(f.choices.values()), (name, f.name, values)
    assert set(layers["key_places"]["category"]) == set(schema.KEY_PLACE_CATEGORIES.values())
    kinds = set(layers["monitoring_points"]["kind"])
    assert {"air", "water", "forest_fire"} <= kinds
    assert set(layers["key_places"].geom_type) == {"Point", "Polygon"}


def test_operator_band_pairs_are_licensed(layers):
    st = layers["base_stations"]
    pairs = set(zip(st["operator"], st["band"]))
    assert pairs <= LICENSED
    assert len(pairs) >= 7  # all operators and most of their bands appear in 3000 sites


def test_every_feature_lies_in_a_county(layers, land_m):
    """... except the ocean ranches, which lie at sea, 4-20 km off the coast."""
    shapely.prepare(land_m)
    for name, gdf in layers.items():
        if name == "sites":
            ranch = (gdf["kind"] == "smart_ranch").to_numpy()
            at_sea = gdf[ranch].to_crs(4550).geometry.values
            assert ranch.sum() >= 5
            assert (shapely.distance(land_m, at_sea) > 3_900).all()
            assert (shapely.distance(land_m, at_sea) < 20_100).all()
            gdf = gdf[~ranch]
        geoms = gdf.to_crs(4550).geometry.values
        inside = shapely.covered_by(np.asarray(geoms), land_m)
        assert inside.all(), (name, int((~inside).sum()))


def test_stations_cluster_in_cores_and_lifecycles_are_consistent(layers, counties_m):
    st = layers["base_stations"]
    dates = {c: pd.to_datetime(st[c]) for c in ("built_date", "opened_date", "retired_date")}
    both = dates["built_date"].notna() & dates["opened_date"].notna()
    assert (dates["built_date"][both] <= dates["opened_date"][both]).all()
    assert (dates["opened_date"].isna() == st["status"].isin(["built", "building"])).all()
    assert (dates["opened_date"].isna() | dates["retired_date"].isna() |
            (dates["opened_date"] < dates["retired_date"])).all()
    assert ((st.status == "retired") == dates["retired_date"].notna()).all()
    assert ((st.status == "active") == (dates["opened_date"].notna()
                                         & dates["retired_date"].isna())).all()
    opened = dates["opened_date"].dropna().dt.year
    assert opened.min() >= 2019 and opened.max() <= 2023
    per_year = opened.value_counts().sort_index().cumsum()
    assert per_year.is_monotonic_increasing
    # plan milestones scaled to 3000 sites of the 5500 default: >= 1500/5500 open by 2020
    assert per_year.loc[2020] / 3000 > 1500 / 5500 * 0.9
    # clustering: the densest 5 % of the land holds far more than 5 % of the sites
    m = st.to_crs(4550)
    h, _, _ = np.histogram2d(m.geometry.x, m.geometry.y, bins=60)
    h = np.sort(h[h > 0])[::-1]
    assert h[: max(1, len(h) // 20)].sum() > 0.3 * len(st)
    # counties get stations roughly by population (independent join)
    joined = gpd.sjoin(m, counties_m[["code", "population", "geometry"]], predicate="within")
    share = joined["code"].value_counts(normalize=True)
    pop = counties_m.set_index("code")["population"]
    assert share.idxmax() == pop.idxmax()


def test_dates_are_spread_over_their_years(layers):
    """Each date column varies from feature to feature (not a handful of fixed days)."""
    for name, gdf in layers.items():
        for col in schema.LAYERS[name].date_fields:
            if col not in gdf or gdf[col].notna().sum() < 50:
                continue
            values = pd.to_datetime(gdf[col]).dropna()
            assert values.nunique() > 0.2 * min(len(values), 365), (name, col)
    st = layers["base_stations"]
    unopened = pd.to_datetime(st.loc[st.status == "built", "built_date"])
    assert unopened.nunique() > 0.5 * len(unopened) > 0


def test_manhole_obj_ids_follow_gbt_30428(layers, counties_m):
    mh = layers["manholes"]
    assert mh["obj_id"].str.fullmatch(r"\d{16}").all() and mh["obj_id"].is_unique
    assert (mh["obj_id"].str[6:8] == "01").all()
    assert (mh["obj_id"].str[6:10] == mh["component_code"]).all()
    assert set(mh["component_code"]) <= set(schema.MANHOLE_COMPONENTS)
    assert (mh["name"] == mh["component_code"].map(schema.MANHOLE_COMPONENTS)).all()
    joined = gpd.sjoin(mh.to_crs(4550), counties_m[["code", "geometry"]], predicate="within")
    assert len(joined) == len(mh)
    assert (joined["obj_id"].str[:6] == joined["code"]).all()
    iot = pd.to_datetime(mh["iot_since"])
    assert (mh["iot_device_id"].notna() == iot.notna()).all()
    assert (iot.dropna() >= pd.to_datetime(mh.loc[iot.notna(), "recorded_date"])).all()
    share = [(iot.dt.year <= y).mean() for y in range(2019, 2024)]
    assert share == sorted(share) and 0.25 < share[-1] < 0.55


def test_synthetic_districts_tessellate_their_bounds():
    box = (121.0, 36.5, 122.0, 37.3)
    d = sample.make_districts(60, seed=3, bounds=box)
    assert len(d) == 60 and d["code"].str.fullmatch(r"\d{6}").all() and d["code"].is_unique
    m = d.to_crs(4550)
    clip = gpd.GeoSeries([shapely.box(*box)], crs=4490).to_crs(4550).iloc[0]
    assert m.area.sum() == pytest.approx(clip.area, rel=1e-6)
    assert shapely.union_all(m.geometry.values).area == pytest.approx(clip.area, rel=1e-6)
    st = sample.make_base_stations(d, 5000, seed=3)
    assert len(st) == 5000
    assert shapely.covered_by(np.asarray(st.to_crs(4550).geometry.values),
                              clip.buffer(1.0)).all()


# --- written files ---------------------------------------------------------------------------

def test_population_raster_sums_to_total_and_is_zero_off_land(written, land_m):
    import rasterio

    out, _ = written
    with rasterio.open(out / "population.tif") as src:
        a = src.read(1).astype(np.float64)
        assert src.crs.to_epsg() == 4550 and src.dtypes[0] == "float32"
        assert src.profile["compress"].lower() == "deflate"
        rows, cols = np.nonzero(a > 0)
        xs, ys = rasterio.transform.xy(src.transform, rows, cols)
    assert a.sum() == pytest.approx(2_900_000, rel=0.01)
    assert (a >= 0).all()
    # populated cells have their centre within a cell of land (rasterized by centre)
    near = shapely.contains_xy(land_m.buffer(200), np.asarray(xs), np.asarray(ys))
    assert near.all()


def test_shapefile_is_gbk_without_cpg_and_ldid_zero(written):
    import pyogrio

    out, _ = written
    shp = out / "manholes.shp"
    assert shp.exists() and (out / "manholes.prj").exists()
    assert not (out / "manholes.cpg").exists()
    raw = (out / "manholes.dbf").read_bytes()
    assert raw[29] == 0
    header_len = int.from_bytes(raw[8:10], "little")
    fields = [raw[i:i + 11].split(b"\0")[0].decode() for i in range(32, header_len - 1, 32)]
    assert {"ObjID", "ObjName", "ObjState", "DeptName1", "ORDate", "IOT_ID"} <= set(fields)
    body = raw[header_len:]
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("gbk")  # strict: raises if any byte sequence is not GBK
    assert "上水井盖" in text or "污水井盖" in text
    good = pyogrio.read_dataframe(shp, encoding="gbk")
    assert set(good["ObjName"]) <= set(schema.MANHOLE_COMPONENTS.values())
    assert set(good["ObjState"]) <= {"完好", "破损", "丢失", "占用"}
    naive = pyogrio.read_dataframe(shp)  # what GDAL makes of it on its own
    assert not set(naive["ObjName"]) & set(schema.MANHOLE_COMPONENTS.values())


_DATE_FORMS = [re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
               re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
               re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
               re.compile(r"^(\d{4})(\d{2})(\d{2})$")]


def _parse_date(text: str):
    if not isinstance(text, str) or not text:
        return None, None
    for k, rx in enumerate(_DATE_FORMS):
        m = rx.match(text)
        if m:
            return pd.Timestamp(int(m[1]), int(m[2]), int(m[3])).date(), k
    raise AssertionError(f"unexpected date form {text!r}")


def test_station_csv_is_gbk_gcj02_with_mixed_dates(written):
    out, _ = written
    raw = (out / "base_stations.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = raw.split(b"\n", 1)[0].decode("gbk").strip()
    assert header.split(",") == ["站点编号", "站点名称", "运营商", "频段", "场景", "天线挂高",
                                 "方位角", "覆盖半径", "状态", "建成日期", "开通日期", "退网日期",
                                 "经度", "纬度"]
    csv = pd.read_csv(out / "base_stations.csv", encoding="gbk", dtype={"站点编号": str},
                      keep_default_na=False)
    gen = sample.make_base_stations(sample.make_districts(None), 1500, SEED)
    assert len(csv) == len(gen) and (csv["站点编号"].to_numpy() == gen["station_id"].to_numpy()).all()
    lon, lat = gcj02_to_wgs84(csv["经度"].to_numpy(float), csv["纬度"].to_numpy(float))
    _, _, dist = Geod(ellps="GRS80").inv(lon, lat, gen.geometry.x.to_numpy(),
                                          gen.geometry.y.to_numpy())
    assert np.max(dist) < 0.01  # metres
    # and the GCJ-02 offset is the 400-500 m one of Weihai, i.e. the file is not in WGS84
    _, _, shift = Geod(ellps="GRS80").inv(csv["经度"].to_numpy(float), csv["纬度"].to_numpy(float),
                                           gen.geometry.x.to_numpy(), gen.geometry.y.to_numpy())
    assert 350 < shift.min() and shift.max() < 550
    forms = set()
    for col, field in (("建成日期", "built_date"), ("开通日期", "opened_date"),
                       ("退网日期", "retired_date")):
        parsed = [_parse_date(t) for t in csv[col]]
        forms |= {k for _, k in parsed if k is not None}
        assert [p for p, _ in parsed] == list(gen[field])
    assert forms == {0, 1, 2, 3}


def test_other_files_read_back(written):
    import pyogrio

    out, files = written
    names = {p.name for p in files}
    assert {"base_stations.csv", "manholes.shp", "communities.csv", "monitoring_points.geojson",
            "key_places.gpkg", "population.tif", "districts.geojson"} <= names
    raw = (out / "communities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    com = pd.read_csv(out / "communities.csv", encoding="utf-8-sig")
    geoms = shapely.from_wkt(com["WKT"].to_numpy())
    assert len(com) == 120 and set(shapely.get_type_id(geoms)) <= {0, 3}
    mp = gpd.read_file(out / "monitoring_points.geojson")
    assert mp.crs.to_epsg() == 4326 and mp["kind"].isin(schema.MONITORING_KINDS.values()).all()
    kp = pyogrio.read_info(out / "key_places.gpkg")
    assert kp["features"] > 0 and kp["crs"] == "EPSG:4490"


def test_cli_writes_a_small_sample(tmp_path):
    from smartcity.standalone.cli import cli

    runner = CliRunner()
    res = runner.invoke(cli, ["sample", str(tmp_path / "s"), "--stations", "200",
                              "--manholes", "300", "--communities", "20", "--districts", "6",
                              "--no-population", "-q"])
    assert res.exit_code == 0, res.output
    st = pd.read_csv(tmp_path / "s" / "base_stations.csv", encoding="gbk")
    assert len(st) == 200
    assert not (tmp_path / "s" / "population.tif").exists()
    d = gpd.read_file(tmp_path / "s" / "districts.geojson")
    assert len(d) == 6
    bad = runner.invoke(cli, ["sample", str(tmp_path / "t"), "--stations", "-1"])
    assert bad.exit_code == 2 and "--stations" in bad.output
    helptext = runner.invoke(cli, ["sample", "--help"]).output
    assert "Examples" in helptext
