"""Streaming imports: a file read, checked and written in chunks (``SMARTCITY_IMPORT_CHUNK``)
gives exactly the store, the result and the rejects file of one chunk; a bad row in a late
chunk is rejected with its own line; a failure in a late chunk leaves the store unchanged.
The CSV reader's pieces hold exactly the rows, cells, line numbers and defects of the whole
file, whatever the quoting."""

from __future__ import annotations

import hashlib
import random
import sqlite3

import numpy as np
import pandas as pd
import pytest
import shapely

from smartcity.layers import store as store_module
from smartcity.layers.importer import ImportFailure, import_file
from smartcity.layers.progress import Cancelled
from smartcity.layers.readers import ReadFailure, iter_tables, read_table
from smartcity.layers.store import create_store

HEADER = "站点编号,站点名称,运营商,频段,覆盖半径,建成日期,开通日期,经度,纬度"


def _csv(path, n: int = 60) -> dict[str, int]:
    """``n`` stations, with a quoted name holding a line break, an empty row, a duplicate id
    in a late chunk, a negative radius in the last rows and one station at sea; the file's
    line of each special row."""
    lines = [HEADER]
    special: dict[str, int] = {}
    for i in range(n):
        name = f"站{i}"
        if i == 5:
            name = '"北\n山站"'  # two lines of the file, one row
        radius = "-5" if i == n - 3 else f"{150 + i}"
        x, y = 122.0 + 0.002 * i, 37.4 + 0.001 * i
        if i == n - 8:
            x = 123.5  # far out at sea: rejected, far outside every district
        sid = "S0003" if i == n - 5 else f"S{i:04d}"  # repeats S0003 in a late chunk
        lines.append(f"{sid},{name},中国移动,n41,{radius},2020-01-0{1 + i % 9},"
                     f"2020-02-01,{x:.6f},{y:.6f}")
        if i == 20:
            lines.append("")  # an empty row, skipped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in (n - 5, n - 3, n - 8):  # rows as Excel numbers them: the header is row 1
        special[i] = i + 2 + (i > 20)  # the empty row is a row too
    return special


def _store(path, clock):
    clock("2024-01-01T00:00:00.000Z")
    st = create_store(path)
    st.write("districts", pd.DataFrame({"code": ["371002"], "name": ["环翠区"],
                                        "level": ["county"]}),
             [shapely.box(121.9, 37.3, 122.5, 37.6)], source="test", log={})
    return st


def _dump(path) -> dict:
    with sqlite3.connect(path) as conn:
        return {
            "rows": conn.execute("SELECT * FROM base_stations ORDER BY fid").fetchall(),
            "history": conn.execute("SELECT * FROM history ORDER BY fid").fetchall(),
            "rtree": conn.execute("SELECT * FROM rtree_base_stations_geom ORDER BY id"
                                  ).fetchall(),
            "rtree_ok": conn.execute("SELECT rtreecheck('rtree_base_stations_geom')"
                                     ).fetchall(),
            "imports": conn.execute("SELECT * FROM imports").fetchall(),
            "extent": conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                   "WHERE table_name = 'base_stations'").fetchall(),
        }


@pytest.fixture
def clock(monkeypatch):
    def set_time(stamp: str) -> None:
        monkeypatch.setattr(store_module, "_now", lambda: stamp)
    return set_time


def _import(tmp_path, name, chunk, clock, monkeypatch, csv, **kw):
    monkeypatch.setenv("SMARTCITY_IMPORT_CHUNK", str(chunk))
    path = tmp_path / f"{name}.gpkg"
    with _store(path, clock) as st:
        clock("2024-03-01T00:00:00.000Z")
        result = import_file(st, "base_stations", csv, rejects=tmp_path / f"{name}.rejects.csv",
                             modified=None, **kw)
    return path, result


