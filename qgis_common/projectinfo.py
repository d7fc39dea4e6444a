"""What the open QGIS project says the user is looking at: its stores and its date.

The plugin's dashboard and the Processing dialogs both follow the project: the store loaded
last (a layer group tagged :data:`PROPERTY_STORE`) and the Temporal Controller's date (the
last day of the current frame, see :func:`controller_date`).  One owner for both rules, so
the dialog's defaults are the dashboard's numbers' inputs.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

PROPERTY_STORE = "smartcity/store"
"""Custom property of a store's layer group (and its layers): the store's path or URL."""


def loaded_stores(project=None) -> list[str]:
    """Paths (or URLs) of the stores loaded in ``project`` (most recent first)."""
    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    out = []
    for group in project.layerTreeRoot().findGroups():
        value = group.customProperty(PROPERTY_STORE)
        if value:
            out.append(str(value))
    return out


def range_date(controller) -> Optional[dt.date]:
    """The date a Temporal Controller (``QgsTemporalNavigationObject``) stands for, or None
    when its navigation is off.

    Animated: the last day of the current frame (frames exclude their end: the frame
    2021-01-01 … 2022-01-01 is "as of 2021-12-31"); fixed range: the last day of the range.
    """
    from .compat import enum_int, navigation_mode

    mode = enum_int(controller.navigationMode())
    if mode == enum_int(navigation_mode("Animated")):
        rng = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    elif mode == enum_int(navigation_mode("FixedRange")):
        rng = controller.temporalExtents()
    else:
        return None
    if not rng.end().isValid():
        return None
    end = rng.end() if rng.includeEnd() else rng.end().addMSecs(-1)
    d = end.date()
    return dt.date(d.year(), d.month(), d.day())


def canvas_controller():
    """The QGIS desktop's Temporal Controller, or None (no desktop: qgis_process, tests)."""
    try:
        from qgis.utils import iface
    except ImportError:
        return None
    if iface is None:
        return None
    try:
        return iface.mapCanvas().temporalController()
    except (AttributeError, RuntimeError):
        return None


def controller_date() -> Optional[dt.date]:
    """The desktop Temporal Controller's date (:func:`range_date`), or None."""
    controller = canvas_controller()
    return None if controller is None else range_date(controller)


__all__ = ["PROPERTY_STORE", "canvas_controller", "controller_date", "loaded_stores",
           "range_date"]
