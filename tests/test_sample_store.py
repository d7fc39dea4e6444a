"""The bundled Weihai sample, imported as the README's main job imports it."""

from __future__ import annotations


import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from smartcity.layers.schema import LAYERS
from smartcity.standalone.cli import cli

DATES = ("2019-12-31", "2020-12-31", "2021-06-30", "2022-12-31")


def _active_ids(frame: pd.DataFrame, start: str, end: str, day: str) -> set:
    """The spec's rule, written independently on ISO date strings:
    start <= D (or none) and (no end or D < end); a station without a date follows its
    status (no opened date: active only when its status is ``active``; no retired date:
    never when its status is ``retired``), as the indicators count them."""
    def iso(v):
        return None if v is None or pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")

    s = [iso(v) for v in frame[start]]
    e = [iso(v) for v in frame[end]]
    status = list(frame["status"]) if start == "opened_date" else [None] * len(frame)
    keep = [((a <= day) if a is not None else st in (None, "active"))
            and ((day < b) if b is not None else st != "retired")
            for a, b, st in zip(s, e, status)]
    return set(frame.loc[keep, "_id"])


@pytest.mark.parametrize("day", DATES)
def test_snapshot_of_the_sample_is_exactly_the_active_features(sample_store, tmp_path, day):
    out = tmp_path / f"snapshot-{day}.gpkg"
    result = CliRunner().invoke(cli, ["snapshot", str(sample_store), "--as-of", day, "-o", str(out)])
    assert result.exit_code == 0, result.output
    for lyr in LAYERS.values():
        full = pyogrio.read_dataframe(sample_store, layer=lyr.name, read_geometry=False)
        full["_id"] = full[lyr.id_field]
        expected = _active_ids(full, lyr.start, lyr.end, day)
        info = pyogrio.read_info(out, layer=lyr.name)
        got = set(pyogrio.read_dataframe(out, layer=lyr.name, read_geometry=False)[lyr.id_field]) \
            if info["features"] else set()
        assert got == expected, (lyr.name, day, len(got), len(expected))


def test_sample_station_counts_grow_and_retire(sample_store):
    full = pyogrio.read_dataframe(sample_store, layer="base_stations", read_geometry=False)
    opened = pd.to_datetime(full["opened_date"])
    retired = pd.to_datetime(full["retired_date"])
    counts = [int(((opened <= d) & (retired.isna() | (retired > d))).sum())
              for d in pd.to_datetime(list(DATES))]
    assert counts == sorted(counts) and counts[0] < counts[-1]
    assert retired.notna().any()
    assert (full["status"] == "built").any()  # built but not yet opened
    assert full["name"].str.contains("区|市").all()  # Chinese names came through GBK intact


def test_main_job_layers_listing(sample_store):
    result = CliRunner().invoke(cli, ["layers", str(sample_store), "--as-of", "2021-12-31"])
    assert result.exit_code == 0
    for lyr in LAYERS.values():
        assert lyr.name in result.output and lyr.label_zh[:4] in result.output


@pytest.mark.parametrize("day", DATES)
def test_layers_listing_counts_what_the_indicators_count(sample_store, day):
    """`smartcity layers` answers in SQL: its active counts are the lifecycle rule's (it
    counted the 114 undated stations still being built as active: 3,612 against the
    indicators' 3,498 on 2021-12-31)."""
    from smartcity.layers.store import open_store

    st = open_store(sample_store)
    summary = st.summary(pd.Timestamp(day).date()).set_index("layer")
    for lyr in LAYERS.values():
        full = pyogrio.read_dataframe(sample_store, layer=lyr.name, read_geometry=False)
        full["_id"] = full[lyr.id_field]
        assert summary.loc[lyr.name, "active"] == len(_active_ids(full, lyr.start, lyr.end, day)), \
            (lyr.name, day)
