"""Weihai smart-city GIS: QGIS plugin entry point and Python package root.

QGIS imports this folder by its name and calls :func:`classFactory`.  Nothing here may import
QGIS or heavy dependencies at module level: the same package is imported headless by the
``smartcity`` command-line tool and by ``qgis_process``.
"""


def __getattr__(name: str):
    """``smartcity.__version__``, read from :mod:`._version` when asked for.  Not imported at
    module level: test collectors and QGIS may import this file as a top-level module (under
    its folder's name, which need not be ``smartcity``), where a relative import fails."""
    if name == "__version__":
        from ._version import __version__

        return __version__
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def classFactory(iface):  # noqa: N802 (QGIS naming)
    """Return the plugin instance (called by QGIS and ``qgis_process``)."""
    from .plugin.main import SmartCityPlugin

    return SmartCityPlugin(iface)
