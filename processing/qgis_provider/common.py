"""What every smartcity algorithm shares: translation, progress, layer <-> table conversion.

The algorithms are thin: they turn Processing parameters into the arguments of the core
functions (the same ones the ``smartcity`` CLI calls), and the core's GeoDataFrames back into
feature sinks.  Core modules (geopandas, shapely …) are imported only when an algorithm runs,
so the provider loads, and explains what is missing, even where they are not installed.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Callable, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext,
                       QgsFeature, QgsField, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsVectorFileWriter, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ...qgis_common.compat import fast_insert, field_type, wkb_type
from ...qgis_common.deps import missing_dependencies, missing_message
from ...resources import STYLES

STORE_CRS = "EPSG:4490"


def tr(text: str) -> str:
    """``text`` translated into the user's language (``i18n/*.qm``), English otherwise."""
    return QCoreApplication.translate("SmartCity", text)


def bilingual_help(zh: str, en: str) -> str:
    """Help text in the user's language (Chinese or English): one language per text, as
    everything else the plugin shows."""
    from ...qgis_common.i18n import is_chinese

    return zh if is_chinese() else en


def coded_option(code: str, zh: str, en: str) -> str:
    """A dialog option naming a stored code: its name in the user's language, then the code
    (``5G基站(开通) (bs_active)`` / ``5G stations active (bs_active)``)."""
    from ...qgis_common.i18n import is_chinese

    name = zh if is_chinese() else en
    return f"{name} ({code})" if name and name != code else code


def indicator_option(code: str) -> str:
    """:func:`coded_option` for an indicator column (its labels from the indicator table)."""
    from ..indicator_names import INDICATOR_LABELS  # light: the dialog opens without pandas

    zh, en = INDICATOR_LABELS.get(code, (code, code))
    return coded_option(code, zh, en)


def require_core() -> None:
    """Raise a clear QgsProcessingException when a core dependency is missing in QGIS."""
    if missing_dependencies():
        raise QgsProcessingException(missing_message())


class ProgressAdapter:
    """A core ``progress(percent, message)`` callback driving a Processing ``feedback``.

    Raises :class:`~smartcity.layers.progress.Cancelled` as soon as the user pressed Cancel,
    which the core turns into a clean stop (open transactions roll back).
    """

    def __init__(self, feedback, start: float = 0.0, end: float = 100.0):
        self.feedback = feedback
        self.start, self.end = start, end
        self._last = ""

    def __call__(self, percent: float, message: str = "") -> None:
        from ...layers.progress import Cancelled

        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise Cancelled()
        self.feedback.setProgress(self.start + (self.end - self.start) * float(percent) / 100)
        if message and message != self._last:
            self._last = message
            self.feedback.pushDebugInfo(message)


def run_core(feedback, func: Callable, *args, **kwargs):
    """Call a core function, turning its exceptions into what Processing expects.

    A cancel returns ``None`` (the algorithm then returns empty results); a ``ValueError``
    (store, import or input problems: their messages are sentences) and every failure normal
    use meets (:func:`smartcity.layers.sentences.known_sentence`: full disk, locked store,
    a path that cannot be written) become a ``QgsProcessingException`` with the sentence the
    CLI says too.  Anything else (a ``KeyError``, an ``OSError`` without a file) is a bug and
    keeps its traceback in the log, rather than passing for a user's mistake.
    """
    from ...layers.progress import Cancelled
    from ...layers.sentences import known_sentence

    try:
        return func(*args, **kwargs)
    except Cancelled:
        feedback.reportError(tr("Cancelled: nothing was written."), False)
        return None
    except ModuleNotFoundError as exc:
        raise QgsProcessingException(missing_message(extra=[exc.name or ""])) from None
    except ValueError as exc:
        raise QgsProcessingException(str(exc)) from None
    except Exception as exc:
        sentence = known_sentence(exc)
        if sentence is None:
            raise
        raise QgsProcessingException(sentence) from None


def as_date(value) -> dt.date:
    """A Python date from a Processing date parameter value (QDateTime, QDate or text)."""
    from ...layers.dates import parse_date

    if value is None:
        return dt.date.today()
    if hasattr(value, "date") and hasattr(value, "isValid"):  # QDateTime
        if not value.isValid():
            raise QgsProcessingException(tr("The date is not valid; give it as 2021-12-31."))
        value = value.date()
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    try:
        return parse_date(str(value))
    except ValueError as exc:
        raise QgsProcessingException(str(exc)) from None


