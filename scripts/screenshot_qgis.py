"""Screenshots of QGIS desktop with the plugin: the store, the dashboard, at city scale and
at 1:25,000, in Chinese and in English.

    .venv/bin/python scripts/screenshot_qgis.py [--out-dir out/] [--store STORE.gpkg]
                                                [--locales zh-Hans,en_US] [--size 1600x1000]

For each locale, runs the real ``qgis`` under Xvfb (``scripts/qgis_desktop.py``) with a fresh
profile into which the packaged plugin zip (``scripts/package_plugin.py``) is installed, the
user interface in that language; a startup script (this file again, run by ``qgis --code``)
opens the project store through the plugin as the menu's *Open* does (the plugin sets the
Temporal Controller up: the store's range, one-year frames, on the last), shows the Temporal
Controller panel, waits until the engine's warm-up, the dashboard's numbers and the yearly
coverage layer are done and the canvas has drawn (failing with what is missing at the
deadline), and grabs the screen twice: the whole city (with the 智慧城市 / Smart City menu
open) and 1:25,000 on Weihai's urban core.  Writes ``qgis-smartcity-<zh|en>-<city|25k>.png``
into ``--out-dir``, each with a ``.txt`` beside it: the scale, the controller's frame and
the dashboard's date.

Without ``--store`` the bundled Weihai sample is imported into a new store first.  The profile
lives in ``~/.cache/smartcity/screenshot-qgis`` (unpacked afresh every run) with numba's cache
beside it, so the engine compiles once, not on every run.  Needs ``xvfb-run`` (Debian
``xvfb``, ``xauth``) and a CJK font (``fonts-noto-cjk``).
"""

from __future__ import annotations

import os
import sys

INSIDE = "SMARTCITY_SCREENSHOT_OUT"
URBAN_CORE = (122.118, 37.505)
"""Longitude, latitude (EPSG:4490) of the 1:25,000 view: Weihai's urban core (环翠区)."""
SCALE_25K = 25_000


