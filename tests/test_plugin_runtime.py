"""The plugin's background work: the engine's warm-up task, the one-click install task, and
stopping them (real QgsTaskManager, real child processes)."""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.qgis


def test_plan_indicators_are_the_plannable_ones():
    """The planning dialog lists its choices without geopandas: the same list as the
    demand builders of the planner."""
    from smartcity.processing.indicator_names import PLAN_INDICATORS
    from smartcity.processing.planning import DEMANDS

    assert list(PLAN_INDICATORS) == list(DEMANDS)


def _wait(task) -> None:
    """Run the event loop until ``task`` ended (QgsTask's ``finished`` runs on it)."""
    from qgis.core import QgsApplication

    from smartcity.plugin.tasks import _alive

    while _alive(task):  # a task the manager deleted has ended too
        QgsApplication.processEvents()
        time.sleep(0.05)  # not waitForFinished: it keeps the GIL the task's run() needs
    for _ in range(20):  # the finished() slot comes through the event loop
        QgsApplication.processEvents()


def _wheel(folder: Path) -> Path:
    """A minimal pure-Python wheel ``probe_pkg`` (pip installs it without an index)."""
    path = folder / "smartcity_probe_pkg-1.0-py3-none-any.whl"
    info = "smartcity_probe_pkg-1.0.dist-info"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("smartcity_probe_pkg/__init__.py", "VALUE = 42\n")
        zf.writestr(f"{info}/METADATA",
                    "Metadata-Version: 2.1\nName: smartcity-probe-pkg\nVersion: 1.0\n")
        zf.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\n"
                    "Root-Is-Purelib: true\nTag: py3-none-any\n")
        zf.writestr(f"{info}/RECORD", "")
    return path


def test_install_task_puts_packages_where_qgis_python_sees_them(qgis_app, tmp_path,
                                                                monkeypatch):
    from smartcity.plugin.tasks import InstallTask, TaskKeeper
    from smartcity.qgis_common import deps

    monkeypatch.setattr(deps, "_numpy_major", lambda: 2)  # no numpy pin: no index needed
    folder = str(tmp_path / "profile" / "python" / deps.DEPS_FOLDER)
    command = deps.folder_install_command(folder, [str(_wheel(tmp_path))])
    assert command[1:6] == ["-m", "pip", "install", "--disable-pip-version-check",
                            "--upgrade"]
    assert command[command.index("--target") + 1] == folder
    command = [sys.executable, *command[1:], "--no-index"]
    done = []
    keeper = TaskKeeper()
    task = keeper.start(InstallTask(command, lambda ok, out: done.append((ok, out))))
    _wait(task)
    assert done and done[0][0], done
    assert task.returncode == 0
    assert deps.add_packages_folder(folder)
    try:
        import smartcity_probe_pkg

        assert smartcity_probe_pkg.VALUE == 42
    finally:
        sys.path.remove(folder)
        sys.modules.pop("smartcity_probe_pkg", None)
    keeper.disconnect()


def test_install_command_shown_to_the_user_is_the_one_run(qgis_app, tmp_path):
    from smartcity.plugin.main import install_explanation, packages_folder
    from smartcity.qgis_common.deps import folder_install_command, shell_line

    text = install_explanation()
    assert shell_line(folder_install_command(packages_folder())) in text
    assert packages_folder().endswith(os.path.join("python", "smartcity-packages"))


def test_warmup_runs_in_a_child_process_and_stops_when_asked(qgis_app, tmp_path,
                                                             monkeypatch):
    """The warm-up compiles in a child (never in QGIS's process); stopping the plugin's tasks
    kills it, so nothing of it outlives QGIS."""
    from qgis.core import QgsTask

    from smartcity.plugin.tasks import TaskKeeper, WarmupTask

    monkeypatch.setenv("NUMBA_CACHE_DIR", str(tmp_path / "cold"))  # a long compile
    keeper = TaskKeeper()
    task = keeper.start(WarmupTask())
    from qgis.core import QgsApplication

    while task.proc is None or task.status() != QgsTask.TaskStatus.Running:
        QgsApplication.processEvents()
        time.sleep(0.05)
    child = task.proc
    assert child.pid != os.getpid()
    ended = []
    task.taskTerminated.connect(lambda: ended.append("terminated"))
    task.taskCompleted.connect(lambda: ended.append("completed"))
    keeper.stop_all()
    assert child.poll() is not None  # killed, not left compiling
    _wait(task)
    assert ended == ["terminated"]
    keeper.disconnect()


def test_warmup_task_finishes_with_the_engine_ready(qgis_app):
    from smartcity.plugin.tasks import TaskKeeper, WarmupTask

    done = []
    keeper = TaskKeeper()
    task = keeper.start(WarmupTask(lambda ok, message: done.append((ok, message))))
    _wait(task)
    assert done and done[0][0], (done, task.output[-20:])
    assert "coverage engine ready" in done[0][1]
    keeper.disconnect()


