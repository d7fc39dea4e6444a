"""The dashboard dock: the plan's targets against the indicators on one date.

The date is the Temporal Controller's (the end of its current range) when *follow the
Temporal Controller* is ticked, else the date picker's.  The table refreshes when the date
changes, when a layer of the store changes, or when the store file is written (an import
from the toolbox or the command line); refreshes are debounced so an animation does not queue
work.  Numbers come from :func:`smartcity.processing.targets.evaluate_targets`, the function
``smartcity targets`` calls, and so does each target's status (按期达成 met on time, 逾期达成
met late, 未达成 missed, 进行中 in progress), shown beside the value on the due date and the
value on the date, worded as in the report (:mod:`smartcity.processing.targets`).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Optional

from qgis.PyQt.QtCore import QDate, QFileSystemWatcher, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QHBoxLayout,
                                 QLabel, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..qgis_common.compat import (align_center, enum_int, header_resize_mode, no_edit_triggers,
                                  user_role)
from ..qgis_common.deps import missing_dependencies, missing_message
from ..qgis_common.i18n import is_chinese, tr

COLUMNS = ("target", "at_due", "actual", "goal", "status", "due")
STATUS_COLUMN = COLUMNS.index("status")


class DashboardDock(QDockWidget):
    """Indicators against targets for the Temporal Controller's date or a picked date."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Smart City dashboard"), parent)
        self.setObjectName("SmartCityDashboard")
        self.iface = iface
        self._store: Optional[str] = None
        self.targets: Optional[str] = None  # the plan's targets file; None: Weihai's plan
        self._cache: dict = {}
        self._layers_connected: list = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Store")))
        self.store_box = QComboBox(body)
        row.addWidget(self.store_box, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.follow = QCheckBox(tr("Follow the Temporal Controller"), body)
        self.follow.setChecked(True)
        row.addWidget(self.follow)
        self.date_edit = QDateEdit(body)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(2021, 12, 31))
        row.addWidget(self.date_edit)
        layout.addLayout(row)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels([tr("Target"), tr("At due"), tr("As of"),
                                              tr("Goal"), tr("Status"), tr("Due")])
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(0, header_resize_mode("Stretch"))
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, header_resize_mode("ResizeToContents"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(no_edit_triggers())
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._data_changed)
        self.date_edit.dateChanged.connect(lambda _d: self.schedule())
        self.follow.toggled.connect(lambda _c: self.schedule())
        self.store_box.currentIndexChanged.connect(lambda _i: self._store_selected())
        self._controller = None
        if iface is not None:
            try:
                self._controller = iface.mapCanvas().temporalController()
                self._controller.updateTemporalRange.connect(self._temporal_changed)
            except AttributeError:
                self._controller = None

    # -- wiring ---------------------------------------------------------------------------
    def set_stores(self, stores: list[str]) -> None:
        """The stores the user may look at (those loaded in the project)."""
        current = self.store_box.currentText()
        self.store_box.blockSignals(True)
        self.store_box.clear()
        self.store_box.addItems(stores)
        if current in stores:
            self.store_box.setCurrentText(current)
        self.store_box.blockSignals(False)
        self._store_selected()

    def set_targets(self, path: Optional[str]) -> None:
        """Evaluate the targets of the plan in ``path`` (.toml, .json, .csv; None: Weihai's)."""
        self.targets = path
        self._cache.clear()
        self.schedule()

    def _store_selected(self) -> None:
        store = self.store_box.currentText() or None
        if store == self._store:
            return
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._store = store
        if store and os.path.exists(store):
            self._watcher.addPath(store)
        self._connect_layers()
        self.schedule()

    def _connect_layers(self) -> None:
        from qgis.core import QgsProject

        from .project import PROPERTY_STORE

        self._disconnect_layers()
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(PROPERTY_STORE) == self._store:
                layer.dataChanged.connect(self._data_changed)
                self._layers_connected.append(layer)

    def _temporal_changed(self, _range=None) -> None:
        if self.follow.isChecked():
            self.schedule()

    def _data_changed(self, *_args) -> None:
        self._cache.clear()
        if self._store and os.path.exists(self._store) and self._store not in self._watcher.files():
            self._watcher.addPath(self._store)  # replaced files drop out of the watcher
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def disconnect_all(self) -> None:
        """Drop every outside connection (plugin unload)."""
        self._timer.stop()
        if self._controller is not None:
            try:
                self._controller.updateTemporalRange.disconnect(self._temporal_changed)
            except (TypeError, RuntimeError):
                pass
        self._disconnect_layers()

    def _disconnect_layers(self) -> None:
        for layer in self._layers_connected:
            try:
                layer.dataChanged.disconnect(self._data_changed)
            except (TypeError, RuntimeError):  # already gone (layer removed, plugin reloaded)
                pass
        self._layers_connected = []

    # -- the date and the numbers -----------------------------------------------------------
    def current_date(self) -> dt.date:
        """The Temporal Controller's date when followed and active, else the picker's.

        In animation mode the date is the last day of the current frame (frames exclude
        their end: the frame 2021-01-01 … 2022-01-01 is "as of 2021-12-31"); in fixed-range
        mode the last day of the range.
        """
        if self.follow.isChecked() and self._controller is not None:
            mode = enum_int(self._controller.navigationMode())
            if mode == 1:  # animated
                rng = self._controller.dateTimeRangeForFrameNumber(
                    self._controller.currentFrameNumber())
            elif mode == 2:  # fixed range
                rng = self._controller.temporalExtents()
            else:  # navigation off
                rng = None
            if rng is not None and rng.end().isValid():
                end = rng.end() if rng.includeEnd() else rng.end().addMSecs(-1)
                d = end.date()
                return dt.date(d.year(), d.month(), d.day())
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def evaluate(self, store: str, day: dt.date):
        """The targets table for ``store`` on ``day`` (cached until the data change)."""
        key = (store, day, self.targets)
        if key not in self._cache:
            from ..processing.indicators import read_layers
            from ..processing.targets import evaluate_targets

            if (store, "layers") not in self._cache:  # read once per store and data change
                self._cache[(store, "layers")] = read_layers(store)
            layers = self._cache[(store, "layers")]
            self._cache[key] = evaluate_targets(self.targets, layers, day,
                                                start_year=day.year - 1)
        return self._cache[key]

    def refresh(self) -> None:
        """Recompute (or take from the cache) and show the table."""
        if missing_dependencies():
            self.summary.setText(missing_message())
            self.table.setRowCount(0)
            return
        if not self._store:
            self.summary.setText(tr("Open a project store (Smart City menu) to see its "
                                    "indicators."))
            self.table.setRowCount(0)
            return
        day = self.current_date()
        try:
            table = self.evaluate(self._store, day)
        except Exception as exc:  # shown, not raised: a dock must not break QGIS
            self.summary.setText(f"{os.path.basename(self._store)}: {exc}")
            self.table.setRowCount(0)
            return
        self.show_table(table, day)

    def show_table(self, table, day: dt.date) -> None:
        """The city's targets: label, value on the due date, value on ``day``, goal, status
        (coloured as in the report) and due date; above them the count of each status."""
        from ..processing import targets as tg
        from ..processing.maps.design import STATUS_COLORS

        city = table[table["scope"] == "city"]
        lang = "zh" if is_chinese() else "en"
        counts = city["status"].value_counts()
        self.summary.setText(tr("{date}: {on_time} met on time, {late} met late, {missed} "
                                "missed, {progress} in progress, of {measured} measured "
                                "targets.").format(
            date=day.isoformat(), on_time=int(counts.get("met_on_time", 0)),
            late=int(counts.get("met_late", 0)), missed=int(counts.get("missed", 0)),
            progress=int(counts.get("in_progress", 0)),
            measured=int(len(city) - counts.get("not_measured", 0))))
        self.table.setRowCount(len(city))
        for i, (_, row) in enumerate(city.iterrows()):
            label = (row["label_zh"] if lang == "zh" and row["label_zh"] else
                     row["label_en"] or row["label_zh"])
            due = "" if _missing(row["due"]) else str(row["due"])[:10]
            cells = [str(label), tg.at_due_text(row, lang), tg.actual_text(row, lang),
                     tg.goal_text(row, lang), tg.status_label(row["status"], lang), due]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == STATUS_COLUMN:
                    item.setData(user_role(), row["status"])
                    item.setForeground(QColor(STATUS_COLORS.get(row["status"], "#8c8c8c")))
                    item.setTextAlignment(align_center())
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()


def _missing(value) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False



