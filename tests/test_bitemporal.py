"""Two times: what was active on a date (--as-of) and what the store said at a time
(--as-recorded).  A report issued before an edit comes out again exactly as it was.

Oracle: the same command's output before the edit (no time travel involved then), compared
with its output after the edit with ``--as-recorded`` set to a moment before it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from smartcity.layers.gpkg import connect
from smartcity.layers.store import open_store
from smartcity.standalone.cli import cli

DAY = "2021-12-31"


def _run(*args) -> str:
    result = CliRunner().invoke(cli, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def store(sample_store, tmp_path):
    path = tmp_path / "store.gpkg"
    shutil.copy(sample_store, path)
    return path


def _recorded_now(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT max(valid_from) FROM history").fetchone()[0]


def _edit(path) -> None:
    """Retire a third of the stations active on DAY before DAY, delete another third."""
    conn = connect(path)
    ids = [r[0] for r in conn.execute(
        "SELECT station_id FROM base_stations WHERE opened_date < '2021-01-01' AND "
        "(retired_date IS NULL OR retired_date > '2021-12-31') ORDER BY station_id")]
    retire, delete = ids[0::3], ids[1::3]
    conn.executemany("UPDATE base_stations SET retired_date = '2021-06-30' WHERE "
                     "station_id = ?", [(i,) for i in retire])
    conn.executemany("DELETE FROM base_stations WHERE station_id = ?", [(i,) for i in delete])
    conn.close()


def test_coverage_and_targets_as_recorded_before_an_edit(store):
    before_cov = json.loads(_run("coverage", store, "--as-of", DAY, "--format", "json"))
    before_tg = json.loads(_run("targets", store, "--as-of", DAY, "--format", "json"))
    then = _recorded_now(store)
    _edit(store)
    after_cov = json.loads(_run("coverage", store, "--as-of", DAY, "--format", "json"))
    city = {r["district_code"]: r for r in after_cov}
    assert [r["bs_active"] for r in after_cov] != [r["bs_active"] for r in before_cov]
    again = json.loads(_run("coverage", store, "--as-of", DAY, "--as-recorded",
                            then.replace("Z", "+00:00"), "--format", "json"))
    assert again == before_cov
    tg_again = json.loads(_run("targets", store, "--as-of", DAY, "--as-recorded",
                               then.replace("Z", "+00:00"), "--format", "json"))
    assert tg_again == before_tg
    assert city  # the edit itself is seen without --as-recorded


def test_deletes_stay_in_the_past_and_as_recorded_snapshots(store, tmp_path):
    with open_store(store) as st:
        active = set(st.read("base_stations", as_of=dt.date(2021, 12, 31))["station_id"])
    then = _recorded_now(store)
    conn = connect(store)
    gone = sorted(active)[:5]
    conn.executemany("DELETE FROM base_stations WHERE station_id = ?", [(i,) for i in gone])
    (changed,) = conn.execute("SELECT min(station_id) FROM base_stations WHERE operator <> "
                              "'中国广电' AND station_id IN (%s)" % ",".join(
                                  "?" * len(active)), sorted(active)).fetchone()
    conn.execute("UPDATE base_stations SET operator = '中国广电' WHERE station_id = ?",
                 (changed,))
    conn.close()
    now = tmp_path / "now.gpkg"
    _run("snapshot", store, "--as-of", DAY, "-o", now)
    past = tmp_path / "past.gpkg"
    _run("snapshot", store, "--as-of", DAY, "--as-recorded", then.replace("Z", "+00:00"),
         "-o", past)
    with open_store(now) as a, open_store(past) as b:
        in_now = a.read("base_stations").set_index("station_id")
        in_past = b.read("base_stations").set_index("station_id")
        assert set(in_now.index) == set(in_past.index) == active  # deletes kept in 2021
        assert in_now.loc[changed, "operator"] == "中国广电"
        assert in_past.loc[changed, "operator"] != "中国广电"
        assert b.meta["snapshot_as_recorded"] == then


def test_as_recorded_is_read_as_a_time():
    result = CliRunner().invoke(cli, ["snapshot", "x.gpkg", "--as-of", DAY, "--as-recorded",
                                      "soon", "-o", "y.gpkg"])
    assert result.exit_code == 2 and "is not a time" in result.output
