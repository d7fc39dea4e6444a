"""The 5G coverage of each year as a temporal layer in the store's group.

The Temporal Controller steps through years; what a viewer wants to see at each step is the
coverage the indicators measure on that frame's last day.  :func:`yearly_coverage` computes
the dissolved coverage inside each county (``CoverageResult.unions`` of
:mod:`smartcity.processing.coverage`, the polygons the map sheets draw) on 31 December of
every year of the controller's range, in one incremental pass; :func:`coverage_layer` makes
them a memory layer whose feature for year *Y* is valid from *Y*-12-31 to (*Y*+1)-12-31,
made temporal by the same rule as the store's layers (:mod:`smartcity.qgis_common.temporal`),
so each frame draws the coverage as of its last day.  It is computed in a
:class:`~smartcity.plugin.dashboard.DashboardTask` (off the GUI thread) when a store is
opened, and recomputed when it is opened again.  The layer is not saved in the store: it is
derived, like the indicators.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

from ..layers.lifecycle import Lifecycle
from ..qgis_common.i18n import tr

PROPERTY_COVERAGE = "smartcity/coverage"
"""Custom property marking the coverage layer (its value: the store)."""
RULE = Lifecycle("valid_from", "valid_to")
"""The coverage features' lifecycle: a year's coverage holds until the next year-end."""


def yearly_coverage(layers, days: list[dt.date],
                    progress: Optional[Callable] = None) -> list[tuple[dt.date, list]]:
    """``(day, [(county code, county name, polygon in EPSG:4490), …])`` for each of ``days``
    (ascending): the dissolved 5G coverage inside each county on that day.  ``layers``:
    prepared full layer tables (:func:`smartcity.processing.indicators.read_layers`)."""
    import numpy as np

    from ..processing import indicators as ind

    cov = ind.coverage_engine()
    stations = layers["base_stations"]
    out = []
    counties = [ind.indicator_districts(layers["districts"], day, "county") for day in days]
    active = np.column_stack([ind.station_masks(stations, day)["active"] for day in days]) \
        if days else np.zeros((len(stations), 0), dtype=bool)
    first = counties[0] if counties else None
    if first is None:
        return out
    results = cov.coverage_at_dates(ind.coverage_districts(first), stations, active,
                                    progress=progress)
    own = first[first["level"] != "city"]  # the city row is the union of the counties
    names = dict(zip(own["code"].astype(str), own["name"].astype(str)))
    for day, result in zip(days, results):
        unions = result.unions.to_crs(4490)
        out.append((day, [(str(code), names.get(str(code), ""), geom)
                          for code, geom in unions.items()
                          if geom is not None and not geom.is_empty
                          and names.get(str(code)) is not None]))
    return out


def qgis_frames(frames: list[tuple[dt.date, list]]) -> list[tuple[dt.date, list]]:
    """``frames`` with each polygon a ``QgsGeometry`` (through WKB).  Done in the task's
    thread: the county unions have tens of thousands of vertices, and converting them on the
    GUI thread froze QGIS for 6 s (measured, ``scripts/measure_gui_stalls.py``)."""
    from qgis.core import QgsGeometry

    out = []
    for day, parts in frames:
        converted = []
        for code, name, geom in parts:
            if not isinstance(geom, QgsGeometry):
                wkb, geom = geom.wkb, QgsGeometry()
                geom.fromWkb(wkb)
            converted.append((code, name, geom))
        out.append((day, converted))
    return out


def coverage_layer(frames: list[tuple[dt.date, list]], store: str):
    """A styled, temporal memory layer of :func:`yearly_coverage`'s ``frames`` (polygons as
    shapely geometries or, cheaper on the GUI thread, as :func:`qgis_frames` made them)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from ..qgis_common.i18n import localize_layer
    from ..qgis_common.temporal import set_lifecycle_rule
    from ..resources import STYLES
    from .project import PROPERTY_STORE

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490&field=district_code:string"
                           "&field=district_name:string&field=as_of:date"
                           "&field=valid_from:date&field=valid_to:date",
                           tr("5G coverage (yearly)"), "memory")
    features = []
    for i, (day, parts) in enumerate(qgis_frames(frames)):
        until = frames[i + 1][0] if i + 1 < len(frames) else None
        for code, name, geom in parts:
            f = QgsFeature(layer.fields())
            f.setAttributes([code, name, QDate(day.year, day.month, day.day),
                             QDate(day.year, day.month, day.day),
                             QDate(until.year, until.month, until.day) if until else None])
            f.setGeometry(QgsGeometry(geom))
            features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.loadNamedStyle(str(STYLES / "coverage.qml"))
    localize_layer(layer)
    set_lifecycle_rule(layer, RULE)
    layer.setCustomProperty(PROPERTY_COVERAGE, store)
    layer.setCustomProperty(PROPERTY_STORE, store)
    return layer


