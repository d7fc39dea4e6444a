"""Hostile and broken input to the importer (issue 11): each reproducer a file made here.

Every test builds the shape of file the fuzzing run found (a 20,000-vertex self-crossing
polygon, a shapefile whose .dbf says 5,000 of 10,000, 64-bit integers, garbage WKT in the first
rows, ragged CSV rows, Z/M geometries, …) and checks that the import either takes the good
rows and rejects each bad one with its line and a reason, or refuses the file with a sentence,
never a traceback, a hang or a silent change.  Oracles: the values written into the file,
SQLite and GDAL reading the store back (not our reader), GDAL's own ``validate_gpkg.py``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import signal
import sqlite3
import struct
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from smartcity.layers import repair
from smartcity.layers.importer import ImportFailure, import_file
from smartcity.layers.schema import ID_MAX_CHARS, INT_MAX
from smartcity.layers.store import create_store, open_store
from smartcity.standalone.cli import cli

DISTRICTS = gpd.GeoDataFrame(
    {"code": ["371002", "371003"], "name": ["环翠区", "文登区"], "level": ["county", "county"],
     "parent_code": ["371000", "371000"], "population": [900000, 600000]},
    geometry=[shapely.box(121.95, 37.35, 122.25, 37.60),
              shapely.box(121.65, 37.00, 121.95, 37.35)], crs="EPSG:4490")
STATION_HEADER = ("station_id,name,operator,band,scene,antenna_height_m,azimuth_deg,"
                  "coverage_radius_m,status,built_date,opened_date,retired_date,lon,lat")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path):
    st = create_store(tmp_path / "store.gpkg")
    dfile = tmp_path / "districts.geojson"
    DISTRICTS.to_file(dfile, driver="GeoJSON")
    import_file(st, "districts", dfile)
    yield st
    st.close()


csv.field_size_limit(2 ** 31 - 1)  # the rejects file keeps a 1 MB id or a 20,000-vertex WKT


def _rejects(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _reasons(result) -> dict[str, str]:
    """Row label -> reasons (joined) from the rejects file of an import."""
    out: dict[str, str] = {}
    for row in _rejects(result.rejects_path):
        out[row["row"]] = (out.get(row["row"], "") + " | " + row["reason"]).strip(" |")
    return out


def _station_rows(n: int, start: int = 0) -> list[str]:
    return [f"S{i},站{i},中国移动,n78,urban,30,,,active,2020-01-01,2020-02-01,,"
            f"122.{100 + i % 100:03d},37.5" for i in range(start, start + n)]


# --- 1. an invalid polygon no repair can finish ---------------------------------------------

def _random_polygon_wkt(n: int, seed: int = 0) -> str:
    """A ring of ``n`` random vertices in Weihai: it crosses itself about n²/10 times."""
    xy = np.random.default_rng(seed).uniform([121.97, 37.37], [122.23, 37.58], (n, 2))
    return "POLYGON ((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in np.vstack([xy, xy[:1]])) + "))"


def _run(script: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run a Python script; a hang fails the test instead of the test run."""
    try:
        return subprocess.run([sys.executable, "-c", textwrap.dedent(script)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {timeout} s: the import hangs")


def test_20000_vertex_self_crossing_polygon_is_rejected_not_repaired_for_ever(store, tmp_path):
    path = tmp_path / "communities.csv"
    bowtie = "POLYGON ((122.0 37.50, 122.1 37.55, 122.1 37.50, 122.0 37.55, 122.0 37.50))"
    path.write_text(f'community_id,name,wkt\nC1,乱序小区,"{_random_polygon_wkt(20_000)}"\n'
                    f'C2,蝴蝶小区,"{bowtie}"\nC3,正常小区,"POINT (122.1 37.5)"\n',
                    encoding="utf-8")
    location = store.path
    store.close()
    proc = _run(f"""
        from smartcity.layers.store import open_store
        from smartcity.layers.importer import import_file
        with open_store({str(location)!r}) as st:
            r = import_file(st, "communities", {str(path)!r})
            print(r.accepted, r.rejected, r.flagged)
    """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["2", "1", "1"]
    reasons = {r["input:community_id"]: (r["status"], r["reason"])
               for r in _rejects(tmp_path / "communities.rejects.csv")}
    assert reasons["C1"][0] == "rejected"
    assert "too complex to repair: 20,001 vertices" in reasons["C1"][1]
    assert reasons["C2"][0] == "flagged (imported)" and "repaired" in reasons["C2"][1]
    with open_store(location) as st:
        back = st.read("communities").set_index("community_id")
    assert back.loc["C2"].geometry.is_valid
    assert back.loc["C2"].geometry.area == pytest.approx(0.0025)  # both lobes of the bow-tie


def test_ctrl_c_while_repairing_polygons_stops_at_once(tmp_path):
    """One repair GEOS cannot finish, then many it can: the first is refused at once and
    each other is bounded, so SIGINT is seen between two of them."""
    store = tmp_path / "s.gpkg"
    create_store(store).close()
    before = sha256(store)
    path = tmp_path / "many.csv"
    rows = [f'C{i},"{_random_polygon_wkt(5000 if i == 0 else 120, seed=i)}"'
            for i in range(1500)]
    path.write_text("community_id,wkt\n" + "\n".join(rows) + "\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from smartcity.layers.store import open_store
        from smartcity.layers.importer import import_file
        def report(percent, message=""):
            if message == "checking rows":
                print("checking", flush=True)
        try:
            with open_store({str(store)!r}) as st:
                import_file(st, "communities", {str(path)!r}, progress=report)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(130)
        print("finished", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "checking"
    time.sleep(5)  # into the repairs (150 s of them): not a timing assertion
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("Ctrl-C did not stop the repair within 60 s")
    assert proc.returncode == 130 and "interrupted" in out, (out, err)
    assert "Traceback" not in err
    assert sha256(store) == before


def test_crossings_are_counted_and_the_budget_follows_the_repair_method(monkeypatch):
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    square = shapely.box(0, 0, 1, 1)
    assert repair.count_crossings(square) == 0
    assert repair.count_crossings(bowtie) == 1
    # a 200,000-vertex circle with one pair of vertices swapped: one bow-tie, few crossings
    th = np.linspace(0, 2 * np.pi, 200_000, endpoint=False)
    ring = np.column_stack([np.cos(th), np.sin(th)])
    ring[[10, 11]] = ring[[11, 10]]
    assert repair.count_crossings(shapely.Polygon(ring)) == 1
    noisy = shapely.from_wkt(_random_polygon_wkt(100, seed=3))
    crossings = repair.count_crossings(noisy, limit=10 ** 9)
    assert repair.MAX_LINEWORK_CROSSINGS < crossings < repair.MAX_REPAIR_CROSSINGS
    assert repair.repair_polygon(noisy).is_valid
    monkeypatch.setattr(repair, "_HAS_STRUCTURE", False)  # shapely 2.0: linework only
    assert repair.repair_method() == "linework"
    with pytest.raises(repair.TooComplex, match="too complex to repair: 101 vertices"):
        repair.repair_polygon(noisy)
    fixed = repair.repair_polygon(bowtie)
    assert fixed.is_valid and fixed.area == pytest.approx(0.5)


# --- 2. a shapefile whose parts disagree ----------------------------------------------------

def _manhole_shapefile(path: Path, n: int) -> Path:
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(121.97, 122.23, n), rng.uniform(37.37, 37.58, n)
    gdf = gpd.GeoDataFrame({"ObjID": [f"3710020101{i:06d}" for i in range(n)],
                            "ObjName": ["上水井盖"] * n},
                           geometry=shapely.points(lon, lat), crs="EPSG:4490")
    gdf.to_file(path, encoding="UTF-8")
    return path


def _set_dbf_count(shp: Path, count: int) -> None:
    dbf = shp.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    data[4:8] = count.to_bytes(4, "little")
    dbf.write_bytes(bytes(data))


def test_dbf_header_saying_5000_of_10000_rejects_the_5000_without_attributes(store, tmp_path):
    shp = _manhole_shapefile(tmp_path / "窨井盖.shp", 10_000)
    _set_dbf_count(shp, 5_000)
    assert pyogrio.read_info(shp)["features"] == 10_000  # what ogrinfo counts
    assert len(pyogrio.read_dataframe(shp)) == 5_000  # what GDAL silently reads
    result = import_file(store, "manholes", shp)
    assert (result.read, result.accepted, result.rejected) == (10_000, 5_000, 5_000)
    assert any("10,000 shapes" in n and "5,000 attribute records" in n for n in result.notes)
    reasons = _reasons(result)
    assert set(reasons) == {f"feature {i}" for i in range(5_001, 10_001)}
    assert "no attribute record in the .dbf" in reasons["feature 5001"]
    assert store.count("manholes") == 5_000


def test_dbf_cut_short_and_shp_cut_short_are_rows_not_crashes(store, tmp_path):
    shp = _manhole_shapefile(tmp_path / "short_dbf.shp", 100)
    dbf = shp.with_suffix(".dbf")
    data = dbf.read_bytes()
    header, record = int.from_bytes(data[8:10], "little"), int.from_bytes(data[10:12], "little")
    dbf.write_bytes(data[:header + 50 * record])  # the header says 100, 50 are there
    result = import_file(store, "manholes", shp)
    assert (result.read, result.accepted, result.rejected) == (100, 50, 50)
    assert "its header says 100" in " ".join(result.notes)

    shp = _manhole_shapefile(tmp_path / "short_shp.shp", 100)
    shp.write_bytes(shp.read_bytes()[:100 + 28 * 60 + 5])  # 60 whole point records
    result = import_file(store, "manholes", shp)
    assert (result.read, result.accepted, result.rejected) == (100, 60, 40)
    reasons = _reasons(result)
    assert "the .shp file ends before this shape" in reasons["feature 61"]
    assert "feature 60" not in reasons

    shp = _manhole_shapefile(tmp_path / "more_dbf.shp", 70)  # and the .dbf of another export
    shp.with_suffix(".dbf").write_bytes(
        _manhole_shapefile(tmp_path / "other.shp", 100).with_suffix(".dbf").read_bytes())
    result = import_file(store, "manholes", shp)
    assert (result.read, result.accepted, result.rejected) == (100, 70, 30)
    assert "no shape in the .shp/.shx" in _reasons(result)["feature 71"]

    shp = _manhole_shapefile(tmp_path / "short_shx.shp", 100)
    index = shp.with_suffix(".shx")
    index.write_bytes(index.read_bytes()[:100 + 8 * 70])  # the header still says 100
    with pytest.raises(ImportFailure, match=r"short_shx\.shx is cut short"):
        import_file(store, "manholes", shp)

    shp = _manhole_shapefile(tmp_path / "dbf_header_cut.shp", 30)  # found by the fuzzing:
    dbf = shp.with_suffix(".dbf")  # it said "holds no rows" of a file with 30 shapes
    dbf.write_bytes(dbf.read_bytes()[:49])
    with pytest.raises(ImportFailure, match=r"dbf_header_cut\.dbf is damaged"):
        import_file(store, "manholes", shp)

    shp = _manhole_shapefile(tmp_path / "no_shx.shp", 10)
    shp.with_suffix(".shx").unlink()
    before = sha256(store.path)
    with pytest.raises(ImportFailure, match=r"\.shx index beside it is missing"):
        import_file(store, "manholes", shp)
    assert sha256(store.path) == before


# --- 4. integers ----------------------------------------------------------------------------

def _household_csv(path: Path, values: list[str]) -> Path:
    rows = [f'C{i},"{v}",122.1,37.5' for i, v in enumerate(values)]
    path.write_text("community_id,households,lon,lat\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


HOUSEHOLDS = ["9223372036854775807", "9223372036854775808", "1e20", "9007199254740993",
              "1,234", "12.0", "12.5", "１２３", "-1", "1e999999999"]


def _check_households(result, read_back: dict) -> None:
    assert (result.accepted, result.rejected) == (5, 5)
    assert read_back == {"C0": INT_MAX, "C3": 9_007_199_254_740_993, "C4": 1234, "C5": 12,
                         "C7": 123}
    reasons = _reasons(result)
    for line in ("line 3", "line 4", "line 11"):
        assert "outside the whole numbers the store can hold" in reasons[line]
    assert "not a whole number" in reasons["line 8"]
    assert "below the minimum 0" in reasons["line 10"]


def test_integers_are_exact_and_64_bit_in_the_geopackage(store, tmp_path):
    result = import_file(store, "communities", _household_csv(tmp_path / "h.csv", HOUSEHOLDS))
    with sqlite3.connect(store.path) as db:  # SQLite itself, not our reader
        rows = db.execute("SELECT community_id, households, typeof(households) FROM "
                          "communities").fetchall()
    assert {t for _, _, t in rows} == {"integer"}
    _check_households(result, {cid: value for cid, value, _ in rows})


@pytest.mark.postgis
def test_integers_are_exact_and_64_bit_in_postgis(postgis_dsn, pg_url, tmp_path):
    url = pg_url
    with create_store(url) as st:
        result = import_file(st, "communities", _household_csv(tmp_path / "h.csv", HOUSEHOLDS))
        _, rows = st.db.query("SELECT community_id, households FROM communities")
    _check_households(result, dict(rows))


# --- 5. bad WKT in the first rows -----------------------------------------------------------

BAD_WKT = {
    "garbage": "garbage", "nan": "POINT (nan nan)", "huge": "POINT (1e308 1e308)",
    "unterminated": "POLYGON ((122 37.5, 122.1 37.5", "half_nan": "POINT (122.1 nan)",
    "inf": "POINT (inf 37.5)", "overflow": "POINT (1e310 37.5)", "empty_text": "POINT ()",
    "words": "LINESTRING (a b, c d)",
    "one_number": "POINT (122.1)", "short_ring": "POLYGON ((122 37.5, 122.1 37.5, 122 37.5))",
    "curved": "CIRCULARSTRING (122 37.5, 122.05 37.55, 122.1 37.5)",
}


@pytest.mark.parametrize("kind", sorted(BAD_WKT))
def test_bad_wkt_in_the_first_200_rows_is_a_bad_row_each(store, tmp_path, kind):
    bad = [f'B{i},"{BAD_WKT[kind]}"' for i in range(150)]
    good = [f'G{i},"POINT (122.{100 + i:03d} 37.5)"' for i in range(60)]
    path = tmp_path / f"{kind}.csv"
    path.write_text("community_id,wkt\n" + "\n".join(bad + good) + "\n", encoding="utf-8")
    with warnings.catch_warnings():  # nor a RuntimeWarning on the user's terminal
        warnings.simplefilter("error", RuntimeWarning)
        result = import_file(store, "communities", path)
    assert (result.accepted, result.rejected) == (60, 150)
    assert "WKT in column 'wkt' read as longitude/latitude" in result.notes
    reasons = _reasons(result)
    assert set(reasons) == {f"line {i}" for i in range(2, 152)}
    assert "--crs" not in " ".join(reasons.values())


def test_projected_wkt_with_some_garbage_still_asks_for_the_crs(store, tmp_path):
    rows = ['B0,"garbage"', 'B1,"POINT (nan nan)"'] + [
        f'G{i},"POINT ({4_550_000 + i} 4_150_000)"'.replace("_", "") for i in range(20)]
    path = tmp_path / "gk.csv"
    path.write_text("community_id,wkt\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailure, match="projected.*--crs"):
        import_file(store, "communities", path)


# --- 6. ragged rows -------------------------------------------------------------------------

def test_a_row_with_18_cells_in_a_14_column_file_is_one_bad_row(store, tmp_path):
    rows = _station_rows(6)
    rows[2] += ",x,y,z,w"  # line 4 of the file
    path = tmp_path / "ragged.csv"
    path.write_text(STATION_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(store.path), "base_stations", str(path)])
    assert result.exit_code == 0, result.output
    assert "5 accepted" in result.output and "1 rejected" in result.output
    reasons = _reasons(import_file(store, "base_stations", path))
    assert list(reasons) == ["line 4"]
    assert "18 cells where the header has 14" in reasons["line 4"]


def test_a_trailing_comma_on_every_row_shifts_nothing(store, tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text(STATION_HEADER + "\n" + "\n".join(r + "," for r in _station_rows(5))
                    + "\n", encoding="utf-8")
    result = import_file(store, "base_stations", path)
    assert (result.accepted, result.rejected) == (5, 0)
    back = pyogrio.read_dataframe(store.path, layer="base_stations").set_index("station_id")
    assert back.loc["S3", "name"] == "站3" and back.loc["S3", "operator"] == "中国移动"
    assert back.loc["S3", "antenna_height_m"] == 30.0
    assert back.loc["S3"].geometry.x == pytest.approx(122.103)
    header_too = tmp_path / "trailing_header.csv"
    header_too.write_text(STATION_HEADER + ",\n" + "\n".join(_station_rows(3, 10)) + "\n",
                          encoding="utf-8")
    result = import_file(store, "base_stations", header_too)
    assert (result.accepted, result.rejected, result.ignored_columns) == (3, 0, [])


def test_quoting_multiline_cells_short_rows_and_unclosed_quotes(store, tmp_path):
    lines = [
        STATION_HEADER,
        _station_rows(1, 0)[0],                                              # line 2
        'S1,"名称, 有逗号",中国移动,n78,urban,30,,,active,2020-01-01,2020-02-01,,122.11,37.5',
        'S2,"两行\n的名称",中国移动,n78,urban,30,,,active,2020-01-01,2020-02-01,,122.12,37.5',
        "S3,短行,中国移动",                                                    # line 5
        "",                                                                  # line 6: empty
        'S4,"没有关上的引号,中国移动,n78,urban,30,,,active,2020-01-01,2020-02-01,,122.14,37.5',
        _station_rows(1, 5)[0],                                              # line 8
    ]
    path = tmp_path / "quoted.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(store, "base_stations", path)
    assert (result.read, result.accepted, result.rejected) == (6, 4, 2)
    reasons = _reasons(result)
    assert set(reasons) == {"line 5", "line 7"}  # Excel's rows: the two-line cell is one
    assert "3 cells where the header has 14" in reasons["line 5"]
    assert "never closes" in reasons["line 7"]
    assert "1 empty row skipped" in result.notes
    names = store.read("base_stations").set_index("station_id")["name"]
    assert names["S1"] == "名称, 有逗号" and names["S2"] == "两行\n的名称"
    assert "S5" in names.index


# --- 9. Z and M -----------------------------------------------------------------------------

ZM_CSV = ("community_id,wkt\nZ1,POINT Z (122.1 37.5 10)\n"
          'Z2,"POLYGON Z ((122 37.5 1, 122.01 37.5 1, 122.01 37.51 1, 122 37.5 1))"\n'
          'Z3,"MULTIPOLYGON Z (((122.02 37.5 5, 122.03 37.5 5, 122.03 37.51 5, 122.02 37.5 5)))"\n'
          + ("Z4,POINT M (122.1 37.52 3)\nZ5,POINT ZM (122.1 37.53 1 2)\n"
             if hasattr(shapely, "has_m") else ""))


def _validate_gpkg() -> Path | None:
    for candidate in ("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
                      "/usr/share/doc/python3-gdal/examples/validate_gpkg.py"):
        if Path(candidate).exists():
            return Path(candidate)
    return None


def test_z_and_m_are_dropped_and_the_store_still_validates(store, tmp_path):
    path = tmp_path / "zm.csv"
    path.write_text(ZM_CSV, encoding="utf-8")
    result = import_file(store, "communities", path)
    rows = ZM_CSV.count("\n") - 1
    assert (result.accepted, result.rejected) == (rows, 0)
    assert any(f"{rows} geometries had Z (height) or M values" in n for n in result.notes)
    with sqlite3.connect(store.path) as db:
        blobs = [b for (b,) in db.execute("SELECT geom FROM communities")]
        declared = db.execute("SELECT z, m FROM gpkg_geometry_columns WHERE "
                              "table_name = 'communities'").fetchone()
    assert declared == (0, 0)
    for blob in blobs:  # GeoPackage header flags: envelope XY or none; WKB type 2D
        flags = blob[3]
        assert (flags >> 1) & 0x07 in (0, 1)
        header = 8 + (32 if (flags >> 1) & 0x07 == 1 else 0)
        (wkb_type,) = struct.unpack_from("<I", blob, header + 1)
        assert wkb_type < 1000
    script = _validate_gpkg()
    if script is not None:  # GDAL's own validator, with Debian's Python and python3-gdal
        proc = subprocess.run(["/usr/bin/python3", str(script), str(store.path)],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.postgis
def test_z_and_m_are_dropped_in_postgis(postgis_dsn, pg_url, tmp_path):
    path = tmp_path / "zm.csv"
    path.write_text(ZM_CSV, encoding="utf-8")
    with create_store(pg_url) as st:
        result = import_file(st, "communities", path)
        _, dims = st.db.query("SELECT DISTINCT ST_NDims(geom) FROM communities")
    assert result.rejected == 0 and dims == [(2,)]


# --- 10. what used to be tracebacks ---------------------------------------------------------

def test_encodings_that_cannot_be_right_are_refused_with_a_sentence(store, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("station_id,lon,lat\nA,122.1,37.5\nB,122.2,37.5\n", encoding="utf-8")
    broken = tmp_path / "surrogate.csv"
    broken.write_bytes(b"station_id,lon,lat\nA,122.1,37.5\nB\\ud800,122.2,37.5\n")
    before = sha256(store.path)
    cases = [(path, "utf-16", "not UTF-16"), (path, "utf_16_le", "not UTF-16"),
             (broken, "raw_unicode_escape", "broken character"),
             (path, "hex", "not a text encoding"), (path, "no-such-codec", "not an encoding")]
    for file, encoding, message in cases:
        with pytest.raises(ImportFailure, match=message):
            import_file(store, "base_stations", file, encoding=encoding)
    assert sha256(store.path) == before
    runner = CliRunner()
    for file, encoding, _ in cases:
        out = runner.invoke(cli, ["import", str(store.path), "base_stations", str(file),
                                  "--encoding", encoding])
        assert out.exit_code == 1 and "Traceback" not in out.output, out.output
        assert out.exception is None or isinstance(out.exception, SystemExit)


def test_geopackage_table_without_geometry(store, tmp_path):
    with_xy = tmp_path / "table.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"community_id": ["A", "B"], "经度": [122.1, 122.2],
                                          "纬度": [37.5, 37.5]}), with_xy, layer="社区")
    result = import_file(store, "communities", with_xy)
    assert result.accepted == 2
    assert store.read("communities").geometry.x.tolist() == [122.1, 122.2]
    bare = tmp_path / "bare.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"community_id": ["A"]}), bare, layer="社区")
    with pytest.raises(ImportFailure, match="has no geometry column, and no coordinate columns"):
        import_file(store, "communities", bare)


def test_district_with_a_nan_vertex_is_a_bad_row(tmp_path):
    st = create_store(tmp_path / "d.gpkg")
    with warnings.catch_warnings():  # shapely warns that it was given a NaN: we know
        warnings.simplefilter("ignore", RuntimeWarning)
        nan = shapely.Polygon([(122, 37), (122.1, 37), (122.1, np.nan), (122, 37.1)])
    gdf = gpd.GeoDataFrame({"code": ["371099", "371002"], "name": ["坏", "环翠区"],
                            "level": ["county", "county"]},
                           geometry=[nan, shapely.box(122, 37, 122.1, 37.1)], crs="EPSG:4490")
    gdf.to_file(tmp_path / "nan.gpkg")
    result = import_file(st, "districts", tmp_path / "nan.gpkg")
    assert (result.accepted, result.rejected) == (1, 1)
    assert "not a finite number" in _reasons(result)["feature 1"]
    st.close()


def _long_values_csv(path: Path) -> Path:
    rows = ["A" * 1_000_000 + ",长id,122.1,37.5", "OK,好名字,122.1,37.5",
            "N," + "名" * 5000 + ",122.2,37.5", "X" * ID_MAX_CHARS + ",最长的id,122.2,37.5"]
    path.write_text("station_id,name,lon,lat\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _check_long_values(result) -> None:
    assert (result.accepted, result.rejected) == (2, 2)
    reasons = _reasons(result)
    assert "1,000,000 characters, more than the 100 an identifier may have" in reasons["line 2"]
    assert "5,000 characters, more than the 1,000 this field may have" in reasons["line 4"]
    assert max(len(r["value"]) for r in _rejects(result.rejects_path)) < 300


def test_a_1mb_station_id_is_refused_in_the_geopackage(store, tmp_path):
    _check_long_values(import_file(store, "base_stations", _long_values_csv(tmp_path / "l.csv")))


@pytest.mark.postgis
def test_a_1mb_station_id_is_refused_in_postgis(postgis_dsn, pg_url, tmp_path):
    with create_store(pg_url) as st:
        _check_long_values(import_file(st, "base_stations", _long_values_csv(tmp_path / "l.csv")))


# --- 11. values that used to change quietly -------------------------------------------------

def test_nul_times_digits_and_null_ids(store, tmp_path):
    rows = ["Q\0B,2021-01-01,,122.10,37.5", "Q,2021-01-01,,122.11,37.5",
            "T25,2021-1-1 25:00,,122.12,37.5", "T0830,2021-01-01 08:30,,122.13,37.5",
            "FW,２０２１－０３－０５,,122.14,37.5", "DV,२०२१-०३-०५,,122.15,37.5",
            "null,2021-01-01,NULL,122.16,37.5", "NaN,2021-01-01,-,122.17,37.5",
            "None,2021-01-01,无,122.18,37.5", "TAB\tID,2021-01-01,,122.19,37.5"]
    path = tmp_path / "values.csv"
    path.write_text("station_id,opened_date,retired_date,lon,lat\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    result = import_file(store, "base_stations", path)
    reasons = _reasons(result)
    assert set(reasons) == {"line 2", "line 4", "line 7", "line 11"}
    assert "control character U+0000 (NUL)" in reasons["line 2"]
    assert "time of day that cannot be (25:00:00)" in reasons["line 4"]
    assert "digits of another script" in reasons["line 7"]
    assert "control character U+0009 (tab)" in reasons["line 11"]
    back = pyogrio.read_dataframe(store.path, layer="base_stations").set_index("station_id")
    assert {"Q", "T0830", "FW", "null", "NaN", "None"} == set(back.index)  # Q not a duplicate
    assert str(back.loc["T0830", "opened_date"])[:10] == "2021-01-01"
    assert str(back.loc["FW", "opened_date"])[:10] == "2021-03-05"
    assert back.loc[["null", "NaN", "None"], "retired_date"].isna().all()


# --- 12. formulas in the rejects file -------------------------------------------------------

def test_formulas_are_neutralised_in_the_rejects_file(store, tmp_path):
    hostile = ["=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
               "\tTAB", "\rCR"]
    rows = [f'"{h}",2021-02-30,-50,122.1,37.5' for h in hostile] + ["OK,2021-02-03,50,122.1,37.5"]
    path = tmp_path / "formula.csv"
    path.write_text("station_id,opened_date,coverage_radius_m,lon,lat\n" + "\n".join(rows)
                    + "\n", encoding="utf-8")
    result = import_file(store, "base_stations", path)
    assert result.rejected == len(hostile)
    text = result.rejects_path.read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    ids = {r["input:station_id"] for r in _rejects(result.rejects_path)}
    assert ids == {"'" + h for h in hostile}
    assert {r["input:coverage_radius_m"] for r in _rejects(result.rejects_path)} == {"'-50"}


# --- 15. a .prj that is not a CRS -----------------------------------------------------------

def test_garbage_prj_is_named_as_garbage_with_its_first_characters(store, tmp_path):
    shp = _manhole_shapefile(tmp_path / "prj.shp", 5)
    shp.with_suffix(".prj").write_bytes(b"GEOGCS[garbage \x01\x02 not a CRS")
    before = sha256(store.path)
    with pytest.raises(ImportFailure) as failure:
        import_file(store, "manholes", shp)
    message = str(failure.value)
    assert ".prj file cannot be understood as a CRS" in message
    assert "GEOGCS[garbage" in message and "--crs" in message and "no .prj" not in message
    assert sha256(store.path) == before
    result = import_file(store, "manholes", shp, crs="EPSG:4490")
    assert result.accepted == 5 and any("--crs EPSG:4490 used" in n for n in result.notes)


# --- the rejects file itself ----------------------------------------------------------------

def test_a_rejects_file_that_cannot_be_finished_is_not_left_behind(store, tmp_path,
                                                                     monkeypatch):
    path = tmp_path / "bad.csv"
    path.write_text("station_id,lon,lat\nA,x,37.5\nB,122.1,37.5\n", encoding="utf-8")
    before = sha256(store.path)

    def disk_full(self, handle, *args, **kwargs):
        handle.write("row,status\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", disk_full)
    with pytest.raises(ImportFailure, match="No space left on device"):
        import_file(store, "base_stations", path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "districts.geojson",
                                                          "store.gpkg"]
    assert sha256(store.path) == before
    monkeypatch.undo()
    with pytest.raises(ImportFailure, match="cannot write the rejects file"):
        import_file(store, "base_stations", path, rejects=tmp_path / "no" / "such" / "r.csv")
    assert sha256(store.path) == before


def test_none_of_the_reproducers_prints_a_traceback(tmp_path):
    """The real command line, as a user runs it: exit codes and no traceback."""
    store = tmp_path / "s.gpkg"
    files = {
        "ragged.csv": STATION_HEADER + "\n" + "\n".join(_station_rows(3)) + ",x,y,z,w\n",
        "values.csv": "station_id,opened_date,lon,lat\nQ\0B,2021-1-1 25:00,122.1,37.5\n"
                      "OK,2021-01-01,122.1,37.5\n",
        "curve.csv": 'station_id,wkt\nA,"CIRCULARSTRING (122 37, 122.1 37.1, 122.2 37)"\n',
        "ints.csv": "community_id,households,lon,lat\nA,9223372036854775808,122.1,37.5\n",
    }
    exe = Path(sys.executable).with_name("smartcity")
    assert subprocess.run([exe, "init", store], capture_output=True).returncode == 0
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        layer = "communities" if name == "ints.csv" else "base_stations"
        proc = subprocess.run([exe, "import", store, layer, tmp_path / name],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode in (0, 1), (name, proc.stderr)
        assert "Traceback" not in proc.stdout + proc.stderr, (name, proc.stderr)
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_dbf_bytes_gdal_would_turn_into_question_marks_are_a_bad_row(store, tmp_path):
    """A GBK .dbf (its .cpg says so) with a few bytes no GBK text has: GDAL would replace
    them by '?' with one warning per process; the rows are rejected instead."""
    n = 20
    gdf = gpd.GeoDataFrame({"ObjID": [f"3710020101{i:06d}" for i in range(n)],
                            "ObjName": ["上水井盖"] * n},
                           geometry=shapely.points(np.full(n, 122.1), np.full(n, 37.5)),
                           crs="EPSG:4490")
    shp = tmp_path / "gbk.shp"
    gdf.to_file(shp, encoding="GBK")
    assert "GBK" in shp.with_suffix(".cpg").read_text().upper()
    dbf = shp.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    header, record = int.from_bytes(data[8:10], "little"), int.from_bytes(data[10:12], "little")
    for k in (3, 11):  # ObjName of features 4 and 12 begins with a byte GBK never uses
        data[header + k * record + 1 + 16] = 0xFF
    dbf.write_bytes(bytes(data))
    result = import_file(store, "manholes", shp)
    assert (result.accepted, result.rejected) == (18, 2)
    reasons = _reasons(result)
    assert set(reasons) == {"feature 4", "feature 12"}
    assert "not valid gb18030" in reasons["feature 4"]
    assert set(store.read("manholes")["name"]) == {"上水井盖"}


def test_a_point_a_continent_away_is_rejected_not_flagged_with_nan_metres(store, tmp_path):
    """Found by the fuzzing: PROJ has no Gauss-Krüger coordinates 85° from the zone, the
    distance was NaN, and NaN > 5 km is false, so the row was imported as 'nan m away'."""
    path = tmp_path / "far.csv"
    path.write_text("station_id,lon,lat\nA,37.5,0\nB,116.4,39.9\nC,122.1,37.5\n",
                    encoding="utf-8")
    result = import_file(store, "base_stations", path)
    assert (result.accepted, result.rejected, result.flagged) == (1, 2, 0)
    reasons = _reasons(result)
    km = {line: float(re.search(r"far outside every district \(([\d.]+) km", reasons[line])[1])
          for line in ("line 2", "line 3")}
    assert km["line 2"] > 8_000 and 400 < km["line 3"] < 700  # the Gulf of Guinea; Beijing
