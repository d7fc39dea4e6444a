"""Fuzzing the importer: generated CSVs, encodings and broken shapefile/GeoPackage parts.

Every property is the promise of the README: an import either succeeds, and then every row
read is accepted or rejected (with a reason in the rejects file) and nothing is lost, or it
raises :class:`ImportFailure` with a sentence and the store is byte for byte as it was;
never another exception.  After each example SQLite's ``PRAGMA integrity_check`` is ``ok``.
The same files through the command line (click's runner) exit 0, 1 or 2 and print no
traceback.

The number of examples per property is ``SMARTCITY_FUZZ_EXAMPLES`` (default 20: all of this
file in well under a minute on a 2-core machine).  Without the variable the examples are the
same on every run (``derandomize``), so CI is repeatable; with it they are new each run, for
long local hunts::

    SMARTCITY_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/test_fuzz_import.py -q

Hypothesis keeps no example database (``database=None``), so runs leave no files behind.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import sqlite3
import string
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity.layers.gpkg import connect
from smartcity.layers.importer import ImportFailure, import_file
from smartcity.layers.schema import get_layer
from smartcity.layers.store import create_store, open_store
from smartcity.standalone.cli import cli

EXAMPLES = int(os.environ.get("SMARTCITY_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize="SMARTCITY_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.filter_too_much])

csv.field_size_limit(2 ** 31 - 1)

DISTRICTS = gpd.GeoDataFrame(
    {"code": ["371002"], "name": ["环翠区"], "level": ["county"]},
    geometry=[shapely.box(121.95, 37.35, 122.25, 37.60)], crs="EPSG:4490")


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """A store with one district, copied afresh for every example."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "base.gpkg"
    with create_store(path) as st_:
        DISTRICTS.to_file(folder / "d.geojson", driver="GeoJSON")
        import_file(st_, "districts", folder / "d.geojson")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path: Path) -> None:
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _import_checked(store_path: Path, layer: str, file: Path, expected_rows=None, **options):
    """Import and check the promise; returns the result or the ImportFailure."""
    before = _sha(store_path)
    with open_store(store_path) as store:
        count_before = store.count(layer)
        try:
            result = import_file(store, layer, file, **options)
        except ImportFailure as exc:
            message = str(exc)
            assert message.strip() and "Traceback" not in message
            outcome = exc
        else:
            outcome = result
            assert result.accepted + result.rejected == result.read
            assert result.inserted + result.updated + result.unchanged == result.accepted
            assert store.count(layer) == count_before + result.inserted
            if expected_rows is not None:
                assert result.read == expected_rows
            if result.rejected or result.flagged:
                rows = list(csv.DictReader(open(result.rejects_path, encoding="utf-8-sig",
                                                newline="")))
                rejected = {r["row"] for r in rows if r["status"] == "rejected"}
                assert len(rejected) == result.rejected
                assert all(r["reason"] for r in rows)
                for row in rows:
                    for cell in row.values():
                        assert not (cell or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    if isinstance(outcome, ImportFailure):
        assert _sha(store_path) == before
    _integrity(store_path)
    return outcome


def _cli_checked(store_path: Path, layer: str, file: Path, *extra: str) -> None:
    before = _sha(store_path)
    out = CliRunner().invoke(cli, ["import", str(store_path), layer, str(file), *extra])
    assert out.exit_code in (0, 1, 2), out.output
    assert "Traceback" not in out.output
    assert out.exception is None or isinstance(out.exception, SystemExit), repr(out.exception)
    if out.exit_code != 0:
        assert _sha(store_path) == before
    _integrity(store_path)


# --- strategies: cells, rows, files ---------------------------------------------------------

CJK = "环翠区文登荣成乳山威海基站社区中国移动电信联通规划开通退网井盖"
FULL_WIDTH = "０１２３４５６７８９－／．，：　"
DEVANAGARI = "०१२३४५६७८९"
CONTROL = "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x9f"
SPECIAL = ',;|\t"\'\n\r =+-@.()#\\'
ALPHABET = (string.ascii_letters + string.digits + CJK + FULL_WIDTH + DEVANAGARI + CONTROL
            + SPECIAL + "\u00e9\u2028\ufeff")

texts = st.text(alphabet=ALPHABET, max_size=24)
placeholders = st.sampled_from(["", " ", "null", "NULL", "NaN", "None", "nan", "-", "—", "无",
                                "NaT", "  \u3000 "])
numbers = st.one_of(
    st.integers(min_value=-(2 ** 70), max_value=2 ** 70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=True, allow_infinity=True, places=None).map(str),
    st.sampled_from(["1e20", "1e308", "-1e308", "1e999999", "9007199254740993", "1,234",
                     "12.0", "12.5", "１２３", "१२३", "300m", "1.5km", "0x10", "١٢٣", "+5",
                     "- 5", ".5", "5.", "1e", "Infinity", "-0"]),
)


@st.composite
def dates(draw):
    y = draw(st.integers(1900, 2200))
    m = draw(st.integers(0, 13))
    d = draw(st.integers(0, 32))
    form = draw(st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日",
                                 "{y}{m:02d}{d:02d}", "{y}.{m}.{d}", "{d}/{m}/{y}",
                                 "{y}-{m}-{d} {h}:{mi:02d}", "{y}-{m:02d}-{d:02d}T{h}:{mi:02d}:00Z",
                                 "{y}{m:02d}{d:02d}.0"]))
    text = form.format(y=y, m=m, d=d, h=draw(st.integers(0, 30)), mi=draw(st.integers(0, 70)))
    return draw(st.sampled_from([text, text.translate({ord(c): 0xFF10 + int(c)
                                                       for c in "0123456789"}),
                                 text.translate({ord(c): 0x0966 + int(c)
                                                 for c in "0123456789"})]))


