"""Loading a project store into the QGIS project: one layer group, styled, temporal.

Every layer of the store becomes a layer of the group ``智慧城市 · <store>`` (or ``Smart City ·
<store>``), styled from ``styles/<layer>.qml`` (symbology, labels, field aliases and the
Temporal category), with its temporal properties set from the layer's lifecycle fields in
:mod:`smartcity.layers.schema`, so the Temporal Controller shows stations switching on year by
year.  Layers that may hold points and polygons (communities, key places) are loaded as two
layers on the one table, points and areas, whatever the table holds, so an empty store can be
digitised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsDataSourceUri, QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

from ..layers.locations import is_postgres_url, split_url
from ..layers.schema import LAYERS, STORE_EPSG
from ..qgis_common.i18n import is_chinese, localize_layer, tr
from ..qgis_common.projectinfo import PROPERTY_STORE, loaded_stores
from ..qgis_common.temporal import set_lifecycle
from ..resources import STYLES
from .edit_tracking import track

DRAW_ORDER = ("districts", "key_places", "monitoring_points", "base_stations", "manholes",
              "enterprises", "sites", "pipelines", "communities", "builtup_areas", "forests")
"""Layer tree order, top (drawn last, on top) first: outlines and points above polygons."""

MIXED_KINDS = ("Point", "Polygon")
"""A layer whose table may hold points and polygons (communities, key places) is loaded as
two QGIS layers on the one table, one per kind, so that both can be digitised."""

PROPERTY_LAYER = "smartcity/layer"

CLUSTERED = {"base_stations": "#1f4e79", "manholes": "#00796b"}
"""Point layers dense enough to overplot, with their clusters' colour: drawn as clusters (a
disc with the count) at overview scales, every feature with its own symbol at street scales
(see :func:`follow_scale`)."""
CLUSTER_DISTANCE_MM = 4.0
"""Symbols closer than this on screen merge into one cluster (2 km at 1:500 000)."""
CLUSTER_SCALE = 50_000
"""From this scale (1:N) on, zoomed further out, the dense layers are clusters; at larger
scales every feature is drawn, those at one spot (a tower's several operators) spread on a
ring around it (:data:`DISPLACE_DISTANCE_MM`): at 1:25 000 the clusters of 4 mm (100 m)
had covered the streets with discs of 2-6 manholes."""
DISPLACE_DISTANCE_MM = 0.8
"""Features closer than this on screen at street scales are spread on a ring."""
PROPERTY_CLUSTER = "smartcity/cluster_colour"
"""Custom property of a layer whose renderer follows the scale: its clusters' colour."""
DETAIL_ONLY = {"manholes": 100_000}
"""Layers drawn only at larger scales than 1:N (street detail: 10 000 manholes say nothing
at city scale, where the coverage and the stations do)."""


def point_renderer(base, colour: str, scale: float):
    """``base`` (the layer's categorized renderer) as it is drawn at 1:``scale``: inside a
    point cluster renderer at :data:`CLUSTER_SCALE` and smaller scales (a cluster shows how
    many features it holds; a feature alone is drawn with its own category's symbol), else
    inside a point displacement renderer (features at one spot on a ring)."""
    from qgis.core import QgsPointClusterRenderer, QgsPointDisplacementRenderer
    from qgis.PyQt.QtGui import QColor

    from ..qgis_common.compat import render_mm

    if scale >= CLUSTER_SCALE:
        renderer = QgsPointClusterRenderer()
        renderer.setTolerance(CLUSTER_DISTANCE_MM)
        symbol = renderer.clusterSymbol().clone()
        symbol.symbolLayer(0).setColor(QColor(colour))
        symbol.setSize(3.6)
        renderer.setClusterSymbol(symbol)
    else:
        renderer = QgsPointDisplacementRenderer()
        renderer.setTolerance(DISPLACE_DISTANCE_MM)
        renderer.setCircleColor(QColor(colour))
    renderer.setToleranceUnit(render_mm())
    renderer.setEmbeddedRenderer(base.clone())
    return renderer


def cluster_points(layer, colour: str) -> None:
    """Draw ``layer`` as clusters (:func:`point_renderer`, the city scale it opens at) and
    let it follow the canvas's scale (:func:`follow_scale`).  Only in the plugin's layers: the map
    sheets draw every symbol (``styles/*.qml``)."""
    layer.setCustomProperty(PROPERTY_CLUSTER, colour)
    layer.setRenderer(point_renderer(layer.renderer(), colour, CLUSTER_SCALE))


def follow_scale(layers, scale: float) -> None:
    """Give each of ``layers`` marked by :func:`cluster_points` the renderer of 1:``scale``
    when it has the other one (the plugin calls this when the canvas's scale changes).  A
    layer whose renderer the user replaced (by anything but these two) is left alone."""
    from qgis.core import QgsPointDistanceRenderer, QgsVectorLayer

    want = "pointCluster" if scale >= CLUSTER_SCALE else "pointDisplacement"
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer):
            continue
        colour = layer.customProperty(PROPERTY_CLUSTER)
        current = layer.renderer()
        if not colour or not isinstance(current, QgsPointDistanceRenderer) \
                or current.type() == want:
            continue
        layer.setRenderer(point_renderer(current.embeddedRenderer(), str(colour), scale))
        layer.triggerRepaint()


