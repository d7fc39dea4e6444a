"""The QGIS temporal filter of a store layer, generated from the core's lifecycle rule.

:mod:`smartcity.layers.lifecycle` says when a feature is active at a date D; this module
writes the same rule as the start and end expressions of a layer's temporal properties, so
that the Temporal Controller draws exactly what the indicators count.

QGIS keeps a feature in the frame ``[B, E)`` when ``start < E`` and ``end >= B`` (the limit
mode "include begin, include end" this module sets).  The dashboard and the map sheets count
*as of the frame's last day* ``D = E - 1 day`` (the frame 2021-01-01 … 2022-01-01 is "as of
2021-12-31"), so a station retired in June 2021 must not be drawn in the 2021 frame.  The end
expression is therefore shifted back by the frame's length (``@map_interval``):
``end - (E - B) >= B`` is ``end >= E``, i.e. not ended by D.  The map variables
(``@map_start_time``, ``@map_end_time``, ``@map_interval``) are set by QGIS wherever it
filters by time (the map canvas, print layout maps, the identify tool); an undated start or end
is "since the frame began" / "after the frame ends", and features the rule never counts (a
``retired`` station with no date, a ``built`` one never opened) get no start at all, so no
frame shows them.

Where QGIS filters without the map variables (a script rendering a ``QgsMapSettings`` it made
itself, and the Temporal Controller's "set to full range", which evaluates the expressions
per feature), the project variables :data:`RANGE_BEGIN` and :data:`RANGE_END` (the store's
range, set when it is loaded) stand in for the frame: an undated start is the range's
beginning, an undated end its end, and frames overlap as QGIS's own start/end mode does.
"""

from __future__ import annotations

from ..layers.lifecycle import Lifecycle, lifecycle

RANGE_BEGIN = "smartcity_range_begin"
"""Project variable: the beginning of the loaded store's lifecycle range (ISO date-time)."""
RANGE_END = "smartcity_range_end"
"""Project variable: the end of the loaded store's lifecycle range (ISO date-time)."""
_BEGIN = f"coalesce(@map_start_time, to_datetime(@{RANGE_BEGIN}))"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _states(rule: Lifecycle, states: tuple[str, ...]) -> str:
    assert rule.status is not None
    values = ", ".join("'" + s.replace("'", "''") + "'" for s in states)
    return f"lower(trim(coalesce({_quote(rule.status)}, ''))) IN ({values})"


def start_expression(rule: Lifecycle) -> str:
    """The QGIS expression of the date a feature becomes active (NULL: never)."""
    start = _quote(rule.start)
    if rule.status is None:
        return f"coalesce(to_datetime({start}), {_BEGIN})"
    parts = ["CASE"]
    if rule.ended_states:
        parts.append(f"WHEN {_quote(rule.end)} IS NULL AND {_states(rule, rule.ended_states)} "
                     "THEN NULL")
    parts.append(f"WHEN {start} IS NOT NULL THEN to_datetime({start})")
    if rule.started_states:
        parts.append(f"WHEN {_states(rule, rule.started_states)} THEN {_BEGIN}")
    parts.append("END")
    return " ".join(parts)


def end_expression(rule: Lifecycle) -> str:
    """The QGIS expression of the date a feature stops being active, shifted back by the
    frame's length (see the module docstring)."""
    return (f"coalesce(to_datetime({_quote(rule.end)}), @map_end_time, "
            f"to_datetime(@{RANGE_END})) - coalesce(@map_interval, to_interval('0 seconds'))")


def set_lifecycle(layer, name: str) -> None:
    """Make the QGIS vector ``layer`` (the store's layer ``name``) temporal by the store's
    lifecycle rule (:func:`smartcity.layers.lifecycle.lifecycle`)."""
    set_lifecycle_rule(layer, lifecycle(name))


def set_lifecycle_rule(layer, rule: Lifecycle) -> None:
    """Make the QGIS vector ``layer`` temporal by ``rule`` (its start and end expressions,
    limits "include begin, include end", see the module docstring)."""
    from .compat import include_begin_include_end, temporal_expressions_mode

    props = layer.temporalProperties()
    props.setStartField(rule.start)  # shown in the layer's properties; the expressions decide
    props.setEndField(rule.end)
    props.setStartExpression(start_expression(rule))
    props.setEndExpression(end_expression(rule))
    props.setMode(temporal_expressions_mode())
    props.setLimitMode(include_begin_include_end())
    props.setIsActive(True)


__all__ = ["RANGE_BEGIN", "RANGE_END", "end_expression", "set_lifecycle", "set_lifecycle_rule",
           "start_expression"]