coordinate = st.one_of(st.floats(121.9, 122.3).map(lambda v: f"{v:.6f}"),
                       st.floats(37.3, 37.7).map(lambda v: f"{v:.6f}"), numbers, texts,
                       placeholders)


@st.composite
def wkt(draw):
    lon = draw(st.floats(121.96, 122.24))
    lat = draw(st.floats(37.36, 37.59))
    n = draw(st.integers(3, 40))
    ring = [(lon + draw(st.floats(-0.01, 0.01)), lat + draw(st.floats(-0.01, 0.01)))
            for _ in range(n)]
    ring_text = ", ".join(f"{x:.6f} {y:.6f}" for x, y in ring + ring[:1])
    kind = draw(st.sampled_from(["point", "polygon", "multi", "z", "m", "zm", "curve",
                                 "empty", "line", "collection", "garbage", "nan", "cut",
                                 "multipoint", "huge"]))
    return {
        "point": f"POINT ({lon:.6f} {lat:.6f})",
        "polygon": f"POLYGON (({ring_text}))",
        "multi": f"MULTIPOLYGON ((({ring_text})))",
        "z": f"POINT Z ({lon:.6f} {lat:.6f} 12.5)",
        "m": f"POINT M ({lon:.6f} {lat:.6f} 3)",
        "zm": f"POINT ZM ({lon:.6f} {lat:.6f} 1 2)",
        "curve": f"CIRCULARSTRING ({lon} {lat}, {lon + 0.01} {lat + 0.01}, {lon + 0.02} {lat})",
        "empty": draw(st.sampled_from(["POINT EMPTY", "POLYGON EMPTY", "GEOMETRYCOLLECTION EMPTY"])),
        "line": f"LINESTRING ({lon} {lat}, {lon + 0.01} {lat})",
        "collection": f"GEOMETRYCOLLECTION (POINT ({lon} {lat}))",
        "garbage": draw(texts),
        "nan": f"POINT ({lon} nan)",
        "cut": f"POLYGON (({ring_text}"[:draw(st.integers(0, 40))],
        "multipoint": f"MULTIPOINT (({lon} {lat}))",
        "huge": "POINT (1e308 -1e308)",
    }[kind]