def temp_path(suffix: str) -> str:
    fd, path = tempfile.mkstemp(prefix="smartcity-", suffix=suffix)
    os.close(fd)
    os.unlink(path)
    return path


def source_to_gpkg(source, context, feedback, crs: Optional[str] = None,
                   name: str = "layer") -> str:
    """Write a Processing feature source (a PostGIS or memory layer, or only its selected
    features) to a temporary GeoPackage and return its path.

    With ``crs`` the features are reprojected on the way (QGIS transforms, honouring the
    project's datum transformations); otherwise the source's own CRS is kept, so the
    importer sees the CRS the data really has.
    """
    path = temp_path(".gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    target_crs = QgsCoordinateReferenceSystem(crs) if crs else source.sourceCrs()
    transform_context = context.transformContext() if context is not None \
        else QgsCoordinateTransformContext()
    fields, as_json = _writable_fields(source.fields())
    writer = QgsVectorFileWriter.create(path, fields, source.wkbType(), target_crs,
                                        transform_context, options)
    if writer is None or writer.hasError():
        raise QgsProcessingException(tr("Cannot write a temporary copy of the input layer: ")
                                     + (writer.errorMessage() if writer else path))
    transform = None
    if crs and source.sourceCrs() != target_crs:
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
    total = max(1, source.featureCount())
    for n, feature in enumerate(source.getFeatures()):
        if feedback is not None and feedback.isCanceled():
            break
        if transform is not None and feature.hasGeometry():
            geom = feature.geometry()
            geom.transform(transform)
            feature.setGeometry(geom)
        if as_json:
            feature = _with_json_attributes(feature, fields, as_json)
        writer.addFeature(feature, fast_insert())
        if feedback is not None and n % 1000 == 0:
            feedback.setProgress(min(10.0, 10.0 * n / total))
    del writer
    return path


_COMPLEX_TYPES = {8, 9, 11}
"""Field types a GeoPackage cannot hold (QVariant and QMetaType agree on the numbers): Map
(DataV's ``parent`` object), List (``acroutes``, ``center``) and StringList."""


def _writable_fields(fields: QgsFields) -> tuple[QgsFields, list[int]]:
    """The fields with map/list ones as text (their values written as JSON), and which."""
    out = QgsFields()
    as_json = []
    for i, f in enumerate(fields):
        if int(f.type()) in _COMPLEX_TYPES:
            as_json.append(i)
            f = QgsField(f.name(), field_type("text"))
        out.append(f)
    return out, as_json


def _with_json_attributes(feature: QgsFeature, fields: QgsFields, as_json: list[int]):
    """A copy of ``feature`` whose map/list attributes are JSON text, as GDAL writes them."""
    import json

    attributes = feature.attributes()
    for i in as_json:
        value = attributes[i]
        if isinstance(value, (dict, list, tuple)):
            attributes[i] = json.dumps(value, ensure_ascii=False, default=str)
        elif not isinstance(value, str):  # NULL (a QVariant under PyQt5, None under PyQt6)
            attributes[i] = None
    copy = QgsFeature(fields)
    copy.setGeometry(feature.geometry())
    copy.setAttributes(attributes)
    return copy


def source_to_frame(source, context, feedback, name: str):
    """A feature source as a GeoDataFrame in EPSG:4490 (for the indicator functions)."""
    import geopandas as gpd

    path = source_to_gpkg(source, context, feedback, crs=STORE_CRS, name=name)
    try:
        frame = gpd.read_file(path, layer=name)
    finally:
        Path(path).unlink(missing_ok=True)
    if frame.crs is None:
        frame = frame.set_crs(STORE_CRS)
    return frame


# --- GeoDataFrame -> feature sink -------------------------------------------------------------

def _kind(series) -> str:
    import pandas as pd

    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "int"
    if pd.api.types.is_float_dtype(series):
        return "real"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    return "text"


def frame_fields(frame) -> QgsFields:
    """QgsFields for the non-geometry columns of a (Geo)DataFrame, typed from its dtypes."""
    fields = QgsFields()
    for column in frame.columns:
        if column == "geometry":
            continue
        fields.append(QgsField(str(column), field_type(_kind(frame[column]))))
    return fields


def _cell(value, kind: str):
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:  # NaN in any column is NULL
        return None
    if kind == "real":
        value = float(value)
        return None if value != value else value
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if kind == "date":
        ts = pd.Timestamp(value)
        return QDate(ts.year, ts.month, ts.day)
    return str(value)


def multipolygon_wkb(geoms) -> list:
    """WKB of each geometry as a MultiPolygon (None for missing or empty ones)."""
    import numpy as np
    import shapely

    arr = np.asarray(geoms, dtype=object)
    out = []
    for g in arr:
        if g is None or g.is_empty:
            out.append(None)
            continue
        if g.geom_type == "Polygon":
            g = shapely.MultiPolygon([g])
        elif g.geom_type == "GeometryCollection":
            polys = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
            g = shapely.MultiPolygon(list(shapely.get_parts(shapely.union_all(polys))))
        out.append(shapely.to_wkb(g, output_dimension=2))
    return out


def write_frame(frame, sink, fields: QgsFields, feedback=None) -> int:
    """Add the rows of ``frame`` to ``sink`` (fields as :func:`frame_fields`); returns count."""
    columns = [c for c in frame.columns if c != "geometry"]
    kinds = [_kind(frame[c]) for c in columns]
    has_geometry = "geometry" in frame.columns
    wkbs = multipolygon_wkb(frame.geometry) if has_geometry else [None] * len(frame)
    values = [frame[c].tolist() for c in columns]
    features = []
    for i in range(len(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes([_cell(values[j][i], kinds[j]) for j in range(len(columns))])
        if wkbs[i] is not None:
            geom = QgsGeometry()
            geom.fromWkb(wkbs[i])
            feature.setGeometry(geom)
        features.append(feature)
    if not sink.addFeatures(features, fast_insert()):
        raise QgsProcessingException(tr("Could not write the output features."))
    return len(features)


def table_sink(alg, parameters, name: str, context, frame, polygon: bool):
    """Create the sink ``name`` for ``frame`` and fill it; returns the destination id."""
    fields = frame_fields(frame)
    wkb = wkb_type("MultiPolygon" if polygon else "NoGeometry")
    crs = QgsCoordinateReferenceSystem(STORE_CRS) if polygon else QgsCoordinateReferenceSystem()
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    write_frame(frame, sink, fields)
    del sink
    return dest


# --- styling outputs --------------------------------------------------------------------------

class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Loads a QML from ``styles/`` onto an output layer when QGIS loads it."""

    _by_qml: dict[str, "StylePostProcessor"] = {}
    """Processing keeps only a raw pointer, so the Python objects must outlive every load;
    they hold nothing but the style's name, so one per QML file serves every output (a
    bounded set, instead of one more object per run for the life of QGIS)."""

    def __init__(self, qml: str):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS naming)
        if isinstance(layer, QgsVectorLayer):
            from ...qgis_common.i18n import localize_layer

            layer.loadNamedStyle(str(STYLES / self.qml))
            localize_layer(layer)  # legend and field names in the user's language
            layer.triggerRepaint()

    @classmethod
    def create(cls, qml: str) -> "StylePostProcessor":
        if qml not in cls._by_qml:
            cls._by_qml[qml] = cls(qml)
        return cls._by_qml[qml]


def style_output(context, dest: str, qml: str) -> None:
    """Style the output ``dest`` with ``styles/<qml>``: when QGIS loads it (toolbox,
    modeler), and, for a GeoPackage file, as the default style stored inside it, so it also
    comes back styled when opened later or produced by ``processing.run``/``qgis_process``."""
    if context.willLoadLayerOnCompletion(dest):
        context.layerToLoadOnCompletionDetails(dest).setPostProcessor(
            StylePostProcessor.create(qml))
    store_default_style(dest, qml)


def store_default_style(dest: str, qml: str) -> bool:
    """Save ``styles/<qml>`` as the default style inside a GeoPackage output."""
    path = dest.split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.exists(path):
        return False
    layer = QgsVectorLayer(dest, "output", "ogr")
    if not layer.isValid():
        return False
    layer.loadNamedStyle(str(STYLES / qml))
    error = layer.saveStyleToDatabase(Path(qml).stem, "smartcity", True, "")
    return not error
