"""``smartcity:plan`` through ``processing.run`` with real QGIS: the same sites as the
command line, a candidates layer from QGIS, and Cancel leaving no output."""

from __future__ import annotations


import pyogrio
import pytest
from click.testing import CliRunner

from smartcity.standalone.cli import cli

pytestmark = pytest.mark.qgis

AS_OF = "2021-12-31"




def run(params: dict, feedback=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("smartcity:plan", params, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def test_plan_in_qgis_chooses_the_cli_sites(provider, sample_store, tmp_path):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "qgis_sites.gpkg"
    result = run({"STORE": str(sample_store), "AS_OF": AS_OF, "INDICATOR": 0, "VALUE": 92,
                  "DISTRICT": "371002", "GRID": 700,
                  "SITES_OUT": str(out), "ADDED_OUT": str(tmp_path / "added.gpkg"),
                  "FORECAST_OUT": str(tmp_path / "forecast.gpkg")})
    assert "sites bring 371002" in result["SUMMARY"]
    sites = pyogrio.read_dataframe(result["SITES_OUT"])
    cli_out = tmp_path / "cli.gpkg"
    res = CliRunner().invoke(cli, ["plan", str(sample_store), "--as-of", AS_OF, "--indicator",
                                   "cov_5g_area_pct", "--value", "92", "--district", "371002",
                                   "--grid", "700", "-o", str(cli_out)])
    assert res.exit_code == 0, res.output
    theirs = pyogrio.read_dataframe(cli_out, layer="sites")
    assert len(sites) == len(theirs) > 0
    assert list(sites["candidate_id"]) == list(theirs["candidate_id"])
    assert sites.geometry.geom_equals_exact(theirs.geometry, 1e-12).all()
    forecast = QgsVectorLayer(result["FORECAST_OUT"], "f", "ogr")
    rows = list(forecast.getFeatures())
    assert len(rows) == 1 and rows[0]["met"] and rows[0]["after"] >= 92

    # the chosen sites as a QGIS candidates layer give the same plan again
    layer = QgsVectorLayer(result["SITES_OUT"], "cands", "ogr")
    again = run({"STORE": str(sample_store), "AS_OF": AS_OF, "INDICATOR": 0, "VALUE": 92,
                 "DISTRICT": "371002", "CANDIDATES": layer,
                 "SITES_OUT": "memory:", "ADDED_OUT": "memory:", "FORECAST_OUT": "memory:"})
    assert "sites bring 371002" in again["SUMMARY"]


def test_plan_cancel_writes_nothing(provider, sample_store, tmp_path, cancel_at):
    feedback = cancel_at(60.0)
    out = tmp_path / "sites.gpkg"
    result = run({"STORE": str(sample_store), "AS_OF": AS_OF, "INDICATOR": 0, "VALUE": 95,
                  "DISTRICT": "371002", "GRID": 500, "SITES_OUT": str(out),
                  "ADDED_OUT": "memory:", "FORECAST_OUT": "memory:"}, feedback)
    assert feedback.isCanceled() and max(feedback.seen) < 95
    assert "SITES_OUT" not in result or not result["SITES_OUT"]
    assert not out.exists()


def test_plan_says_what_is_missing(provider, sample_store, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="candidate sites layer or a grid"):
        run({"STORE": str(sample_store), "AS_OF": AS_OF, "INDICATOR": 0, "VALUE": 92,
             "SITES_OUT": "memory:", "ADDED_OUT": "memory:", "FORECAST_OUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="population raster"):
        run({"STORE": str(sample_store), "AS_OF": AS_OF, "INDICATOR": 1, "VALUE": 92,
             "GRID": 2000, "SITES_OUT": "memory:", "ADDED_OUT": "memory:",
             "FORECAST_OUT": "memory:"})
