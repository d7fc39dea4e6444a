"""Coverage rates against QGIS's own pipeline: native:buffer -> native:dissolve ->
native:calculatevectoroverlaps, on the same stations (centres and buffer distances in the
same metric CRS, same segment count) and the real Weihai districts, zones overlapping counties
and the whole city as one more row.  Agreement within 0.01 percentage points.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from smartcity.processing import coverage, shapes

REPO = Path(__file__).resolve().parents[1]
WEIHAI = REPO / "data" / "weihai" / "districts.geojson"


def weihai_districts() -> gpd.GeoDataFrame:
    """The real Weihai districts plus the whole city (union of the counties) as row 'city'."""
    if WEIHAI.exists():
        d = gpd.read_file(WEIHAI)[["code", "name", "level", "geometry"]]
        d["code"] = d["code"].astype(str)
        d = d.set_crs(4490, allow_override=True)
    else:  # synthetic stand-in: four counties and a zone inside the first
        m = gpd.GeoSeries([shapely.box(520_000 + 20_000 * i, 4_130_000, 540_000 + 20_000 * i,
                                       4_160_000) for i in range(4)]
                          + [shapely.box(525_000, 4_135_000, 532_000, 4_141_000)], crs=4550)
        d = gpd.GeoDataFrame({"code": ["371002", "371003", "371082", "371083", "371071"],
                              "name": list("ABCDZ"),
                              "level": ["county"] * 4 + ["zone"]}, geometry=m.to_crs(4490))
    if "371000" in set(d.code):  # the data file already carries the whole city
        return d.reset_index(drop=True)
    city = shapely.union_all(d.geometry[d.level == "county"].to_numpy())
    extra = gpd.GeoDataFrame({"code": ["371000"], "name": ["威海市"], "level": ["city"]},
                             geometry=[city], crs=4490)
    return pd.concat([d, extra], ignore_index=True)


def random_stations(districts: gpd.GeoDataFrame, n: int, seed: int) -> gpd.GeoDataFrame:
    """Omni stations (QGIS buffers circles only): clustered around a few centres plus a
    uniform background, with the band/scene mix of a register."""
    rng = np.random.default_rng(seed)
    land = shapely.union_all(districts.to_crs(4550).geometry.to_numpy())
    minx, miny, maxx, maxy = land.bounds
    centres = np.column_stack([rng.uniform(minx, maxx, 40), rng.uniform(miny, maxy, 40)])
    centres = centres[shapely.contains_xy(land, centres[:, 0], centres[:, 1])][:6]
    k = int(0.6 * n)
    xy = centres[rng.integers(0, len(centres), k)] + rng.normal(size=(k, 2)) * 3000
    bg = np.column_stack([rng.uniform(minx, maxx, 4 * n), rng.uniform(miny, maxy, 4 * n)])
    bg = bg[shapely.contains_xy(land, bg[:, 0], bg[:, 1])][: n - k]
    xy = np.concatenate([xy, bg])
    return gpd.GeoDataFrame({
        "station_id": [f"S{i}" for i in range(len(xy))],
        "band": rng.choice(["n78", "n41", "n28", "n1", "n79"], len(xy)),
        "scene": rng.choice(["dense_urban", "urban", "suburban", "rural"], len(xy)),
        "coverage_radius_m": np.where(rng.uniform(size=len(xy)) < 0.1,
                                      rng.uniform(100, 3000, len(xy)), np.nan),
    }, geometry=shapely.points(xy), crs=4550).to_crs(4490)


def _memory_layer(kind: str, fields: dict, geoms, values: dict):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    spec = "&".join(f"field={k}:{v}" for k, v in fields.items())
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4550&{spec}", kind.lower(), "memory")
    qtypes = {"double": QVariant.Double, "string": QVariant.String}
    assert all(k in qtypes for k in fields.values())
    feats = []
    for i, g in enumerate(geoms):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(g, rounding_precision=-1)))
        f.setAttributes([values[k][i] for k in fields])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def qgis_pipeline(districts_m: gpd.GeoDataFrame, xy: np.ndarray, r_map: np.ndarray,
                  segments: int) -> pd.Series:
    """Percent of each district covered, per QGIS native algorithms; index district code."""
    import processing  # QGIS's package (the qgis_app fixture put it first on sys.path)
    from qgis.core import QgsProperty

    st = _memory_layer("Point", {"r": "double"}, shapely.points(xy), {"r": list(map(float, r_map))})
    dl = _memory_layer("MultiPolygon", {"code": "string"}, districts_m.geometry.to_numpy(),
                       {"code": list(districts_m.code)})
    buf = processing.run("native:buffer", {
        "INPUT": st, "DISTANCE": QgsProperty.fromField("r"), "SEGMENTS": segments,
        "END_CAP_STYLE": 0, "JOIN_STYLE": 0, "MITER_LIMIT": 2, "DISSOLVE": False,
        "OUTPUT": "memory:"})["OUTPUT"]
    dis = processing.run("native:dissolve", {"INPUT": buf, "FIELD": [],
                                             "OUTPUT": "memory:"})["OUTPUT"]
    out = processing.run("native:calculatevectoroverlaps", {
        "INPUT": dl, "LAYERS": [dis], "OUTPUT": "memory:"})["OUTPUT"]
    pc = [f.name() for f in out.fields() if f.name().endswith("_pc")]
    assert len(pc) == 1, [f.name() for f in out.fields()]
    return pd.Series({f["code"]: float(f[pc[0]]) for f in out.getFeatures()})


@pytest.mark.parametrize("n,seed", [(1500, 1), (400, 2)])
def test_rates_equal_qgis_native(qgis_app, n, seed):
    d = weihai_districts()
    st = random_stations(d, n, seed)
    ours = coverage.coverage_by_district(d, st, crs=4550)
    # Same centres and buffer distances: our projected centres, radius in map units.
    p = shapes.station_params(st, 4550)
    xy = np.column_stack([p.x, p.y])
    d_m = d.to_crs(4550)
    theirs = qgis_pipeline(d_m, xy, p.map_radius(), ours.quad_segs)
    diff = (ours.table.cov_5g_area_pct - theirs.reindex(ours.table.index)).abs()
    assert diff.notna().all()
    assert diff.max() <= 0.01, diff
    print(f"max |ours - QGIS| = {diff.max():.2e} percentage points")
    # Non-trivial: not everything covered, not nothing, zones and city are separate rows.
    assert ours.table.cov_5g_area_pct.between(1, 99).sum() >= 5
    # The QGIS circles really are ours: one buffer's area against our shape's area.
    one = shapes.build_shapes(p, np.array([0]), ours.quad_segs)[0]
    assert one.area == pytest.approx(np.pi * p.map_radius()[0] ** 2 *
                                     shapes.circle_area_ratio(ours.quad_segs), rel=1e-6)


def test_qgis_default_segments_are_short(qgis_app):
    """The reason for equal segment counts: QGIS's default 5 per quarter is 1.6 % short."""
    assert 1 - shapes.circle_area_ratio(5) == pytest.approx(0.0163, abs=0.0005)
    assert 1 - shapes.circle_area_ratio(shapes.circle_segments_for()) <= 0.002
