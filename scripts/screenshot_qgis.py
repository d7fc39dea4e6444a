"""Screenshot of QGIS desktop (in Chinese) with the plugin's layers, dashboard and menu.

    .venv/bin/python scripts/screenshot_qgis.py [--out out/qgis-smartcity-zh.png]
                                                [--store STORE.gpkg] [--locale zh-Hans]

Runs the real ``qgis`` under Xvfb with a fresh profile in which the plugin (a symlink to this
repository) is enabled and the user interface is Chinese; a startup script (this file again,
run by ``qgis --code``) opens the project store through the plugin, puts the Temporal
Controller on the year 2021, shows the dashboard and opens the 智慧城市 menu, then grabs the
screen.  Without ``--store`` the bundled Weihai sample is imported into a new store first.
Needs ``xvfb-run`` (Debian ``xvfb``, ``xauth``) and a CJK font (``fonts-noto-cjk``).
"""

from __future__ import annotations

import os
import sys

INSIDE = "SMARTCITY_SCREENSHOT_OUT"


def inside_qgis() -> None:
    """Run by ``qgis --code``: drive the GUI, grab the screen, quit."""
    from qgis.core import (QgsApplication, QgsDateTimeRange, QgsInterval, QgsProject,
                           QgsTemporalNavigationObject, QgsUnitTypes)
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QTimer
    from qgis.PyQt.QtWidgets import QDockWidget
    from qgis.utils import iface, plugins

    out = os.environ[INSIDE]
    store = os.environ["SMARTCITY_SCREENSHOT_STORE"]
    state = {}

    def fail(message: str) -> None:
        with open(out + ".error.txt", "w", encoding="utf-8") as fh:
            fh.write(message)
        os._exit(3)

    def load() -> None:
        # no window manager under Xvfb: "maximised" is the screen's geometry
        iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
        plugin = plugins.get("smartcity")
        if plugin is None:
            fail("the smartcity plugin is not loaded")
        state["plugin"] = plugin
        if plugin.load(store) is None:
            fail(f"could not load {store}")
        controller = iface.mapCanvas().temporalController()
        try:
            animated = QgsTemporalNavigationObject.NavigationMode.Animated
        except AttributeError:
            animated = QgsTemporalNavigationObject.Animated
        controller.setNavigationMode(animated)
        controller.setTemporalExtents(QgsDateTimeRange(
            QDateTime(QDate(2019, 1, 1), QTime(0, 0)), QDateTime(QDate(2023, 1, 1), QTime(0, 0)),
            True, False))
        controller.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalYears))
        controller.setCurrentFrameNumber(2)  # 2021-01-01 … 2022-01-01: as of 2021-12-31
        for dock in iface.mainWindow().findChildren(QDockWidget):
            if "Temporal" in dock.objectName():
                dock.show()
        from qgis.PyQt.QtCore import Qt

        if plugin.dock is not None:
            iface.mainWindow().resizeDocks([plugin.dock], [600], Qt.Horizontal)
        QTimer.singleShot(6000, open_menu)

    def open_menu() -> None:
        menu = state["plugin"].menu
        bar = iface.mainWindow().menuBar()
        geometry = bar.actionGeometry(menu.menuAction())
        bar.setActiveAction(menu.menuAction())
        menu.popup(bar.mapToGlobal(geometry.bottomLeft()))
        QTimer.singleShot(1500, grab)

    def grab() -> None:
        QgsApplication.processEvents()
        screen = QgsApplication.primaryScreen()
        if not screen.grabWindow(0).save(out):
            fail(f"could not write {out}")
        QgsProject.instance().setDirty(False)
        os._exit(0)

    QTimer.singleShot(3000, load)


def outside() -> int:
    import argparse
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=root / "out" / "qgis-smartcity-zh.png")
    parser.add_argument("--store", type=Path, help="project store [default: the Weihai sample]")
    parser.add_argument("--locale", default="zh-Hans", help="QGIS UI locale [zh-Hans]")
    parser.add_argument("--size", default="1600x1000", help="screen size [1600x1000]")
    args = parser.parse_args()
    for tool in ("xvfb-run", "qgis"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install xvfb xauth qgis)", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="smartcity-screenshot-"))
    try:
        store = args.store
        if store is None:
            store = work / "weihai.gpkg"
            make_sample_store(root, store, work)
        profile = work / "profiles" / "default"
        (profile / "python" / "plugins").mkdir(parents=True)
        (profile / "QGIS").mkdir(parents=True)
        (profile / "python" / "plugins" / "smartcity").symlink_to(root, target_is_directory=True)
        (profile / "QGIS" / "QGIS3.ini").write_text(
            "[PythonPlugins]\nsmartcity=true\n\n"
            f"[locale]\noverrideFlag=true\nuserLocale={args.locale}\nglobalLocale={args.locale}\n"
            "\n[qgis]\nshowTips=false\ncheckVersion=false\n"
            "\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n",
            encoding="utf-8")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.unlink(missing_ok=True)
        import sysconfig

        env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(work), LANG="zh_CN.UTF-8",
                   PYTHONPATH=sysconfig.get_paths()["purelib"],
                   SMARTCITY_SCREENSHOT_STORE=str(Path(store).resolve()),
                   **{INSIDE: str(args.out.resolve())})
        env.pop("QT_QPA_PLATFORM", None)
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {args.size}x24", "qgis", "--nologo",
               "--noversioncheck", "--code", str(Path(__file__).resolve())]
        try:
            subprocess.run(cmd, env=env, timeout=240, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            print("QGIS did not finish within 4 minutes", file=sys.stderr)
            return 1
        error = Path(str(args.out) + ".error.txt")
        if error.exists():
            print(error.read_text(encoding="utf-8"), file=sys.stderr)
            error.unlink()
            return 1
        if not args.out.exists():
            print("QGIS exited without writing the screenshot", file=sys.stderr)
            return 1
        print(args.out)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_sample_store(root, store, work) -> None:
    """The bundled Weihai sample imported into ``store`` through the CLI."""
    from click.testing import CliRunner

    from smartcity.standalone.cli import cli

    data = root / "data" / "weihai"
    runner = CliRunner()
    steps = [["init", str(store)]] + [
        ["import", str(store), layer, str(data / name), "--rejects",
         str(work / f"{layer}.rejects.csv"), *extra]
        for layer, name, extra in (
            ("districts", "districts.geojson", []),
            ("base_stations", "base_stations.csv", ["--coords", "gcj02"]),
            ("communities", "communities.csv", []),
            ("manholes", "manholes.shp", []),
            ("monitoring_points", "monitoring_points.geojson", []),
            ("key_places", "key_places.gpkg", []))]
    for step in steps:
        result = runner.invoke(cli, step)
        if result.exit_code != 0:
            raise SystemExit(result.output)


if os.environ.get(INSIDE):  # set only for the QGIS this script starts
    inside_qgis()
elif __name__ == "__main__":
    sys.exit(outside())