def layer_title(name: str, suffix: str = "") -> str:
    lyr = LAYERS[name]
    title = lyr.label_zh if is_chinese() else lyr.label_en
    return f"{title}{suffix}"


def style_file(name: str, kind: Optional[str]) -> Path:
    """The QML for layer ``name`` drawn as ``kind`` (a point/polygon variant when it exists)."""
    if kind:
        variant = STYLES / f"{name}.{kind.lower()}.qml"
        if variant.exists():
            return variant
    return STYLES / f"{name}.qml"


def _postgres_layer(url: str, table: str, kind: Optional[str], title: str) -> QgsVectorLayer:
    """A QGIS ``postgres`` layer for one table of a PostGIS store (one geometry kind)."""
    from urllib.parse import unquote, urlsplit

    dsn, schema = split_url(url)
    parts = urlsplit(dsn)
    uri = QgsDataSourceUri()
    uri.setConnection(parts.hostname or "localhost", str(parts.port or 5432),
                      unquote(parts.path.lstrip("/")), unquote(parts.username or ""),
                      unquote(parts.password or ""))
    sql = ""
    if kind == "Point":
        sql = "GeometryType(geom) IN ('POINT', 'MULTIPOINT')"
    elif kind == "Polygon":
        sql = "GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON')"
    uri.setDataSource(schema, table, "geom", sql, "fid")
    uri.setSrid(str(STORE_EPSG))
    if kind is not None:
        from ..qgis_common.compat import wkb_type

        uri.setWkbType(wkb_type("MultiPolygon" if kind == "Polygon" else kind))
    return QgsVectorLayer(uri.uri(False), title, "postgres")


def store_key(location) -> str:
    """How a store is identified in the project: the URL, or the absolute file path."""
    return str(location) if is_postgres_url(location) else str(Path(location).resolve())


def store_layers(path: Path | str, track_edits: bool = True) -> list[QgsVectorLayer]:
    """The store's layers as styled, temporal QgsVectorLayers (not yet in a project).

    ``path`` is a GeoPackage or a ``postgresql://`` URL (loaded with QGIS's postgres provider).
    ``track_edits=False`` leaves :func:`.edit_tracking.track` to the caller (a background
    task builds the layers and connects their signals once they are on the main thread).
    """
    postgres = is_postgres_url(path)
    path = str(path) if postgres else Path(path)
    layers = []
    for name in DRAW_ORDER:
        lyr = LAYERS[name]
        kinds: list[Optional[str]] = [None]
        if lyr.geometry == "GEOMETRY":
            # always both: a layer QGIS can digitise into, points and areas, even when the
            # table is empty or holds one kind only (a generic GEOMETRY table loads as a
            # table without geometry)
            kinds = list(MIXED_KINDS)
        for kind in kinds:
            uri = f"{path}|layername={name}"
            suffix = ""
            if kind and len(kinds) > 1:
                uri += f"|geometrytype={kind}"
                suffix = f" ({tr('points') if kind == 'Point' else tr('areas')})"
            if postgres:
                layer = _postgres_layer(path, name, kind, layer_title(name, suffix))
            else:
                layer = QgsVectorLayer(uri, layer_title(name, suffix), "ogr")
            if not layer.isValid():
                continue
            message, ok = layer.loadNamedStyle(str(style_file(name, kind)))
            localize_layer(layer)  # legend and field names in the user's language
            if name in CLUSTERED:
                cluster_points(layer, CLUSTERED[name])
            if name in DETAIL_ONLY:
                layer.setScaleBasedVisibility(True)
                layer.setMinimumScale(DETAIL_ONLY[name])  # hidden when zoomed further out
            set_lifecycle(layer, name)
            layer.setCustomProperty(PROPERTY_LAYER, name)
            layer.setCustomProperty(PROPERTY_STORE, str(path))
            if track_edits:
                track(layer, str(path), name)
            layers.append(layer)
    return layers


