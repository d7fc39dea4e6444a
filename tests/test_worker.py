"""The plugin's computing child process (plugin/worker.py, plugin/jobs.py), issue 15 item 2.

The dashboard's and the yearly coverage's computations run in a child Python, so that no
thread of QGIS's process holds its GIL for them.  Oracles: the same computations run here in
the test's own process (what the child returns must be what they return); the child's
process id (a different process, kept from one call to the next); the operating system's
view of the child after a cancel and after :func:`stop`.
"""

from __future__ import annotations

import datetime as dt
import os
import threading

import pytest

pytestmark = pytest.mark.qgis


def _pid() -> int:
    from smartcity.plugin import worker

    return worker._proc.pid


def test_the_child_computes_what_the_process_would(qgis_app, store_copy, tmp_path):
    import pandas as pd

    from smartcity.plugin import jobs, worker
    from smartcity.processing.indicators import read_layers

    day = dt.date(2020, 12, 31)
    store = str(store_copy)
    numbers = worker.call("dashboard", {"store": store, "day": day.isoformat()},
                          lambda _p: None)
    pid = _pid()
    assert pid != os.getpid()
    here = {k: jobs.plain_columns(v)
            for k, v in jobs.dashboard_numbers(read_layers(store), None, day).items()}
    assert numbers["day"] == day
    pd.testing.assert_frame_equal(numbers["series"], here["series"])
    pd.testing.assert_frame_equal(numbers["targets"], here["targets"])
    path = tmp_path / "coverage.gpkg"
    written = worker.call("coverage", {"store": store, "days": [day.isoformat()],
                                       "path": str(path)}, lambda _p: None)
    assert _pid() == pid  # one child, kept (it keeps the store's tables too)
    assert written == str(path) and not list(tmp_path.glob(".*tmp"))
    import geopandas as gpd
    import shapely

    got = gpd.read_file(path, layer="coverage")  # GDAL reads what the child wrote
    (want_day, want), = jobs.yearly_coverage(read_layers(store), [day])
    assert want_day == day and got.crs.to_epsg() == 4490
    assert list(zip(got["district_code"], got["district_name"])) == [(c, n) for c, n, _ in want]
    assert set(got["as_of"].astype(str)) == set(got["valid_from"].astype(str)) == {str(day)}
    assert got["valid_to"].isna().all() and (got.geom_type == "MultiPolygon").all()
    for geom, (_, _, expected) in zip(got.geometry, want):
        assert shapely.equals_exact(shapely.normalize(geom), shapely.normalize(
            shapely.MultiPolygon([expected]) if expected.geom_type == "Polygon" else expected),
            1e-12)


def test_a_cancelled_call_stops_and_the_child_goes_on(qgis_app, store_copy):
    from smartcity.layers.progress import Cancelled
    from smartcity.plugin import worker

    def stop_at_once(_percent):
        raise Cancelled()

    store = str(store_copy)
    with pytest.raises(Cancelled):
        worker.call("dashboard", {"store": store, "day": "2019-12-31", "generation": -1},
                    stop_at_once)
    assert worker.running()
    assert worker.call("ping", {}, lambda _p: None) == "pong"


def test_an_error_in_the_child_is_a_sentence_not_a_dead_child(qgis_app, tmp_path):
    from smartcity.plugin import worker

    with pytest.raises(worker.WorkerError) as info:
        worker.call("dashboard", {"store": str(tmp_path / "missing.gpkg"),
                                  "day": "2021-12-31"}, lambda _p: None)
    assert "missing.gpkg" in str(info.value)
    assert worker.call("ping", {}, lambda _p: None) == "pong"


def test_stop_ends_the_child_and_a_waiting_call(qgis_app, store_copy, tmp_path):
    """Quitting QGIS (or unloading the plugin) must not wait for a computation."""
    from smartcity.layers.progress import Cancelled
    from smartcity.plugin import worker

    outcome = {}
    started = threading.Event()

    def progress(_percent):
        started.set()

    def run():
        try:
            outcome["result"] = worker.call(
                "coverage", {"store": str(store_copy), "generation": "fresh",
                             "days": [f"{y}-12-31" for y in range(2015, 2022)],
                             "path": str(tmp_path / "coverage.gpkg")}, progress)
        except (Cancelled, worker.WorkerError) as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(120)
    pid = _pid()
    worker.stop()
    thread.join(10)
    assert not thread.is_alive() and "error" in outcome, outcome
    assert not worker.running()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone (waited for by stop: no zombie either)
    assert worker.call("ping", {}, lambda _p: None) == "pong"  # a new one starts when asked


def test_a_child_that_dies_says_why(qgis_app, monkeypatch):
    """A child that cannot even start (a broken install) ends with its own words in the
    message, not only "ended unexpectedly"; the next call starts a working child."""
    from smartcity.plugin import worker

    worker.stop()
    monkeypatch.setattr(worker, "SERVE_CODE", "import sys\n"
                        "sys.stderr.write('ImportError: cannot import name gdal_array')\n"
                        "sys.exit(1)\n")
    with pytest.raises(worker.WorkerError) as info:
        worker.call("ping", {}, lambda _p: None)
    assert "ended unexpectedly" in str(info.value)
    assert "cannot import name gdal_array" in str(info.value)
    monkeypatch.undo()
    worker.stop()
    assert worker.call("ping", {}, lambda _p: None) == "pong"