def inside_qgis() -> None:
    """Run by ``qgis --code``: drive the GUI, grab the screen twice, quit."""
    import time

    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem,
                           QgsCoordinateTransform, QgsPointXY, QgsProject)
    from qgis.PyQt.QtCore import Qt, QTimer
    from qgis.PyQt.QtWidgets import QDockWidget
    from qgis.utils import iface, plugins

    prefix = os.environ[INSIDE]
    store = os.environ["SMARTCITY_SCREENSHOT_STORE"]
    state: dict = {"deadline": time.monotonic() + float(os.environ.get(
        "SMARTCITY_SCREENSHOT_SECONDS", "300"))}

    def fail(message: str) -> None:
        with open(prefix + "error.txt", "w", encoding="utf-8") as fh:
            fh.write(message)
        os._exit(3)

    def load() -> None:
        # no window manager under Xvfb: "maximised" is the screen's geometry
        iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
        iface.mainWindow().activateWindow()
        plugin = plugins.get("smartcity")
        if plugin is None:
            fail("the smartcity plugin is not loaded")
        state["plugin"] = plugin
        # as the menu's Open does; the plugin sets the Temporal Controller up (the store's
        # range, one-year frames, on the last one), the screenshots show what it chose
        if plugin.load(store, background=True) is None:
            fail(f"could not load {store}")
        for dock in iface.mainWindow().findChildren(QDockWidget):
            if "Temporal" in dock.objectName():
                dock.show()
                state["temporal"] = dock
        QTimer.singleShot(1000, lambda: when_done(city))

    def pending() -> list[str]:
        """What is not done yet: the store's layers, the dashboard's numbers, the yearly
        coverage layer, any background task (the engine's warm-up), the canvas drawing."""
        plugin = state["plugin"]
        dock = plugin.dock
        waiting = []
        if dock is None or dock._task is not None or dock._shown is None:
            waiting.append("the dashboard's numbers")
        if not any(layer.customProperty("smartcity/coverage")
                   for layer in QgsProject.instance().mapLayers().values()):
            waiting.append("the yearly coverage layer")
        if QgsApplication.taskManager().countActiveTasks() > 0:
            waiting.append("background tasks")
        if iface.mapCanvas().isDrawing():
            waiting.append("the map canvas")
        return waiting

    def when_done(then) -> None:
        """Call ``then`` once :func:`pending` is empty and the canvas has drawn once more
        (fail at the deadline, naming what is missing: a screenshot without the dashboard
        or the coverage is no screenshot of the product)."""
        waiting = pending()
        if waiting:
            if time.monotonic() > state["deadline"]:
                fail("still waiting for " + ", ".join(waiting) + " at the deadline")
            QTimer.singleShot(250, lambda: when_done(then))
            return
        if not state.get("sized") and state["plugin"].dock is not None:
            state["sized"] = True
            window = iface.mainWindow()
            window.resizeDocks([state["plugin"].dock], [400], Qt.Orientation.Horizontal)
            if state.get("temporal") is not None:  # its controls' height, not a third of it
                panel = state["temporal"]
                window.resizeDocks([panel], [panel.widget().minimumSizeHint().height() + 30],
                                   Qt.Orientation.Vertical)
        canvas = iface.mapCanvas()

        def drawn() -> None:
            canvas.mapCanvasRefreshed.disconnect(drawn)
            QTimer.singleShot(800, lambda: then() if not pending()
                              else when_done(then))  # the docks' last repaint

        canvas.mapCanvasRefreshed.connect(drawn)
        canvas.refresh()

    def city() -> None:
        menu = state["plugin"].menu
        bar = iface.mainWindow().menuBar()
        geometry = bar.actionGeometry(menu.menuAction())
        bar.setActiveAction(menu.menuAction())
        menu.popup(bar.mapToGlobal(geometry.bottomLeft()))
        QTimer.singleShot(800, lambda: grab("city", close_menu_then_zoom))

    def close_menu_then_zoom() -> None:
        state["plugin"].menu.hide()
        canvas = iface.mapCanvas()
        wgs = QgsCoordinateReferenceSystem("EPSG:4490")
        transform = QgsCoordinateTransform(wgs, canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        canvas.setCenter(transform.transform(QgsPointXY(*URBAN_CORE)))
        canvas.zoomScale(SCALE_25K)
        QTimer.singleShot(300, lambda: when_done(lambda: grab("25k", finish)))

    def grab(name: str, then) -> None:
        # QGIS tells of each finished task in the message bar when its window is not the
        # active one, which without a window manager it never is: not what a user sees
        iface.messageBar().clearWidgets()
        QgsApplication.processEvents()
        path = f"{prefix}{name}.png"
        if not QgsApplication.primaryScreen().grabWindow(0).save(path):
            fail(f"could not write {path}")
        controller = iface.mapCanvas().temporalController()
        dock = state["plugin"].dock
        with open(f"{prefix}{name}.txt", "w", encoding="utf-8") as fh:
            rng = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
            fh.write(f"scale 1:{iface.mapCanvas().scale():,.0f}\n"
                     f"controller frame {controller.currentFrameNumber() + 1} of "
                     f"{controller.totalFrameCount()}: {rng.begin().toString('yyyy-MM-dd')} "
                     f"to {rng.end().toString('yyyy-MM-dd')}\n"
                     f"dashboard date {dock.current_date().isoformat()}\n")
        then()

    def finish() -> None:
        QgsProject.instance().setDirty(False)
        os._exit(0)

    QTimer.singleShot(2000, load)


def outside() -> int:
    import argparse
    import shutil
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import qgis_desktop

    root = qgis_desktop.ROOT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=root / "out")
    parser.add_argument("--store", type=Path, help="project store [default: the Weihai sample]")
    parser.add_argument("--locales", default="zh-Hans,en_US",
                        help="QGIS UI locales, comma-separated [zh-Hans,en_US]")
    parser.add_argument("--size", default="1600x1000", help="screen size [1600x1000]")
    parser.add_argument("--profile", type=Path,
                        default=Path.home() / ".cache" / "smartcity" / "screenshot-qgis",
                        help="where the QGIS profile and numba's cache live")
    args = parser.parse_args()
    for tool in ("xvfb-run", "qgis"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install xvfb xauth qgis)", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="smartcity-screenshot-"))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    try:
        if args.store is None:
            store = qgis_desktop.make_sample_store(work / "weihai.gpkg", work)
        else:  # QGIS opens GeoPackages for update: draw a copy
            store = work / Path(args.store).name
            shutil.copy(args.store, store)
        archive = qgis_desktop.build_zip(work / "dist")
        (args.profile / "numba").mkdir(parents=True, exist_ok=True)
        written = []
        for locale in [loc.strip() for loc in args.locales.split(",") if loc.strip()]:
            tag = "zh" if locale.lower().startswith("zh") else locale.split("_")[0].lower()
            qgis_desktop.install_zip(archive, args.profile / "qgis", locale=locale)
            prefix = str((args.out_dir / f"qgis-smartcity-{tag}-").resolve())
            for name in ("city", "25k"):
                Path(f"{prefix}{name}.png").unlink(missing_ok=True)
            env = {INSIDE: prefix, "SMARTCITY_SCREENSHOT_STORE": str(store.resolve()),
                   "SMARTCITY_CACHE_DIR": str(args.profile / "numba"),
                   "NUMBA_CACHE_DIR": str(args.profile / "numba")}
            try:
                qgis_desktop.run_desktop(args.profile / "qgis", Path(__file__).resolve(),
                                         env=env, size=args.size, timeout=360, locale=locale)
            except Exception as exc:  # noqa: BLE001 - a timeout, or xvfb failing to start
                print(f"QGIS ({locale}) did not finish: {exc}", file=sys.stderr)
                return 1
            error = Path(prefix + "error.txt")
            if error.exists():
                print(error.read_text(encoding="utf-8"), file=sys.stderr)
                error.unlink()
                return 1
            for name in ("city", "25k"):
                path = Path(f"{prefix}{name}.png")
                if not path.exists():
                    print(f"QGIS ({locale}) exited without writing {path}", file=sys.stderr)
                    return 1
                written.append(path)
        for path in written:
            print(path)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if os.environ.get(INSIDE):  # set only for the QGIS this script starts
    inside_qgis()
elif __name__ == "__main__":
    sys.exit(outside())
