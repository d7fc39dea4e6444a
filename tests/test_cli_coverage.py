"""``smartcity coverage / series / targets`` through click's CliRunner on a real project store.

The numbers are checked against plain counts of the rows written into the store (stations
active or built on the date), against the core functions run in-process (the CLI must be a
thin adapter), and the files against independent readers (csv module with ``utf-8-sig``,
pyogrio, json).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from shapely.geometry import Point, box

from smartcity.standalone.cli import cli


X0, Y0 = 122.0, 37.2
STATION_DATES = [  # (built, opened, retired)
    ("2019-06-01", "2019-08-01", None), ("2020-03-01", "2020-05-01", None),
    ("2020-03-01", None, None), ("2021-02-01", "2021-04-01", None),
    ("2019-01-01", "2019-03-01", "2021-06-01"), ("2021-10-01", "2022-02-01", None),
    ("2020-07-01", "2020-09-01", None), ("2021-01-05", "2021-03-05", None),
]


@pytest.fixture
def store(tmp_path, engine):
    from smartcity.layers.store import create_store

    path = tmp_path / "weihai.gpkg"
    st = create_store(path)
    a = box(X0, Y0, X0 + 0.1, Y0 + 0.1)
    b = box(X0 + 0.1, Y0, X0 + 0.2, Y0 + 0.1)
    z = box(X0 + 0.02, Y0 + 0.02, X0 + 0.05, Y0 + 0.05)
    st.write("districts", pd.DataFrame({
        "code": ["371002", "371003", "371071"], "name": ["环翠区", "文登区", "火炬高技术产业开发区"],
        "level": ["county", "county", "zone"], "parent_code": ["371000", "371000", "371002"],
        "population": [800_000, 500_000, 100_000]}), [a, b, z], source="test")
    pts = [Point(X0 + 0.012 + 0.022 * i, Y0 + 0.03 + 0.005 * i) for i in range(len(STATION_DATES))]
    st.write("base_stations", pd.DataFrame({
        "station_id": [f"WH{i:03d}" for i in range(len(pts))],
        "name": [f"基站{i}" for i in range(len(pts))],
        "status": ["active" if s[1] else "built" for s in STATION_DATES],
        "band": ["n78"] * len(pts), "scene": ["urban"] * len(pts),
        "coverage_radius_m": [400.0] * len(pts),
        "built_date": [s[0] for s in STATION_DATES], "opened_date": [s[1] for s in STATION_DATES],
        "retired_date": [s[2] for s in STATION_DATES]}), pts, source="test")
    st.write("communities", pd.DataFrame({
        "community_id": ["C1", "C2", "C3"], "name": ["华夏社区", "海滨社区", "文登社区"],
        "star_rating": [2, 0, 1], "rated_date": ["2020-06-01", None, "2021-06-01"],
        "provincial_smart": [True, False, False], "provincial_date": ["2021-01-01", None, None]}),
        [Point(X0 + 0.03, Y0 + 0.03), Point(X0 + 0.07, Y0 + 0.07), Point(X0 + 0.15, Y0 + 0.05)],
        source="test")
    st.write("key_places", pd.DataFrame({"place_id": ["K1", "K2"], "name": ["一中", "市立医院"],
                                         "category": ["school", "hospital"]}),
             [pts[0], Point(X0 + 0.19, Y0 + 0.09)], source="test")
    st.close()
    return path


def plain_counts(day: dt.date) -> tuple[int, int]:
    """Stations active / built on ``day`` in the whole city, counted from STATION_DATES."""
    def on(text):
        return text is not None and dt.date.fromisoformat(text) <= day

    active = sum(on(o) and not on(r) for _, o, r in STATION_DATES)
    built = sum((on(b) or on(o)) and not on(r) for b, o, r in STATION_DATES)
    return active, built


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def test_coverage_csv_json_gpkg_and_terminal(store, tmp_path):
    from smartcity.processing.indicators import TABLE_COLUMNS, compute_indicators

    day = dt.date(2021, 12, 31)
    out_csv = tmp_path / "c.csv"
    result = run("coverage", store, "--as-of", "2021-12-31", "-o", out_csv)
    assert result.exit_code == 0, result.output
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == list(TABLE_COLUMNS)
    assert [r["district_name"] for r in rows] == ["环翠区", "文登区", "威海市"]  # city named from GB/T 2260
    city = rows[-1]
    assert city["level"] == "city"
    active, built = plain_counts(day)
    assert int(city["bs_active"]) == active and int(city["bs_built"]) == built
    # the CLI is a thin adapter: same numbers as the core run in-process
    core, _ = compute_indicators(store, day)
    for row, (_, expected) in zip(rows, core.iterrows()):
        for col in ("area_km2", "cov_5g_area_pct", "bs_per_10k_pop", "community_smart_pct"):
            got = row[col]
            if pd.isna(expected[col]):
                assert got == ""
            else:
                assert float(got) == pytest.approx(float(expected[col]), rel=1e-9)

    out_json = tmp_path / "c.json"
    assert run("coverage", store, "--as-of", "2021/12/31", "-o", out_json).exit_code == 0
    records = json.loads(out_json.read_text(encoding="utf-8"))
    assert records[0]["district_name"] == "环翠区"
    assert records[0]["cov_5g_pop_pct"] is None  # NaN -> null
    assert records[-1]["bs_active"] == active

    out_gpkg = tmp_path / "c.gpkg"
    assert run("coverage", store, "--as-of", "20211231", "--level", "all",
               "-o", out_gpkg).exit_code == 0
    assert sorted(name for name, _ in pyogrio.list_layers(out_gpkg)) == ["coverage", "districts"]
    districts = pyogrio.read_dataframe(out_gpkg, layer="districts")
    cover = pyogrio.read_dataframe(out_gpkg, layer="coverage")
    assert districts.crs.to_epsg() == 4490 and cover.crs.to_epsg() == 4490
    assert list(districts["district_code"]) == ["371002", "371003", "371071", "371000"]
    assert set(TABLE_COLUMNS) <= set(districts.columns)
    city_poly = districts.geometry.iloc[-1]
    union = shapely.union_all([box(X0, Y0, X0 + 0.1, Y0 + 0.1),
                               box(X0 + 0.1, Y0, X0 + 0.2, Y0 + 0.1)])
    assert city_poly.symmetric_difference(union).area < 1e-12
    # coverage polygons lie inside their district
    for code, geom in zip(cover["district_code"], cover.geometry):
        poly = districts.set_index("district_code").geometry[code]
        assert geom.difference(poly.buffer(1e-7)).area < 1e-12

    result = run("coverage", store, "--as-of", "2021年12月31日", "--format", "table")
    assert result.exit_code == 0
    assert "环翠区" in result.stdout and "bs_active" in result.stdout
    assert "5G基站" in result.stdout


def test_series_and_targets(store, tmp_path):
    out = tmp_path / "s.csv"
    result = run("series", store, "--from", 2019, "--to", 2022, "-o", out)
    assert result.exit_code == 0, result.output
    series = pd.read_csv(out, encoding="utf-8-sig", dtype={"district_code": str})
    assert sorted(series["date"].unique()) == [f"{y}-12-31" for y in range(2019, 2023)]
    city = series[series["level"] == "city"].set_index("date")
    for year in range(2019, 2023):
        active, built = plain_counts(dt.date(year, 12, 31))
        assert city.loc[f"{year}-12-31", "bs_active"] == active
        assert city.loc[f"{year}-12-31", "bs_built"] == built

    quarters = tmp_path / "q.json"
    assert run("series", store, "--from", 2021, "--to", 2021, "--step", "quarter",
               "-o", quarters).exit_code == 0
    dates = sorted({r["date"] for r in json.loads(quarters.read_text(encoding="utf-8"))})
    assert dates == ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]

    plan = tmp_path / "plan.toml"
    plan.write_text('[plan]\nseries_from = 2019\n[[target]]\nid = "bs"\nlabel_zh = "基站"\n'
                    'indicator = "bs_built"\nvalue = 20\ndue = 2022-12-31\n'
                    '[[target]]\nid = "farms"\nlabel_zh = "智慧农场"\nvalue = 20\n'
                    'due = 2022-12-31\n', encoding="utf-8")
    out = tmp_path / "t.json"
    result = run("targets", store, "--targets", plan, "--as-of", "2021-12-31", "-o", out)
    assert result.exit_code == 0, result.output
    rows = {r["target_id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    _, built = plain_counts(dt.date(2021, 12, 31))
    assert rows["bs"]["actual"] == built and rows["bs"]["met"] is False
    assert rows["bs"]["gap"] == 20 - built
    assert rows["farms"]["met"] is None and rows["farms"]["note"] == "not measured by this tool"

    result = run("targets", store, "--as-of", "2021-12-31")  # Weihai's plan, on the terminal
    assert result.exit_code == 0, result.output
    assert "bs_2020" in result.stdout and "智慧" in result.stdout


def _cells(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(line)


@pytest.mark.parametrize("width", [80, 120])
def test_every_table_fits_the_terminal(store, sample_store, width):
    """coverage, series and targets at 80 and 120 columns: no line wider than the terminal,
    every place and indicator still there (places continue in a second table), the targets'
    left-out columns named with the way to see them."""
    from smartcity.processing.indicators import compute_indicators

    def table(*args):
        result = CliRunner().invoke(cli, [str(a) for a in [*args, "--format", "table"]],
                                    env={"COLUMNS": str(width)}, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines and max(_cells(line) for line in lines) <= width, (args, width)
        return result.stdout

    out = table("coverage", store, "--as-of", "2021-12-31", "--level", "all")
    core, _ = compute_indicators(store, dt.date(2021, 12, 31), level="all")
    for code in core["district_code"]:
        assert code in out
    for column in ("bs_active", "cov_5g_area_pct", "community_smart_pct"):
        assert column in out
    active, _ = plain_counts(dt.date(2021, 12, 31))
    assert re.search(rf"bs_active\b.*\s{active}(\s|$)", out)  # the city's count, unbroken

    # (the Weihai sample's counties: a place without any value of an indicator, as this
    # store's districts or the sample's zones have, still breaks the series table, a bug of
    # its own that is being fixed apart)
    out = table("series", sample_store, "--from", 2019, "--to", 2022)
    for year in range(2019, 2023):
        assert f"{year}-12-31" in out
    for name in ("环翠区", "文登区", "荣成市", "乳山市", "威海市"):
        assert name in out

    out = table("targets", store, "--as-of", "2021-12-31")
    for header in ("期限日值", "现状", "目标值", "状态"):
        assert header in out  # never left out: the status with both values beside it
    assert "按期达成" in out and "未达成" in out
    if width == 80:
        assert "Left out to fit the terminal (80 columns)" in out
        assert "--format csv" in out and "为适应终端宽度" in out


def test_print_table_wraps_only_the_label_column():
    from rich.console import Console

    from smartcity.standalone.output import print_table

    label = "城市建成区、乡镇驻地等城乡重点区域和有应用需求的企业实现5G网络服务全覆盖"
    frame = pd.DataFrame({"label": [label, "短"], "due": ["2022-12-31"] * 2,
                          "value": ["1,234,567个", "87.5%"], "note": ["x" * 30, ""],
                          "id": ["builtup_full_2022", "b"]})
    for width in (60, 80, 120):
        console = Console(width=width, record=True, highlight=False, soft_wrap=False)
        left = print_table(frame, console=console, label="label", optional=["id", "note"],
                           headers={"label": "目标 target", "due": "期限 due",
                                    "value": "现状 as of", "note": "说明 note", "id": "编号 id"})
        text = console.export_text()
        lines = text.splitlines()
        assert max(_cells(line) for line in lines) <= width
        for cell in ("2022-12-31", "1,234,567个", "87.5%"):
            assert cell in text, (width, cell)  # never folded
        assert "".join(line.split()[0] for line in lines
                       if line and line.split()[0][0] in label and line.split()[0] in label
                       ).startswith(label[:20])  # the label, wrapped, reads in order
        shown_note = "x" * 30 in text
        assert shown_note == ("note" not in left)
        if left:
            assert "Left out to fit the terminal" in text
    # places side by side continue in further tables: nothing is left out
    wide = pd.DataFrame({"date": ["2021-12-31"],
                         **{f"区县{i}\n3710{i:02d}": [1000.5 + i] for i in range(12)}})
    console = Console(width=80, record=True, highlight=False, soft_wrap=False)
    assert print_table(wide, console=console, keys=("date",), split=True, title="t") == []
    text = console.export_text()
    assert max(_cells(line) for line in text.splitlines()) <= 80
    for i in range(12):
        assert f"3710{i:02d}" in text and f"{1000.5 + i:,.2f}" in text
    assert "t (1/" in text and text.count("2021-12-31") >= 2


@pytest.mark.parametrize("command", [["coverage"], ["series", "--from", "2020", "--to", "2021"],
                                     ["targets"]])
def test_format_csv_and_json_on_stdout_equal_the_files(store, tmp_path, command, cli_runner):
    name, *rest = command
    base = [name, str(store), *rest]
    for fmt in ("csv", "json"):
        printed = cli_runner.invoke(cli, [*base, "--format", fmt], catch_exceptions=False)
        assert printed.exit_code == 0, printed.output
        out = tmp_path / f"{name}.{fmt}"
        assert cli_runner.invoke(cli, [*base, "-o", str(out)]).exit_code == 0
        if fmt == "csv":
            assert printed.stdout == out.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        else:
            assert json.loads(printed.stdout) == json.loads(out.read_text(encoding="utf-8"))
    result = cli_runner.invoke(cli, [*base, "--format", "json", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "give one of them" in result.stderr


@pytest.mark.parametrize("args, code, words", [
    (["coverage", "{store}", "--as-of", "2021-02-30"], 2, "not a real date"),
    (["coverage", "{store}", "--as-of", "12/31/2021"], 2, "known form"),
    (["coverage", "{store}", "-o", "{tmp}/out.xlsx"], 2, "extension"),
    (["coverage", "{store}", "-o", "{store}"], 2, "store itself"),
    (["coverage", "{tmp}/missing.gpkg"], 1, "does not exist"),
    (["coverage", "{store}", "--level", "province"], 2, "province"),
    (["series", "{store}", "--from", "2022", "--to", "2020"], 2, "before --from"),
    (["targets", "{store}", "--targets", "{tmp}/bad.toml"], 2, "field 'value'"),
    (["coverage", "{store}", "--radius-table", "{tmp}/nope.csv"], 2, "does not exist"),
])
def test_bad_input_is_a_sentence(store, tmp_path, args, code, words):
    (tmp_path / "bad.toml").write_text('[[target]]\nid = "x"\nlabel_en = "x"\n'
                                       'indicator = "bs_active"\nvalue = "many"\n'
                                       'due = 2021-12-31\n', encoding="utf-8")
    args = [a.format(store=store, tmp=tmp_path) for a in args]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, result.output
    assert words in result.output
    assert "Traceback" not in result.output


def test_help_has_examples():
    for command in ("coverage", "series", "targets"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.output and f"smartcity {command}" in result.output
