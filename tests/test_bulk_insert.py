"""The GeoPackage's set-wise insert leaves exactly what the row-by-row trigger path leaves.

Oracle: the same writes made twice, once through :func:`.gpkg_versioning.bulk_insert` and once
with it switched off (every INSERT through the R-tree, rule and history triggers, as QGIS's
edits go), with the clock fixed; then the two files are compared table by table with plain
``sqlite3``: the layer rows (fid, geometry blob, fields, version, updated_at), ``history``
(every column, in fid order), the R-tree, and the triggers' SQL.  Afterwards GDAL (what QGIS
edits through) updates and deletes features in both files: the edits must be versioned alike.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
import shapely

from smartcity.layers import store as store_module
from smartcity.layers.store import create_store, open_store


def _stations(ids, x0=122.0, radius=300.0):
    n = len(ids)
    records = pd.DataFrame({
        "station_id": ids, "name": [f"站{i}" for i in ids],
        "operator": ["中国移动", "中国电信"] * (n // 2) + ["中国联通"] * (n % 2),
        "band": ["n41"] * n, "status": ["active"] * n, "coverage_radius_m": [radius] * n,
        "opened_date": ["2021-03-05"] * n})
    geoms = list(shapely.points(x0 + 0.001 * np.arange(n), 37.4 + 0.0005 * np.arange(n)))
    return records, geoms


def _writes(path, bulk: bool, clock) -> None:
    """Three imports: new features; a deletion (by SQL, the triggers); then a batch of
    new, restored (the deleted ids come back) and changed features, one without geometry."""
    with create_store(path) as st:
        st.db.bulk_inserts = bulk
        clock("2024-01-01T00:00:00.000Z")
        records, geoms = _stations([f"A{i}" for i in range(40)])
        st.write("base_stations", records, geoms, source="first.csv", log={"rows": 40})
        clock("2024-02-01T00:00:00.000Z")
        with st.transaction("base_stations"):
            st.db.set_context(how="SQL", source=None, import_id=None, recorded_by=None,
                              at="2024-02-01T00:00:00.000Z", quiet=False)
            st.db.execute("DELETE FROM base_stations WHERE station_id IN ('A3', 'A7')")
            st.db.clear_context()
        clock("2024-03-01T00:00:00.000Z")
        ids = [f"A{i}" for i in range(30, 40)] + ["A3", "A7"] + [f"B{i}" for i in range(25)]
        records, geoms = _stations(ids, x0=122.2, radius=450.0)
        geoms[-1] = None
        st.write("base_stations", records, geoms, source="second.csv", log={"rows": len(ids)})


def _dump(path) -> dict:
    with sqlite3.connect(path) as conn:
        return {
            "rows": conn.execute("SELECT * FROM base_stations ORDER BY fid").fetchall(),
            "history": conn.execute("SELECT * FROM history ORDER BY fid").fetchall(),
            "rtree": conn.execute("SELECT * FROM rtree_base_stations_geom ORDER BY id"
                                  ).fetchall(),
            "triggers": conn.execute("SELECT name, sql FROM sqlite_master WHERE type = "
                                     "'trigger' ORDER BY name").fetchall(),
            "imports": conn.execute("SELECT id, layer, source, started_at, finished_at, "
                                    "inserted, updated, unchanged FROM imports").fetchall(),
            "extent": conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                   "WHERE table_name = 'base_stations'").fetchall(),
        }


@pytest.fixture
def clock(monkeypatch):
    def set_time(stamp: str) -> None:
        monkeypatch.setattr(store_module, "_now", lambda: stamp)
    return set_time


@pytest.fixture
def both(tmp_path, clock):
    bulk, rows = tmp_path / "bulk.gpkg", tmp_path / "rows.gpkg"
    _writes(bulk, True, clock)
    _writes(rows, False, clock)
    return bulk, rows


def test_bulk_insert_leaves_the_store_the_triggers_leave(both):
    bulk, rows = both
    a, b = _dump(bulk), _dump(rows)
    assert len(a["rows"]) == 65 and len(a["rtree"]) == 64  # one feature has no geometry
    changes = [r[6] for r in a["history"]]
    assert changes.count("restored") == 2 and changes.count("deleted") == 2
    for key in a:
        assert a[key] == b[key], key


def test_gdal_edits_after_a_bulk_insert_are_versioned(both):
    from osgeo import ogr

    bulk, rows = both
    for path in (bulk, rows):
        ds = ogr.Open(str(path), update=1)
        layer = ds.GetLayerByName("base_stations")
        layer.SetAttributeFilter("station_id = 'B4'")
        feature = layer.GetNextFeature()
        feature.SetField("status", "retired")
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (122.5 37.1)"))
        assert layer.SetFeature(feature) == 0
        ds.ExecuteSQL("DELETE FROM base_stations WHERE station_id = 'A0'")
        ds = None
    a, b = _dump(bulk), _dump(rows)
    with sqlite3.connect(bulk) as conn:
        b4 = conn.execute("SELECT version, change FROM history WHERE feature_id = 'B4' "
                          "ORDER BY version").fetchall()
        box = conn.execute("SELECT minx, miny FROM rtree_base_stations_geom WHERE id = "
                           "(SELECT fid FROM base_stations WHERE station_id = 'B4')").fetchone()
    assert b4 == [(1, "created"), (2, "updated")]
    assert box == pytest.approx((122.5, 37.1), abs=1e-4)
    assert [r[:-1] for r in a["rows"]] == [r[:-1] for r in b["rows"]]  # but updated_at
    assert a["rtree"] == b["rtree"]
    # GDAL's edits are timed by the wall clock: compare all but valid_from/valid_to
    assert ([r[:4] + r[6:] for r in a["history"]] == [r[:4] + r[6:] for r in b["history"]])
    assert len(a["history"]) == len(_dump(bulk)["history"]) > 67


def test_a_rule_broken_in_a_bulk_insert_is_refused_like_the_trigger_and_nothing_is_written(
        tmp_path, clock):
    sentences = []
    for name, bulk in (("bulk.gpkg", True), ("rows.gpkg", False)):
        path = tmp_path / name
        with create_store(path) as st:
            st.db.bulk_inserts = bulk
            clock("2024-01-01T00:00:00.000Z")
            records, geoms = _stations(["C1", "C2"])
            st.write("base_stations", records, geoms, source="ok.csv")
            before = _dump(path)
            records, geoms = _stations(["C3", "C4", "C5"])
            records.loc[1, "coverage_radius_m"] = -5.0  # before the bad status (C5)
            records.loc[2, "status"] = "bogus"
            with pytest.raises(sqlite3.IntegrityError) as caught:
                st.write("base_stations", records, geoms, source="bad.csv")
            sentences.append(str(caught.value))
        assert _dump(path) == before
        with open_store(path) as st:
            assert sorted(st.read("base_stations")["station_id"]) == ["C1", "C2"]
    assert sentences[0] == sentences[1]
    assert "coverage_radius_m" in sentences[0]  # the first row's rule, as the trigger


def test_a_packed_rtree_of_three_levels_is_sound_and_finds_what_the_geometries_say(tmp_path):
    """30k points: the R-tree written node by node has leaves, a middle level and the root;
    SQLite's own ``rtreecheck`` and a window query against the points themselves judge it,
    before and after GDAL deletes and moves features through the tree."""
    from osgeo import ogr

    path = tmp_path / "big.gpkg"
    n = 30_000
    rng = np.random.default_rng(17)
    x, y = 121.5 + rng.random(n), 36.9 + rng.random(n) * 0.6
    records = pd.DataFrame({"station_id": [f"P{i}" for i in range(n)],
                            "name": [f"站{i}" for i in range(n)]})
    with create_store(path) as st:
        st.write("base_stations", records, list(shapely.points(x, y)), source="big.csv")

    def check(conn, x, y):
        assert conn.execute("SELECT rtreecheck('rtree_base_stations_geom')").fetchone() == ("ok",)
        depth = int.from_bytes(conn.execute("SELECT data FROM rtree_base_stations_geom_node "
                                            "WHERE nodeno = 1").fetchone()[0][:2], "big")
        found = {r[0] for r in conn.execute(
            "SELECT s.station_id FROM rtree_base_stations_geom r JOIN base_stations s ON "
            "s.fid = r.id WHERE r.maxx >= 121.9 AND r.minx <= 122.0 AND r.maxy >= 37.1 AND "
            "r.miny <= 37.2")}
        inside = {f"P{i}" for i in np.flatnonzero((x >= 121.9) & (x <= 122.0) & (y >= 37.1)
                                                  & (y <= 37.2))}
        assert inside <= found and len(found - inside) < 5  # float32 boxes round outwards
        return depth

    with sqlite3.connect(path) as conn:
        assert check(conn, x, y) == 2
    ds = ogr.Open(str(path), update=1)
    ds.ExecuteSQL("DELETE FROM base_stations WHERE fid % 3 = 0")
    ds.ExecuteSQL("UPDATE base_stations SET geom = MakePoint(121.95, 37.15, 4490) "
                  "WHERE fid % 3 = 1 AND fid < 3000")
    ds = None
    with sqlite3.connect(path) as conn:
        ids = np.array([int(r[0][1:]) for r in conn.execute(
            "SELECT station_id FROM base_stations")])
        alive = np.zeros(n, dtype=bool)
        alive[ids] = True
        moved = (np.arange(n) + 1) % 3 == 1
        moved &= np.arange(n) + 1 < 3000
        x2, y2 = np.where(moved, 121.95, x), np.where(moved, 37.15, y)
        check(conn, np.where(alive, x2, np.nan), np.where(alive, y2, np.nan))
        history = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    assert history == n + (n - len(ids)) + int(moved.sum())


def _rule_breakers():
    """One column breaking each kind of rule of base_stations, as the table stores it."""
    return {
        "required": {"station_id": ["A", " "]},
        "required-null": {"station_id": ["A", None]},
        "choice": {"station_id": ["A", "B"], "status": ["active", "bogus"]},
        "range": {"station_id": ["A", "B"], "coverage_radius_m": [100.0, -5.0]},
        "range-text": {"station_id": ["A", "B"], "coverage_radius_m": [100.0, "12"]},
        "range-nan": {"station_id": ["A", "B"], "coverage_radius_m": [100.0, float("nan")]},
        "date": {"station_id": ["A", "B"], "built_date": ["2021-02-28", "2021-02-30"]},
        "date-form": {"station_id": ["A", "B"], "built_date": ["2021-02-28", "20210228"]},
        "length": {"station_id": ["A", "B"], "name": ["站", "x" * 100_000]},
        "order": {"station_id": ["A", "B"], "built_date": ["2021-01-01", "2021-06-01"],
                  "opened_date": ["2021-02-01", "2021-05-01"]},
    }


def test_the_python_rule_check_never_passes_what_the_sql_scan_refuses(tmp_path):
    """``surely_clean`` may only say "clean" when SQLite's scan (the triggers' SQL) finds
    nothing: for a column breaking each kind of rule it says no, and the scan agrees that
    something is broken; for rows breaking nothing both agree."""
    from smartcity.layers import gpkg, gpkg_versioning as gv
    from smartcity.layers.schema import get_layer

    lyr = get_layer("base_stations")
    path = tmp_path / "rules.gpkg"
    create_store(path).close()
    names = lyr.field_names
    for kind, columns in {**_rule_breakers(),
                          "clean": {"station_id": ["A", "B"], "status": ["active", None],
                                    "built_date": ["2021-01-01", None],
                                    "opened_date": ["2021-02-01", "2021-05-01"]}}.items():
        n = len(columns["station_id"])
        full = {name: columns.get(name, [None] * n) for name in names}
        conn = gpkg.connect(path)
        try:
            conn.execute("BEGIN")
            conn.execute("DROP TRIGGER smartcity_base_stations_check_insert")
            conn.executemany(f"INSERT INTO base_stations ({', '.join(names)}) VALUES "
                             f"({', '.join('?' * len(names))})", zip(*full.values()))
            found = gv._first_violation(conn, lyr, 0)
        except sqlite3.IntegrityError as exc:  # the NOT NULL id: refused by the table
            found = str(exc)
        finally:
            conn.rollback()
            conn.close()
        assert gv.surely_clean(lyr, full) is (kind == "clean"), kind
        # "12" is stored as 12.0 and NaN as NULL: SQLite finds nothing, Python leaves it
        # to SQLite; every other breaker is one for SQLite too
        assert (found is None) is (kind in ("clean", "range-text", "range-nan")), (kind, found)


def test_ids_repeated_across_chunks_are_found_with_their_first_row():
    from smartcity.layers.importer import SeenIds

    seen = SeenIds()
    assert seen.rows_of(["a"]) is None
    seen.add({"DC1": 2, "站点一": 4})
    assert seen.rows_of(["DC1", "DC", "DC10", "站点一", None]) == [2, 0, 0, 4, 0]
    seen.add({"DC10": 9})
    assert seen.rows_of(["DC10", "DC1", "x"]) == [9, 2, 0]


def test_an_rtree_packed_in_groups_of_parts_is_sound_and_finds_what_the_points_say(
        tmp_path, monkeypatch):
    """A streaming import's R-tree: parts gathered into groups of leaves (a small group
    here), the levels above built at the end; SQLite's ``rtreecheck`` and a window query
    against the points themselves judge it."""
    from smartcity.layers import gpkg, gpkg_versioning as gv

    path = tmp_path / "groups.gpkg"
    create_store(path).close()
    monkeypatch.setattr(gv.PackedRtree, "GROUP", 3000)
    rng = np.random.default_rng(5)
    n = 20_000
    x, y = 121.5 + rng.random(n), 36.9 + rng.random(n)
    conn = gpkg.connect(path)
    try:
        conn.execute("BEGIN")
        packer = gv.PackedRtree(conn, "rtree_base_stations_geom")
        for k in range(0, n, 1500):
            part = slice(k, k + 1500)
            packer.add(np.arange(k + 1, min(n, k + 1500) + 1),
                       np.column_stack([x[part], x[part], y[part], y[part]]))
        packer.finish()
        assert conn.execute("SELECT rtreecheck('rtree_base_stations_geom')").fetchone() == ("ok",)
        found = {r[0] for r in conn.execute(
            "SELECT id FROM rtree_base_stations_geom WHERE maxx >= 121.6 AND minx <= 121.7 "
            "AND maxy >= 37.2 AND miny <= 37.3")}
        inside = set((np.flatnonzero((x >= 121.6) & (x <= 121.7) & (y >= 37.2)
                                     & (y <= 37.3)) + 1).tolist())
        assert inside <= found and len(found - inside) < 5  # float32 boxes round outwards
        (count,) = conn.execute("SELECT count(*) FROM rtree_base_stations_geom").fetchone()
        assert count == n
    finally:
        conn.rollback()
        conn.close()
