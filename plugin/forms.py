"""Editing forms for the store's layers, generated from the schema into ``styles/*.qml``.

What the store refuses (:mod:`smartcity.layers.rules`) QGIS shows before the commit: every
enumerated field gets a value map with Chinese labels (:func:`~smartcity.layers.schema.
value_labels`), numbers with a range a spin box within it, dates a calendar picker writing
``yyyy-MM-dd``, and every rule that QGIS can check a hard constraint expression carrying the
store's own sentence (so a form cannot be saved with a value the store would refuse).  The
bookkeeping fields ``fid``, ``version`` and ``updated_at`` are read-only: the store's
triggers set them.  :mod:`.stylegen` calls :func:`apply` when it writes the QML.
"""

from __future__ import annotations

from ..layers.rules import rules
from ..layers.schema import Layer, value_labels

READ_ONLY = ("fid", "version", "updated_at")
"""Fields the store sets itself."""


def _constraint(name: str):
    from qgis.core import QgsFieldConstraints

    scoped = getattr(QgsFieldConstraints, "Constraint", None)
    return getattr(scoped, name, None) if scoped is not None and hasattr(scoped, name) \
        else getattr(QgsFieldConstraints, name)


def _strength_hard():
    from qgis.core import QgsFieldConstraints

    scoped = getattr(QgsFieldConstraints, "ConstraintStrength", None)
    if scoped is not None and hasattr(scoped, "ConstraintStrengthHard"):
        return scoped.ConstraintStrengthHard
    return QgsFieldConstraints.ConstraintStrengthHard


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value) -> str:
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def expressions(layer: Layer) -> dict[str, tuple[str, str]]:
    """field -> (QGIS expression that must hold, the store's sentences) for the rules QGIS
    can check in a form (not ``unique``: QGIS's own unique constraint does that)."""
    parts: dict[str, list[tuple[str, str]]] = {}
    for rule in rules(layer):
        v = _q(rule.field)
        if rule.kind == "choice":
            ok = f"{v} IS NULL OR {v} IN ({', '.join(_literal(x) for x in rule.values)})"
        elif rule.kind == "range":
            bounds = [f"{v} >= {rule.low!r}" if rule.low is not None else "",
                      f"{v} <= {rule.high!r}" if rule.high is not None else ""]
            ok = f"{v} IS NULL OR ({' AND '.join(b for b in bounds if b)})"
        elif rule.kind == "order":
            w = _q(rule.other)
            ok = f"{v} IS NULL OR {w} IS NULL OR {v} {'>' if rule.strict else '>='} {w}"
        elif rule.kind == "length":
            ok = f"{v} IS NULL OR length({v}) <= {int(rule.high)}"
        elif rule.kind == "required":
            ok = f"{v} IS NOT NULL AND trim(to_string({v})) <> ''"
        else:
            continue
        parts.setdefault(rule.field, []).append((ok, rule.sentence()))
    return {name: (" AND ".join(f"({ok})" for ok, _ in found),
                   "\n".join(text for _, text in found))
            for name, found in parts.items()}


def apply(layer, lyr: Layer) -> None:
    """Set the editor widgets, constraints and read-only fields of the QGIS layer ``layer``
    (holding ``lyr``'s fields and the bookkeeping ones)."""
    from qgis.core import QgsEditorWidgetSetup

    fields = layer.fields()
    for f in lyr.fields:
        idx = fields.indexOf(f.name)
        labels = value_labels(f)
        if labels:
            entries = [{(label if str(label) == str(value) else f"{label}（{value}）"): value}
                       for value, label in labels.items()]
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueMap", {"map": entries}))
        elif f.kind in ("int", "real") and f.min_value is not None:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("Range", {
                "Min": f.min_value, "Max": f.max_value if f.max_value is not None else 1e15,
                "Step": 1, "Style": "SpinBox", "AllowNull": True,
                "Precision": 1 if f.kind == "real" else 0}))
        elif f.kind == "date":
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("DateTime", {
                "allow_null": True, "calendar_popup": True, "display_format": "yyyy-MM-dd",
                "field_format": "yyyy-MM-dd", "field_iso_format": False}))
    for name, (expression, description) in expressions(lyr).items():
        idx = fields.indexOf(name)
        layer.setConstraintExpression(idx, expression, description)
        layer.setFieldConstraint(idx, _constraint("ConstraintExpression"), _strength_hard())
    key = fields.indexOf(lyr.id_field)
    layer.setFieldConstraint(key, _constraint("ConstraintNotNull"), _strength_hard())
    layer.setFieldConstraint(key, _constraint("ConstraintUnique"), _strength_hard())
    config = layer.editFormConfig()
    for name in READ_ONLY:
        idx = fields.indexOf(name)
        if idx >= 0:
            config.setReadOnly(idx, True)
    layer.setEditFormConfig(config)
