"""One definition of *active at D* (issue 15, item 1), checked in real QGIS (offscreen).

Oracles: ``bs_active`` of ``smartcity coverage`` (the CLI, run as a user runs it) on the
bundled sample, for six dates; SQL on the store for the status rules the indicators apply to
undated stations; and QGIS itself filtering the loaded layer the way its map renderer does
(``createFilterString`` for the frame, evaluated with the map-settings scope the canvas puts in
every render context).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

pytestmark = pytest.mark.qgis

DATES = ("2018-12-31", "2019-12-31", "2020-06-30", "2020-12-31", "2021-12-31", "2022-12-31")




def _frame_ending(day: dt.date, months: int = 12):
    """The controller's frame whose last day is ``day``: [day + 1 - months, day + 1)."""
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    end = QDateTime(QDate(day.year, day.month, day.day).addDays(1), QTime(0, 0))
    return QgsDateTimeRange(end.addMonths(-months), end, True, False)


def admitted(layer, rng) -> int:
    """How many features of ``layer`` QGIS's temporal filter admits in frame ``rng``, as the
    map renderer asks for them: the layer's filter string for the frame, evaluated in an
    expression context holding the map settings' scope (``@map_start_time`` …)."""
    from qgis.core import (QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest,
                           QgsMapSettings, QgsVectorLayerTemporalContext)

    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    text = layer.temporalProperties().createFilterString(context, rng)
    settings = QgsMapSettings()
    settings.setIsTemporal(True)
    settings.setTemporalRange(rng)
    expression_context = QgsExpressionContext()
    expression_context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression_context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    request = QgsFeatureRequest().setFilterExpression(text)
    request.setExpressionContext(expression_context)
    return sum(1 for _ in layer.getFeatures(request))


def _bs_active(store: Path, day: str) -> int:
    """``bs_active`` of the city row of ``smartcity coverage --as-of day``."""
    import pandas as pd
    from click.testing import CliRunner

    from smartcity.standalone.cli import cli

    result = CliRunner().invoke(cli, ["coverage", str(store), "--as-of", day,
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout), dtype={"district_code": str})
    return int(table.loc[table["level"] == "city", "bs_active"].iloc[0])


def _stations(group):
    from smartcity.plugin.project import PROPERTY_LAYER

    return next(n.layer() for n in group.findLayers()
                if n.layer().customProperty(PROPERTY_LAYER) == "base_stations")


def test_map_draws_what_coverage_counts_on_six_dates(project, store_copy):
    from smartcity.plugin.project import load_store

    stations = _stations(load_store(store_copy, project))
    with sqlite3.connect(store_copy) as conn:
        undated = conn.execute("SELECT count(*) FROM base_stations WHERE opened_date IS NULL "
                               "AND status <> 'active'").fetchone()[0]
    assert undated > 0  # the sample's building / built stations: drawn before, never counted
    drawn = []
    for day in DATES:
        expected = _bs_active(store_copy, day)
        shown = admitted(stations, _frame_ending(dt.date.fromisoformat(day)))
        assert shown == expected, day
        drawn.append(shown)
    assert len(set(drawn)) == len(DATES)  # the dates tell the network's growth apart


def test_a_station_retired_during_the_frame_is_not_drawn_in_it(project, store_copy, tmp_path):
    """The frame shows the state on its last day, like the dashboard: a station retired in
    June 2021 is gone from the 2021 frame, shown in 2020; a monthly frame works the same."""
    from smartcity.plugin.project import load_store

    from qgis.PyQt.QtCore import QDate

    path = tmp_path / "retired.gpkg"
    shutil.copy(store_copy, path)
    with sqlite3.connect(path) as conn:
        fid, = conn.execute("SELECT fid FROM base_stations WHERE opened_date < '2020-01-01' "
                            "AND retired_date IS NULL AND status = 'active' "
                            "LIMIT 1").fetchone()
    stations = _stations(load_store(path, project))
    fields = stations.fields()
    assert stations.dataProvider().changeAttributeValues(  # as an edit in QGIS writes it
        {fid: {fields.indexOf("retired_date"): QDate(2021, 6, 15),
               fields.indexOf("status"): "retired"}})
    stations.reload()

    def shown(day, months=12):
        return admitted(stations, _frame_ending(day, months))

    for day, months, gone in ((dt.date(2021, 12, 31), 12, 1), (dt.date(2020, 12, 31), 12, 0),
                              (dt.date(2021, 6, 30), 1, 1), (dt.date(2021, 6, 14), 1, 0)):
        counted = _bs_active(path, day.isoformat())
        assert shown(day, months) == counted, (day, months)
        assert counted == _bs_active(store_copy, day.isoformat()) - gone, day


def test_controller_set_up_on_load(project, store_copy):
    """Animated, from the store's first lifecycle year to its last, one-year frames ending on
    31 December, on the last frame; the project's time settings say the same."""
    from qgis.core import QgsTemporalNavigationObject

    from smartcity.plugin.project import load_store, setup_temporal_controller
    from smartcity.qgis_common.compat import enum_int, navigation_mode

    group = load_store(store_copy, project)
    controller = QgsTemporalNavigationObject()
    rng = setup_temporal_controller(group, controller, project)
    from smartcity.layers.schema import LAYERS

    days = []
    with sqlite3.connect(store_copy) as conn:
        for name, lyr in LAYERS.items():
            for field in (lyr.start, lyr.end):
                days += [d for d in conn.execute(
                    f'SELECT min("{field}"), max("{field}") FROM "{name}"').fetchone() if d]
    first, last = min(days), max(days)
    assert rng.begin().date().toString("yyyy-MM-dd") == f"{first[:4]}-01-01"
    assert rng.end().date().toString("yyyy-MM-dd") == f"{int(last[:4]) + 1}-01-01"
    assert enum_int(controller.navigationMode()) == enum_int(navigation_mode("Animated"))
    assert controller.totalFrameCount() == int(last[:4]) + 1 - int(first[:4])
    for frame in range(controller.totalFrameCount()):
        r = controller.dateTimeRangeForFrameNumber(frame)
        assert (r.begin().date().month(), r.begin().date().day()) == (1, 1)
        assert r.end().addMSecs(-1).date().toString("MM-dd") == "12-31"
    assert controller.currentFrameNumber() == controller.totalFrameCount() - 1
    assert project.timeSettings().temporalRange() == rng
    # "set to full range" (the layers' extents, evaluated without a frame) is that range too,
    # not 0001-9999
    from qgis.core import QgsTemporalUtils

    full = QgsTemporalUtils.calculateTemporalRangeForProject(project)
    assert (full.begin(), full.end()) == (rng.begin(), rng.end())
