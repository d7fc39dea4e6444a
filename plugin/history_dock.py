"""A dock showing the versions of the feature selected on a store layer, and restoring one.

Select a feature of a layer the plugin loaded (or call :meth:`HistoryDock.show_feature`):
the table lists its versions oldest first, from the store's ``history`` (who, when, how, what
changed from the version before); *Restore* writes the chosen version again as the newest one
(:meth:`smartcity.layers.store.Store.restore`), so nothing in between is lost.
"""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtWidgets import (QDockWidget, QLabel, QMessageBox, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..qgis_common.compat import no_edit_triggers
from .edit_tracking import qgis_user
from ..qgis_common.i18n import tr
from .project import PROPERTY_LAYER, PROPERTY_STORE

COLUMNS = ("version", "change", "recorded", "by", "how", "changed")


def changes(versions) -> list[str]:
    """Per version (a ``Store.history`` frame), the fields that differ from the version
    before, as ``field: old → new`` (``geometry`` when the shape moved)."""
    out, previous = [], None
    fields = [c for c in versions.columns if c not in (
        "version", "valid_from", "valid_to", "change", "how", "recorded_by", "department",
        "source", "import_id")]
    for row in versions.to_dict("records"):
        if previous is None:
            out.append("")
        else:
            parts = []
            for name in fields:
                old, new = previous.get(name), row.get(name)
                if _blank(old) and _blank(new) or old == new:
                    continue
                parts.append("geometry" if name == "geom_wkt" else
                             f"{name}: {_text(old)} → {_text(new)}")
            out.append("; ".join(parts))
        previous = row
    return out


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _text(value) -> str:
    return "∅" if _blank(value) else str(value)


class HistoryDock(QDockWidget):
    """Versions of one feature of a store layer, with a button to restore one."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Feature history"), parent)
        self.setObjectName("SmartCityHistoryDock")
        self.iface = iface
        self.layer = None
        self.location: Optional[str] = None
        self.layer_name: Optional[str] = None
        self.feature_id: Optional[str] = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(tr("Select a feature of a store layer."), body)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels([tr("Version"), tr("Change"), tr("Recorded (UTC)"),
                                              tr("By"), tr("How"), tr("What changed")])
        self.table.setEditTriggers(no_edit_triggers())
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        layout.addWidget(self.table)
        self.restore_button = QPushButton(tr("Restore the selected version as a new one"), body)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.restore_button)
        self.setWidget(body)
        self._watched = None
        if iface is not None and hasattr(iface, "currentLayerChanged"):
            iface.currentLayerChanged.connect(self.follow)
            self.follow(iface.activeLayer())

    # -- following the selection ---------------------------------------------------------
    def follow(self, layer) -> None:
        """Show the history of ``layer``'s first selected feature, and keep doing so."""
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._watched = None
        if layer is None or not layer.customProperty(PROPERTY_LAYER):
            return
        self._watched = layer
        layer.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        layer = self._watched
        if layer is not None and layer.selectedFeatureIds():
            self.show_feature(layer, layer.selectedFeatureIds()[0])

    def disconnect_all(self) -> None:
        self.follow(None)
        if self.iface is not None and hasattr(self.iface, "currentLayerChanged"):
            try:
                self.iface.currentLayerChanged.disconnect(self.follow)
            except (TypeError, RuntimeError):
                pass

    # -- showing and restoring -------------------------------------------------------------
    def show_feature(self, layer, fid: int) -> None:
        """Fill the table with the versions of feature ``fid`` of the store layer ``layer``."""
        from ..layers.schema import LAYERS

        self.layer = layer
        self.location = layer.customProperty(PROPERTY_STORE)
        self.layer_name = layer.customProperty(PROPERTY_LAYER)
        feature = layer.getFeature(fid)
        self.feature_id = str(feature[LAYERS[self.layer_name].id_field])
        self.refresh()

    def refresh(self) -> None:
        from ..layers.store import open_store

        with open_store(self.location) as store:
            versions = store.history(self.layer_name, self.feature_id)
        self.title.setText(f"{self.layer_name} · {self.feature_id}")
        self.table.setRowCount(len(versions))
        what = changes(versions)
        for i, row in enumerate(versions.to_dict("records")):
            who = _text(row.get("recorded_by"))
            if not _blank(row.get("department")):
                who += f" ({row['department']})"
            cells = (str(row["version"]), str(row["change"]), str(row["valid_from"]), who,
                     _text(row.get("how")), what[i])
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def restore_selected(self) -> Optional[int]:
        """Restore the version of the selected row; returns the version written (``None``
        when nothing was selected or nothing changed)."""
        from ..layers.store import StoreError, open_store

        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.feature_id is None:
            return None
        version = int(self.table.item(rows[0].row(), 0).text())
        try:
            with open_store(self.location) as store:
                summary = store.restore(self.layer_name, self.feature_id, version,
                                        recorded_by=qgis_user())
        except StoreError as exc:
            QMessageBox.warning(self, tr("Feature history"), str(exc))
            return None
        if self.layer is not None:
            self.layer.dataProvider().reloadData()
            self.layer.triggerRepaint()
        self.refresh()
        if summary.inserted or summary.updated:
            return int(self.table.item(self.table.rowCount() - 1, 0).text())
        return None
