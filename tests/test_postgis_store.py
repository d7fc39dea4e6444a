"""The same store in PostGIS: schema, history, snapshots, concurrency, migration both ways.

Runs against the real PostgreSQL 15 + PostGIS started by the ``postgis_dsn`` fixture.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from click.testing import CliRunner

from smartcity.layers.importer import import_file
from smartcity.layers.schema import LAYERS, SCHEMA_VERSION
from smartcity.layers.store import StoreError, create_store, open_store, snapshot
from smartcity.standalone.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "weihai"


def _frames_equal(a, b, lyr):
    a = a.sort_values(lyr.id_field).reset_index(drop=True)
    b = b.sort_values(lyr.id_field).reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.DataFrame(a.drop(columns="geometry")),
                                  pd.DataFrame(b.drop(columns="geometry")), check_dtype=True)
    assert list(shapely.to_wkb(a.geometry.values)) == list(shapely.to_wkb(b.geometry.values))


def test_import_history_snapshot_in_postgis_match_the_geopackage(pg_url, tmp_path):
    gpkg = create_store(tmp_path / "w.gpkg")
    pg = create_store(pg_url)
    for st in (gpkg, pg):
        import_file(st, "districts", SAMPLE / "districts.geojson")
        r = import_file(st, "base_stations", SAMPLE / "base_stations.csv", coords="gcj02",
                        rejects=tmp_path / "r.csv")
        assert r.rejected == 0
        import_file(st, "manholes", SAMPLE / "manholes.shp")
    for name in ("districts", "base_stations", "manholes"):
        _frames_equal(gpkg.read(name), pg.read(name), LAYERS[name])
    day = dt.date(2021, 6, 30)
    _frames_equal(gpkg.read("base_stations", as_of=day), pg.read("base_stations", as_of=day),
                  LAYERS["base_stations"])
    assert gpkg.summary(day).equals(pg.summary(day))
    # an update keeps history in PostGIS too
    # in service (状态 开通) with no dates: active on every date (layers/lifecycle.py)
    frame = pd.DataFrame({"站点编号": ["PGTEST"], "经度": ["122.1"], "纬度": ["37.5"], "站点名称": ["甲"],
                          "状态": ["开通"]})
    csv = tmp_path / "u.csv"
    frame.to_csv(csv, index=False)
    import_file(pg, "base_stations", csv)
    frame["站点名称"] = "乙"
    frame.to_csv(csv, index=False)
    assert import_file(pg, "base_stations", csv).updated == 1
    hist = pg.history("base_stations", "PGTEST")
    assert hist["name"].tolist() == ["甲", "乙"] and hist["version"].tolist() == [1, 2]
    out = snapshot(pg, day, tmp_path / "snap.gpkg")
    assert out["base_stations"] == len(gpkg.read("base_stations", as_of=day)) + 1  # + PGTEST
    with pytest.raises(StoreError, match="already holds"):
        create_store(pg_url)
    gpkg.close()
    pg.close()


def test_failed_import_rolls_back_in_postgis(pg_url, tmp_path):
    with create_store(pg_url) as pg:
        def crash(percent, message=""):
            if percent > 50:
                raise RuntimeError("network cable pulled")

        with pytest.raises(RuntimeError):
            import_file(pg, "base_stations", SAMPLE / "base_stations.csv", coords="gcj02",
                        rejects=tmp_path / "r.csv", progress=crash)
        assert pg.count("base_stations") == 0
        assert pg.imports().empty


def test_two_processes_importing_at_once_lose_nothing(pg_url, tmp_path):
    create_store(pg_url).close()
    files = []
    rng = np.random.default_rng(4)
    for k in range(2):
        n = 3000
        frame = pd.DataFrame({"站点编号": [f"P{k}-{i}" for i in range(n)],
                              "经度": rng.uniform(122.0, 122.2, n), "纬度": rng.uniform(37.4, 37.5, n)})
        path = tmp_path / f"part{k}.csv"
        frame.to_csv(path, index=False)
        files.append(path)
    script = textwrap.dedent("""
        import sys
        from smartcity.layers.store import open_store
        from smartcity.layers.importer import import_file
        with open_store(sys.argv[1]) as st:
            r = import_file(st, "base_stations", sys.argv[2], rejects=sys.argv[2] + ".rej")
            print(r.inserted, r.unchanged)
    """)
    # each file twice: 4 concurrent writers, two of them racing on the very same ids
    procs = [subprocess.Popen([sys.executable, "-c", script, pg_url, str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files + files]
    results = [p.communicate() + (p.returncode,) for p in procs]
    for out, err, code in results:
        assert code == 0, err
    with open_store(pg_url) as pg:
        ids = pg.read("base_stations")["station_id"]
        assert len(ids) == 6000 and ids.is_unique
        inserted = sorted(int(out.split()[0]) for out, _, _ in results)
        assert inserted == [0, 0, 3000, 3000]
        assert len(pg.imports()) == 4


def test_hostile_schema_name_is_quoted(postgis_dsn, postgis_url, tmp_path):
    url = postgis_url('weihai"; DROP TABLE x; --威海')
    with create_store(url) as st:
        import_file(st, "districts", SAMPLE / "districts.geojson")
        import pyogrio

        assert st.count("districts") == pyogrio.read_info(SAMPLE / "districts.geojson")["features"]
    with open_store(url) as st:
        assert st.meta["schema_version"] == str(SCHEMA_VERSION)


def test_migrate_geopackage_to_postgis_and_back_is_lossless(pg_url, tmp_path, sample_store):
    runner = CliRunner()
    result = runner.invoke(cli, ["migrate", str(sample_store), pg_url])
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.gpkg"
    result = runner.invoke(cli, ["migrate", pg_url, str(back)])
    assert result.exit_code == 0, result.output
    with open_store(sample_store) as a, open_store(pg_url) as p, open_store(back) as b:
        for name, lyr in LAYERS.items():
            original = a.read(name, bookkeeping=True)
            _frames_equal(original, p.read(name, bookkeeping=True), lyr)
            _frames_equal(original, b.read(name, bookkeeping=True), lyr)
        for table in ("history", "imports"):
            pd.testing.assert_frame_equal(a.table(table), b.table(table), check_dtype=False)
            assert len(p.table(table)) == len(a.table(table))
        assert b.meta["migrated_from"] == p.name
    again = runner.invoke(cli, ["migrate", str(sample_store), pg_url])
    assert again.exit_code == 1 and "already holds" in again.output
