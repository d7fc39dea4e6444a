"""Weihai smart-city GIS: QGIS plugin entry point and Python package root.

QGIS imports this folder by its name and calls :func:`classFactory`.  Nothing here may import
QGIS or heavy dependencies at module level: the same package is imported headless by the
``smartcity`` command-line tool and by ``qgis_process``.
"""

from ._version import __version__  # noqa: F401


def classFactory(iface):  # noqa: N802 (QGIS naming)
    """Return the plugin instance (called by QGIS and ``qgis_process``)."""
    from .plugin.main import SmartCityPlugin

    return SmartCityPlugin(iface)
