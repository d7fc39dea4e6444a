"""How long QGIS's GUI event loop stalls while a user opens a project store the first time.

    .venv/bin/python scripts/measure_gui_stalls.py [--store STORE.gpkg] [--seconds 300]
                                                   [--json out.json]

Starts the real QGIS desktop under Xvfb with the packaged plugin zip in a fresh profile and
an empty numba cache (the state right after installing the plugin), then, from a startup
script: a ``QTimer`` fires every 20 ms and notes the gap between firings; the plugin opens
the store (the bundled Weihai sample unless ``--store``), the dashboard shows, and the script
keeps watching until the engine's warm-up, the dashboard's first figures and the yearly
coverage layer are all done and drawn (plus 5 s; at most ``--seconds``).  The longest gap is
the longest the GUI was frozen; the issue's goal is <= 200 ms.  Prints the figure, the longest
gaps with the plugin call the GUI thread was in (phase), for each stall over 100 ms the GUI
thread's Python stack as a watcher thread sampled it every 20 ms (the call that stalls), and
when each task ended; ``--json`` writes them too.
"""

from __future__ import annotations

import json
import os
import sys

INSIDE = "SMARTCITY_STALLS_OUT"
STACK_S = 0.1
"""Stalls longer than this (s) are listed with the GUI thread's sampled stacks."""


def _own_frames(stack: list[str]) -> list[str]:
    """The innermost frames of a stack (innermost first) up to and including the first
    five of this project's or QGIS's Python: where a stall is, and what called it."""
    keep = []
    for entry in stack:
        keep.append(entry)
        if len(keep) >= 6:
            break
    return keep