def test_store_layers_made_in_a_task_load_like_the_direct_way(qgis_app, sample_store,
                                                              tmp_path):
    """The menu's Open makes the layers off the GUI thread: they arrive on the main thread,
    styled and temporal, the same layers as the direct way."""
    import shutil

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from smartcity.plugin.project import load_store, store_layers
    from smartcity.plugin.tasks import LoadStoreTask, TaskKeeper

    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    done = []
    keeper = TaskKeeper()
    task = keeper.start(LoadStoreTask(str(store), lambda layers, error: done.append(
        (layers, error))))
    _wait(task)
    (layers, error), = done
    assert error == "" and layers
    main = QCoreApplication.instance().thread()
    assert all(layer.thread() == main for layer in layers)
    project = QgsProject()
    group = load_store(store, project, layers=layers)
    loaded = [node.layer() for node in group.findLayers()]
    direct = store_layers(store)
    assert [lyr.name() for lyr in loaded] == [lyr.name() for lyr in direct]
    assert all(lyr.isValid() and lyr.temporalProperties().isActive() for lyr in loaded)
    assert [lyr.renderer().type() for lyr in loaded] == [lyr.renderer().type()
                                                          for lyr in direct]
    bad = []
    task = keeper.start(LoadStoreTask(str(tmp_path / "missing.gpkg"),
                                      lambda layers, error: bad.append((layers, error))))
    _wait(task)
    assert bad and bad[0][0] == [] and "does not exist" in bad[0][1]
    project.clear()
    keeper.disconnect()


def test_layers_join_one_per_event_loop_turn(qgis_app, sample_store, tmp_path):
    """The menu's Open adds the layers made by the task one per event-loop turn (all at once
    froze the GUI): between two turns the group holds some of them, at the end all, in the
    direct way's order; a new project first takes the layers' own CRS, and the time range
    is the store's (the Temporal Controller panel then need not work one out)."""
    import shutil

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from smartcity.plugin.project import (frames_range, lifecycle_dates, load_store,
                                          store_layers)

    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    layers = store_layers(store, track_edits=False)
    dates = lifecycle_dates(layers)
    project = QgsProject()
    placed, seen = [], set()
    group = load_store(store, project, layers=layers, dates=dates, then=placed.append)
    assert group.findLayers() == [] and project.timeSettings().temporalRange() == \
        frames_range(*dates)  # the range first, then the layers
    while not placed:
        QCoreApplication.processEvents()
        seen.add(len(group.findLayers()))
    assert placed == [group]
    assert len(seen) > len(layers) / 2  # they joined in many turns, not in one
    assert [n.layer() for n in group.findLayers()] == layers
    assert project.crs() == layers[0].crs()
    # the group removed before all joined: told with None, nothing left half-done
    placed.clear()
    group = load_store(store, project, layers=store_layers(store, track_edits=False),
                       dates=dates, then=placed.append)
    QCoreApplication.processEvents()
    project.layerTreeRoot().removeChildNode(group)
    while not placed:
        QCoreApplication.processEvents()
    assert placed == [None]
    project.clear()


def test_engine_users_wait_for_the_warm_up(qgis_app):
    """While a warm-up task has not ended, what needs the engine (the dashboard's and the
    yearly coverage's tasks) is started only when it ends or is cancelled, instead of
    compiling the kernels a second time inside QGIS; with no warm-up running, at once."""
    from smartcity.plugin import tasks

    started: list[str] = []
    warm = tasks.WarmupTask()  # made, not started: it has not ended
    tasks.when_engine_ready(lambda: started.append("dashboard"))
    tasks.when_engine_ready(lambda: started.append("coverage"))
    assert started == []
    warm.cancel()  # a cancelled warm-up releases whoever waits
    assert started == ["dashboard", "coverage"]
    tasks.when_engine_ready(lambda: started.append("later"))
    assert started[-1] == "later"


def test_one_click_install_asks_for_the_numba_of_the_shipped_kernels(monkeypatch):
    """The zip's kernels are compiled by one numba for one Python: the one-click install
    asks for that numba when they fit QGIS's Python (they are then loaded, not compiled),
    and keeps the plain minimum otherwise."""
    from smartcity.processing import jitcache
    from smartcity.qgis_common import deps

    here = jitcache.runtime_tag()
    fits = dict(here, numba="0.68.1", cpu="generic")
    monkeypatch.setattr(jitcache, "shipped_manifest", lambda: fits)
    command = deps.folder_install_command("/x", ["pandas>=2.0", "numba>=0.56"])
    assert "numba==0.68.1" in command and "pandas>=2.0" in command
    monkeypatch.setattr(jitcache, "shipped_manifest",
                        lambda: dict(fits, python="cpython-399"))
    assert "numba>=0.56" in deps.folder_install_command("/x", ["numba>=0.56"])
    monkeypatch.setattr(jitcache, "shipped_manifest", lambda: {})
    assert "numba>=0.56" in deps.folder_install_command("/x", ["numba>=0.56"])
