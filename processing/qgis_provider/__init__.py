"""The QGIS Processing provider ``smartcity``: the only part of ``processing/`` that imports
QGIS.  Its algorithms are thin adapters over the core functions the CLI also calls."""