ENUMS = ["中国移动", "移动", "cmcc", "n78", "3.5G", "n79", "城区", "dense_urban", "开通", "退网",
         "是", "否", "1", "0", "true", "√", "×", "planned", "ｎ７８"]
cells = st.one_of(texts, placeholders, numbers, dates(), wkt(), st.sampled_from(ENUMS),
                  st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-50", "@SUM(A1)", "\tx",
                                   "\rx", "A" * 3000]))

LAYERS = {
    "base_stations": ["station_id", "name", "operator", "band", "scene", "antenna_height_m",
                      "azimuth_deg", "coverage_radius_m", "status", "built_date",
                      "opened_date", "retired_date"],
    "communities": ["community_id", "name", "households", "star_rating", "rated_date",
                    "provincial_smart", "provincial_date"],
}


@st.composite
def tables(draw):
    """(layer, header, rows) with the id and geometry columns always present."""
    layer = draw(st.sampled_from(sorted(LAYERS)))
    lyr = get_layer(layer)
    fields = [LAYERS[layer][0]] + draw(st.lists(st.sampled_from(LAYERS[layer][1:]),
                                                unique=True, max_size=6))
    header = []
    for name in fields:
        f = lyr.field(name)
        header.append(draw(st.sampled_from([f.name, f.label_zh, *f.aliases])))
    geometry = draw(st.sampled_from(["lonlat", "经纬度", "wkt"])) if layer == "communities" \
        else draw(st.sampled_from(["lonlat", "经纬度"]))
    header += {"lonlat": ["lon", "lat"], "经纬度": ["经度", "纬度"], "wkt": ["wkt"]}[geometry]
    if len(set(header)) != len(header):
        header = list(dict.fromkeys(header))
    n = draw(st.integers(1, 12))
    rows = []
    for _ in range(n):
        row = []
        for column in header:
            if column in ("lon", "经度"):
                row.append(draw(st.one_of(st.floats(121.96, 122.24).map(lambda v: f"{v:.6f}"),
                                          coordinate)))
            elif column in ("lat", "纬度"):
                row.append(draw(st.one_of(st.floats(37.36, 37.59).map(lambda v: f"{v:.6f}"),
                                          coordinate)))
            elif column == "wkt":
                row.append(draw(st.one_of(wkt(), cells)))
            else:
                row.append(draw(cells))
        width = draw(st.sampled_from([len(row)] * 6 + [len(row) + 1, len(row) - 1,
                                                       len(row) + 3]))
        row = (row + [draw(cells) for _ in range(max(0, width - len(row)))])[:max(width, 0)]
        rows.append(row)
    return layer, header, rows


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16"]
WRONG = ["latin-1", "utf-16", "utf-16-le", "raw_unicode_escape", "unicode_escape", "big5",
         "cp1252", "utf-8", "gb18030", "ascii", "idna", "utf-7", "hex", "rot13", "nope"]


def _csv_text(header, rows, delimiter, quoting, trailing, newline) -> str:
    if any("\r" in c or "\n" in c for row in rows for c in row):
        quoting = csv.QUOTE_ALL  # Python 3.11's writer leaves a lone CR unquoted
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row + ([""] if trailing else []))
    return out.getvalue()


def _expected_rows(rows) -> int:
    """Rows the reader must report: every row holding anything but spaces."""
    return sum(1 for row in rows if any(str(c).strip() for c in row))


csv_files = st.tuples(tables(), st.sampled_from([",", ";", "\t"]),
                      st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), st.booleans(),
                      st.sampled_from(["\n", "\r\n"]), st.sampled_from(ENCODINGS))


def _write_csv_case(folder: Path, case) -> tuple[str, Path, int, str]:
    (layer, header, rows), delimiter, quoting, trailing, newline, encoding = case
    text = _csv_text(header, rows, delimiter, quoting, trailing, newline)
    path = folder / "input.csv"
    path.write_bytes(text.encode(encoding))
    return layer, path, _expected_rows(rows), encoding


# --- properties -----------------------------------------------------------------------------

