"""The dashboard dock (issue 15, item 7) and the dialogs' defaults (item 9), in real QGIS.

Oracles: SQL on the store for the stations built at each year-end (the chart), the counties
adding up to the city (the district list), the districts layer's own features (what a click
selects), Qt's layout at the dock's 350 px width, and the QgsTask's own cancel flag.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .test_plugin import FakeIface

pytestmark = pytest.mark.qgis




def _built_sql(conn, day: str) -> int:
    """Stations built (or opened) by ``day`` and not retired: the plan's "built" rule."""
    return conn.execute(
        "SELECT count(*) FROM base_stations WHERE (opened_date <= :d OR (opened_date IS NULL "
        "AND status = 'active') OR built_date <= :d OR (opened_date IS NULL AND built_date IS "
        "NULL AND status = 'built')) AND NOT (coalesce(retired_date <= :d, 0) OR "
        "(retired_date IS NULL AND status = 'retired'))", {"d": day}).fetchone()[0]


def _dock(project, store, day=(2021, 12, 31), iface=None):
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.dashboard import DashboardDock
    from smartcity.plugin.project import load_store

    load_store(store, project)
    dock = DashboardDock(iface)
    dock.follow.setChecked(False)
    dock.date_edit.setDate(QDate(*day))
    dock.set_stores([str(Path(store).resolve())])
    return dock


def test_chart_and_districts_of_the_picked_target(project, store_copy):
    dock = _dock(project, store_copy)
    dock.refresh()
    dock.wait()
    index = dock.picker.findData("bs_2022")
    assert index >= 0
    dock.picker.setCurrentIndex(index)
    years = [y for y, _ in dock.chart.points]
    assert years == list(range(years[0], 2022)) and len(years) >= 3
    with sqlite3.connect(store_copy) as conn:
        assert dock.chart.points == [(y, float(_built_sql(conn, f"{y}-12-31"))) for y in years]
        city = _built_sql(conn, "2021-12-31")
        counties = {row[0] for row in conn.execute(
            "SELECT name FROM districts WHERE level = 'county'")}
    assert dock.chart.goal == float(dock.picked_row()["target"])
    rows = range(dock.districts.rowCount())
    names = {dock.districts.item(i, 0).text() for i in rows}
    assert names == counties
    values = [int(dock.districts.item(i, 1).text().replace(",", "").split()[0]) for i in rows]
    assert sum(values) == city  # the counties add up to the city
    dock.deleteLater()


def test_a_click_on_a_district_selects_and_zooms_to_it(project, store_copy):
    from qgis.core import QgsCoordinateTransform

    from smartcity.qgis_common.compat import user_role

    iface = FakeIface()
    dock = _dock(project, store_copy, iface=iface)
    dock.refresh()
    dock.wait()
    layer = dock.districts_layer()
    assert layer is not None
    row = dock.districts.rowCount() - 1
    code = dock.districts.item(row, 0).data(user_role())
    dock.districts.cellClicked.emit(row, 0)
    selected = layer.selectedFeatures()
    assert [f["code"] for f in selected] == [code]
    transform = QgsCoordinateTransform(layer.crs(), iface.canvas.mapSettings().destinationCrs(),
                                       project)
    box = transform.transformBoundingBox(selected[0].geometry().boundingBox())
    extent = iface.canvas.extent()
    assert extent.contains(box)
    assert extent.width() < 3 * box.width() or extent.height() < 3 * box.height()
    dock.disconnect_all()
    dock.deleteLater()


def test_a_newer_date_cancels_the_running_computation(project, store_copy):
    from qgis.PyQt.QtCore import QDate

    dock = _dock(project, store_copy, day=(2020, 12, 31))
    first = dock.refresh()
    assert first is not None and not first.isCanceled()
    dock.date_edit.setDate(QDate(2021, 12, 31))
    second = dock.refresh()
    assert first.isCanceled() and second is not None and second is not first
    dock.wait()
    assert dock.summary.text().startswith("2021-12-31")
    assert dock.date_edit.date() == QDate(2021, 12, 31)
    # the same date again comes from the cache: no task
    assert dock.refresh() is None and dock.summary.text().startswith("2021-12-31")
    dock.deleteLater()


def test_everything_is_readable_in_a_350_px_dock(project, store_copy):
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QMainWindow, QWidget

    from smartcity.plugin.dashboard import DOCK_WIDTH
    from smartcity.qgis_common.compat import dock_area_right

    window = QMainWindow()
    window.setCentralWidget(QWidget())  # the map's place
    dock = _dock(project, store_copy)
    window.addDockWidget(dock_area_right(), dock)
    window.resize(1200, 900)
    window.show()
    dock.refresh()
    dock.wait()
    window.resizeDocks([dock], [DOCK_WIDTH], 1)  # Qt.Horizontal
    QCoreApplication.processEvents()
    assert dock.width() <= DOCK_WIDTH + 2
    for table in (dock.table, dock.districts):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width() + 1  # no column cut off
        metrics = table.fontMetrics()
        for column in range(1, table.columnCount()):  # the narrow columns fit their text
            texts = [table.item(r, column).text() for r in range(table.rowCount())]
            texts.append(table.horizontalHeaderItem(column).text())
            assert header.sectionSize(column) >= max(metrics.horizontalAdvance(t)
                                                     for t in texts)
    assert dock.chart.height() >= dock.chart.minimumHeight() > 0
    window.close()


def test_dialog_defaults_follow_the_project(provider, project, store_copy, monkeypatch):
    """With a store loaded and the controller on the 2020 frame, a dialog's algorithm opens
    on 2020-12-31 and that store; without a desktop the date has no default."""
    import qgis.utils
    from qgis.core import (QgsApplication, QgsDateTimeRange, QgsInterval,
                           QgsTemporalNavigationObject)
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    from smartcity.plugin.project import load_store
    from smartcity.qgis_common.compat import navigation_mode, temporal_years

    registry = QgsApplication.processingRegistry()
    alg = registry.createAlgorithmById("smartcity:coverage")
    assert alg.parameterDefinition("AS_OF").defaultValue() is None
    load_store(store_copy, project)
    iface = FakeIface()
    controller = QgsTemporalNavigationObject()
    iface.canvas.setTemporalController(controller)
    controller.setNavigationMode(navigation_mode("Animated"))
    controller.setTemporalExtents(QgsDateTimeRange(
        QDateTime(QDate(2019, 1, 1), QTime(0, 0)), QDateTime(QDate(2023, 1, 1), QTime(0, 0)),
        True, False))
    controller.setFrameDuration(QgsInterval(1, temporal_years()))
    controller.setCurrentFrameNumber(1)
    monkeypatch.setattr(qgis.utils, "iface", iface)
    for name in ("coverage", "mapsheet", "snapshot"):
        alg = registry.createAlgorithmById(f"smartcity:{name}")  # what a dialog opens
        assert alg.parameterDefinition("AS_OF").defaultValue() == QDate(2020, 12, 31), name
        assert alg.parameterDefinition("STORE").defaultValue() == str(
            Path(store_copy).resolve()), name
