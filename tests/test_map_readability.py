"""Readable at every scale (issue 15, item 8): dense points cluster where their symbols would
overlap, district names never collide, in real QGIS.

Oracles: QGIS's own renderer and labeling objects after loading the store (the renders at
city scale and 1:25 000 were looked at by hand, see the closing note of issue 15).
"""

from __future__ import annotations


import pytest

pytestmark = pytest.mark.qgis




def test_dense_points_cluster_and_keep_their_legend(project, store_copy):
    from smartcity.plugin.project import (CLUSTER_DISTANCE_MM, CLUSTERED, PROPERTY_LAYER,
                                          load_store)
    from smartcity.qgis_common.compat import enum_int, render_mm

    group = load_store(store_copy, project)
    seen = set()
    for node in group.findLayers():
        layer = node.layer()
        name = layer.customProperty(PROPERTY_LAYER)
        if name not in CLUSTERED:
            continue
        seen.add(name)
        renderer = layer.renderer()
        assert renderer.type() == "pointCluster"
        assert renderer.tolerance() == CLUSTER_DISTANCE_MM
        assert enum_int(renderer.toleranceUnit()) == enum_int(render_mm())
        categories = renderer.embeddedRenderer().categories()
        legend = [item.label() for item in renderer.legendSymbolItems()]
        assert len(categories) >= 2 and [c.label() for c in categories] == legend
    assert seen == set(CLUSTERED)
    manholes = next(n.layer() for n in group.findLayers()
                    if n.layer().customProperty(PROPERTY_LAYER) == "manholes")
    assert manholes.hasScaleBasedVisibility()
    assert manholes.isInScaleRange(25_000) and not manholes.isInScaleRange(500_000)


def test_at_street_scale_every_point_is_drawn_and_clusters_come_back(project, store_copy):
    """Below 1:50 000 the dense layers draw every feature (those at one spot on a ring), the
    style's categories unchanged; zoomed out again they cluster; a renderer the user chose
    instead is left alone."""
    from qgis.core import QgsCategorizedSymbolRenderer

    from smartcity.plugin.project import (CLUSTER_SCALE, CLUSTERED, PROPERTY_LAYER,
                                          follow_scale, load_store)

    group = load_store(store_copy, project)
    dense = [n.layer() for n in group.findLayers()
             if n.layer().customProperty(PROPERTY_LAYER) in CLUSTERED]
    labels = {layer.id(): [c.label() for c in layer.renderer().embeddedRenderer().categories()]
              for layer in dense}
    for scale, kind in ((25_000, "pointDisplacement"), (CLUSTER_SCALE - 1, "pointDisplacement"),
                        (CLUSTER_SCALE, "pointCluster"), (443_003, "pointCluster"),
                        (10_000, "pointDisplacement")):
        follow_scale(project.mapLayers().values(), scale)
        for layer in dense:
            renderer = layer.renderer()
            assert renderer.type() == kind, (layer.name(), scale)
            assert [c.label() for c in renderer.embeddedRenderer().categories()] \
                == labels[layer.id()]
    chosen = QgsCategorizedSymbolRenderer(
        dense[0].renderer().embeddedRenderer().classAttribute(), [])
    dense[0].setRenderer(chosen)
    follow_scale(project.mapLayers().values(), 443_003)
    assert dense[0].renderer().type() == "categorizedSymbol"


def test_district_labels_never_overlap(project, store_copy):
    from smartcity.plugin.project import PROPERTY_LAYER, load_store
    from smartcity.qgis_common.compat import enum_int, label_placement

    group = load_store(store_copy, project)
    districts = next(n.layer() for n in group.findLayers()
                     if n.layer().customProperty(PROPERTY_LAYER) == "districts")
    settings = districts.labeling().settings()
    assert districts.labelsEnabled()
    assert settings.displayAll is False  # the engine drops a label rather than overlap one
    assert enum_int(settings.placement) == enum_int(label_placement("Horizontal"))
    assert settings.obstacleSettings().isObstacle()
