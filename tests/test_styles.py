"""Every layer of the sample is actually drawn by QGIS with its QML (no silent blank layers)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qgis


def _drawn_pixels(layer, size: int = 300) -> int:
    """Non-white pixels (of a grid of every other pixel) when QGIS renders ``layer`` alone."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent().buffered(0.01))
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor(255, 255, 255).rgb()
    return sum(1 for y in range(0, size, 2) for x in range(0, size, 2)
               if image.pixel(x, y) != white)


def test_every_sample_layer_is_drawn(qgis_app, sample_store):
    from smartcity.plugin.project import store_layers

    layers = store_layers(sample_store)
    names = {layer.customProperty("smartcity/layer") for layer in layers}
    assert names == {"districts", "base_stations", "communities", "manholes",
                     "monitoring_points", "key_places", "builtup_areas", "enterprises", "sites",
                     "pipelines", "forests"}
    for layer in layers:
        layer.temporalProperties().setIsActive(False)  # all features, whatever their dates
        layer.setScaleBasedVisibility(False)  # and whatever the scale (manholes: < 1:100k)
        assert layer.featureCount() > 0
        assert _drawn_pixels(layer) > 50, layer.name()
