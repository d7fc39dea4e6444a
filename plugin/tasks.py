"""Background tasks of the plugin: warming the coverage engine, installing the packages.

Both run in QGIS's task manager (``QgsTask``), so QGIS's status bar shows their progress and
the GUI thread stays free: the first numba compile of the engine takes 20–40 s, a pip install
of geopandas & co. a minute or more.  The work itself happens in a child process, which the
task's ``run`` (on a worker thread) waits for; it touches no widget and no project;
``finished`` happens on the GUI thread.

The plugin keeps a reference to each task it starts (:class:`TaskKeeper`) and, when it is
unloaded or QGIS quits, cancels them and waits for them to end: a Python task still running
when QGIS tears Python down would crash QGIS at exit.
"""

from __future__ import annotations

import subprocess
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsMessageLog, QgsTask

from ..qgis_common.i18n import tr

LOG_TAG = "Smart City"


def _log(message: str) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG)


_waiting: list[Callable[[], None]] = []
"""What asked to run once the warm-up running now has ended (:func:`when_engine_ready`)."""

_warming: Optional["WarmupTask"] = None
"""The warm-up task that has not ended yet, if any."""


def when_engine_ready(start: Callable[[], None]) -> None:
    """Call ``start`` (on the GUI thread) now, or when the running warm-up has ended.

    The warm-up compiles numba's kernels in a child process; a dashboard or coverage task
    that called the engine meanwhile would compile them a second time inside QGIS's own
    Python, holding the GIL for tens of seconds (the GUI stalled for minutes, measured).
    Not a wait inside the task: tasks that wait occupy the task manager's few threads, and
    the warm-up queued behind them would never start."""
    if _warming is None:
        start()
    else:
        _waiting.append(start)


def _release_waiting(task: "WarmupTask") -> None:
    """The warm-up ``task`` has ended (or was cancelled): start whatever waited for it."""
    global _warming
    if _warming is not task:
        return
    _warming = None
    starts = list(_waiting)
    _waiting.clear()
    for start in starts:
        try:
            start()
        except RuntimeError:  # its dock or layer was deleted meanwhile
            pass


WARMUP_CODE = """
import compileall, importlib, json, os, sys
sys.path.insert(0, sys.argv[1])
# the plugin's bytecode first (a plugin installed from its zip has none): QGIS's own imports
# of the plugin's modules on the GUI thread then load it instead of compiling the sources
compileall.compile_dir(os.path.join(sys.argv[1], sys.argv[2]), quiet=2,
                       rx=__import__("re").compile(r"[\\\\/](tests|\\.venv)[\\\\/]"))
warmup = importlib.import_module(sys.argv[2] + ".processing.warmup")
def progress(percent, message=""):
    print("PROGRESS", float(percent), flush=True)
result = warmup.warm_engine(progress=progress)
print("RESULT", json.dumps({"seconds": result.seconds, "compiled": result.compiled,
                            "loaded": result.loaded}), flush=True)
"""
"""Run by the warm-up's child process: ``python -c WARMUP_CODE <folder> <package>``."""


def python_for_children() -> str:
    """The Python interpreter to start child processes with: this one under a Python host
    (tests, scripts), the one QGIS embeds inside the ``qgis`` executable."""
    import sys

    from ..qgis_common.deps import _host_is_python, qgis_python

    return sys.executable if _host_is_python() else qgis_python()


def child_environment() -> dict:
    """The environment of a child Python that sees what QGIS's Python sees (its
    ``sys.path``: QGIS's packages, the plugins folder, the one-click install's folder)."""
    import os
    import sys

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env.pop("PYTHONHOME", None)
    return env


