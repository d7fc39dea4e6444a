"""The progress report (PDF and HTML) through the ``smartcity report`` command.

Oracles: the targets file read with ``tomllib`` (not through our loader) for the labels the
report must list; :func:`smartcity.processing.targets.evaluate_targets` (the engine the
``targets`` command prints) for the met / behind counts the summary states; poppler for the
PDF's pages, fonts and text.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from . import test_maps as _h  # the PDF helpers (pdftotext, pdffonts) live there

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ROOT / "processing" / "targets_weihai.toml"
AS_OF = dt.date(2021, 12, 31)


@pytest.fixture(scope="module")
def report_files(sample_store, tmp_path_factory):
    from click.testing import CliRunner

    from smartcity.standalone.cmd_maps import report

    out = tmp_path_factory.mktemp("report") / "report-2021.pdf"
    result = CliRunner().invoke(report, [str(sample_store), "--as-of", "2021-12-31",
                                         "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, out.with_suffix(".html")


def _norm(text: str) -> str:
    """No white space, NFKC (as the PDF text helper normalises the extracted text)."""
    return unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))


def _plan() -> dict:
    with open(TARGETS, "rb") as fh:
        return tomllib.load(fh)


def test_report_pdf_has_every_part(report_files):
    pdf, _ = report_files
    pages = _h.pdf_pages(pdf)
    # summary + targets, districts, charts (13 measured targets → 2 pages of 6), 4 map sheets
    assert pages >= 1 + 1 + 2 + 4
    assert _h.embedded_cjk_fonts(pdf)
    text = _h.pdf_text(pdf)
    compact = re.sub(r"\s+", "", text)
    plan = _plan()
    assert _norm(plan["plan"]["name_zh"]) in compact
    assert "2021年12月31日" in text
    for target in plan["target"]:
        assert _norm(target["label_zh"])[:12] in compact, target["id"]
    for name in _h.DISTRICT_NAMES:
        assert name in text
    for heading in ("总体情况", "规划目标完成情况", "分区县进展", "指标历年变化"):
        assert heading in text
    assert "威海市5G网络覆盖图" in compact  # an embedded map sheet


def test_summary_counts_agree_with_the_target_engine(report_files, sample_store):
    from smartcity.processing.targets import evaluate_targets

    ev = evaluate_targets(TARGETS, sample_store, AS_OF)
    city = ev[ev["scope"] == "city"]
    n = city["status"].value_counts().to_dict()
    measured = len(city) - n.get("not_measured", 0)
    compact = re.sub(r"\s+", "", _h.pdf_text(report_files[0]))
    assert _norm(f"规划共{len(_plan()['target'])}项目标，本工具可测算{measured}项：按期达成"
                 f"{n.get('met_on_time', 0)}项，逾期达成{n.get('met_late', 0)}项，未达成"
                 f"{n.get('missed', 0)}项，进行中{n.get('in_progress', 0)}项") in compact
    # every target missed or met late is named in the summary, with its status word
    for _, row in city[city["status"].isin(["missed", "met_late"])].iterrows():
        assert _norm(f"{row['label_zh']}：{row['status_zh']}") in compact, row["target_id"]


def test_report_html_is_self_contained(report_files):
    _, html = report_files
    text = html.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "charset='utf-8'" in text
    assert "<svg" in text and text.count("data:image/png;base64,") == 4
    assert "src='http" not in text and 'src="http' not in text
    for target in _plan()["target"]:
        assert target["label_zh"] in text
    for name in _h.DISTRICT_NAMES:
        assert name in text


def test_report_rejects_bad_output(sample_store, tmp_path):
    from click.testing import CliRunner

    from smartcity.standalone.cmd_maps import report

    result = CliRunner().invoke(report, [str(sample_store), "-o", str(tmp_path / "r.docx")])
    assert result.exit_code == 2 and ".pdf" in result.output
    result = CliRunner().invoke(report, [str(sample_store), "--targets",
                                         str(tmp_path / "none.toml"), "-o",
                                         str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "none.toml" in result.output
