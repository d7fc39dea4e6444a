"""What the QGIS plugin (``plugin/``) and the Processing adapter (``processing/qgis_provider/``)
share: the QGIS/Qt version shims (``compat``), the translator (``i18n``), the dependency check
(``deps``) and the QGIS print-layout renderer of map sheets (``layouts``).

The rings point inward: ``plugin`` → ``processing.qgis_provider`` → ``qgis_common`` → the core
(``layers``, ``processing`` without its ``qgis_provider``).  Nothing here imports ``plugin`` or the
adapter, and the core imports none of them (``tests/test_rings.py``).
"""