def test_a_multi_chunk_import_leaves_the_store_and_rejects_of_one_chunk(tmp_path, clock,
                                                                         monkeypatch):
    csv = tmp_path / "stations.csv"
    special = _csv(csv)
    one, r1 = _import(tmp_path, "one", 1_000_000, clock, monkeypatch, csv)
    many, r7 = _import(tmp_path, "many", 7, clock, monkeypatch, csv)
    a, b = _dump(one), _dump(many)
    assert len(a["rows"]) == 57 and a["rtree_ok"] == [("ok",)]
    for key in a:
        assert a[key] == b[key], key
    for field in ("read", "accepted", "inserted", "rejected", "flagged", "notes"):
        assert getattr(r1, field) == getattr(r7, field), field
    assert (r1.read, r1.accepted, r1.rejected) == (60, 57, 3)
    assert "1 empty row skipped" in r7.notes
    assert ((tmp_path / "one.rejects.csv").read_bytes()
            == (tmp_path / "many.rejects.csv").read_bytes())
    rejects = pd.read_csv(r7.rejects_path, encoding="utf-8-sig", dtype=str)
    rows = dict(zip(rejects["input:站点编号"] + "|" + rejects["field"], rejects["row"]))
    reasons = dict(zip(rejects["input:站点编号"] + "|" + rejects["field"], rejects["reason"]))
    # the second S0003, near the end: its own line, and the line of the first one
    assert rows["S0003|station_id"] == f"line {special[55]}"
    assert "first on line 5" in reasons["S0003|station_id"]  # header, S0000-S0002
    assert rows["S0057|覆盖半径 (coverage_radius_m)"] == f"line {special[57]}"
    assert rows["S0052|geometry"] == f"line {special[52]}"


def test_a_failure_in_a_late_chunk_leaves_the_store_unchanged(tmp_path, clock, monkeypatch):
    csv = tmp_path / "stations.csv"
    _csv(csv)
    monkeypatch.setenv("SMARTCITY_IMPORT_CHUNK", "7")
    path = tmp_path / "s.gpkg"
    _store(path, clock).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen = []

    def report(percent, message=""):
        seen.append(message)
        if message.startswith("checking rows:") and len(seen) > 12:
            raise Cancelled()  # as the QGIS task's cancel button, chunks after the first

    with store_module.open_store(path) as st:
        with pytest.raises(Cancelled):
            import_file(st, "base_stations", csv, progress=report)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # a file that breaks in a late chunk: nothing imported, the sentence names its line
    text = csv.read_text(encoding="utf-8")
    csv.write_bytes(text.encode("utf-8") + "S9999,站,中国移动".encode("gbk") + b"\n")
    with pytest.raises(ReadFailure) as whole:
        read_table(csv, encoding="utf-8")
    assert "(line 64)" in str(whole.value)  # 60 stations, a 2-line name, an empty row
    with store_module.open_store(path) as st:
        with pytest.raises(ImportFailure) as chunked:
            import_file(st, "base_stations", csv, encoding="utf-8")
    assert str(chunked.value) == str(whole.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


CELLS = ["1", "121.5", "", " ", '"a,b"', '"x\ny"', '"', 'q"q', "中文", "NULL", '""', ",",
         '"u', '"v""w"']


@pytest.mark.parametrize("seed", range(3))
def test_the_csv_pieces_hold_exactly_the_rows_of_the_whole_file(tmp_path, seed):
    rnd = random.Random(seed)
    for n in range(150):
        rows = ["id,名称,经度,纬度"] if rnd.random() < .9 else ["", "", "id,名称,经度,纬度"]
        for i in range(rnd.randint(1, 40)):
            if rnd.random() < 0.1:
                rows.append(rnd.choice(["", ",,,"]))
                continue
            r = [f"S{i}", rnd.choice(CELLS), str(121 + rnd.random()), str(37 + rnd.random())]
            if rnd.random() < .15:
                r[rnd.randrange(4)] = rnd.choice(CELLS)
            if rnd.random() < .05:
                r.append("")
            rows.append(",".join(r))
        path = tmp_path / f"t{seed}_{n}.csv"
        path.write_text("\n".join(rows) + ("\n" if rnd.random() < .5 else ""), encoding="utf-8")
        try:
            whole = read_table(path)
        except ReadFailure as exc:
            with pytest.raises(ReadFailure) as caught:
                list(iter_tables(path, rows=3))
            assert str(caught.value) == str(exc)
            continue
        parts = list(iter_tables(path, rows=rnd.randint(1, 5)))
        frame = pd.concat([t.frame for t in parts], ignore_index=True)
        assert frame.equals(whole.frame), path.read_text()
        assert np.concatenate([t.row_numbers for t in parts]).tolist() == \
            whole.row_numbers.tolist()
        defects, offset = [], 0
        for t in parts:
            defects += [(d.index + offset, d.field, d.value, d.reason) for d in t.defects]
            offset += len(t.frame)
        assert defects == [(d.index, d.field, d.value, d.reason) for d in whole.defects]
        assert sorted(x for t in parts for x in t.notes) == sorted(whole.notes)
