"""The editing forms in ``styles/*.qml`` against ``layers/schema.py``, and QGIS using them.

Oracles: the schema (value labels, ranges, date fields, date orders) and the QML files
parsed as XML; QGIS's own constraint check (``QgsVectorLayerUtils.validateAttribute``) on
the layers the plugin loads, which must refuse what the store refuses, with its sentence.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smartcity.layers.rules import rules
from smartcity.layers.schema import LAYERS, value_labels

STYLES = Path(__file__).resolve().parents[1] / "styles"


def _qml_files(name: str) -> list[Path]:
    return sorted(STYLES.glob(f"{name}.qml")) + sorted(STYLES.glob(f"{name}.*.qml"))


def _widgets(root) -> dict[str, ET.Element]:
    return {f.get("name"): f.find("editWidget") for f in root.find("fieldConfiguration")}


def _options(widget) -> dict:
    """A ValueMap's entries as {stored value: label}."""
    entries = widget.find("config/Option/Option[@name='map']")
    return {o.get("value"): o.get("name") for o in entries.iter("Option")
            if o.get("value") is not None}


@pytest.mark.parametrize("name", list(LAYERS))
def test_every_qml_carries_the_schema_form(name):
    lyr = LAYERS[name]
    files = _qml_files(name)
    assert files
    for path in files:
        root = ET.parse(path).getroot()
        widgets = _widgets(root)
        for f in lyr.fields:
            widget = widgets[f.name]
            labels = value_labels(f)
            if labels:
                assert widget.get("type") == "ValueMap", (path.name, f.name)
                options = _options(widget)
                assert set(options) == {str(v) for v in labels}, (path.name, f.name)
                for value, label in labels.items():
                    assert str(label) in options[str(value)], (path.name, f.name, value)
            elif f.kind in ("int", "real") and f.min_value is not None:
                assert widget.get("type") == "Range", (path.name, f.name)
                config = {o.get("name"): o.get("value")
                          for o in widget.find("config/Option").iter("Option")}
                assert float(config["Min"]) == f.min_value
                if f.max_value is not None:
                    assert float(config["Max"]) == f.max_value
            elif f.kind == "date":
                assert widget.get("type") == "DateTime", (path.name, f.name)
                config = {o.get("name"): o.get("value")
                          for o in widget.find("config/Option").iter("Option")}
                assert config["field_format"] == "yyyy-MM-dd"
                assert config["calendar_popup"] == "true"
        expressions = {c.get("field"): (c.get("exp"), c.get("desc"))
                       for c in root.find("constraintExpressions")}
        hard = {c.get("field"): c.get("exp_strength") for c in root.find("constraints")}
        for rule in rules(lyr):
            if rule.kind in ("order", "choice", "range"):
                exp, desc = expressions[rule.field]
                assert rule.sentence() in desc, (path.name, rule.field)
                assert f'"{rule.field}"' in exp and hard[rule.field] == "1"
                if rule.kind == "order":
                    assert f'"{rule.other}"' in exp
        editable = {e.get("name"): e.get("editable") for e in root.find("editable")}
        assert all(editable[n] == "0" for n in ("fid", "version", "updated_at")), path.name


def test_qgis_checks_the_rules_before_the_commit(sample_store, tmp_path, qgis_app):
    import shutil

    from qgis.core import QgsProject, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.project import load_store

    store = tmp_path / "store.gpkg"
    shutil.copy(sample_store, store)
    project = QgsProject()
    group = load_store(store, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    assert layer.editorWidgetSetup(layer.fields().indexOf("operator")).type() == "ValueMap"
    feature = next(layer.getFeatures())
    by_rule = {(r.kind, r.field): r for r in rules(LAYERS["base_stations"])}
    for field, bad, good, kind in (
            ("azimuth_deg", 720.0, 90.0, "range"),
            ("coverage_radius_m", -100.0, 300.0, "range"),
            ("operator", "不存在的运营商", "中国移动", "choice"),
            ("band", "n999", "n78", "choice"),
            ("retired_date", QDate(1990, 1, 1), QDate(2099, 1, 1), "order")):
        idx = layer.fields().indexOf(field)
        feature.setAttribute(idx, bad)
        ok, errors = QgsVectorLayerUtils.validateAttribute(layer, feature, idx)
        assert not ok, field
        assert by_rule[(kind, field)].sentence() in " ".join(errors), (field, errors)
        feature.setAttribute(idx, good)
        assert QgsVectorLayerUtils.validateAttribute(layer, feature, idx)[0], field
    project.clear()
