"""The 5G coverage of each year as a temporal layer in the store's group.

The Temporal Controller steps through years; what a viewer wants to see at each step is the
coverage the indicators measure on that frame's last day.  :func:`yearly_coverage` computes
the dissolved coverage inside each county (``CoverageResult.unions`` of
:mod:`smartcity.processing.coverage`, the polygons the map sheets draw) on 31 December of
every year of the controller's range, in one incremental pass, and
:func:`~.jobs.write_coverage_file` writes them into a GeoPackage whose feature for year *Y*
is valid from *Y*-12-31 to (*Y*+1)-12-31; :func:`saved_layer` opens it as a layer made
temporal by the same rule as the store's layers (:mod:`smartcity.qgis_common.temporal`), so
each frame draws the coverage as of its last day.  Both run in the plugin's computing child
process (:mod:`.worker`, from a :class:`~smartcity.plugin.dashboard.DashboardTask`) when a
store is opened; the GUI thread only opens the file.  The layer is not saved in
the store (it is derived, like the indicators) but in a GeoPackage of its own
(:func:`coverage_path`: ``<store>.coverage-<key>.gpkg`` beside a GeoPackage store, else in
smartcity's cache folder), so that a saved QGIS project reopens with it, drawn and temporal,
without the plugin recomputing anything; ``<key>`` says which store state and years it
holds, so opening an unchanged store again loads the file instead of computing it, and a
changed store gets a new file (the old one is removed).
"""

from __future__ import annotations

import datetime as dt

from ..layers.lifecycle import Lifecycle
from ..qgis_common.i18n import tr
from .jobs import coverage_table

PROPERTY_COVERAGE = "smartcity/coverage"
"""Custom property marking the coverage layer (its value: the store)."""
RULE = Lifecycle("valid_from", "valid_to")
"""The coverage features' lifecycle: a year's coverage holds until the next year-end."""


def dress_layer(layer, store: str):
    """``layer`` (the yearly coverage, from its GeoPackage) styled, named in the
    user's language, temporal by :data:`RULE` and marked as the coverage of ``store``."""
    from ..qgis_common.i18n import localize_layer
    from ..qgis_common.temporal import set_lifecycle_rule
    from ..resources import STYLES
    from .project import PROPERTY_STORE

    layer.loadNamedStyle(str(STYLES / "coverage.qml"))
    localize_layer(layer)
    set_lifecycle_rule(layer, RULE)
    layer.setCustomProperty(PROPERTY_COVERAGE, store)
    layer.setCustomProperty(PROPERTY_STORE, store)
    return layer


TABLE = coverage_table().name
"""The coverage GeoPackage's table."""
FILE_VERSION = 2
"""Part of the file's key: raised when the file's content changes meaning."""


def coverage_key(store: str, days: list[dt.date]) -> str:
    """16 hex digits naming what a coverage file holds: the store's state (a GeoPackage's
    size and modification time; a PostGIS store has no such state: a fresh key each time,
    so it is always recomputed), the years and :data:`FILE_VERSION`."""
    import hashlib
    import os
    import uuid

    from ..layers.locations import is_postgres_url

    parts = [str(FILE_VERSION), store, ",".join(d.isoformat() for d in days)]
    if is_postgres_url(store):
        parts.append(uuid.uuid4().hex)
    else:
        info = os.stat(store)
        parts += [str(info.st_size), str(info.st_mtime_ns)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def coverage_folder(store: str):
    """``(folder, stem)`` of a store's coverage files: beside a GeoPackage store when that
    folder is writable, else smartcity's cache folder (``coverage/``), named by the store."""
    import hashlib
    import os
    from pathlib import Path

    from ..layers.locations import is_postgres_url
    from ..processing.jitcache import cache_root

    if not is_postgres_url(store):
        path = Path(store)
        if os.access(path.parent, os.W_OK):
            return path.parent, path.stem
    digest = hashlib.sha256(store.encode("utf-8")).hexdigest()[:12]
    folder = cache_root() / "coverage"
    folder.mkdir(parents=True, exist_ok=True)
    return folder, f"store-{digest}"


def coverage_path(store: str, days: list[dt.date]):
    """The GeoPackage holding the yearly coverage of ``store`` for ``days``."""
    folder, stem = coverage_folder(store)
    return folder / f"{stem}.coverage-{coverage_key(store, days)}.gpkg"


def saved_layer(path, store: str):
    """The coverage GeoPackage at ``path`` as the styled, temporal layer of ``store``."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={TABLE}", tr("5G coverage (yearly)"), "ogr")
    if not layer.isValid():
        raise OSError(tr("Could not read {path}").format(path=path))
    return dress_layer(layer, store)


def remove_stale_files(store: str, keep) -> None:
    """Remove the store's coverage files other than ``keep`` (a file still open elsewhere
    stays: it goes the next time)."""
    from pathlib import Path

    folder, stem = coverage_folder(store)
    for old in folder.glob(f"{stem}.coverage-*.gpkg"):
        if old != Path(keep):
            try:
                old.unlink()
            except OSError:
                pass


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

    path = coverage_path(store, days)

    def job(progress):
        """In the task: the yearly frames, computed in the child process (.jobs: QGIS's
        GIL stays free) unless the file for this store state and these years exists.  No
        QGIS layer or CRS is made here: a CRS's PROJ objects made in a task thread while the
        canvas asked its own CRS crashed QGIS (segmentation fault in
        QgsCoordinateReferenceSystem::operation, seen in the suite)."""
        from . import worker

        if not path.exists():  # the child writes the file (jobs.write_coverage_file)
            worker.call("coverage", {"store": store, "days": [d.isoformat() for d in days],
                                     "path": str(path)}, progress, owner=task)

    def done(task) -> None:  # GUI thread: only the layer is made here, from the file
        if task.error is None and path.exists():
            try:
                layer = saved_layer(path, store)
            except OSError as exc:
                task.error = exc
        if task.error is not None or not path.exists():
            if task.error is not None:
                from qgis.core import Qgis, QgsMessageLog

                QgsMessageLog.logMessage(
                    tr("The yearly coverage could not be computed: {}").format(task.error),
                    tr("Smart City"), Qgis.Warning)
            return
        if place_layer(layer, store, project):
            remove_stale_files(store, path)

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
