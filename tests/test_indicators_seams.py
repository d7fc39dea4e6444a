"""The indicator core's seams: what adapters and other modules call, and what it evaluates once.

The tables themselves are checked against plain-loop oracles in ``test_indicators.py``; here:
the lifecycle masks are evaluated once per date, the coercion lives in its own module with
the old names still importable, and the districts-with-indicators layer matches the table.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_indicators import _random_layers  # noqa: E402

from smartcity.processing import indicators as ind  # noqa: E402
from smartcity.processing import series as ser  # noqa: E402

DAY = dt.date(2021, 12, 31)


@pytest.fixture(scope="module")
def layers():
    return ind.prepare_layers(_random_layers(random.Random(11), n_points=120))


def _count_station_masks(monkeypatch) -> dict:
    calls = {"n": 0}
    real = ind.station_masks

    def counting(*args, **kwargs):
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(ind, "station_masks", counting)
    return calls


def test_station_masks_once_per_coverage_call(layers, monkeypatch):
    calls = _count_station_masks(monkeypatch)
    table, _, _ = ind.compute_layers(layers, DAY, level="all", polygons=False)
    assert calls["n"] == 1
    assert table["bs_active"].iloc[-1] > 0  # the city row counted stations at all


def test_station_masks_once_per_series_date(layers, monkeypatch):
    calls = _count_station_masks(monkeypatch)
    dates = ser.period_ends(2019, 2021)
    ser.series_layers(layers, dates, level="county")
    assert calls["n"] == len(dates)


def test_station_state_of_another_table_is_refused(layers):
    districts = ind.indicator_districts(layers["districts"], DAY, "county")
    state = ind.station_masks(layers["base_stations"].iloc[:5], DAY)
    with pytest.raises(ValueError, match="masks for 5 stations but the base_stations layer has"):
        ind.indicator_table(layers, districts, DAY, None, station_state=state)


def test_coercion_lives_in_prepare_and_keeps_its_old_names():
    from smartcity.processing import prepare

    for name in ("prepare_layer", "prepare_layers", "read_layers", "to_bool", "to_dates"):
        assert getattr(ind, name) is getattr(prepare, name)
    flags = prepare.to_bool(pd.Series(["是", "否", None, 1]), "manholes", "x")
    assert flags.tolist() == [True, False, pd.NA, True]
    with pytest.raises(ValueError, match="layer 'communities', row 1, field 'rated_date'"):
        prepare.to_dates(pd.Series(["2021-03-05", "not a date"]), "communities", "rated_date")


def test_indicator_layer_is_the_districts_with_their_table(layers):
    table, _, districts = ind.compute_layers(layers, DAY, level="all", counts=True,
                                             polygons=False)
    layer = ind.indicator_layer(table, districts)
    assert list(layer.columns) == list(table.columns) + ["geometry"]
    assert layer.crs.to_epsg() == 4490 and len(layer) == len(districts)
    assert layer["level"].iloc[-1] == "city"
    pd.testing.assert_frame_equal(pd.DataFrame(layer.drop(columns="geometry")), table)
    # each feature's polygon is the district of its code (geometry, not just the row order)
    by_code = dict(zip(districts["code"], districts.geometry))
    assert all(g.equals(by_code[c]) for c, g in zip(layer["district_code"], layer.geometry))
    with pytest.raises(ValueError, match="pass the districts compute_layers returned"):
        ind.indicator_layer(table.iloc[::-1], districts)
    with pytest.raises(ValueError, match="pass the districts compute_layers returned"):
        ind.indicator_layer(table, districts.iloc[:-1])
