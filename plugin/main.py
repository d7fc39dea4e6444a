"""The QGIS plugin object that ``classFactory`` returns.

``qgis_process`` loads the plugin through ``classFactory`` and ``initProcessing`` only, so
nothing here may touch ``iface`` or widgets outside ``initGui``.  ``unload`` removes every
menu, toolbar, dock, provider, translator and signal connection ``initGui`` and
``initProcessing`` added, so reloading or removing the plugin leaves nothing behind.
"""

from __future__ import annotations

from typing import Optional

from ..qgis_common.i18n import install_translator, remove_translator, tr
from ..resources import ICON

MENU_OBJECT = "SmartCityMenu"
STEP_MS = 150
"""After a background open, the pause (ms) between the steps that put the store on screen
(Temporal Controller, zoom, dashboard, drawing): QGIS repaints and answers between."""
TOOLBAR_OBJECT = "SmartCityToolbar"


class SmartCityPlugin:
    """Plugin entry: Processing provider registration and the desktop GUI (menus, dock)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.dock = None
        self.history_dock = None
        self.actions: list = []
        self._project_signals: list = []
        from .tasks import TaskKeeper

        self.tasks = TaskKeeper()
        self.warmup = None
        self.install_task = None
        from ..qgis_common.deps import add_packages_folder, preload_core

        add_packages_folder(packages_folder())  # what the one-click install put there
        preload_core()
        install_translator()

    # -- Processing (also under qgis_process) ---------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (QGIS naming)
        """Register the ``smartcity`` Processing provider (once)."""
        from qgis.core import QgsApplication

        from ..processing.qgis_provider.provider import SmartCityProvider

        if self.provider is not None:
            return
        self.provider = SmartCityProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- desktop ------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction, QMenu

        self.initProcessing()
        window = self.iface.mainWindow()
        icon = QIcon(str(ICON))
        self.menu = QMenu(tr("Smart City"), window)
        self.menu.setObjectName(MENU_OBJECT)
        self.toolbar = self.iface.addToolBar(tr("Smart City"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT)
        entries = (
            ("new", tr("New project store…"), self.new_store, True),
            ("open", tr("Open project store…"), self.open_store, True),
            (None, None, None, False),
            ("import", tr("Import into the store…"), lambda: self.run_dialog("importlayer"), True),
            ("coverage", tr("Coverage per district…"), lambda: self.run_dialog("coverage"), True),
            ("series", tr("Yearly series…"), lambda: self.run_dialog("series"), False),
            ("targets", tr("Progress against targets…"), lambda: self.run_dialog("targets"),
             False),
            ("snapshot", tr("Snapshot as of a date…"), lambda: self.run_dialog("snapshot"), False),
            ("plan", tr("Plan new sites…"), lambda: self.run_dialog("plan"), False),
            ("mapsheet", tr("Map sheets and atlas…"), lambda: self.run_dialog("mapsheet"),
             False),
            (None, None, None, False),
            ("dashboard", tr("Dashboard"), self.toggle_dashboard, True),
            ("history", tr("Feature history"), self.toggle_history, False),
            ("deps", tr("Check dependencies"), self.show_dependencies, False),
        )
        for key, text, slot, on_toolbar in entries:
            if key is None:
                self.menu.addSeparator()
                continue
            action = QAction(_action_icon(key, icon), text, window)
            action.setObjectName(f"smartcity_{key}")
            action.triggered.connect(slot)
            self.menu.addAction(action)
            if on_toolbar:
                self.toolbar.addAction(action)
            self.actions.append(action)
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() is not None
                          and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, self.menu)
        else:
            bar.addMenu(self.menu)
        from qgis.core import QgsProject

        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved, project.readProject,
                       project.cleared):
            signal.connect(self._project_changed)
            self._project_signals.append(signal)
        self.iface.mapCanvas().scaleChanged.connect(self._scale_changed)
        if not self._warn_missing():
            self.start_warmup()

    def start_warmup(self):
        """Compile (or load from numba's cache) the coverage engine in a background task, so
        that neither the first store opened nor the first coverage freezes QGIS; the status
        bar shows its progress.  Returns the task."""
        from .tasks import WarmupTask

        if self.warmup is None:
            self.warmup = self.tasks.start(WarmupTask())
        return self.warmup

    def unload(self) -> None:
        """Remove everything initGui and initProcessing added."""
        from qgis.core import QgsApplication

        self.tasks.stop_all()  # no Python task may outlive the plugin (or QGIS's Python)
        self.tasks.disconnect()
        self.warmup = self.install_task = None
        for signal in self._project_signals:
            try:
                signal.disconnect(self._project_changed)
            except (TypeError, RuntimeError):
                pass
        self._project_signals = []
        try:
            self.iface.mapCanvas().scaleChanged.disconnect(self._scale_changed)
        except (TypeError, RuntimeError, AttributeError):
            pass
        import sys

        # a yearly coverage still computing is dropped; nothing is imported here: an import
        # failing at QGIS's exit (a broken install) would open a modal error box and QGIS
        # would wait on it for ever
        coverage_layer = sys.modules.get(__package__ + ".coverage_layer")
        if coverage_layer is not None:
            coverage_layer.cancel_tasks()
        worker = sys.modules.get(__package__ + ".worker")
        if worker is not None:
            worker.stop()  # the child computing the numbers: a reloaded plugin starts its own
        if self.dock is not None:
            self.dock.disconnect_all()
            if self.iface is not None:
                self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.history_dock is not None:
            self.history_dock.disconnect_all()
            if self.iface is not None:
                self.iface.removeDockWidget(self.history_dock)
            self.history_dock.setParent(None)
            self.history_dock.deleteLater()
            self.history_dock = None
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            bar = self.menu.parent().menuBar() if self.menu.parent() else None
            if bar is not None:
                bar.removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    # -- actions --------------------------------------------------------------------------
    def new_store(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(),
                                              tr("New project store"), "",
                                              "GeoPackage (*.gpkg)")
        if not path:
            return None
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        if not self._check_dependencies():
            return None
        from ..layers.store import StoreError, create_store

        try:
            create_store(path).close()
        except StoreError as exc:
            self._error(str(exc))
            return None
        return self.load(path, background=True)

    def open_store(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(),
                                              tr("Open project store"), "",
                                              "GeoPackage (*.gpkg)")
        return self.load(path, background=True) if path else None

    def load(self, path: str, background: bool = False):
        """Load the store at ``path`` into the project and show the dashboard for it;
        returns the store's key (None when it is not a store: the message bar says why).

        ``background=True`` (the menu's *Open*/*New*): the store is checked and its layers
        are made in a :class:`.tasks.LoadStoreTask`, so QGIS does not freeze the second or
        two that opening a GeoPackage's every layer takes; returns the task.
        Needs only GDAL: without geopandas & co. the layers still load, styled and temporal,
        and can be edited; the dashboard then says what to install."""
        from ..layers.store_errors import StoreError
        from .project import load_store

        if background:
            from .tasks import LoadStoreTask

            def done(layers: list, error: str) -> None:
                if error or not layers:
                    self._error(error or tr("Could not load {}").format(path))
                    return
                # the canvas draws once, when everything is in place: each change (layers,
                # time range, extent, the dock narrowing the canvas) would cancel a drawing
                # under way, and cancelling waits on the GUI thread for the drawing threads
                # (the point clusters end their drawing only then: 0.3-0.6 s each, measured)
                self.iface.mapCanvas().freeze(True)
                try:
                    load_store(path, layers=layers, dates=task.dates, then=placed)
                except BaseException:
                    self.iface.mapCanvas().freeze(False)
                    raise

            def placed(group) -> None:  # every layer is in the project (None: closed)
                if group is None:
                    self.iface.mapCanvas().freeze(False)
                    return
                self._show_loaded(path, group, task.dates, defer=True)

            task = LoadStoreTask(path, done)
            return self.tasks.start(task)
        try:
            group = load_store(path)
        except StoreError as exc:
            self._error(str(exc))
            return None
        return self._show_loaded(path, group)

    def _show_loaded(self, path: str, group, dates=None, defer: bool = False) -> str:
        """Set the Temporal Controller, start the yearly coverage, zoom to the districts and
        show the dashboard for the store just loaded (``dates``: its lifecycle dates when the
        store task read them).

        ``defer=True`` (after a background open, the canvas frozen): each step in an
        event-loop turn of its own, so that QGIS repaints and answers between them (together
        they froze the GUI for about a second, measured with
        ``scripts/measure_gui_stalls.py``), then the canvas is unfrozen and draws once."""
        from qgis.PyQt.QtCore import QTimer

        self.iface.messageBar().pushSuccess(tr("Smart City"), tr("Loaded {}").format(path))
        from .coverage_layer import add_coverage_layer
        from .project import setup_temporal_controller

        def temporal() -> None:
            frames = setup_temporal_controller(group, self.iface.mapCanvas().temporalController(),
                                               dates=dates)
            add_coverage_layer(group, frames)  # the yearly coverage, computed in a task

        steps = (temporal, lambda: self._zoom_to_districts(group), self.show_dashboard)
        if defer:
            for i, step in enumerate(steps + (self._draw,)):
                QTimer.singleShot(STEP_MS * (i + 1), step)
        else:
            for step in steps:
                step()
        return str(group.customProperty("smartcity/store"))

    def _scale_changed(self, scale: float) -> None:
        """The dense point layers as clusters or as every feature, by the new scale."""
        from qgis.core import QgsProject

        from .project import follow_scale

        follow_scale(QgsProject.instance().mapLayers().values(), scale)

    def _draw(self) -> None:
        """Unfreeze the canvas and draw it (once everything is in place)."""
        canvas = self.iface.mapCanvas()
        canvas.freeze(False)
        canvas.refresh()

    def _zoom_to_districts(self, group) -> None:
        """Zoom the canvas to the districts of the store in ``group`` (nothing when the group
        was removed meanwhile)."""
        try:
            nodes = group.findLayers()
        except RuntimeError:  # the group is gone (store closed at once)
            return
        extent = None
        for node in nodes:
            if node.layer() is not None and node.layer().customProperty(
                    "smartcity/layer") == "districts":
                extent = node.layer().extent()
        canvas = self.iface.mapCanvas()
        if extent is not None and not extent.isEmpty():
            from qgis.core import QgsCoordinateTransform, QgsProject

            layer_crs = next(n.layer().crs() for n in nodes if n.layer())
            transform = QgsCoordinateTransform(layer_crs, canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(extent))
            canvas.refresh()

    def run_dialog(self, name: str) -> None:
        import processing  # QGIS's own package (the plugin is not on sys.path as top level)

        processing.execAlgorithmDialog(f"smartcity:{name}", self._dialog_defaults(name))

    def _dialog_defaults(self, name: str) -> dict:
        from .project import project_stores

        stores = project_stores()
        return {"STORE": stores[0]} if stores else {}

    def toggle_dashboard(self) -> None:
        if self.dock is not None and self.dock.isVisible():
            self.dock.hide()
        else:
            self.show_dashboard()

    def toggle_history(self) -> None:
        """Show or hide the dock of the selected feature's versions (history_dock.py)."""
        from ..qgis_common.compat import dock_area_right
        from .history_dock import HistoryDock

        if self.history_dock is None:
            self.history_dock = HistoryDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(dock_area_right(), self.history_dock)
            self.history_dock.show()
            return
        self.history_dock.setVisible(not self.history_dock.isVisible())

    def show_dashboard(self):
        from ..qgis_common.compat import dock_area_right
        from .dashboard import DashboardDock
        from .project import project_stores

        if self.dock is None:
            self.dock = DashboardDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(dock_area_right(), self.dock)
        self.dock.set_stores(project_stores())
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def _project_changed(self, *_args) -> None:
        if self.dock is not None:
            from .project import project_stores

            self.dock.set_stores(project_stores())
            self.dock._connect_layers()

    def show_dependencies(self) -> None:
        """What is missing, the command that installs it, and an *Install* button that runs
        that command in a background task (into the plugin's own packages folder)."""
        from qgis.PyQt.QtWidgets import QMessageBox

        from ..qgis_common.deps import missing_dependencies, missing_message

        window = self.iface.mainWindow() if self.iface is not None else None
        if not missing_dependencies():
            QMessageBox.information(window, tr("Smart City"),
                                    tr("All the Python packages the plugin needs are "
                                       "installed."))
            return
        box = QMessageBox(window)
        box.setWindowTitle(tr("Smart City"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(missing_message())
        box.setInformativeText(install_explanation())
        install = box.addButton(tr("Install now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is install:
            self.install_dependencies()

    def install_dependencies(self, command: Optional[list] = None):
        """Run the one-click install (``pip install --target`` into
        :func:`packages_folder`) in a background task; returns the task.  When it succeeds
        the folder goes on ``sys.path`` and the engine warms up, without a restart."""
        from ..qgis_common.deps import folder_install_command
        from .tasks import InstallTask

        if self.install_task is not None and self.install_task in self.tasks.tasks:
            return self.install_task
        folder = packages_folder()
        self.install_task = self.tasks.start(InstallTask(
            command or folder_install_command(folder), self._installed))
        return self.install_task

    def _installed(self, ok: bool, output: str) -> None:
        from ..qgis_common.deps import add_packages_folder, missing_dependencies, preload_core

        self.install_task = None
        add_packages_folder(packages_folder())
        preload_core()
        bar = self.iface.messageBar() if self.iface is not None else None
        if ok and not missing_dependencies():
            if bar is not None:
                bar.pushSuccess(tr("Smart City"), tr("The Python packages are installed."))
            if self.dock is not None:
                self.dock.refresh()
            self.start_warmup()
        elif bar is not None:
            bar.pushCritical(tr("Smart City"), tr("The installation failed; the log panel "
                                                  "(Smart City) has pip's messages:")
                             + "\n" + output)

    # -- messages -------------------------------------------------------------------------
    def _check_dependencies(self) -> bool:
        from ..qgis_common.deps import missing_dependencies

        if missing_dependencies():
            self.show_dependencies()
            return False
        return True

    def _warn_missing(self) -> bool:
        """Tell the user (message bar and log) what is missing; True when something is."""
        from qgis.core import QgsMessageLog

        from ..qgis_common.deps import missing_dependencies, missing_message

        if not missing_dependencies():
            return False
        text = missing_message()
        QgsMessageLog.logMessage(text, "Smart City")
        bar = self.iface.messageBar()
        from qgis.core import Qgis
        from qgis.PyQt.QtWidgets import QPushButton

        widget = bar.createMessage(tr("Smart City"), text.splitlines()[0])
        button = QPushButton(tr("How to install"), widget)
        button.clicked.connect(self.show_dependencies)
        widget.layout().addWidget(button)
        install = QPushButton(tr("Install now"), widget)
        install.clicked.connect(lambda: self.install_dependencies())
        widget.layout().addWidget(install)
        bar.pushWidget(widget, Qgis.MessageLevel.Warning, 0)
        return True

    def _error(self, text: str) -> None:
        self.iface.messageBar().pushCritical(tr("Smart City"), text)


def packages_folder() -> str:
    """The folder of the one-click install, in the QGIS profile (``python/smartcity-packages``)."""
    from qgis.core import QgsApplication

    from ..qgis_common.deps import packages_folder as folder

    return folder(QgsApplication.qgisSettingsDirPath())


def install_explanation() -> str:
    """How *Install now* works, and the command to run instead, in the user's language."""
    from ..qgis_common.deps import folder_install_command, shell_line

    folder = packages_folder()
    return tr("Install now runs pip in the background (the status bar shows it) and puts the "
              "packages into {}, a folder of this QGIS profile that the plugin adds to QGIS's "
              "Python; nothing else is changed. Or run this yourself, then restart QGIS:"
              ).format(folder) + "\n" + shell_line(folder_install_command(folder))


THEME_ICONS = {"new": "/mActionNewGeoPackageLayer.svg", "import": "/mActionDataSourceManager.svg",
               "coverage": "/processingAlgorithm.svg", "series": "/mActionOpenTable.svg",
               "targets": "/mActionShowAllLayers.svg", "snapshot": "/mActionFileSaveAs.svg",
               "plan": "/mActionAddMarker.svg", "mapsheet": "/mActionNewLayout.svg",
               "deps": "/mActionOptions.svg"}


def _action_icon(key: str, plugin_icon):
    """QGIS's own theme icon for an action, the plugin's icon for open and dashboard."""
    if key in THEME_ICONS:
        from qgis.core import QgsApplication

        icon = QgsApplication.getThemeIcon(THEME_ICONS[key])
        if not icon.isNull():
            return icon
    return plugin_icon