def year_ends(rng) -> list[dt.date]:
    """31 December of every year a Temporal Controller range (QgsDateTimeRange) covers."""
    first, last = rng.begin().date().year(), rng.end().addMSecs(-1).date().year()
    return [dt.date(y, 12, 31) for y in range(first, last + 1)]


def add_coverage_layer(group, rng, project=None):
    """Compute the yearly coverage of the store in ``group`` for the years of ``rng`` in a
    task and add it to the group when done (replacing an earlier one).  Returns the task,
    or None when the analysis libraries are missing (the store's layers still load)."""
    from qgis.core import QgsApplication, QgsProject

    from ..qgis_common.deps import missing_dependencies
    from .dashboard import DashboardTask
    from .tasks import when_engine_ready

    if missing_dependencies() or rng is None:
        return None
    project = project or QgsProject.instance()
    store = str(group.customProperty("smartcity/store"))
    days = year_ends(rng)

    def job(progress):
        from ..processing.indicators import read_layers

        return qgis_frames(yearly_coverage(read_layers(store), days, progress=progress))

    def done(task) -> None:
        if task.error is not None or task.result is None:
            if task.error is not None:
                from qgis.core import Qgis, QgsMessageLog

                QgsMessageLog.logMessage(
                    tr("The yearly coverage could not be computed: {}").format(task.error),
                    tr("Smart City"), Qgis.Warning)
            return
        place_layer(coverage_layer(task.result, store), store, project)

    task = DashboardTask(tr("5G coverage (yearly)"), job, done)
    _running.append(task)  # a QgsTask subclass must outlive its run (PyQt owns it)
    task.taskCompleted.connect(lambda: _running.remove(task) if task in _running else None)
    task.taskTerminated.connect(lambda: _running.remove(task) if task in _running else None)

    def start() -> None:  # once the engine's warm-up, if one runs, has ended
        if task in _running:  # not cancelled meanwhile (plugin unloaded)
            QgsApplication.taskManager().addTask(task)

    when_engine_ready(start)
    return task


_running: list = []


def cancel_tasks() -> None:
    """Cancel the coverage computations still running (plugin unload): their results are
    not added."""
    for task in list(_running):
        _running.remove(task)  # one still waiting for the warm-up is then never started
        task.done = None
        try:
            task.cancel()
        except RuntimeError:  # already deleted by the task manager
            pass


def place_layer(layer, store: str, project=None) -> bool:
    """Put the coverage ``layer`` into the group of ``store`` (below the points, above the
    areas), replacing an earlier coverage layer; False when the group is gone."""
    from qgis.core import QgsProject

    from .project import PROPERTY_LAYER, PROPERTY_STORE

    project = project or QgsProject.instance()
    group = next((g for g in project.layerTreeRoot().findGroups()
                  if g.customProperty(PROPERTY_STORE) == store), None)
    if group is None:
        return False
    old = [n.layer().id() for n in group.findLayers()
           if n.layer() is not None and n.layer().customProperty(PROPERTY_COVERAGE)]
    if old:
        project.removeMapLayers(old)
    position = len(group.children())
    for i, node in enumerate(group.children()):
        lyr = getattr(node, "layer", lambda: None)()
        if lyr is not None and lyr.customProperty(PROPERTY_LAYER) in (
                "sites", "pipelines", "communities", "builtup_areas", "forests"):
            position = i
            break
    project.addMapLayer(layer, False)
    group.insertLayer(position, layer)
    return True
