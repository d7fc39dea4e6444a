"""The base of the smartcity algorithms: names, groups, help, and reading a store's layers.

Where an algorithm takes the city's layers it takes a project store (a file) and, for each
layer, an optional QGIS vector layer that replaces the store's one: any layer QGIS can open
(PostGIS, a memory layer, only the selected features), with the canonical field names of
``docs/SPEC.md``.  Without a store, the districts and base stations layers are required.
"""

from __future__ import annotations


from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterDateTime, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterRasterLayer)

from ...layers.schema import INDICATOR_LEVELS, LAYERS
from ...qgis_common.compat import datetime_datetime_type, file_behavior, source_type
from .common import as_date, bilingual_help, require_core, run_core, source_to_frame, tr
from ...resources import ICON


_SOURCE_KINDS = {"POINT": "VectorPoint", "MULTIPOLYGON": "VectorPolygon",
                 "MULTILINESTRING": "VectorLine", "GEOMETRY": "VectorAnyGeometry"}

LAYER_PARAMS = tuple((name, name.upper(), _SOURCE_KINDS[lyr.geometry])
                     for name, lyr in LAYERS.items())
"""(layer, parameter name, accepted geometry) of the optional layer inputs."""

LEVELS = INDICATOR_LEVELS


class SmartCityAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour: translated texts, a group, an icon, bilingual help."""

    NAME = ""
    DISPLAY = ""
    GROUP = ("Indicators", "indicators")
    HELP_ZH = ""
    HELP_EN = ""

    def createInstance(self):  # noqa: N802 (QGIS naming)
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP[0])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP[1]

    def shortHelpString(self) -> str:  # noqa: N802
        return bilingual_help(self.HELP_ZH, self.HELP_EN)

    def helpUrl(self) -> str:  # noqa: N802
        return "https://github.com/weihai-smartcity/smartcity-gis#readme"

    def icon(self):
        from qgis.PyQt.QtGui import QIcon

        return QIcon(str(ICON))

    def tr(self, text: str) -> str:
        return tr(text)

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Before any run: without the core's packages, stop with the sentence naming them
        and the command that installs them (the algorithm stays listed either way)."""
        require_core()
        return True

    # -- shared parameters ----------------------------------------------------------------
    def add_store_parameter(self, optional: bool) -> None:
        # fileFilter, not extension: a postgresql:// URL is a store too.  The default is
        # the store loaded in the project last (the one on the map and in the dashboard).
        from ...qgis_common.projectinfo import loaded_stores

        stores = loaded_stores()
        self.addParameter(QgsProcessingParameterFile(
            "STORE", tr("Project store (GeoPackage or postgresql:// URL)"),
            behavior=file_behavior("File"), fileFilter="GeoPackage (*.gpkg);;All files (*)",
            defaultValue=stores[0] if stores else None, optional=optional))

    def add_layer_parameters(self) -> None:
        labels = {"districts": tr("Districts layer (instead of the store's)"),
                  "base_stations": tr("5G base stations layer (instead of the store's)"),
                  "communities": tr("Communities layer (instead of the store's)"),
                  "manholes": tr("Manholes layer (instead of the store's)"),
                  "monitoring_points": tr("Monitoring points layer (instead of the store's)"),
                  "key_places": tr("Key places layer (instead of the store's)"),
                  "builtup_areas": tr("Built-up areas layer (instead of the store's)"),
                  "enterprises": tr("Enterprises layer (instead of the store's)"),
                  "sites": tr("Sites layer (instead of the store's)"),
                  "pipelines": tr("Pipelines layer (instead of the store's)"),
                  "forests": tr("Forests layer (instead of the store's)")}
        for layer, param, geometry in LAYER_PARAMS:
            self.addParameter(QgsProcessingParameterFeatureSource(
                param, labels[layer], [source_type(geometry)], optional=True))

    def add_level_parameter(self) -> None:
        self.addParameter(QgsProcessingParameterEnum(
            "LEVEL", tr("Districts to report"),
            options=[tr("Counties (GB/T 2260)"), tr("Functional zones"), tr("All")],
            defaultValue=0))

    def add_population_parameter(self) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(
            "POPULATION", tr("Population raster (for population coverage)"), optional=True))

    def add_radius_parameter(self) -> None:
        self.addParameter(QgsProcessingParameterFile(
            "RADIUS_TABLE", tr("Coverage radius table (CSV: band, scene, radius_m)"),
            behavior=file_behavior("File"), extension="csv", optional=True))

    # -- reading inputs -------------------------------------------------------------------
    def as_of(self, parameters, context):
        """The AS_OF date (today when the parameter is empty)."""
        if parameters.get("AS_OF") in (None, ""):
            return as_date(None)
        return as_date(self.parameterAsDateTime(parameters, "AS_OF", context))

    def add_recorded_parameter(self) -> None:
        """AS_RECORDED, the command line's ``--as-recorded``: what the store said at that
        moment (from its history), so a report issued then comes out again as it was."""
        self.addParameter(QgsProcessingParameterDateTime(
            "AS_RECORDED", tr("As recorded at (optional: what the store said at that time)"),
            type=datetime_datetime_type(), optional=True))

    def as_recorded(self, parameters, context):
        """The AS_RECORDED moment in UTC, as the store's history keeps it (None: now).  The
        dialog's time is this computer's local time, as on the command line."""
        import datetime as dt

        if parameters.get("AS_RECORDED") in (None, ""):
            return None
        when = self.parameterAsDateTime(parameters, "AS_RECORDED", context)
        if not when.isValid():
            return None
        # a dialog's QDateTime is local time; one given in UTC (a script) stays that moment
        return when.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc)

    def level(self, parameters, context) -> str:
        return LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]

    def population(self, parameters, context):
        raster = self.parameterAsRasterLayer(parameters, "POPULATION", context)
        return None if raster is None else raster.source()

    def radius_table(self, parameters, context):
        path = self.parameterAsFile(parameters, "RADIUS_TABLE", context)
        if not path:
            return None
        from ...processing.indicators import resolve_radius_table

        try:
            return resolve_radius_table(path)
        except (ValueError, KeyError, OSError) as exc:
            raise QgsProcessingException(f"{path}: {exc}") from None

    def read_layers(self, parameters, context, feedback) -> dict:
        """The full (all dates) layer tables from the store and the layer inputs, prepared
        for the indicator functions."""
        require_core()
        from ...layers.store import StoreError, open_store
        from ...processing.indicators import prepare_layers

        tables: dict = {}
        store_path = self.parameterAsFile(parameters, "STORE", context)
        if store_path and parameters.get("STORE") in (None, ""):
            feedback.pushInfo(tr("Using the store loaded in the project: {}").format(store_path))
        recorded = self.as_recorded(parameters, context)
        if recorded is not None:
            feedback.pushInfo(tr("As the store recorded it at {} (UTC).").format(
                recorded.isoformat(timespec="seconds")))
        if store_path:
            try:
                with open_store(store_path) as store:
                    for layer, _param, _geometry in LAYER_PARAMS:  # deletes stay in the past
                        tables[layer] = store.timeline(layer, as_recorded=recorded)
            except StoreError as exc:
                raise QgsProcessingException(str(exc)) from None
        for layer, param, _geometry in LAYER_PARAMS:
            source = self.parameterAsSource(parameters, param, context)
            if source is not None:
                feedback.pushInfo(tr("Using the layer {} instead of the store's {}.").format(
                    source.sourceName(), layer))
                tables[layer] = source_to_frame(source, context, feedback, layer)
        for required in ("districts", "base_stations"):
            if required not in tables:
                raise QgsProcessingException(
                    tr("Give a project store, or at least a districts layer and a base "
                       "stations layer."))
        return run_core(feedback, prepare_layers, tables)