class WarmupTask(QgsTask):
    """Compile the coverage engine's numba kernels into numba's on-disk cache.

    In a child Python process, not a thread of QGIS: the compile holds Python's GIL for long
    stretches (QGIS's Python would stall the GUI), reads files with the pip wheels' GDAL
    (which must not run beside QGIS's own GDAL in one process at once: seen crashing), and
    a child can be stopped at once when QGIS quits.  The kernels' cache is keyed by their
    source files, which the child and QGIS share, so QGIS's first coverage then loads the
    compiled kernels in well under a second instead of compiling for 20–40 s."""

    def __init__(self, on_done: Optional[Callable[[bool, str], None]] = None):
        # stopped without asking when QGIS quits: the next start compiles what is missing
        super().__init__(tr("Smart City: preparing the coverage engine"),
                         QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt)
        self.on_done = on_done
        self.message = ""
        self.output: list[str] = []
        self.proc: Optional[subprocess.Popen] = None
        global _warming
        _warming = self

    def cancel(self) -> None:
        """Stop at once: kill the child (a compile prints nothing for seconds)."""
        _kill(self.proc)
        super().cancel()
        _release_waiting(self)  # whoever waited computes (and compiles) on its own now

    def run(self) -> bool:  # worker thread: waits for the child
        import json
        from pathlib import Path

        package = __package__.split(".")[0]
        folder = str(Path(__file__).resolve().parents[2])
        try:
            proc = self.proc = subprocess.Popen(
                [python_for_children(), "-c", WARMUP_CODE, folder, package],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
                env=child_environment())
        except OSError as exc:
            self.message = f"warm-up not started: {exc}"
            return False
        assert proc.stdout is not None
        for line in proc.stdout:
            if self.isCanceled():
                proc.kill()
                break
            if line.startswith("PROGRESS "):
                self.setProgress(max(0.0, min(100.0, float(line.split()[1]))))
            elif line.startswith("RESULT "):
                result = json.loads(line[len("RESULT "):])
                self.message = (f"coverage engine ready in {result['seconds']:.1f} s "
                                f"({result['compiled']} kernels compiled, {result['loaded']} "
                                f"from the cache)")
            else:
                self.output.append(line.rstrip())
        proc.stdout.close()
        code = proc.wait()
        if code != 0 and not self.isCanceled():
            self.message = "warm-up failed: " + "\n".join(self.output[-20:])
        return code == 0

    def finished(self, result: bool) -> None:  # GUI thread
        _release_waiting(self)
        if self.message:
            _log(self.message)
        if self.on_done is not None:
            self.on_done(result, self.message)


class InstallTask(QgsTask):
    """Run ``pip install --target <folder> …`` (the argument list ``command``) in a child
    process; progress follows pip's "Collecting" / "Installing" lines."""

    def __init__(self, command: list[str],
                 on_done: Optional[Callable[[bool, str], None]] = None):
        super().__init__(tr("Smart City: installing Python packages"), QgsTask.Flag.CanCancel)
        self.command = command
        self.on_done = on_done
        self.output: list[str] = []
        self.returncode: Optional[int] = None
        self.proc: Optional[subprocess.Popen] = None

    def cancel(self) -> None:
        _kill(self.proc)
        super().cancel()

    def run(self) -> bool:  # worker thread
        try:
            proc = self.proc = subprocess.Popen(
                self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                errors="replace", env=_plain_environment())
        except OSError as exc:
            self.output.append(str(exc))
            return False
        collected = 0
        assert proc.stdout is not None
        for line in proc.stdout:
            self.output.append(line.rstrip())
            if self.isCanceled():
                proc.terminate()
                break
            if line.startswith("Collecting"):
                collected += 1
                self.setProgress(min(60.0, 3.0 * collected))
            elif line.startswith("Installing collected packages"):
                self.setProgress(80.0)
        proc.stdout.close()
        self.returncode = proc.wait()
        return self.returncode == 0 and not self.isCanceled()

    def finished(self, result: bool) -> None:  # GUI thread
        _log("\n".join(self.output[-200:]))
        if self.on_done is not None:
            self.on_done(result, "\n".join(self.output[-15:]))


