"""The plan's targets: the Weihai file against the SPEC table, user files in three formats,
errors that name file/entry/field, and evaluation against hand-built series (trend years
from the closed-form least-squares formulas) and against layers (plain counts)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from smartcity.processing import targets as tg


SPEC_ROWS = {
    # id: (indicator, value, due, kind)
    "bs_2020": ("bs_built", 1500, dt.date(2020, 12, 31), "level"),
    "bs_2022": ("bs_built", 5000, dt.date(2022, 12, 31), "level"),
    "keyplace_school_2020": ("keyplace_reach_pct_school", 100, dt.date(2020, 12, 31), "level"),
    "demo_scenarios_2020": ("demo_5g_n", 10, dt.date(2020, 12, 31), "level"),
    "smart_communities_yearly": ("community_smart_n", 100, dt.date(2022, 12, 31),
                                 "annual_increase"),
    "provincial_community_2021": ("community_provincial_pct", 30, dt.date(2021, 12, 31),
                                  "level"),
    "envmon_automated_2021": ("envmon_automated_pct", 80, dt.date(2021, 12, 31), "level"),
    "school_wireless_2021": ("school_wifi_pct", 70, dt.date(2021, 12, 31), "level"),
    "smart_campus_2021": ("smart_campus_pct", 60, dt.date(2021, 12, 31), "level"),
    "smart_farms_2022": ("smart_farm_n", 20, dt.date(2022, 12, 31), "level"),
    # 全覆盖: >= 99 % of built-up area, every town seat and enterprise (see the file)
    "builtup_urban_full_2022": ("cov_5g_builtup_pct_urban", 99, dt.date(2022, 12, 31),
                                "level"),
    "builtup_town_full_2022": ("cov_5g_builtup_pct_town", 99, dt.date(2022, 12, 31), "level"),
    "town_seats_full_2022": ("town_seat_reach_pct", 100, dt.date(2022, 12, 31), "level"),
    "enterprises_full_2022": ("enterprise_reach_pct", 100, dt.date(2022, 12, 31), "level"),
    "pipe_monitoring_rising": ("pipe_monitored_pct", 0, dt.date(2022, 12, 31),
                               "annual_increase"),
    "forest_watch_rising": ("forest_watch_pct", 0, dt.date(2022, 12, 31), "annual_increase"),
}


def test_weihai_file_holds_the_spec_table():
    targets = tg.load_targets()
    by_id = {t.id: t for t in targets}
    for ident, (indicator, value, due, kind) in SPEC_ROWS.items():
        t = by_id[ident]
        assert (t.indicator, t.value, t.due, t.kind) == (indicator, value, due, kind), ident
        assert t.label_zh and t.label_en
    categories = {t.indicator.rsplit("pct_", 1)[1] for t in targets
                  if t.indicator.startswith("keyplace_reach_pct_")}
    assert categories == {"government", "scenic", "business", "transport_hub", "school",
                          "hospital", "sports_venue"}
    assert by_id["pipe_monitoring_rising"].comparator == ">"
    assert all(t.comparator in (">=", ">") for t in targets)
    # every target of the plan names an indicator of the table
    assert [t.id for t in targets if not t.measured] == []


def _write_toml(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """
[[target]]
id = "a"
label_en = "A"
indicator = "bs_active"
value = 10
due = 2021-12-31
"""


@pytest.mark.parametrize("body, pattern", [
    (GOOD.replace('value = 10', 'value = "ten"'), r"target 1 \(id 'a'\): field 'value'"),
    (GOOD.replace('due = 2021-12-31', 'due = "2021-13-01"'), r"target 1 \(id 'a'\): field 'due'"),
    (GOOD.replace('indicator = "bs_active"', 'indicator = "bs_actve"'),
     r"field 'indicator': 'bs_actve'"),
    (GOOD.replace('label_en', 'lable_en'), r"unknown field\(s\) 'lable_en'"),
    (GOOD + GOOD, r"targets 1 and 2 both have id 'a'"),
    (GOOD.replace('id = "a"', ''), r"target 1: field 'id' is missing"),
    (GOOD.replace('value = 10', 'value = 10\nscope = "province"'), r"field 'scope'"),
    (GOOD.replace('value = 10', 'value = 10\ncomparator = "=>"'), r"field 'comparator'"),
    (GOOD + "[[target\n", r"is not valid TOML"),
    ("[plan]\nname_zh = 'x'\n", r"no targets found"),
])
def test_bad_files_name_file_entry_field(tmp_path, body, pattern):
    path = _write_toml(tmp_path / "plan.toml", body)
    with pytest.raises(tg.TargetsError, match=pattern) as info:
        tg.load_targets(path)
    assert str(path) in str(info.value)


def test_missing_file_and_unknown_suffix(tmp_path):
    with pytest.raises(tg.TargetsError, match="does not exist"):
        tg.load_targets(tmp_path / "nope.toml")
    other = tmp_path / "plan.yaml"
    other.write_text("x: 1")
    with pytest.raises(tg.TargetsError, match=r"\.toml, \.json or \.csv"):
        tg.load_targets(other)


def test_json_and_csv_load_like_toml(tmp_path):
    weihai = tg.load_targets()
    entries = []
    for t in weihai:
        e = {f: getattr(t, f) for f in tg.FIELDS}
        e["due"] = t.due.strftime("%Y年%m月%d日")  # Chinese date form, as a user would type
        e["since"] = t.since.strftime("%Y/%m/%d") if t.since else ""
        e["value"] = "" if math.isnan(t.value) else t.value
        entries.append(e)
    (tmp_path / "plan.json").write_text(json.dumps({"targets": entries}, ensure_ascii=False),
                                        encoding="utf-8")
    with open(tmp_path / "plan.csv", "w", newline="", encoding="gb18030") as fh:  # GBK Excel
        writer = csv.DictWriter(fh, fieldnames=list(tg.FIELDS))
        writer.writeheader()
        writer.writerows(entries)
    for name in ("plan.json", "plan.csv"):
        loaded = tg.load_targets(tmp_path / name)
        assert len(loaded) == len(weihai)
        for a, b in zip(loaded, weihai):
            for f in tg.FIELDS:
                va, vb = getattr(a, f), getattr(b, f)
                if f == "value" and math.isnan(vb):
                    assert math.isnan(va)
                else:
                    assert va == vb, (name, a.id, f)


def _series(values: dict[int, float], column: str, district_values=None) -> pd.DataFrame:
    """A hand-built indicator series: city row at each year-end, optionally two districts."""
    rows = []
    for year, v in values.items():
        day = pd.Timestamp(year, 12, 31)
        rows.append({"date": day, "district_code": "371000", "district_name": "威海市",
                     "level": "city", column: v})
        for code, series in (district_values or {}).items():
            rows.append({"date": day, "district_code": code, "district_name": code,
                         "level": "county", column: series[year]})
    return pd.DataFrame(rows)


def lsq_reach_year(points: dict[float, float], target: float):
    """Closed-form least squares (not numpy.polyfit): the year the line reaches ``target``."""
    n = len(points)
    mx = sum(points) / n
    my = sum(points.values()) / n
    sxy = sum((x - mx) * (y - my) for x, y in points.items())
    sxx = sum((x - mx) ** 2 for x in points)
    slope = sxy / sxx
    if slope <= 0:
        return None
    return math.floor(mx + (target - my) / slope)


def _x(year):  # 31 December as a decimal year
    return year + 364 / (366 if year % 4 == 0 else 365)


def test_level_target_actual_gap_due_and_trend():
    built = {2019: 200.0, 2020: 1320.0, 2021: 3581.0}
    series = _series(built, "bs_built")
    targets = tg.TargetSet(tuple(t for t in tg.load_targets() if t.id in ("bs_2020", "bs_2022")))
    out = tg.evaluate_targets(targets, series, dt.date(2021, 12, 31)).set_index("target_id")
    a = out.loc["bs_2020"]
    assert a["actual"] == 3581 and bool(a["met"]) and a["gap"] == 0
    assert a["actual_at_due"] == 1320 and not bool(a["met_by_due"])
    assert pd.isna(a["reach_year"])
    b = out.loc["bs_2022"]
    assert b["actual"] == 3581 and not bool(b["met"]) and b["gap"] == pytest.approx(1419)
    expected = lsq_reach_year({_x(y): v for y, v in built.items()}, 5000)
    assert b["reach_year"] == max(expected, 2022)  # 2021 has closed unmet: 2022 at the earliest
    assert pd.isna(b["actual_at_due"]) and pd.isna(b["met_by_due"])  # not due yet


def test_trend_never_promises_a_closed_year():
    """A trend crossing the value earlier in a year that ended unmet reaches it next year at the
    earliest; a mid-year as-of still has the rest of its own year."""
    assert tg.first_open_year(dt.date(2022, 12, 31)) == 2023
    assert tg.first_open_year(dt.date(2022, 6, 30)) == 2022
    assert tg.trend_reach_year([dt.date(2020, 12, 31), dt.date(2021, 12, 31)], [10, 90], 80,
                               ">=", 2022) == 2022
    series = _series({2019: 1000.0, 2020: 4000.0, 2021: 4990.0}, "bs_built")
    targets = tg.TargetSet(tuple(t for t in tg.load_targets() if t.id == "bs_2022"))
    late = tg.evaluate_targets(targets, series, dt.date(2021, 12, 31)).iloc[0]
    crossing = lsq_reach_year({_x(y): v for y, v in {2019: 1000.0, 2020: 4000.0,
                                                      2021: 4990.0}.items()}, 5000)
    assert crossing == 2021 and late["reach_year"] == 2022


def test_trend_none_when_flat_or_declining():
    assert tg.trend_reach_year([dt.date(2020, 12, 31), dt.date(2021, 12, 31)], [50, 50], 80,
                               ">=", 2021) is None
    assert tg.trend_reach_year([dt.date(2020, 12, 31), dt.date(2021, 12, 31)], [60, 50], 80,
                               ">=", 2021) is None
    assert tg.trend_reach_year([dt.date(2021, 12, 31)], [50], 80, ">=", 2021) is None


def test_annual_increase_and_not_measured_and_district_scope():
    base = tg.load_targets()
    yearly = next(t for t in base if t.id == "smart_communities_yearly")
    farms = next(t for t in base if t.id == "smart_farms_2022")
    farms = tg.Target(**{**farms.__dict__, "indicator": ""})  # a target this tool cannot measure
    env = next(t for t in base if t.id == "envmon_automated_2021")
    env_d = tg.Target(**{**env.__dict__, "id": "env_each", "scope": "district"})
    series = _series({2019: 10, 2020: 120, 2021: 190}, "community_smart_n")
    env_series = _series({2019: 40, 2020: 60, 2021: 85}, "envmon_automated_pct",
                         {"371002": {2019: 50, 2020: 90, 2021: 95},
                          "371003": {2019: 30, 2020: 40, 2021: 50}})
    series = series.merge(env_series, on=["date", "district_code", "district_name", "level"],
                          how="outer")
    out = tg.evaluate_targets(tg.TargetSet((yearly, farms, env, env_d)), series,
                              dt.date(2021, 12, 31))
    y = out[out["target_id"] == "smart_communities_yearly"].iloc[0]
    assert y["actual"] == 70 and y["gap"] == 30 and not bool(y["met"])
    assert "short in 2021" in y["note"]
    assert pd.isna(y["reach_year"])  # increments 110 then 70: declining
    f = out[out["target_id"] == "smart_farms_2022"].iloc[0]
    assert pd.isna(f["met"]) and f["note"] == tg.NOT_MEASURED and pd.isna(f["actual"])
    e = out[out["target_id"] == "envmon_automated_2021"].iloc[0]
    assert e["actual"] == 85 and bool(e["met"])
    each = out[out["target_id"] == "env_each"].set_index("district_code")
    assert list(each.index) == ["371002", "371003"]
    assert bool(each.loc["371002", "met"]) and not bool(each.loc["371003", "met"])
    expected = lsq_reach_year({_x(2019): 30, _x(2020): 40, _x(2021): 50}, 80)
    assert each.loc["371003", "reach_year"] == expected
    # the series from 2019 on; an increase met in 2021 but short in 2020 is not met
    short_before = _series({2019: 10, 2020: 60, 2021: 190}, "community_smart_n")
    out = tg.evaluate_targets(tg.TargetSet((yearly,)), short_before, dt.date(2021, 12, 31))
    assert not bool(out["met"].iloc[0]) and "short in 2020" in out["note"].iloc[0]


def test_missing_count_column_is_explained():
    series = _series({2020: 1.0}, "bs_active")
    with pytest.raises(ValueError, match="counts=True"):
        tg.evaluate_targets(tg.load_targets(), series, dt.date(2020, 12, 31))


def test_evaluate_from_layers_counts_stations(engine):
    """bs_built at the city from the layers equals a plain count of the station rows."""
    x0, y0 = 122.0, 37.2
    districts = gpd.GeoDataFrame({
        "code": ["371002", "371003"], "name": ["环翠区", "文登区"], "level": ["county"] * 2,
        "parent_code": ["371000"] * 2, "population": [100, 200]},
        geometry=[box(x0, y0, x0 + 0.1, y0 + 0.1), box(x0 + 0.1, y0, x0 + 0.2, y0 + 0.1)],
        crs=4490)
    built = [dt.date(2019, 5, 1)] * 3 + [dt.date(2020, 5, 1)] * 5 + [dt.date(2021, 5, 1)] * 9
    stations = gpd.GeoDataFrame({
        "station_id": [f"s{i}" for i in range(len(built))], "status": ["built"] * len(built),
        "built_date": pd.to_datetime(built), "coverage_radius_m": 200.0},
        geometry=[Point(x0 + 0.01 * (i % 19) + 0.005, y0 + 0.05) for i in range(len(built))],
        crs=4490)
    target = tg.Target(id="t", label_zh="基站", label_en="stations", indicator="bs_built",
                       comparator=">=", value=30, unit="", due=dt.date(2022, 12, 31))
    out = tg.evaluate_targets(tg.TargetSet((target,), series_from=2019),
                              {"districts": districts, "base_stations": stations},
                              dt.date(2021, 12, 31))
    row = out.iloc[0]
    assert row["actual"] == sum(1 for b in built if b <= dt.date(2021, 12, 31))
    assert not bool(row["met"])
    expected = lsq_reach_year({_x(2019): 3, _x(2020): 8, _x(2021): 17}, 30)
    assert row["reach_year"] == expected


def _level(ident: str, value: float, due: dt.date, indicator: str = "bs_built",
           comparator: str = ">=") -> tg.Target:
    return tg.Target(id=ident, label_zh=ident, label_en=ident, indicator=indicator,
                     comparator=comparator, value=value, unit="", due=due)


def test_status_of_level_targets_from_due_and_as_of_values():
    """Four targets on one series: met on time, met late, missed, not yet due; a target
    measured nowhere; one whose due date has no value (a rate with nothing to count)."""
    series = _series({2019: 100.0, 2020: 300.0, 2021: 600.0, 2022: 800.0}, "bs_built")
    series["envmon_automated_pct"] = [None, None, 70.0, 90.0]  # no points before 2021
    plan = tg.TargetSet((
        _level("on_time", 250, dt.date(2020, 12, 31)),
        _level("late", 500, dt.date(2020, 12, 31)),
        _level("missed", 900, dt.date(2021, 12, 31)),
        _level("not_yet", 1000, dt.date(2023, 12, 31)),
        tg.Target(id="farms", label_zh="智慧农场", label_en="farms", indicator="",
                  comparator=">=", value=20, unit="", due=dt.date(2020, 12, 31)),
        _level("no_value_at_due", 80, dt.date(2020, 12, 31), "envmon_automated_pct"),
        _level("at_or_below", 650, dt.date(2021, 12, 31), comparator="<="),
    ))
    out = tg.evaluate_targets(plan, series, dt.date(2022, 12, 31)).set_index("target_id")
    status = out["status"].to_dict()
    assert status == {"on_time": "met_on_time", "late": "met_late", "missed": "missed",
                      "not_yet": "in_progress", "farms": "not_measured",
                      "no_value_at_due": "no_data", "at_or_below": "met_on_time"}
    # the numbers beside the status: the value on the due date and the value now
    assert out.loc["late", "actual_at_due"] == 300 and out.loc["late", "actual"] == 800
    assert out.loc["missed", "actual_at_due"] == 600 and out.loc["missed", "actual"] == 800
    assert pd.isna(out.loc["not_yet", "actual_at_due"]) and out.loc["not_yet", "actual"] == 800
    assert out.loc["on_time", "at_due_date"] == pd.Timestamp(2020, 12, 31)
    assert (out.loc["late", "status_zh"], out.loc["late", "status_en"]) == ("逾期达成", "met late")
    assert (out.loc["missed", "status_zh"], out.loc["missed", "status_en"]) == ("未达成", "missed")
    assert out.loc["farms", "status_zh"] == "未测算"
    assert "no value on the due date" in out.loc["no_value_at_due", "note"]
    # met on its due date, above it now: still met on time (the value now says so beside it)
    assert not bool(out.loc["at_or_below", "met"])
    # on the due date itself a target is decided: met on time, or missed
    on_due = tg.evaluate_targets(plan, series, dt.date(2021, 12, 31)).set_index("target_id")
    assert on_due.loc["missed", "status"] == "missed"
    assert on_due.loc["late", "status"] == "met_late"


@pytest.mark.parametrize("met_by_due, met, as_of, kind, want", [
    (True, True, dt.date(2022, 1, 1), "level", "met_on_time"),
    (True, False, dt.date(2022, 1, 1), "level", "met_on_time"),  # met on time, fell back later
    (False, True, dt.date(2022, 1, 1), "level", "met_late"),
    (False, False, dt.date(2022, 1, 1), "level", "missed"),
    (False, pd.NA, dt.date(2022, 1, 1), "level", "missed"),
    (pd.NA, True, dt.date(2021, 6, 30), "level", "in_progress"),
    (pd.NA, False, dt.date(2021, 6, 30), "level", "in_progress"),
    (pd.NA, True, dt.date(2022, 1, 1), "level", "no_data"),
    (pd.NA, False, dt.date(2022, 1, 1), "level", "missed"),
    (False, True, dt.date(2021, 6, 30), "annual_increase", "missed"),  # a past year fell short
    (False, True, dt.date(2023, 1, 1), "annual_increase", "missed"),  # never made up later
    (True, False, dt.date(2023, 1, 1), "annual_increase", "met_on_time"),
    (pd.NA, True, dt.date(2021, 6, 30), "annual_increase", "in_progress"),
])
def test_target_status_rule(met_by_due, met, as_of, kind, want):
    assert tg.target_status(kind, dt.date(2021, 12, 31), as_of, met_by_due, met) == want
    assert tg.target_status(kind, dt.date(2021, 12, 31), as_of, met_by_due, met,
                            measured=False) == "not_measured"


def test_status_of_yearly_targets():
    """+100 a year from 2020 to 2022: met every year (on time, whatever 2023 does); short in
    2021 (missed from the end of 2021 on, not made up by a big 2022); and before the due
    date, in progress while every ended year met it."""
    base = tg.load_targets()
    yearly = next(t for t in base if t.id == "smart_communities_yearly")
    rising = next(t for t in base if t.id == "pipe_monitoring_rising")
    good = _series({2019: 0, 2020: 120, 2021: 230, 2022: 350, 2023: 360}, "community_smart_n")
    out = tg.evaluate_targets(tg.TargetSet((yearly,)), good, dt.date(2023, 12, 31)).iloc[0]
    assert out["status"] == "met_on_time" and out["actual"] == 10  # 2023 is after the period
    assert out["actual_at_due"] == 110 and out["at_due_date"] == pd.Timestamp(2021, 12, 31)
    # the same when the trend starts late (the dashboard looks back one year only)
    late_start = tg.evaluate_targets(tg.TargetSet((yearly,)), good, dt.date(2023, 12, 31),
                                     start_year=2022).iloc[0]
    assert late_start["status"] == "met_on_time" and late_start["actual_at_due"] == 110
    mid = tg.evaluate_targets(tg.TargetSet((yearly,)), good, dt.date(2021, 12, 31)).iloc[0]
    assert mid["status"] == "in_progress" and pd.isna(mid["actual_at_due"])

    short = _series({2019: 0, 2020: 110, 2021: 180, 2022: 400}, "community_smart_n")
    for day in (dt.date(2021, 12, 31), dt.date(2022, 12, 31)):
        row = tg.evaluate_targets(tg.TargetSet((yearly,)), short, day).iloc[0]
        assert row["status"] == "missed", day
        assert row["actual_at_due"] == 70 and row["at_due_date"] == pd.Timestamp(2021, 12, 31)
        assert "short in 2021" in row["note"]

    flat = _series({2019: 10.0, 2020: 12.0, 2021: 12.0, 2022: 15.0}, "pipe_monitored_pct")
    row = tg.evaluate_targets(tg.TargetSet((rising,)), flat, dt.date(2022, 12, 31)).iloc[0]
    assert row["status"] == "missed" and row["actual_at_due"] == 0  # flat in 2021
    up = _series({2019: 10.0, 2020: 12.0, 2021: 13.0, 2022: 15.0}, "pipe_monitored_pct")
    row = tg.evaluate_targets(tg.TargetSet((rising,)), up, dt.date(2022, 12, 31)).iloc[0]
    assert row["status"] == "met_on_time" and row["actual_at_due"] == 1  # the weakest year
