"""The plan's area and length rates on the bundled Weihai sample, against oracles we did not
write: GEOS overlays (union of the coverage shapes ∩ built-up areas or forests cut at the
district borders) and plain counts; and every target of the plan measured on it."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
import shapely

from smartcity.processing import shapes, targets
from smartcity.processing.coverage import district_geoms
from smartcity.processing.indicators import compute_layers, read_layers, station_masks
from smartcity.processing.watch import watch_mask, watch_params

AS_OF = dt.date(2022, 12, 31)


@pytest.fixture(scope="module")
def computed(sample_store):
    layers = read_layers(sample_store)
    table, _, districts = compute_layers(layers, AS_OF, level="all", polygons=False,
                                         counts=True)
    return layers, table.set_index("district_code"), districts


def _geos_rate(districts, polygons, cover, crs):
    dgeom = district_geoms(districts, crs)
    zone = shapely.union_all(polygons.to_crs(crs).geometry.to_numpy())
    out = {}
    for code, d in zip(districts["code"], dgeom):
        z = shapely.intersection(d, zone)
        out[str(code)] = (100.0 * shapely.intersection(z, cover).area / z.area
                          if z.area > 0 else math.nan)
    return pd.Series(out)


def _crs(districts):
    from smartcity.processing.coverage import metric_crs_for

    return metric_crs_for(districts[["code", "name", "geometry"]])


def test_builtup_coverage_on_the_sample_equals_geos(computed):
    layers, table, districts = computed
    crs = _crs(districts)
    st = layers["base_stations"]
    active = st[station_masks(st, AS_OF)["active"]]
    cover = shapely.union_all(shapes.coverage_shapes(active, crs).to_numpy())
    for column, kind in (("cov_5g_builtup_pct", None), ("cov_5g_builtup_pct_urban", "urban"),
                         ("cov_5g_builtup_pct_town", "town")):
        bu = layers["builtup_areas"]
        theirs = _geos_rate(districts, bu if kind is None else bu[bu["kind"] == kind], cover,
                            crs)
        ours = table[column]
        both = ours.notna() & theirs.reindex(ours.index).notna()
        assert (ours.isna() == theirs.reindex(ours.index).isna()).all(), column
        assert both.sum() >= 5
        assert (ours[both] - theirs.reindex(ours.index)[both]).abs().max() <= 0.01, column


def test_forest_watch_on_the_sample_equals_geos(computed):
    layers, table, districts = computed
    crs = _crs(districts)
    points = layers["monitoring_points"]
    watch = points[watch_mask(points, AS_OF)].reset_index(drop=True)
    assert len(watch) >= 30 and watch["fov_deg"].notna().sum() >= 5
    views = shapes.build_shapes(watch_params(watch, crs))
    cover = shapely.union_all(views)
    theirs = _geos_rate(districts, layers["forests"], cover, crs)
    ours = table["forest_watch_pct"]
    both = ours.notna()
    assert both.sum() >= 4 and ours[both].between(1, 99.9).all()
    assert (ours[both] - theirs.reindex(ours.index)[both]).abs().max() <= 0.01


def test_counts_on_the_sample_by_hand(computed):
    layers, table, districts = computed
    city = table.loc["371000"]
    sites = layers["sites"]
    alive = sites["established_date"] <= pd.Timestamp(AS_OF)
    assert city["demo_5g_n"] == (alive & (sites["kind"] == "demo_5g")).sum()
    assert city["smart_farm_n"] == (alive & sites["kind"].isin(["smart_farm",
                                                                "smart_ranch"])).sum()
    # every ranch at sea counts in exactly one county: the counties add up to the city
    counties = table[table["level"] == "county"]
    assert counties["smart_farm_n"].sum() == city["smart_farm_n"]
    kp = layers["key_places"]
    school = kp[kp["category"] == "school"]
    assert city["school_wifi_pct"] == pytest.approx(
        100 * (school["wifi_since"] <= pd.Timestamp(AS_OF)).mean())
    assert city["school_n"] == len(school)
    pipes = layers["pipelines"]
    assert city["pipe_km"] > 1000
    assert counties["pipe_km"].sum() == pytest.approx(city["pipe_km"], rel=1e-9)
    assert 0 < city["pipe_monitored_pct"] < 100 and len(pipes) > 1000


def test_every_target_of_the_plan_is_measured_on_the_sample(sample_store):
    ev = targets.evaluate_targets(None, sample_store, AS_OF)
    assert len(ev) == len(targets.load_targets())
    assert (ev["status"] != "not_measured").all(), ev.loc[ev["status"] == "not_measured",
                                                          "target_id"].tolist()
    assert ev["actual"].notna().all()
    assert not np.isin(ev["status"], ["no_data"]).any()