def inside_qgis() -> None:
    """Run by ``qgis --code``: watch the event loop while the store opens."""
    import importlib
    import threading
    import time
    from collections import Counter

    from qgis.core import QgsApplication, QgsProject, QgsTask
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface, plugins

    out = os.environ[INSIDE]
    store = os.environ["SMARTCITY_STALLS_STORE"]
    seconds = float(os.environ.get("SMARTCITY_STALLS_SECONDS", "300"))
    state: dict = {"last": time.perf_counter(), "phase": "idle", "gaps": [], "events": [],
                   "during": ["idle"], "samples": [], "stacks": []}

    def tick() -> None:
        now = time.perf_counter()
        during = " + ".join(dict.fromkeys(state["during"]))
        gap = now - state["last"]
        state["gaps"].append((gap, during, now - state["t0"]))
        samples, state["samples"] = state["samples"], []
        if gap > STACK_S:
            top = Counter(samples).most_common(6)
            state["stacks"].append({"ms": round(1000 * gap), "at_s": round(now - state["t0"], 2),
                                    "phase": during,
                                    "gui_thread_stacks": [f"{n}x {k}" for k, n in top]})
            with open(out + ".partial", "a", encoding="utf-8") as fh:  # survives a hang
                fh.write(json.dumps(state["stacks"][-1]) + "\n")
        state["last"] = now
        state["during"] = [state["phase"]]

    def phase(name: str) -> None:
        """What the GUI thread does from now on (a gap is put down to every phase in it)."""
        state["phase"] = name
        state["during"].append(name)

    def labelled(name: str, func):
        def run(*args, **kwargs):
            before = state["phase"]
            phase(name)
            try:
                return func(*args, **kwargs)
            finally:
                phase(before)
        return run

    def event(name: str) -> None:
        state["events"].append((name, time.perf_counter() - state["t0"]))

    main_id = threading.get_ident()

    def stack_of(frame) -> str:
        stack = []
        while frame is not None and len(stack) < 60:
            code = frame.f_code
            stack.append(f"{os.path.basename(code.co_filename)}:{frame.f_lineno} "
                         f"{code.co_name}")
            frame = frame.f_back
        return " < ".join(_own_frames(stack))

    def watch() -> None:
        """A thread of its own: while the GUI thread has not ticked for over 100 ms, note
        its Python stack every 20 ms (which call the stall is in; none: C++ code).  When this
        thread itself wakes up late, another thread held Python's GIL (the GUI thread's
        Python slots wait for it too): then the other threads' stacks are noted."""
        me = threading.get_ident()
        while True:
            before = time.perf_counter()
            time.sleep(0.02)
            late = time.perf_counter() - before > 0.1
            if "t0" not in state or time.perf_counter() - state["last"] < 0.1:
                continue
            frames = sys._current_frames()
            state["samples"].append(stack_of(frames.get(main_id))
                                    or "(no Python frame: QGIS/Qt C++ code)")
            if late:
                names = {t.ident: t.name for t in threading.enumerate()}
                for ident, frame in frames.items():
                    if ident not in (main_id, me):
                        state["samples"].append(f"GIL was held; {names.get(ident, ident)} at "
                                                + stack_of(frame))

    threading.Thread(target=watch, name="stall-watch", daemon=True).start()


    def start() -> None:
        state["t0"] = state["last"] = time.perf_counter()
        timer.start()
        QTimer.singleShot(500, open_store)

    def open_store() -> None:
        plugin = plugins.get("smartcity")
        state["plugin"] = plugin
        warmup = getattr(plugin, "warmup", None)
        state["warmup"] = warmup
        if warmup is not None:
            try:
                warmup.taskCompleted.connect(lambda: event("warm-up done"))
                warmup.taskTerminated.connect(lambda: event("warm-up stopped"))
            except RuntimeError:  # ended and deleted before the watch began (kernels loaded)
                event("warm-up ended before the watch began")
        package = type(plugin).__module__.rsplit(".", 1)[0]
        dashboard = importlib.import_module(package + ".dashboard")
        project = importlib.import_module(package + ".project")
        coverage = importlib.import_module(package + ".coverage_layer")
        tasks = importlib.import_module(package + ".tasks")
        main = importlib.import_module(package + ".main")
        state["coverage_module"] = coverage
        for owner, name, label in (
                (dashboard.DashboardDock, "refresh", "dashboard refresh"),
                (dashboard.DashboardDock, "show_numbers", "dashboard shows its numbers"),
                (dashboard.DashboardDock, "__init__", "creating the dashboard dock"),
                (project, "load_store", "the store's group joins the project"),
                (project, "setup_temporal_controller", "setting up the Temporal Controller"),
                (project, "take_crs", "the project takes the store's CRS"),
                (coverage, "add_coverage_layer", "starting the coverage-layer task"),
                (coverage, "coverage_layer", "building the coverage layer"),
                (coverage, "place_layer", "adding the coverage layer"),
                (tasks.LoadStoreTask, "finished", "the store task's finished()"),
                (main.SmartCityPlugin, "_zoom_to_districts", "zooming to the districts"),
                (main.SmartCityPlugin, "_draw", "the canvas unfrozen: drawing starts")):
            if hasattr(owner, name):
                setattr(owner, name, labelled(label, getattr(owner, name)))
        plugin.show_dashboard = labelled("show the dashboard", plugin.show_dashboard)
        add_layers = project.add_layers

        def add_named(group, layers, *args, **kwargs):  # which layer joining takes the time
            names = ", ".join(layer.name() for layer in layers)
            return labelled(f"layers join the project ({names})", add_layers)(
                group, layers, *args, **kwargs)

        project.add_layers = add_named
        phase("plugin.load: starting the store task")
        event("open")
        try:  # as the menu's Open does: the layers made in a background task
            task = plugin.load(store, background=True)
        except TypeError:  # a plugin without background loading
            task = plugin.load(store)
        if hasattr(task, "taskCompleted"):
            task.taskCompleted.connect(lambda: event("store's layers in the project"))
        event("open returned" if task is not None else "open failed")
        phase("after the store opened")
        state["deadline"] = time.perf_counter() + seconds
        QTimer.singleShot(1000, until_done)

    def finished(task) -> bool:
        try:
            return task is None or task.status() in (QgsTask.TaskStatus.Complete,
                                                     QgsTask.TaskStatus.Terminated)
        except RuntimeError:  # deleted by the task manager: ended
            return True

    def until_done() -> None:
        """Finish 5 s after the warm-up, the dashboard's and the coverage layer's tasks have
        all ended and the canvas is drawn (or at ``--seconds``)."""
        plugin = state["plugin"]
        dock = getattr(plugin, "dock", None)
        coverage = any(layer.customProperty(state["coverage_module"].PROPERTY_COVERAGE)
                       for layer in QgsProject.instance().mapLayers().values())
        pending = {"warm-up": not finished(state["warmup"]),
                   "dashboard": dock is None or getattr(dock, "_task", None) is not None
                   or getattr(dock, "_shown", None) is None,
                   "coverage layer": not coverage,
                   "tasks": QgsApplication.taskManager().countActiveTasks() > 0,
                   "canvas": iface.mapCanvas().isDrawing()}
        for name in ("dashboard", "coverage layer"):
            if not pending[name] and name not in state:
                state[name] = True
                event(name + " done")
        if any(pending.values()) and time.perf_counter() < state["deadline"]:
            QTimer.singleShot(250, until_done)
            return
        if any(pending.values()):
            event("still pending at --seconds: " + ", ".join(k for k, v in pending.items() if v))
        else:
            event("all done")
        QTimer.singleShot(5000, finish)

    def finish() -> None:
        timer.stop()
        gaps = sorted(state["gaps"], reverse=True)
        ticks = [g for g, _, _ in state["gaps"]]
        with open(out, "w", encoding="utf-8") as fh:
            json.dump({"max_gap_ms": round(1000 * gaps[0][0]) if gaps else None,
                       "pid": os.getpid(), "t0_monotonic": state["t0"],  # to match profiles
                       "crs": {"canvas": iface.mapCanvas().mapSettings().destinationCrs()
                               .authid(), "project": QgsProject.instance().crs().authid(),
                               "layers": sorted({(lyr.crs().authid(), lyr.crs() == iface
                                                  .mapCanvas().mapSettings().destinationCrs())
                                                 for lyr in QgsProject.instance().mapLayers()
                                                 .values()})},
                       "ticks": len(ticks),
                       "over_200ms": sum(1 for g in ticks if g > 0.2),
                       "longest": [{"ms": round(1000 * g), "phase": p, "at_s": round(t, 2)}
                                   for g, p, t in gaps[:8]],
                       "over_100ms": sum(1 for g in ticks if g > 0.1),
                       "stalls": sorted(state["stacks"], key=lambda s: -s["ms"])[:20],
                       "events": [{"event": e, "at_s": round(t, 2)}
                                  for e, t in state["events"]]}, fh, indent=1)
        QgsProject.instance().setDirty(False)
        os._exit(0)  # the measurement is done; quitting is another test's business

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    state["timer"] = timer
    QTimer.singleShot(2000, start)


