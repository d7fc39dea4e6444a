"""The child process that computes for the plugin (:func:`.jobs.serve`), seen from QGIS.

:func:`call` is made from a task's thread (a :class:`~.dashboard.DashboardTask`): it sends
one request and waits for its answer, passing the child's progress on; only one request is
under way at a time (the others wait for it).  Nothing heavy happens in QGIS's process: the
child reads the store and computes, QGIS only unpickles the result (a few tables, or a few
polygons as WKB).  The child is started at the first call and kept; :func:`stop` ends it
(also when QGIS quits, and on its own when QGIS's end closes its stdin).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import tempfile
import threading
from typing import Any, Callable, Optional

from ..layers.progress import Cancelled
from ..qgis_common.i18n import tr

SERVE_CODE = """
import importlib, sys
sys.path.insert(0, sys.argv[1])
importlib.import_module(sys.argv[2] + ".plugin.jobs").serve()
"""
"""Run by the child: ``python -c SERVE_CODE <folder> <package>``."""


class WorkerError(RuntimeError):
    """The child could not compute (the message says why) or ended unexpectedly."""


_proc: Optional[subprocess.Popen] = None
_stderr = None  # the child's error output (a temporary file): quoted when it ends unexpectedly
_calls = threading.Lock()  # one request at a time
_writes = threading.Lock()  # a cancel is written while a call waits for its answer
_ids = itertools.count(1)
_current: dict = {}  # the call under way: {"id": …, "owner": …}
_quit_connected = False
_closed = False  # QGIS is quitting: no new child


def _start() -> subprocess.Popen:
    """The child, started unless it runs (called with :data:`_calls` held)."""
    global _proc, _stderr
    if _proc is not None and _proc.poll() is None:
        return _proc
    from pathlib import Path

    from .tasks import child_environment, python_for_children

    package = __package__.split(".")[0]
    folder = str(Path(__file__).resolve().parents[2])
    if _stderr is not None:
        _stderr.close()
    _stderr = tempfile.TemporaryFile()
    _proc = subprocess.Popen([python_for_children(), "-c", SERVE_CODE, folder, package],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=_stderr, text=True, encoding="utf-8",
                             bufsize=1, env=child_environment())
    _connect_quit()
    return _proc


def _connect_quit() -> None:
    """End the child when QGIS quits (a task waiting for it then ends at once)."""
    global _quit_connected
    if _quit_connected:
        return
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(shutdown)
        _quit_connected = True


def _send(proc: subprocess.Popen, message: dict) -> None:
    with _writes:
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(message) + "\n")
        proc.stdin.flush()


def call(job: str, args: dict, progress: Callable[[float], None], owner: Any = None):
    """The result of ``job`` (:func:`.jobs.run_job`) with ``args``, computed by the child.

    ``progress(percent)`` gets the child's progress; when it raises
    :class:`~smartcity.layers.progress.Cancelled`, or :func:`cancel` is called for
    ``owner`` (the task: its ``cancel()``), the child is told to stop and ``Cancelled`` is
    raised here.  Raises :class:`WorkerError` when the child failed."""
    import pickle

    with _calls:
        if _closed:  # a call that waited for another while QGIS began to quit
            raise Cancelled()
        proc = _start()
        ident = next(_ids)
        fd, out = tempfile.mkstemp(prefix="smartcity-job-", suffix=".pickle")
        os.close(fd)
        _current.update(id=ident, owner=owner)
        stopping = False
        try:
            try:
                _send(proc, {"id": ident, "job": job, "args": args, "out": out})
            except (OSError, ValueError) as exc:
                raise WorkerError(tr("The computing process is not running: {}").format(exc))
            assert proc.stdout is not None
            while True:
                line = proc.stdout.readline()
                if not line:
                    _current.clear()
                    if stopping or owner is not None and _owner_cancelled(owner):
                        raise Cancelled()
                    raise WorkerError(tr("The computing process ended unexpectedly.")
                                      + _last_words())
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if message.get("id") != ident:
                    continue
                if "progress" in message:
                    try:
                        progress(message["progress"])
                    except Cancelled:
                        if not stopping:
                            stopping = True
                            _send(proc, {"cancel": ident})
                    continue
                if message.get("cancelled"):
                    raise Cancelled()
                if "error" in message:
                    raise WorkerError(message["error"])
                if message.get("done"):
                    if stopping:
                        raise Cancelled()
                    with open(out, "rb") as fh:
                        return pickle.load(fh)
        finally:
            _current.clear()
            try:
                os.unlink(out)
            except OSError:
                pass


def _last_words(limit: int = 1500) -> str:
    """The end of the child's error output (a traceback, a crash message), for the
    message that says it ended; empty when it printed nothing."""
    if _stderr is None:
        return ""
    try:
        _stderr.seek(0)
        text = _stderr.read().decode("utf-8", "replace").strip()
    except (OSError, ValueError):
        return ""
    return f"\n{text[-limit:]}" if text else ""


def _owner_cancelled(owner) -> bool:
    try:
        return bool(owner.isCanceled())
    except (AttributeError, RuntimeError):
        return False


def cancel(owner) -> None:
    """Tell the child to stop the request of ``owner``, if it is the one under way (from
    any thread: the GUI thread's ``QgsTask.cancel``)."""
    if _current.get("owner") is not owner or owner is None:
        return
    proc, ident = _proc, _current.get("id")
    if proc is None or ident is None or proc.poll() is not None:
        return
    try:
        _send(proc, {"cancel": ident})
    except (OSError, ValueError):
        pass


def stop() -> None:
    """End the child now (QGIS quits; the plugin is unloaded): a call waiting for it raises
    :class:`~smartcity.layers.progress.Cancelled` or :class:`WorkerError`."""
    global _proc
    proc, _proc = _proc, None
    if proc is None:
        return
    try:
        proc.kill()
    except OSError:
        pass
    try:
        proc.wait(timeout=5)  # its pipes are left to the call that may still read them
    except subprocess.TimeoutExpired:
        pass


def shutdown() -> None:
    """QGIS quits: end the child, and start none again (a task waiting for its turn would
    otherwise start one, and QGIS would wait for it at exit)."""
    global _closed
    _closed = True
    stop()


def running() -> bool:
    """Whether the child runs (tests)."""
    return _proc is not None and _proc.poll() is None