def load_store(path: Path | str, project: Optional[QgsProject] = None,
               layers: Optional[list[QgsVectorLayer]] = None,
               dates: Optional[tuple] = None,
               then: Optional[Callable[[Optional[QgsLayerTreeGroup]], None]] = None) -> QgsLayerTreeGroup:
    """Add every layer of the store at ``path`` to ``project`` in a new group; returns it.

    A group already holding this store is replaced, so opening a store twice does not
    duplicate its layers.  ``layers``: the store's layers made already (and the store
    checked) by :class:`.tasks.LoadStoreTask`, off the GUI thread, with ``dates``, their
    :func:`lifecycle_dates` (read there too).  ``then``: the layers join one per event-loop
    turn (each takes QGIS 20-60 ms: legend, layer tree, map layer registry; all at once
    froze the GUI for 0.2-0.6 s, measured with ``scripts/measure_gui_stalls.py``), and
    ``then(group)`` is called once all are in (``then(None)`` when the group was
    removed meanwhile); the group returned is still filling.
    """
    from .store_check import check_store

    if layers is None:
        check_store(path)  # raises StoreError with a sentence when it is not a store
    key = store_key(path)
    if not is_postgres_url(path):
        path = Path(key)
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    name = split_url(key)[1] if is_postgres_url(key) else Path(key).stem
    title = f"{tr('Smart City')} · {name}"
    unload_store(path, project)
    group = root.insertGroup(0, title)
    group.setCustomProperty(PROPERTY_STORE, key)
    layers = store_layers(path) if layers is None else layers
    if dates is not None:
        # the range, also where no map variables are set; before the layers join: the
        # Temporal Controller panel works a project's range out from its temporal layers
        # (their every feature) when the project has none
        set_project_time(group, project, dates)
    if then is None:
        add_layers(group, layers, project)
        if dates is None:
            set_project_time(group, project, dates)
        return group
    pending = list(layers)
    if layers and not project.mapLayers():
        # the CRS a new project takes from its first layer, set in a turn of its own and
        # the layer's own (an equal but not identical CRS is one more transformation): as the
        # first layer joined, QGIS set the project's and the canvas's CRS, and PROJ searched
        # its database for the operation between the old and the new one and to each layer
        # on the GUI thread (0.2-0.9 s with the layers' joining, sampled with perf); PROJ's
        # contexts are per thread, so doing it in a task does not spare the GUI thread
        pending.insert(0, lambda: take_crs(project, layers[0]))

    def step() -> None:
        try:
            group.name()
        except RuntimeError:  # the group was removed meanwhile (store closed, project cleared)
            then(None)
            return
        if pending:
            item = pending.pop(0)
            if callable(item):
                item()
            else:
                add_layers(group, [item], project)
            QTimer.singleShot(0, step)
            return
        if dates is None:
            set_project_time(group, project, dates)
        then(group)

    QTimer.singleShot(0, step)
    return group


def take_crs(project: QgsProject, layer: QgsVectorLayer) -> None:
    """Give ``project`` (a new one, no layers yet) the CRS of ``layer``, its first."""
    project.setCrs(layer.crs())


def add_layers(group: QgsLayerTreeGroup, layers: list[QgsVectorLayer],
               project: Optional[QgsProject] = None) -> None:
    """Add ``layers`` to ``project`` at the end of ``group`` (nothing when the group was
    removed meanwhile: the store closed before all its layers joined)."""
    project = project or QgsProject.instance()
    try:
        group.name()
    except RuntimeError:  # the group is gone
        return
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)