def outside() -> int:
    import argparse
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import qgis_desktop

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="project store [default: the Weihai sample]")
    parser.add_argument("--seconds", type=float, default=300,
                        help="at most this long after opening: the watch ends 5 s after the "
                             "warm-up, dashboard and coverage-layer tasks are done [300]")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="smartcity-stalls-"))
    try:
        store = work / "weihai.gpkg"
        if args.store is None:
            qgis_desktop.make_sample_store(store, work)
        else:
            shutil.copy(args.store, store)
        archive = qgis_desktop.build_zip(work / "dist")
        qgis_desktop.install_zip(archive, work / "qgis")
        out = work / "stalls.json"
        (work / "numba-cache").mkdir()
        env = {INSIDE: str(out), "SMARTCITY_STALLS_STORE": str(store),
               "SMARTCITY_STALLS_SECONDS": str(args.seconds),
               # empty: the first open (the engine's kernel cache and numba's own)
               "SMARTCITY_CACHE_DIR": str(work / "numba-cache"),
               "NUMBA_CACHE_DIR": str(work / "numba-cache")}
        try:
            result = qgis_desktop.run_desktop(work / "qgis", Path(__file__).resolve(),
                                              env=env, timeout=args.seconds + 300)
            stderr = result.stderr
        except subprocess.TimeoutExpired as exc:
            stderr = f"QGIS did not finish: {exc}"
        if not out.exists():
            partial = Path(str(out) + ".partial")
            seen = partial.read_text(encoding="utf-8") if partial.exists() else ""
            print("QGIS exited without the measurement:\n" + stderr[-3000:]
                  + "\nstalls over 200 ms seen so far:\n" + seen, file=sys.stderr)
            return 1
        figures = json.loads(out.read_text(encoding="utf-8"))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        print(f"longest GUI stall: {figures['max_gap_ms']} ms "
              f"({figures['over_200ms']} stalls over 200 ms in {figures['ticks']} ticks)")
        for gap in figures["longest"]:
            print(f"  {gap['ms']:6d} ms at {gap['at_s']:6.2f} s: {gap['phase']}")
        if figures["stalls"]:
            print(f"{figures.get('over_100ms')} stalls over 100 ms; the GUI thread's Python "
                  "stack in them (innermost first):")
        for stall in figures["stalls"]:
            print(f"  {stall['ms']:6d} ms at {stall['at_s']:6.2f} s ({stall['phase']}):")
            for stack in stall["gui_thread_stacks"]:
                print(f"      {stack}")
        for ev in figures["events"]:
            print(f"  event at {ev['at_s']:6.2f} s: {ev['event']}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if os.environ.get(INSIDE):  # set only for the QGIS this script starts
    inside_qgis()
elif __name__ == "__main__":
    sys.exit(outside())
