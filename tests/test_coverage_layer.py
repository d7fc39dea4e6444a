"""The yearly coverage layer in the store's group (issue 15, item 8), in real QGIS.

Oracle: the ``coverage`` layer ``smartcity coverage --as-of D -o out.gpkg`` writes (the
dissolved coverage inside each district, as the CLI computes it), per county, against what
the coverage layer's temporal filter admits in the frame ending on D.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_temporal_qgis import _frame_ending, admitted

pytestmark = pytest.mark.qgis




def _cli_coverage(store, day: str, out) -> dict:
    """County code -> covered area (km², in a metric CRS) of the CLI's coverage layer."""
    import geopandas as gpd
    from click.testing import CliRunner

    from smartcity.standalone.cli import cli

    result = CliRunner().invoke(cli, ["coverage", str(store), "--as-of", day, "-o", str(out)])
    assert result.exit_code == 0, result.output
    cov = gpd.read_file(out, layer="coverage")
    metric = cov.to_crs(4549)
    return {str(c): a / 1e6 for c, a in zip(cov["district_code"], metric.area)}


def test_each_frame_draws_the_coverage_of_its_last_day(project, store_copy, tmp_path):
    from qgis.core import QgsFeatureRequest

    from smartcity.plugin.coverage_layer import saved_layer
    from smartcity.plugin.jobs import write_coverage_file, yearly_coverage
    from smartcity.processing.indicators import read_layers

    days = [dt.date(2019, 12, 31), dt.date(2020, 12, 31), dt.date(2021, 12, 31)]
    path = tmp_path / "coverage.gpkg"  # as the plugin's child process writes it
    write_coverage_file(yearly_coverage(read_layers(str(store_copy)), days), path)
    layer = saved_layer(path, str(store_copy))
    assert layer.isValid() and layer.temporalProperties().isActive()
    import geopandas as gpd
    from shapely import wkt

    for day in days:
        expected = _cli_coverage(store_copy, day.isoformat(), tmp_path / f"{day}.gpkg")
        counties = {c: a for c, a in expected.items() if len(c) == 6 and not c.endswith("00")}
        rng = _frame_ending(day)
        assert admitted(layer, rng) == len([a for a in counties.values() if a > 0])
        # the admitted features are exactly that year's, and cover what the CLI says
        from qgis.core import (QgsExpressionContext, QgsExpressionContextUtils,
                               QgsMapSettings, QgsVectorLayerTemporalContext)

        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        settings = QgsMapSettings()
        settings.setIsTemporal(True)
        settings.setTemporalRange(rng)
        scopes = QgsExpressionContext()
        scopes.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
        request = QgsFeatureRequest().setFilterExpression(
            layer.temporalProperties().createFilterString(context, rng))
        request.setExpressionContext(scopes)
        feats = list(layer.getFeatures(request))
        assert {f["as_of"].toPyDate() for f in feats} == {day}
        shapes = gpd.GeoSeries([wkt.loads(f.geometry().asWkt()) for f in feats], crs=4490)
        areas = dict(zip((f["district_code"] for f in feats), shapes.to_crs(4549).area / 1e6))
        for code, area in counties.items():
            assert areas.get(code, 0.0) == pytest.approx(area, rel=1e-3, abs=1e-3), (day, code)


def test_opening_a_store_adds_the_coverage_to_its_group(project, store_copy):
    from smartcity.plugin.project import PROPERTY_LAYER

    group, rng, layer = _open_with_coverage(project, store_copy)
    layers = [n.layer() for n in group.findLayers()]
    assert layer.featureCount() > 0
    names = [lyr.customProperty(PROPERTY_LAYER) for lyr in layers]
    position = layers.index(layer)
    assert names[position - 1] in ("enterprises",) and names[position + 1] == "sites"
    years = {f["as_of"].toPyDate().year for f in layer.getFeatures()}
    assert years <= set(range(rng.begin().date().year(), rng.end().date().year()))
    assert max(years) == rng.end().date().year() - 1


def _open_with_coverage(project, store):
    """Load ``store`` into ``project`` and wait for its yearly coverage layer; returns
    (group, range, coverage layer)."""
    from qgis.PyQt.QtCore import QCoreApplication

    from smartcity.plugin import coverage_layer as cl
    from smartcity.plugin.project import load_store, setup_temporal_controller

    group = load_store(store, project)
    rng = setup_temporal_controller(group, None, project)
    task = cl.add_coverage_layer(group, rng, project)
    assert task is not None
    task.waitForFinished(-1)
    while task in cl._running:  # finished() comes through the event loop
        QCoreApplication.processEvents()
    found = [n.layer() for n in group.findLayers()
             if n.layer() is not None and n.layer().customProperty(cl.PROPERTY_COVERAGE)]
    assert len(found) == 1
    return group, rng, found[0]


def test_the_coverage_layer_survives_saving_and_reopening_the_project(project, store_copy,
                                                                      tmp_path):
    """Issue 15: the yearly coverage was a memory layer, empty once a saved project was
    opened again.  Saved, the project is read back (the plugin not involved): the layer is
    there, in the store's group, with the same features, style and temporal filter."""
    from smartcity.plugin import coverage_layer as cl

    group, rng, layer = _open_with_coverage(project, store_copy)
    source = layer.source().split("|")[0]
    assert layer.providerType() == "ogr" and source.endswith(".gpkg")
    frames = {}
    for year in range(rng.begin().date().year(), rng.end().date().year()):
        frames[year] = admitted(layer, _frame_ending(dt.date(year, 12, 31)))
    assert max(frames.values()) > 0
    before = {(f["district_code"], f["as_of"].toPyDate()): round(f.geometry().area(), 9)
              for f in layer.getFeatures()}
    renderer = layer.renderer().dump()
    path = tmp_path / "saved.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    again = [lyr for lyr in project.mapLayers().values()
             if lyr.customProperty(cl.PROPERTY_COVERAGE)]
    assert len(again) == 1
    layer = again[0]
    assert layer.isValid() and layer.temporalProperties().isActive()
    assert layer.customProperty(cl.PROPERTY_COVERAGE) == str(store_copy.resolve())
    assert {(f["district_code"], f["as_of"].toPyDate()): round(f.geometry().area(), 9)
            for f in layer.getFeatures()} == before
    assert layer.renderer().dump() == renderer
    for year, count in frames.items():
        assert admitted(layer, _frame_ending(dt.date(year, 12, 31))) == count, year
    groups = [g for g in project.layerTreeRoot().findGroups()
              if g.customProperty("smartcity/store") == str(store_copy.resolve())]
    assert len(groups) == 1 and layer.id() in groups[0].findLayerIds()


def test_an_unchanged_store_reuses_its_coverage_file(project, store_copy):
    """Opened again unchanged, a store's coverage is read from its file (not recomputed);
    once the store changed, a new file replaces the old one."""
    import os
    from pathlib import Path

    _, _, layer = _open_with_coverage(project, store_copy)
    first = Path(layer.source().split("|")[0])
    stamp = first.stat().st_mtime_ns
    _, _, layer = _open_with_coverage(project, store_copy)
    assert Path(layer.source().split("|")[0]) == first and first.stat().st_mtime_ns == stamp
    info = store_copy.stat()
    os.utime(store_copy, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))  # "edited"
    _, _, layer = _open_with_coverage(project, store_copy)
    second = Path(layer.source().split("|")[0])
    assert second != first and second.exists() and layer.featureCount() > 0
    assert sorted(store_copy.parent.glob(f"{store_copy.stem}.coverage-*.gpkg")) == [second]
