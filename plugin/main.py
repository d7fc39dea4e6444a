"""The QGIS plugin object that ``classFactory`` returns.

``qgis_process`` loads the plugin through ``classFactory`` and ``initProcessing`` only, so
nothing here may touch ``iface`` or widgets outside ``initGui``.
"""

from __future__ import annotations


class SmartCityPlugin:
    """Plugin entry: Processing provider registration and the desktop GUI (menus, dock)."""

    def __init__(self, iface):
        self.iface = iface

    def initProcessing(self) -> None:  # noqa: N802 (QGIS naming)
        """Register the Processing provider (added with the provider itself)."""

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()

    def unload(self) -> None:
        """Remove everything initGui added."""
