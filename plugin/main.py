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
        from ..qgis_common.deps import preload_core

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
        self._warn_missing()

    def unload(self) -> None:
        """Remove everything initGui and initProcessing added."""
        from qgis.core import QgsApplication

        for signal in self._project_signals:
            try:
                signal.disconnect(self._project_changed)
            except (TypeError, RuntimeError):
                pass
        self._project_signals = []
        from .coverage_layer import cancel_tasks

        cancel_tasks()  # a yearly coverage still computing is dropped
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
    def new_store(self) -> Optional[str]:
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
        return self.load(path)

    def open_store(self) -> Optional[str]:
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(),
                                              tr("Open project store"), "",
                                              "GeoPackage (*.gpkg)")
        return self.load(path) if path else None

    def load(self, path: str) -> Optional[str]:
        """Load the store at ``path`` into the project and show the dashboard for it."""
        if not self._check_dependencies():
            return None
        from ..layers.store import StoreError
        from .project import load_store

        try:
            group = load_store(path)
        except StoreError as exc:
            self._error(str(exc))
            return None
        self.iface.messageBar().pushSuccess(tr("Smart City"), tr("Loaded {}").format(path))
        from .coverage_layer import add_coverage_layer
        from .project import setup_temporal_controller

        frames = setup_temporal_controller(group, self.iface.mapCanvas().temporalController())
        add_coverage_layer(group, frames)  # the yearly coverage, computed in a task
        extent = None
        for node in group.findLayers():
            if node.layer() is not None and node.layer().customProperty(
                    "smartcity/layer") == "districts":
                extent = node.layer().extent()
        canvas = self.iface.mapCanvas()
        if extent is not None and not extent.isEmpty():
            from qgis.core import QgsCoordinateTransform, QgsProject

            layer_crs = next(n.layer().crs() for n in group.findLayers() if n.layer())
            transform = QgsCoordinateTransform(layer_crs, canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(extent))
            canvas.refresh()
        self.show_dashboard()
        return str(group.customProperty("smartcity/store"))

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
        from qgis.PyQt.QtWidgets import QMessageBox

        from ..qgis_common.deps import missing_message

        text = missing_message() or tr("All the Python packages the plugin needs are "
                                       "installed.")
        QMessageBox.information(self.iface.mainWindow(), tr("Smart City"), text)

    # -- messages -------------------------------------------------------------------------
    def _check_dependencies(self) -> bool:
        from ..qgis_common.deps import missing_dependencies

        if missing_dependencies():
            self.show_dependencies()
            return False
        return True

    def _warn_missing(self) -> None:
        from qgis.core import QgsMessageLog

        from ..qgis_common.deps import missing_dependencies, missing_message

        if not missing_dependencies():
            return
        text = missing_message()
        QgsMessageLog.logMessage(text, "Smart City")
        bar = self.iface.messageBar()
        from qgis.core import Qgis
        from qgis.PyQt.QtWidgets import QPushButton

        widget = bar.createMessage(tr("Smart City"), text.splitlines()[0])
        button = QPushButton(tr("How to install"), widget)
        button.clicked.connect(self.show_dependencies)
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.MessageLevel.Warning, 0)

    def _error(self, text: str) -> None:
        self.iface.messageBar().pushCritical(tr("Smart City"), text)


THEME_ICONS = {"new": "/mActionNewGeoPackageLayer.svg", "import": "/mActionDataSourceManager.svg",
               "coverage": "/processingAlgorithm.svg", "series": "/mActionOpenTable.svg",
               "targets": "/mActionShowAllLayers.svg", "snapshot": "/mActionFileSaveAs.svg",
               "plan": "/mActionAddMarker.svg",
               "deps": "/mActionOptions.svg"}


def _action_icon(key: str, plugin_icon):
    """QGIS's own theme icon for an action, the plugin's icon for open and dashboard."""
    if key in THEME_ICONS:
        from qgis.core import QgsApplication

        icon = QgsApplication.getThemeIcon(THEME_ICONS[key])
        if not icon.isNull():
            return icon
    return plugin_icon
