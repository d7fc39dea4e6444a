"""The dashboard dock: the plan's targets against the indicators on one date, in 350 px.

The date is the Temporal Controller's (the last day of its current frame) when *follow the
Temporal Controller* is ticked, else the date picker's; the picker always shows the date the
numbers are for.  The dock refreshes when the date changes, when a layer of the store changes,
or when the store file is written (an import from the toolbox or the command line); refreshes
are debounced, and computed in a :class:`DashboardTask` (a ``QgsTask``, off the GUI thread)
that a newer date cancels; the task only waits for the plugin's computing child process
(:mod:`.worker`, :mod:`.jobs`), so no computation holds QGIS's Python GIL.

Numbers come from :func:`smartcity.processing.targets.evaluate_targets`, the function
``smartcity targets`` calls, on the indicator series of :func:`dashboard_numbers`, and so does
each target's status (按期达成 met on time, 逾期达成 met late, 未达成 missed, 进行中 in
progress), worded as in the report.  Layout, top to bottom: store; the date; follow the controller; a one-line
summary of the statuses; the city's targets, two lines each (the target, then its value on
the date, on the due date, the goal and the due date) with the status beside it; a picker of
the target shown below it; a sparkline of that target's city value at each year-end with its
goal as a dashed line (:class:`Sparkline`, drawn with QPainter: QtCharts is not in every
QGIS); the value per district on the date, a click on a district selecting and zooming to it
on the map.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Callable, Optional

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QDate, QFileSystemWatcher, QPointF, QRectF, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QHBoxLayout,
                                 QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..qgis_common.compat import align_center, header_resize_mode, no_edit_triggers, user_role
from ..qgis_common.deps import missing_dependencies, missing_message
from ..qgis_common.i18n import is_chinese, tr
from ..qgis_common.projectinfo import range_date
from .jobs import (CHART_YEARS, chart_points, dashboard_numbers,  # noqa: F401
                   district_values, series_dates)  # (computed in the child process)
from .tasks import when_engine_ready

COLUMNS = ("target", "status")
"""Columns of the targets table: the target (two lines), its status."""
STATUS_COLUMN = COLUMNS.index("status")
DOCK_WIDTH = 350
"""The width (px) the dock is laid out for: nothing is cut off at it."""


# --- the numbers (no Qt: runs in the task's thread) -------------------------------------------

# --- the task ---------------------------------------------------------------------------------

class DashboardTask(QgsTask):
    """The dashboard's numbers for one store and date, off the GUI thread.

    ``job(progress)`` is called in the task's thread; ``progress(percent, message)`` raises
    :class:`~smartcity.layers.progress.Cancelled` once the task is cancelled (a newer date,
    the dock closed), which the core turns into a clean stop.  ``done(task)`` is called on the
    GUI thread when it ends, with :attr:`result` or :attr:`error` set.
    """

    def __init__(self, description: str, job: Callable, done: Callable):
        # cancelled without asking when QGIS quits: numbers for the screen, nothing to lose
        super().__init__(description, QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt)
        self.job, self.done = job, done
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def _progress(self, percent: float, _message: str = "") -> None:
        from ..layers.progress import Cancelled

        if self.isCanceled():
            raise Cancelled()
        self.setProgress(float(percent))

    def cancel(self) -> None:
        """Cancel, and tell the computing child to stop this task's request at once."""
        super().cancel()
        from . import worker

        worker.cancel(self)

    def run(self) -> bool:  # the task's thread
        """Run the job in a Python thread of its own and wait for it.

        Not in the task manager's pool thread itself: pyproj keeps a PROJ context per
        thread, and a pool thread that Python only borrows loses it between two tasks (the
        second task that reads a CRS crashed QGIS with a segmentation fault, pyproj 3.7).
        """
        import threading

        from ..layers.progress import Cancelled

        outcome: dict = {}

        def work() -> None:
            try:
                outcome["result"] = self.job(self._progress)
            except Cancelled:
                pass
            except Exception as exc:  # shown in the dock, not raised into the task manager
                outcome["error"] = exc

        thread = threading.Thread(target=work, name="smartcity-dashboard", daemon=True)
        thread.start()
        thread.join()
        self.result, self.error = outcome.get("result"), outcome.get("error")
        return "result" in outcome and not self.isCanceled()

    def finished(self, _ok: bool) -> None:  # the GUI thread
        done, self.done = self.done, None
        if done is not None:
            done(self)


# --- the chart --------------------------------------------------------------------------------