@FUZZ
@given(case=csv_files)
def test_fuzz_csv_rows_and_cells(base_store, case):
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        layer, path, expected, _ = _write_csv_case(Path(folder), case)
        _import_checked(store, layer, path, expected_rows=expected)


@FUZZ
@given(case=csv_files, encoding=st.sampled_from(WRONG))
def test_fuzz_csv_encodings_named_on_the_command_line(base_store, case, encoding):
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        layer, path, expected, written = _write_csv_case(Path(folder), case)
        right = encoding == written or (written == "utf-8-sig" and encoding == "utf-8-sig")
        _import_checked(store, layer, path, expected_rows=expected if right else None,
                        encoding=encoding)
        _cli_checked(store, layer, path, "--encoding", encoding)


@FUZZ
@given(data=st.binary(max_size=400), prefix=st.sampled_from([b"", b"station_id,lon,lat\n",
                                                            b"\xef\xbb\xbf", b"\xff\xfe",
                                                            b"station_id,wkt\nA,\"POINT ("]))
def test_fuzz_csv_raw_bytes(base_store, data, prefix):
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        path = Path(folder) / "raw.csv"
        path.write_bytes(prefix + data)
        _import_checked(store, "base_stations", path)
        _cli_checked(store, "base_stations", path)


@FUZZ
@given(case=csv_files, stray=st.lists(st.tuples(st.integers(0, 10 ** 6),
                                                  st.sampled_from(['"', ',', '\n', '\r', '""',
                                                                   '\0', '\\'])),
                                        min_size=1, max_size=4))