class LoadStoreTask(QgsTask):
    """Check a store and make its styled, temporal QGIS layers off the GUI thread (opening
    the GeoPackage for each of its layers takes 1–3 s in all), with each layer's extent and
    the store's first and last lifecycle date (:attr:`dates`, provider queries that took
    0.4 s on the GUI thread); ``on_done(layers, error)`` then runs on the GUI thread, where
    the layers go into the project."""

    def __init__(self, location: str, on_done: Callable[[list, str], None]):
        # cancelled without asking when QGIS quits: it only reads the store
        super().__init__(tr("Smart City: opening the project store"),
                         QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt)
        self.location = location
        self.on_done = on_done
        self.layers: list = []
        self.dates: Optional[tuple] = None
        self.error = ""

    def run(self) -> bool:  # worker thread
        from qgis.PyQt.QtCore import QCoreApplication

        from ..layers.store_errors import StoreError
        from .project import lifecycle_dates, store_layers
        from .store_check import check_store

        try:
            check_store(self.location)
            self.setProgress(20)
            layers = store_layers(self.location, track_edits=False)
        except StoreError as exc:
            self.error = str(exc)
            return False
        self.setProgress(70)
        for layer in layers:
            layer.extent()  # computed once and kept by the layer: zooming to it is free
        self.dates = lifecycle_dates(layers)
        main = QCoreApplication.instance().thread()
        for layer in layers:  # made here, used there: QGIS's rule for layers from tasks
            layer.moveToThread(main)
        self.layers = layers
        return not self.isCanceled()

    def finished(self, result: bool) -> None:  # GUI thread
        from .edit_tracking import track
        from .project import PROPERTY_LAYER, PROPERTY_STORE

        if result:
            for layer in self.layers:
                track(layer, str(layer.customProperty(PROPERTY_STORE)),
                      str(layer.customProperty(PROPERTY_LAYER)))
        self.on_done(self.layers if result else [], self.error)


class TaskKeeper:
    """The tasks the plugin started: started through the task manager, kept referenced (a
    QgsTask's Python object must outlive its run), and ended before QGIS quits."""

    def __init__(self):
        self.tasks: list[QgsTask] = []
        self._quit = None

    def start(self, task: QgsTask) -> QgsTask:
        self.tasks = [t for t in self.tasks if _alive(t)]
        self.tasks.append(task)
        if self._quit is None:
            app = QgsApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.stop_all)
                self._quit = app.aboutToQuit
        QgsApplication.taskManager().addTask(task)
        return task

    def stop_all(self, wait_s: float = 10.0) -> None:
        """Cancel every running task and wait (at most ``wait_s`` in all) for it to end:
        the child processes are killed at once, so their tasks end within moments.

        Not ``QgsTask.waitForFinished``: it keeps Python's GIL while it waits, so a task
        whose ``run`` is Python could never finish (and one not yet started makes it wait
        for ever)."""
        import time

        from qgis.PyQt.QtCore import QCoreApplication

        _waiting.clear()  # nothing that waited for the warm-up starts while QGIS quits
        running = [t for t in self.tasks if _alive(t)]
        for task in running:
            try:
                task.cancel()
            except RuntimeError:  # the C++ task is gone already
                pass
        deadline = time.monotonic() + wait_s
        while any(_alive(t) for t in running) and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)  # lets the tasks' threads have the GIL
        self.tasks = []

    def disconnect(self) -> None:
        if self._quit is not None:
            try:
                self._quit.disconnect(self.stop_all)
            except (TypeError, RuntimeError):
                pass
            self._quit = None


def _plain_environment() -> dict:
    """The environment without ``PYTHONPATH``: pip runs on its own interpreter's packages."""
    import os

    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


def _kill(proc: Optional[subprocess.Popen]) -> None:
    if proc is not None and proc.poll() is None:
        try:
            proc.kill()
        except OSError:
            pass


def _alive(task: QgsTask) -> bool:
    try:
        return task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
    except RuntimeError:  # deleted by the task manager
        return False