class Sparkline(QWidget):
    """A small line chart: values by year, the goal as a dashed line, first/last labelled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[int, float]] = []
        self.goal: Optional[float] = None
        self.labels: tuple[str, str] = ("", "")
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, points: list[tuple[int, float]], goal: Optional[float],
                 first_last: tuple[str, str] = ("", "")) -> None:
        self.points, self.goal, self.labels = list(points), goal, first_last
        self.update()

    def scale(self) -> tuple[float, float]:
        """The value range drawn: the points and the goal, padded by 5 %."""
        values = [v for _, v in self.points] + ([self.goal] if self.goal is not None else [])
        if not values:
            return 0.0, 1.0
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.05 or max(abs(hi), 1.0) * 0.05
        return lo - pad, hi + pad

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 6.0))
        painter.setFont(font)
        box = QRectF(self.rect()).adjusted(6, 20, -6, -16)  # labels above, years below
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        painter.drawLine(box.bottomLeft(), box.bottomRight())
        if not self.points:
            painter.setPen(QColor("#808080"))
            painter.drawText(box, int(align_center()), tr("No values to chart"))
            painter.end()
            return
        lo, hi = self.scale()
        years = [y for y, _ in self.points]
        y0, y1 = min(years), max(years)

        def at(year: float, value: float) -> QPointF:
            x = box.left() + (box.width() * (year - y0) / (y1 - y0) if y1 > y0 else box.width() / 2)
            return QPointF(x, box.bottom() - box.height() * (value - lo) / (hi - lo))

        if self.goal is not None:
            pen = QPen(QColor("#d7191c"), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(box.left(), at(y0, self.goal).y()),
                             QPointF(box.right(), at(y0, self.goal).y()))
        painter.setPen(QPen(QColor("#2c7bb6"), 2))
        pts = [at(y, v) for y, v in self.points]
        for a, b in zip(pts, pts[1:]):
            painter.drawLine(a, b)
        for p in pts:
            painter.drawEllipse(p, 2.2, 2.2)
        painter.setPen(QColor("#404040"))
        painter.drawText(QRectF(box.left(), box.bottom() + 2, box.width(), 14),
                         int(Qt.AlignmentFlag.AlignLeft), str(y0))
        painter.drawText(QRectF(box.left(), box.bottom() + 2, box.width(), 14),
                         int(Qt.AlignmentFlag.AlignRight), str(y1))
        first, last = self.labels
        painter.drawText(QRectF(box.left(), 0, box.width(), 14),
                         int(Qt.AlignmentFlag.AlignLeft), first)
        painter.drawText(QRectF(box.left(), 0, box.width(), 14),
                         int(Qt.AlignmentFlag.AlignRight), last)
        painter.end()


# --- the dock ---------------------------------------------------------------------------------

class DashboardDock(QDockWidget):
    """Indicators against targets for the Temporal Controller's date or a picked date."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Smart City dashboard"), parent)
        self.setObjectName("SmartCityDashboard")
        self.iface = iface
        self._store: Optional[str] = None
        self.targets: Optional[str] = None  # the plan's targets file; None: Weihai's plan
        self._cache: dict = {}
        self._generation = 0
        self._layers_connected: list = []
        self._task: Optional[DashboardTask] = None
        self._shown: Optional[dict] = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Store")))
        self.store_box = QComboBox(body)
        self.store_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.store_box.setMinimumContentsLength(12)
        row.addWidget(self.store_box, 1)
        layout.addLayout(row)
        row = QHBoxLayout()  # the date on a row of its own: the check box is wide in English
        row.addWidget(QLabel(tr("Date")))
        self.date_edit = QDateEdit(body)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(2021, 12, 31))
        row.addWidget(self.date_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.follow = QCheckBox(tr("Follow the Temporal Controller"), body)
        self.follow.setChecked(True)
        layout.addWidget(self.follow)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels([tr("Target"), tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header_resize_mode("Stretch"))
        header.setSectionResizeMode(1, header_resize_mode("ResizeToContents"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(no_edit_triggers())
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table, 3)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Chart")))
        self.picker = QComboBox(body)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        self.chart = Sparkline(body)
        layout.addWidget(self.chart)
        self.districts = QTableWidget(0, 2, body)
        self.districts.setHorizontalHeaderLabels([tr("District"), tr("As of")])
        header = self.districts.horizontalHeader()
        header.setSectionResizeMode(0, header_resize_mode("Stretch"))
        header.setSectionResizeMode(1, header_resize_mode("ResizeToContents"))
        self.districts.verticalHeader().setVisible(False)
        self.districts.setEditTriggers(no_edit_triggers())
        self.districts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.districts.setToolTip(tr("Click a district to select it and zoom to it on the map."))
        self.districts.cellClicked.connect(lambda r, _c: self.zoom_to_district(r))
        layout.addWidget(self.districts, 2)
        self.setWidget(body)
        self.setMinimumWidth(DOCK_WIDTH)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._data_changed)
        self.date_edit.dateChanged.connect(lambda _d: self._picked())
        self.follow.toggled.connect(lambda _c: self.schedule())
        self.store_box.currentIndexChanged.connect(lambda _i: self._store_selected())
        self.picker.currentIndexChanged.connect(lambda _i: self._show_pick())
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

    def _picked(self) -> None:
        """The user picked a date: it is the dashboard's date from now on."""
        if self.follow.isChecked() and self._controller is not None \
                and range_date(self._controller) is not None \
                and self.date_edit.date() != _qdate(range_date(self._controller)):
            self.follow.blockSignals(True)
            self.follow.setChecked(False)
            self.follow.blockSignals(False)
        self.schedule()

    def _data_changed(self, *_args) -> None:
        self._cache.clear()
        self._generation += 1  # the child reads the store again
        if self._store and os.path.exists(self._store) and self._store not in self._watcher.files():
            self._watcher.addPath(self._store)  # replaced files drop out of the watcher
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def disconnect_all(self) -> None:
        """Drop every outside connection and cancel the running task (plugin unload)."""
        self._timer.stop()
        self.cancel_task()
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
        """The Temporal Controller's date when followed and active (the last day of the
        current frame, or of the fixed range: :func:`~smartcity.qgis_common.projectinfo
        .range_date`), else the picker's."""
        if self.follow.isChecked() and self._controller is not None:
            day = range_date(self._controller)
            if day is not None:
                return day
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _show_date(self, day: dt.date) -> None:
        """The picker shows the date the numbers are for (without re-scheduling)."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.done = None  # its result, if it still comes, is not shown
            try:
                self._task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass
            self._task = None

    def refresh(self) -> Optional[DashboardTask]:
        """Show the numbers for the current date: from the cache at once, else computed in
        a :class:`DashboardTask` (returned) that replaces (cancels) the one running."""
        if missing_dependencies():
            self.summary.setText(missing_message())
            self.table.setRowCount(0)
            return None
        if not self._store:
            self.summary.setText(tr("Open a project store (Smart City menu) to see its "
                                    "indicators."))
            self.table.setRowCount(0)
            return None
        day = self.current_date()
        self._show_date(day)
        key = (self._store, day, self.targets)
        self.cancel_task()
        if key in self._cache:
            self.show_numbers(self._cache[key])
            return None
        store, targets, generation = self._store, self.targets, self._generation

        def job(progress):  # in the child process (.jobs): QGIS's GIL stays free
            from . import worker

            return worker.call("dashboard", {"store": store, "targets": targets,
                                             "day": day.isoformat(),
                                             "generation": generation},
                               progress, owner=task)

        def done(task: DashboardTask) -> None:
            if task is not self._task:
                return
            self._task = None
            if task.error is not None:
                self.summary.setText(tr("{store}: the indicators could not be computed: "
                                        "{error}").format(store=os.path.basename(store),
                                                          error=task.error))
                self.table.setRowCount(0)
                return
            if task.result is None:
                return
            numbers = task.result
            self._cache[key] = numbers
            if (self._store, self.current_date(), self.targets) == key:
                self.show_numbers(numbers)

        self.summary.setText(tr("{date}: computing the indicators…").format(
            date=day.isoformat()))
        task = DashboardTask(tr("Smart City dashboard") + f" {day.isoformat()}", job, done)
        self._task = task

        def start() -> None:  # once the engine's warm-up, if one runs, has ended
            if self._task is task:  # not replaced by a newer date or cancelled meanwhile
                QgsApplication.taskManager().addTask(task)

        when_engine_ready(start)
        return task

    def wait(self) -> None:
        """Block until the numbers for the current date are shown: no refresh scheduled and
        no task running or waiting for the engine's warm-up (tests, and scripts that need
        the numbers now)."""
        import time

        from qgis.PyQt.QtCore import QCoreApplication

        while self._timer.isActive() or self._task is not None:
            QCoreApplication.processEvents()  # finished() comes through the event loop
            time.sleep(0.01)  # not waitForFinished: it keeps the GIL the task's thread needs

    # -- showing ----------------------------------------------------------------------------
    def show_numbers(self, numbers: dict) -> None:
        """Show the targets table, the picker, the chart and the districts of ``numbers``."""
        self._shown = numbers
        self.show_table(numbers["targets"], numbers["day"])
        city = numbers["targets"]
        city = city[(city["scope"] == "city") & city["indicator"].notna()]
        current = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        lang = "zh" if is_chinese() else "en"
        for _, row in city.iterrows():
            self.picker.addItem(_label(row, lang), row["target_id"])
        index = self.picker.findData(current)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self._show_pick()

    def picked_row(self):
        """The evaluated target row the picker selects, or None."""
        if self._shown is None or self.picker.currentIndex() < 0:
            return None
        table = self._shown["targets"]
        rows = table[(table["scope"] == "city")
                     & (table["target_id"] == self.picker.currentData())]
        return None if rows.empty else rows.iloc[0]

    def _show_pick(self) -> None:
        from ..processing import targets as tg

        row = self.picked_row()
        if row is None:
            self.chart.set_data([], None)
            self.districts.setRowCount(0)
            return
        lang = "zh" if is_chinese() else "en"
        series, day = self._shown["series"], self._shown["day"]
        target = row["target_id"]
        charts, per_district = self._shown.get("charts", {}), self._shown.get("districts", {})
        # worked out by the child (pandas' first date handling on the GUI thread: 0.2 s)
        points = charts[target] if target in charts else chart_points(series, row)
        ends = (tg.value_text(points[0][1], row["unit"], lang) if points else "",
                tg.value_text(points[-1][1], row["unit"], lang) if points else "")
        self.chart.set_data(points, float(row["target"]), ends)
        self.chart.setToolTip(tr("{target}: the city's value at each year end; dashed: the "
                                 "goal {goal}").format(target=_label(row, lang),
                                                       goal=tg.goal_text(row, lang)))
        values = per_district[target] if target in per_district else \
            district_values(series, row["indicator"], day)
        self.districts.setRowCount(len(values))
        for i, (code, name, value) in enumerate(values):
            item = QTableWidgetItem(name)
            item.setData(user_role(), code)
            self.districts.setItem(i, 0, item)
            self.districts.setItem(i, 1, QTableWidgetItem(tg.value_text(value, row["unit"],
                                                                        lang)))

    def show_table(self, table, day: dt.date) -> None:
        """The city's targets, two lines each (the target; its value on ``day``, on the due
        date, the goal and the due date) and the status (coloured as in the report); above
        them the count of each status."""
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
            self.table.setItem(i, 0, QTableWidgetItem(target_text(row, lang)))
            item = QTableWidgetItem(tg.status_label(row["status"], lang))
            item.setData(user_role(), row["status"])
            item.setForeground(QColor(STATUS_COLORS.get(row["status"], "#8c8c8c")))
            item.setTextAlignment(align_center())
            self.table.setItem(i, STATUS_COLUMN, item)
        self.table.resizeRowsToContents()

    # -- the map ----------------------------------------------------------------------------
    def districts_layer(self):
        """The districts layer of the dock's store in the project, or None."""
        from qgis.core import QgsProject

        from .project import PROPERTY_LAYER, PROPERTY_STORE

        for layer in QgsProject.instance().mapLayers().values():
            if (layer.customProperty(PROPERTY_STORE) in (self._store, _resolved(self._store))
                    and layer.customProperty(PROPERTY_LAYER) == "districts"):
                return layer
        return None

    def zoom_to_district(self, row: int) -> None:
        """Select the district of table row ``row`` in the districts layer and zoom to it."""
        item = self.districts.item(row, 0)
        layer = self.districts_layer()
        if item is None or layer is None:
            return
        code = str(item.data(user_role())).replace("'", "''")
        layer.selectByExpression(f"\"code\" = '{code}'")
        if self.iface is not None and layer.selectedFeatureCount():
            canvas = self.iface.mapCanvas()
            canvas.zoomToSelected(layer)
            canvas.refresh()


def target_text(row, lang: str) -> str:
    """A target's two lines: its label, then "as of: …  due …: …  goal …"."""
    from ..processing import targets as tg

    due = "" if _missing(row["due"]) else str(row["due"])[:10]
    second = tr("now {actual} · at due {at_due} · goal {goal} · due {due}").format(
        actual=tg.actual_text(row, lang), at_due=tg.at_due_text(row, lang),
        goal=tg.goal_text(row, lang), due=due)
    return f"{_label(row, lang)}\n{second}"


def _label(row, lang: str) -> str:
    return str(row["label_zh"] if lang == "zh" and row["label_zh"] else
               row["label_en"] or row["label_zh"])


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _resolved(store: Optional[str]) -> Optional[str]:
    from pathlib import Path

    if not store or "://" in store:
        return store
    return str(Path(store).resolve())


def _missing(value) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