def unload_store(path: Path | str, project: Optional[QgsProject] = None) -> None:
    """Remove the group (and its layers) of the store at ``path`` from ``project``."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    for group in list(root.findGroups()):
        if group.customProperty(PROPERTY_STORE) == store_key(path):
            ids = [lyr.layerId() for lyr in group.findLayers()]
            root.removeChildNode(group)
            project.removeMapLayers(ids)


def project_stores(project: Optional[QgsProject] = None) -> list[str]:
    """Paths of the stores loaded in ``project`` (most recent first)."""
    return loaded_stores(project)


def lifecycle_dates(layers) -> Optional[tuple]:
    """The first and last lifecycle date (``QDate``) over ``layers``' start and end fields,
    or ``None`` when no feature has a date.  Read through QGIS (the provider's min/max), so it
    works without the analysis libraries."""
    from ..layers.lifecycle import lifecycle

    first = last = None
    for layer in layers:
        name = layer.customProperty(PROPERTY_LAYER)
        if name not in LAYERS:
            continue
        rule = lifecycle(name)
        for field in (rule.start, rule.end):
            index = layer.fields().indexOf(field)
            if index < 0:
                continue
            for value in (layer.minimumValue(index), layer.maximumValue(index)):
                day = _as_qdate(value)
                if day is None:
                    continue
                first = day if first is None or day < first else first
                last = day if last is None or day > last else last
    return None if first is None else (first, last)


def _as_qdate(value):
    """A valid QDate from a provider value (QDate, QDateTime, ISO text), else None."""
    from qgis.PyQt.QtCore import QDate

    if hasattr(value, "date") and hasattr(value, "isValid") and not isinstance(value, QDate):
        value = value.date()  # QDateTime
    if isinstance(value, QDate):
        return value if value.isValid() else None
    if isinstance(value, str) and value:
        day = QDate.fromString(value[:10], "yyyy-MM-dd")
        return day if day.isValid() else None
    return None


def frames_range(first, last):
    """The Temporal Controller's range for lifecycle dates ``first`` … ``last`` (QDates):
    from 1 January of the first year to 1 January after the last year, so one-year frames
    end on 31 December (the frame 2021-01-01 … 2022-01-01 shows the state as of 2021-12-31,
    the date the dashboard and the sheets count at)."""
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    begin = QDateTime(QDate(first.year(), 1, 1), QTime(0, 0))
    end = QDateTime(QDate(last.year() + 1, 1, 1), QTime(0, 0))
    return QgsDateTimeRange(begin, end, True, False)


def set_project_time(group: QgsLayerTreeGroup, project: Optional[QgsProject] = None,
                     dates: Optional[tuple] = None) -> Optional[object]:
    """The project's time settings and the variables of :mod:`smartcity.qgis_common.temporal`
    for the store in ``group``: its range (:func:`frames_range`), one-year steps.  Returns the
    range, or None when the store holds no date.  ``dates``: the group's
    :func:`lifecycle_dates` when known (a provider query per field and layer: 40 of them on
    the GUI thread otherwise)."""
    from qgis.core import QgsExpressionContextUtils
    from qgis.PyQt.QtCore import Qt

    from ..qgis_common.compat import temporal_years
    from ..qgis_common.temporal import RANGE_BEGIN, RANGE_END

    project = project or QgsProject.instance()
    if dates is None:
        dates = lifecycle_dates([n.layer() for n in group.findLayers()
                                 if n.layer() is not None])
    if dates is None:
        return None
    rng = frames_range(*dates)
    settings = project.timeSettings()
    settings.setTemporalRange(rng)
    if hasattr(settings, "setTimeStepUnit"):
        settings.setTimeStepUnit(temporal_years())
        settings.setTimeStep(1)
    iso = Qt.DateFormat.ISODate
    QgsExpressionContextUtils.setProjectVariable(project, RANGE_BEGIN, rng.begin().toString(iso))
    QgsExpressionContextUtils.setProjectVariable(project, RANGE_END, rng.end().toString(iso))
    return rng


def setup_temporal_controller(group: QgsLayerTreeGroup, controller=None,
                              project: Optional[QgsProject] = None,
                              dates: Optional[tuple] = None) -> Optional[object]:
    """Set the Temporal Controller (and the project's time settings, :func:`set_project_time`)
    for the store in ``group``: animated navigation, range = the store's first to last
    lifecycle year, frames of one year ending on 31 December, on the last frame (the store's
    latest state).

    ``controller`` is the canvas's ``QgsTemporalNavigationObject`` (None: only the project's
    settings).  Returns the range, or None when the store holds no date.
    """
    from qgis.core import QgsInterval

    from ..qgis_common.compat import navigation_mode, temporal_years

    rng = set_project_time(group, project, dates)
    if rng is None:
        return None
    if controller is not None and hasattr(controller, "setNavigationMode"):
        controller.setNavigationMode(navigation_mode("Animated"))
        controller.setTemporalExtents(rng)
        controller.setFrameDuration(QgsInterval(1, temporal_years()))
        controller.setCurrentFrameNumber(max(controller.totalFrameCount() - 1, 0))
    return rng