def test_fuzz_csv_with_stray_quotes_and_breaks(base_store, case, stray):
    """Characters dropped anywhere in a well-formed file: no count is promised, only the
    outcome (accepted + rejected == read, or a sentence)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        layer, path, _, encoding = _write_csv_case(Path(folder), case)
        text = path.read_bytes().decode(encoding)
        for position, piece in stray:
            k = position % (len(text) + 1)
            text = text[:k] + piece + text[k:]
        path.write_bytes(text.encode(encoding))
        _import_checked(store, layer, path)
        _cli_checked(store, layer, path)


# --- broken shapefiles ----------------------------------------------------------------------

def _shapefile(folder: Path, n: int) -> Path:
    rng = np.random.default_rng(n)
    gdf = gpd.GeoDataFrame({"ObjID": [f"3710020101{i:06d}" for i in range(n)],
                            "ObjName": ["上水井盖"] * n, "ORDate": ["2020/5/1"] * n},
                           geometry=shapely.points(rng.uniform(121.97, 122.23, n),
                                                   rng.uniform(37.37, 37.58, n)),
                           crs="EPSG:4490")
    path = folder / "井盖.shp"
    gdf.to_file(path, encoding="GBK")
    return path


PARTS = [".shp", ".shx", ".dbf", ".prj", ".cpg"]
damage = st.one_of(
    st.tuples(st.just("truncate"), st.sampled_from(PARTS), st.floats(0, 1)),
    st.tuples(st.just("garbage"), st.sampled_from(PARTS), st.integers(0, 200),
              st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("count"), st.just(".dbf"), st.integers(0, 2 ** 32 - 1)),
    st.tuples(st.just("delete"), st.sampled_from(PARTS)),
    st.tuples(st.just("replace"), st.sampled_from([".prj", ".cpg"]),
              st.binary(max_size=80)),
)


def _damage(shp: Path, how) -> None:
    kind, suffix = how[0], how[1]
    part = shp.with_suffix(suffix)
    if kind == "delete":
        part.unlink(missing_ok=True)
        return
    if kind == "replace":
        part.write_bytes(how[2])
        return
    if not part.exists():
        return
    data = bytearray(part.read_bytes())
    if kind == "truncate":
        part.write_bytes(bytes(data[:int(len(data) * how[2])]))
    elif kind == "garbage":
        offset, junk = how[2], how[3]
        data[offset:offset + len(junk)] = junk
        part.write_bytes(bytes(data))
    elif kind == "count" and len(data) >= 8:
        data[4:8] = how[2].to_bytes(4, "little")
        part.write_bytes(bytes(data))


@FUZZ
@given(n=st.integers(1, 30), damages=st.lists(damage, min_size=1, max_size=3),
       crs=st.sampled_from([None, "EPSG:4490", "EPSG:4550"]))
def test_fuzz_broken_shapefile_parts(base_store, n, damages, crs):
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        shp = _shapefile(Path(folder), n)
        for how in damages:
            _damage(shp, how)
        try:
            gdal_count = pyogrio.read_info(shp)["features"]  # what ogrinfo would count
        except Exception:
            gdal_count = None
        outcome = _import_checked(store, "manholes", shp, crs=crs)
        if gdal_count is not None:  # nothing GDAL sees is silently left out
            if isinstance(outcome, ImportFailure):
                assert "holds no rows" not in str(outcome) or gdal_count == 0, str(outcome)
            else:
                assert outcome.read >= gdal_count
        _cli_checked(store, "manholes", shp, *(["--crs", crs] if crs else []))


# --- GeoPackages with corrupted blobs -------------------------------------------------------

def _geopackage(folder: Path, n: int, polygons: bool) -> Path:
    rng = np.random.default_rng(n)
    lon, lat = rng.uniform(121.97, 122.23, n), rng.uniform(37.37, 37.58, n)
    geoms = (shapely.buffer(shapely.points(lon, lat), 0.001) if polygons
             else shapely.points(lon, lat))
    gdf = gpd.GeoDataFrame({"community_id": [f"C{i}" for i in range(n)],
                            "名称": [f"社区{i}" for i in range(n)]}, geometry=geoms,
                           crs="EPSG:4490")
    path = folder / "社区.gpkg"
    gdf.to_file(path, layer="社区", driver="GPKG")
    return path


blob_damage = st.tuples(st.integers(0, 10 ** 6),
                        st.sampled_from(["flip", "cut", "random", "magic", "flags", "srs",
                                         "null", "empty"]),
                        st.binary(min_size=1, max_size=12), st.integers(0, 255))


def _corrupt(gpkg: Path, damages) -> int:
    """Corrupt some geometry blobs in place; the number of rows in the table (SQLite's)."""
    db = connect(gpkg)
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f'DROP TRIGGER "{name}"')  # corrupt the blobs only, not the R-tree too
    with db:
        rows = db.execute('SELECT fid, geom FROM "社区" ORDER BY fid').fetchall()
        for position, kind, junk, byte in damages:
            fid, blob = rows[position % len(rows)]
            blob = bytearray(blob)
            if kind == "flip":
                k = position % len(blob)
                blob[k] ^= byte or 1
            elif kind == "cut":
                blob = blob[:position % len(blob)]
            elif kind == "random":
                blob = bytearray(junk)
            elif kind == "magic":
                blob[0:2] = b"XX"
            elif kind == "flags":
                blob[3] = byte
            elif kind == "srs":
                blob[4:8] = int(byte * 99991).to_bytes(4, "little")
            db.execute('UPDATE "社区" SET geom = ? WHERE fid = ?',
                       (None if kind == "null" else b"" if kind == "empty" else bytes(blob),
                        fid))
        count = db.execute('SELECT count(*) FROM "社区"').fetchone()[0]
    db.close()
    return count


@FUZZ
@given(n=st.integers(1, 20), polygons=st.booleans(),
       damages=st.lists(blob_damage, min_size=1, max_size=4))
def test_fuzz_geopackage_with_corrupted_blobs(base_store, n, polygons, damages):
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.gpkg"
        shutil.copy(base_store, store)
        gpkg = _geopackage(Path(folder), n, polygons)
        rows = _corrupt(gpkg, damages)
        outcome = _import_checked(store, "communities", gpkg)
        if isinstance(outcome, ImportFailure):
            assert "holds no rows" not in str(outcome), str(outcome)
        else:
            assert outcome.read == rows  # every row of the table, as SQLite counts them
        _cli_checked(store, "communities", gpkg)
