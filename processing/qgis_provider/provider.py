"""The ``smartcity`` Processing provider: the store, indicator and site-planning algorithms
(and the map sheet algorithm of :mod:`.alg_mapsheet` when it is present)."""

from __future__ import annotations

import importlib

from qgis.core import QgsMessageLog, QgsProcessingProvider

from .common import tr
from ...resources import ICON

PROVIDER_ID = "smartcity"


def algorithm_classes() -> list:
    """The algorithm classes of this provider, optional modules included when they load."""
    from .alg_indicators import CoverageAlgorithm, SeriesAlgorithm, TargetsAlgorithm
    from .alg_plan import PlanAlgorithm
    from .alg_store import ImportLayerAlgorithm, SnapshotAlgorithm

    classes = [ImportLayerAlgorithm, SnapshotAlgorithm, CoverageAlgorithm, SeriesAlgorithm,
               TargetsAlgorithm, PlanAlgorithm]
    try:  # the map-sheet algorithm is optional: the provider must load without it
        module = importlib.import_module(f"{__package__}.alg_mapsheet")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.alg_mapsheet":
            _log(f"map sheet algorithm not loaded: {exc}")
        return classes
    except Exception as exc:  # broken module: log it, keep the others
        _log(f"map sheet algorithm not loaded: {type(exc).__name__}: {exc}")
        return classes
    from qgis.core import QgsProcessingAlgorithm

    for value in vars(module).values():
        if (isinstance(value, type) and issubclass(value, QgsProcessingAlgorithm)
                and value.__module__ == module.__name__ and value not in classes):
            classes.append(value)
    return classes


def _log(message: str) -> None:
    QgsMessageLog.logMessage(message, "Smart City")


class SmartCityProvider(QgsProcessingProvider):
    """Provider ``smartcity`` (智慧城市 / Smart City)."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Smart City")

    def longName(self) -> str:  # noqa: N802 (QGIS naming)
        from ..._version import __version__

        return f"{tr('Smart City')} {__version__}"

    def icon(self):
        from qgis.PyQt.QtGui import QIcon

        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            # QGIS calls initAlgorithm from C++: an exception there would abort QGIS, so each
            # algorithm is tried on a probe instance first (e.g. one needing a missing
            # dependency to list its parameters is left out, and logged)
            try:
                cls().initAlgorithm({})
            except Exception as exc:
                _log(f"algorithm {cls.__name__} not loaded: {type(exc).__name__}: {exc}")
                continue
            self.addAlgorithm(cls())
