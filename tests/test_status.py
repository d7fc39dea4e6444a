"""A target's status, the same everywhere it is shown: the ``targets`` table, the report's PDF
and HTML, the map sheets' key figures and the QGIS dashboard.

A small store whose stations were built year by year, and a plan written for it with one
target met on time, one met late, one missed, one not yet due and one the tool cannot
measure.  Oracle: plain counts of the station rows built by each date (not the engine), and
the statuses those counts mean, written out here: met on time when the count on the due
date reaches the value, met late when only the count on the report's date does, missed when
neither does, in progress before the due date.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from shapely.geometry import Point, box

from smartcity.standalone.cli import cli

from . import test_maps as _h  # the PDF helpers (pdftotext) live there

X0, Y0 = 122.0, 37.2
AS_OF = dt.date(2022, 12, 31)
BUILT = {2019: 2, 2020: 3, 2021: 4, 2022: 3}  # stations built in each year
WORDS = {"met_on_time": ("按期达成", "met on time"), "met_late": ("逾期达成", "met late"),
         "missed": ("未达成", "missed"), "in_progress": ("进行中", "in progress"),
         "not_measured": ("未测算", "not measured")}

# id: (label, value, due)
TARGETS = {
    "on_time": ("按期目标基站", 4, dt.date(2020, 12, 31)),
    "late": ("逾期目标基站", 8, dt.date(2020, 12, 31)),
    "missed": ("未达目标基站", 20, dt.date(2021, 12, 31)),
    "open": ("未到期目标基站", 15, dt.date(2023, 12, 31)),
}
PLAN = """[plan]
name_zh = "测试市三年行动计划"
name_en = "Test city plan"
series_from = 2019
""" + "".join(f"""
[[target]]
id = "{ident}"
label_zh = "{label}"
label_en = "stations {ident}"
indicator = "bs_built"
value = {value}
unit = "个 stations"
due = {due.isoformat()}
""" for ident, (label, value, due) in TARGETS.items()) + """
[[target]]
id = "farms"
label_zh = "智慧农场目标"
label_en = "smart farms"
indicator = ""
value = 20
unit = "个 sites"
due = 2021-12-31
"""


def built_dates() -> list[dt.date]:
    return [dt.date(year, 3 + i, 1) for year, n in BUILT.items() for i in range(n)]


def built_by(day: dt.date) -> int:
    """Stations built by ``day``: a plain count of the rows written into the store."""
    return sum(1 for d in built_dates() if d <= day)


def expected_status(ident: str, as_of: dt.date = AS_OF) -> str:
    _, value, due = TARGETS[ident]
    if as_of < due:
        return "in_progress"
    if built_by(due) >= value:
        return "met_on_time"
    return "met_late" if built_by(as_of) >= value else "missed"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from smartcity.layers.store import create_store

    folder = tmp_path_factory.mktemp("status")
    path = folder / "city.gpkg"
    st = create_store(path)
    a = box(X0, Y0, X0 + 0.1, Y0 + 0.1)
    b = box(X0 + 0.1, Y0, X0 + 0.2, Y0 + 0.1)
    st.write("districts", pd.DataFrame({
        "code": ["371002", "371003"], "name": ["环翠区", "文登区"], "level": ["county"] * 2,
        "parent_code": ["371000"] * 2, "population": [800_000, 500_000]}), [a, b],
        source="test")
    dates = built_dates()
    pts = [Point(X0 + 0.01 + 0.015 * i, Y0 + 0.05) for i in range(len(dates))]
    st.write("base_stations", pd.DataFrame({
        "station_id": [f"S{i:03d}" for i in range(len(dates))],
        "name": [f"基站{i}" for i in range(len(dates))], "status": ["built"] * len(dates),
        "band": ["n78"] * len(dates), "scene": ["urban"] * len(dates),
        "coverage_radius_m": [400.0] * len(dates),
        "built_date": [d.isoformat() for d in dates]}), pts, source="test")
    st.close()
    plan = folder / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    return path, plan


def test_the_plan_has_all_four_statuses():
    assert {expected_status(i) for i in TARGETS} == {"met_on_time", "met_late", "missed",
                                                     "in_progress"}


def test_engine_status_and_values(store):
    from smartcity.processing.targets import evaluate_targets

    path, plan = store
    ev = evaluate_targets(plan, path, AS_OF).set_index("target_id")
    for ident, (_, _, due) in TARGETS.items():
        row = ev.loc[ident]
        assert row["status"] == expected_status(ident), ident
        assert (row["status_zh"], row["status_en"]) == WORDS[row["status"]]
        assert row["actual"] == built_by(AS_OF)
        if due <= AS_OF:
            assert row["actual_at_due"] == built_by(due), ident
        else:
            assert pd.isna(row["actual_at_due"])
    assert ev.loc["farms", "status"] == "not_measured"


def _norm(text: str) -> str:
    """NFKC without white space, as the PDF text helper gives it."""
    return unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))


def _plain_lines(text: str) -> list[str]:
    return [re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", line) for line in text.splitlines()]


def _row_pattern(ident: str) -> str:
    """What the row of target ``ident`` must say, in order: label (its first four characters:
    a narrow table wraps the rest onto the next line), value on the due date (未到期 before
    it), value now, status."""
    label, _, due = TARGETS[ident]
    at_due = f"{built_by(due)}个" if due <= AS_OF else "未到期"
    return (f"{label[:4]}.*{re.escape(at_due)}.*{built_by(AS_OF)}个.*"
            f"{WORDS[expected_status(ident)][0]}")


@pytest.mark.parametrize("width", [80, 120])
def test_cli_table_says_each_status_beside_both_values(store, width):
    from rich.cells import cell_len

    path, plan = store
    result = CliRunner().invoke(cli, ["targets", str(path), "--targets", str(plan), "--as-of",
                                      AS_OF.isoformat(), "--format", "table"],
                                env={"COLUMNS": str(width)}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = _plain_lines(result.stdout)
    assert max(cell_len(line) for line in lines) <= width
    for ident in TARGETS:
        assert any(re.search(_row_pattern(ident), line) for line in lines), (ident, lines)
    assert any(re.search(r"智慧农场目标.*未测算", line) for line in lines)
    for zh, _ in WORDS.values():
        assert zh in result.stdout


def test_cli_json_and_csv_carry_the_status(store, tmp_path, cli_runner):
    import csv
    import io

    path, plan = store
    base = ["targets", str(path), "--targets", str(plan), "--as-of", AS_OF.isoformat()]
    result = cli_runner.invoke(cli, [*base, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = {r["target_id"]: r for r in json.loads(result.stdout)}
    for ident, (_, _, due) in TARGETS.items():
        assert rows[ident]["status"] == expected_status(ident)
        assert rows[ident]["actual_at_due"] == (built_by(due) if due <= AS_OF else None)
    # without --format off a terminal: CSV on stdout, the same rows as -o FILE.csv writes
    result = cli_runner.invoke(cli, base, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    printed = list(csv.DictReader(io.StringIO(result.stdout)))
    out = tmp_path / "t.csv"
    assert cli_runner.invoke(cli, [*base, "-o", str(out)]).exit_code == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        written = list(csv.DictReader(fh))
    assert printed == written
    assert {r["target_id"]: r["status"] for r in printed}["late"] == "met_late"
    # -o and --format together is a usage error, before any work
    result = cli_runner.invoke(cli, [*base, "--format", "json", "-o", str(out)])
    assert result.exit_code == 2 and "give one of them" in result.stderr


@pytest.fixture(scope="module")
def report(store, tmp_path_factory):
    path, plan = store
    out = tmp_path_factory.mktemp("status-report") / "report.pdf"
    result = CliRunner().invoke(cli, ["report", str(path), "--targets", str(plan), "--as-of",
                                      AS_OF.isoformat(), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, out.with_suffix(".html")


def test_report_pdf_says_each_status_beside_both_values(report):
    text = _h.pdf_text(report[0])  # pdftotext -layout: one table row per line
    lines = text.splitlines()
    for ident in TARGETS:
        assert any(re.search(_row_pattern(ident), line) for line in lines), ident
    compact = re.sub(r"\s+", "", text)  # NFKC already: ，→ , （→ (
    # the summary counts each status and names the targets missed and met late
    assert _norm("按期达成1项，逾期达成1项，未达成1项，进行中1项") in compact
    late, missed = TARGETS["late"], TARGETS["missed"]
    assert _norm(f"{late[0]}：逾期达成，期限（2020年12月31日）时{built_by(late[2])}个，"
                 f"统计日{built_by(AS_OF)}个") in compact
    assert _norm(f"{missed[0]}：未达成，期限（2021年12月31日）时{built_by(missed[2])}个，"
                 f"统计日{built_by(AS_OF)}个") in compact
    assert "已达成" not in compact  # the old, untrue word


def test_report_html_says_each_status_beside_both_values(report):
    text = report[1].read_text(encoding="utf-8")
    rows = [re.sub(r"<[^>]+>", "|", m) for m in re.findall(r"<tr>.*?</tr>", text, re.S)]
    rows = [html_lib.unescape(r) for r in rows]
    for ident in TARGETS:
        label, _, due = TARGETS[ident]
        row = next(r for r in rows if f"|{label}|" in r)
        cells = [c for c in row.split("|") if c]
        at_due = f"{built_by(due)}个" if due <= AS_OF else "未到期"
        assert cells[2:4] == [at_due, f"{built_by(AS_OF)}个"], (ident, cells)
        assert cells[6] == WORDS[expected_status(ident)][0]
        assert f"class='{expected_status(ident)}'" in text
    # the English summary, sentence by sentence (no Chinese inside it)
    english = re.findall(r"<span class='muted'>(.*?)</span>", text)
    assert any(s.startswith("stations late: met late, 5 stations on its due date 2020-12-31")
               for s in english), english
    assert any(s.startswith("stations missed: missed, 9 stations on its due date") for s in english)
    summary = next(s for s in english if s.startswith("As of"))
    assert "1 met on time, 1 met late, 1 missed, 1 in progress" in summary
    for s in english:
        if s.startswith(("As of", "stations", "Met on time")):
            assert not re.search(r"[\u4e00-\u9fff]", s), s


def test_map_sheet_key_figures_show_target_and_status(store, tmp_path):
    from smartcity.processing.maps.sheetdata import build_map_data, key_figures

    path, plan = store
    data = build_map_data(path, AS_OF, targets=plan)
    figures = {f.label: f for f in key_figures(data, data.city.iloc[0],
                                               ["bs_built", "bs_active"])}
    built = figures["5G基站(建成)"]
    # the target due next (15 by 2023, in progress) beside the value, and its status
    assert built.value == f"{built_by(AS_OF)} / 目标 15"
    assert built.status == "in_progress" and built.detail == "进行中 · 期限 2023-12-31"
    assert figures["5G基站(开通)"].detail == ""  # no target names it
    # a year earlier the next one due is the one then in progress: 20 by 2021-12-31
    early = build_map_data(path, dt.date(2021, 6, 30), targets=plan)
    f = key_figures(early, early.city.iloc[0], ["bs_built"])[0]
    assert f.value == f"{built_by(dt.date(2021, 6, 30))} / 目标 20"
    assert f.status == "in_progress"
    # once they are all due, the last one due, with its status and due-date value
    late = build_map_data(path, dt.date(2024, 1, 1), targets=plan)
    f = key_figures(late, late.city.iloc[0], ["bs_built"])[0]
    assert f.value == f"{built_by(AS_OF)} / 目标 15" and f.status == "missed"
    assert f.detail == f"未达成 · 期限 2023-12-31：{built_by(dt.date(2023, 12, 31))}"


@pytest.mark.parametrize("renderer", ["matplotlib", pytest.param("qgis", marks=pytest.mark.qgis)])
def test_map_sheet_pdf_prints_them(store, tmp_path, renderer, request):
    if renderer == "qgis":
        request.getfixturevalue("qgis_app")
    path, plan = store
    result = CliRunner().invoke(cli, ["mapsheet", str(path), "--as-of", AS_OF.isoformat(),
                                      "--district", "city", "--targets", str(plan),
                                      "--renderer", renderer, "-o", str(tmp_path)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pdf = Path(result.stdout.strip().splitlines()[-1])
    compact = re.sub(r"\s+", "", _h.pdf_text(pdf))
    assert f"5G基站(建成){built_by(AS_OF)}/目标15" in compact
    assert "进行中·期限2023-12-31" in compact


@pytest.mark.qgis
def test_dashboard_shows_the_same_statuses(qgis_app, store, tmp_path):
    import shutil

    from qgis.PyQt.QtCore import QDate

    from smartcity.qgis_common.compat import user_role
    from smartcity.plugin.dashboard import STATUS_COLUMN, DashboardDock

    path, plan = store
    copy = tmp_path / "city.gpkg"
    shutil.copy(path, copy)
    dock = DashboardDock(None)
    dock.follow.setChecked(False)
    dock.date_edit.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    dock.set_targets(str(plan))
    dock.set_stores([str(copy)])
    dock.refresh()
    dock.wait()  # computed in a QgsTask
    shown = {}
    for i in range(dock.table.rowCount()):
        label, second = dock.table.item(i, 0).text().split("\n")
        status = dock.table.item(i, STATUS_COLUMN)
        shown[label] = (status.data(user_role()), status.text(), second.split(" · "))
    for ident, (_, _, due) in TARGETS.items():
        code, words, parts = shown[f"stations {ident}"]  # English label: the dock speaks English
        assert code == expected_status(ident), ident
        assert words == WORDS[code][1]
        at_due = f"{built_by(due)} stations" if due <= AS_OF else "not yet due"
        assert parts[1] == f"at due {at_due}"
        assert parts[0] == f"now {built_by(AS_OF)} stations"
    assert shown["smart farms"][0] == "not_measured"
    summary = dock.summary.text()
    assert "1 met on time, 1 met late, 1 missed, 1 in progress, of 4 measured" in summary
    dock.deleteLater()
