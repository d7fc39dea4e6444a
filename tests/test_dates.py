"""Date forms from Chinese spreadsheets, and the active-at-date rule."""

import datetime as dt

import pandas as pd
import pytest

from smartcity.layers.dates import parse_date, parse_optional_date
from smartcity.layers.lifecycle import active_mask, lifecycle


@pytest.mark.parametrize("text", ["2021-03-05", "2021/3/5", "2021年3月5日", "20210305",
                                  "2021.03.05", " 2021 年 3 月 5 日 ", "2021-03-05 08:30:00",
                                  "20210305.0", dt.datetime(2021, 3, 5, 8), pd.Timestamp("2021-03-05")])
def test_all_forms_give_the_same_day(text):
    assert parse_date(text) == dt.date(2021, 3, 5)


@pytest.mark.parametrize("text", ["2021-02-30", "2021-13-01", "03/05/2021", "abc", "2021年",
                                  "210305"])
def test_impossible_or_ambiguous_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_empty_cells():
    for empty in (None, "", "  ", float("nan"), pd.NaT, "NULL"):
        assert parse_optional_date(empty) is None


def test_active_mask_boundaries():
    rule = lifecycle("manholes")  # a layer whose undated start means "always there"
    frame = pd.DataFrame({
        rule.start: pd.to_datetime(pd.Series(["2020-01-01", "2020-01-01", None, "2021-01-01"])),
        rule.end: pd.to_datetime(pd.Series([None, "2020-06-01", "2020-06-01", None]))})
    day = dt.date(2020, 6, 1)
    # active when start <= D and (no end or D < end): retired ON the day is no longer active
    assert active_mask(frame, "manholes", day).tolist() == [True, False, False, False]
    assert active_mask(frame, "manholes", dt.date(2020, 5, 31)).tolist() == [True, True, True,
                                                                            False]


def test_an_undated_station_is_active_only_in_service():
    """A station without an opened date counts only when its status says it is in service
    (the one rule of the map, the indicators and the national path)."""
    rule = lifecycle("base_stations")
    frame = pd.DataFrame({rule.start: pd.to_datetime(pd.Series([None, None, None])),
                          rule.end: pd.to_datetime(pd.Series([None, None, None])),
                          rule.status: ["active", "building", "retired"]})
    assert active_mask(frame, "base_stations", dt.date(2021, 12, 31)).tolist() == [
        True, False, False]


