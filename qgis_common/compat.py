"""Names that moved between QGIS 3.22, 3.34/3.40 and Qt6/QGIS 4, resolved in one place.

Newer QGIS moves enums into scoped ``Qgis.*`` enums and Qt6 drops the unscoped Qt names;
every enum the plugin uses is looked up here, scoped first, with the 3.22 spelling as the
fallback, so the rest of the code never mentions either spelling.
"""

from __future__ import annotations

from typing import Any


def _first(*candidates: Any) -> Any:
    """The first of ``candidates`` (callables returning a value) that does not raise."""
    for get in candidates:
        try:
            return get()
        except AttributeError:
            continue
    raise AttributeError("none of the enum spellings exists in this QGIS")


def temporal_start_end_mode():
    from qgis.core import Qgis, QgsVectorLayerTemporalProperties

    return _first(lambda: Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields,
                  lambda: QgsVectorLayerTemporalProperties.TemporalMode
                  .ModeFeatureDateTimeStartAndEndFromFields)


def include_begin_exclude_end():
    from qgis.core import Qgis

    return _first(lambda: Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd)


def temporal_expressions_mode():
    from qgis.core import Qgis, QgsVectorLayerTemporalProperties

    return _first(lambda: Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions,
                  lambda: QgsVectorLayerTemporalProperties.TemporalMode
                  .ModeFeatureDateTimeStartAndEndFromExpressions)


def include_begin_include_end():
    from qgis.core import Qgis

    return _first(lambda: Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)


def label_over_point():
    """Label placement "over the point".  3.40's bindings bind the old unscoped
    ``QgsPalLayerSettings.OverPoint`` to a ``Qgis.LabelPredefinedPointPosition`` (3.38 added
    a member of that name), which ``placement`` rejects: the scoped name comes first."""
    from qgis.core import Qgis, QgsPalLayerSettings

    return _first(lambda: Qgis.LabelPlacement.OverPoint,
                  lambda: QgsPalLayerSettings.Placement.OverPoint)


def label_placement(name: str):
    """A label placement (``Horizontal``, ``OverPoint`` …), scoped first."""
    from qgis.core import Qgis, QgsPalLayerSettings

    return _first(lambda: getattr(Qgis.LabelPlacement, name),
                  lambda: getattr(QgsPalLayerSettings.Placement, name))


def render_mm():
    """The "millimetres" render unit (symbol sizes, cluster distances)."""
    from qgis.core import Qgis, QgsUnitTypes

    return _first(lambda: Qgis.RenderUnit.Millimeters,
                  lambda: QgsUnitTypes.RenderUnit.RenderMillimeters)


def render_points():
    """The "points" render unit (type sizes)."""
    from qgis.core import Qgis, QgsUnitTypes

    return _first(lambda: Qgis.RenderUnit.Points,
                  lambda: QgsUnitTypes.RenderUnit.RenderPoints)


def set_legend_font(legend, style, font) -> None:
    """A legend style's font: through its text format where QGIS has one (3.30+; the old
    ``setStyleFont`` is deprecated), else the 3.22 way."""
    rstyle = legend.rstyle(style)
    if hasattr(rstyle, "textFormat"):
        fmt = rstyle.textFormat()
        fmt.setFont(font)
        fmt.setSize(font.pointSizeF())
        fmt.setSizeUnit(render_points())
        rstyle.setTextFormat(fmt)
    else:
        legend.setStyleFont(style, font)


def alg_flag(name: str):
    """A Processing algorithm flag (``NoThreading``, ``CanCancel`` …), scoped or not."""
    from qgis.core import Qgis, QgsProcessingAlgorithm

    return _first(lambda: getattr(Qgis.ProcessingAlgorithmFlag, name),
                  lambda: getattr(QgsProcessingAlgorithm.Flag, "Flag" + name))


def source_type(name: str):
    """A Processing source type (``VectorAnyGeometry``, ``VectorPolygon``, ``Vector``)."""
    from qgis.core import Qgis, QgsProcessing

    return _first(lambda: getattr(Qgis.ProcessingSourceType, name),
                  lambda: getattr(QgsProcessing.SourceType, "Type" + name))


def number_type(name: str):
    """``Integer`` or ``Double`` for QgsProcessingParameterNumber."""
    from qgis.core import Qgis, QgsProcessingParameterNumber

    return _first(lambda: getattr(Qgis.ProcessingNumberParameterType, name),
                  lambda: getattr(QgsProcessingParameterNumber.Type, name))


def file_behavior(name: str):
    """``File`` or ``Folder`` for QgsProcessingParameterFile."""
    from qgis.core import Qgis, QgsProcessingParameterFile

    return _first(lambda: getattr(Qgis.ProcessingFileParameterBehavior, name),
                  lambda: getattr(QgsProcessingParameterFile.Behavior, name))


def field_type(kind: str):
    """A QgsField type for a schema kind: QMetaType (Qt6 / QGIS ≥ 3.38) else QVariant."""
    try:
        from qgis.PyQt.QtCore import QMetaType

        types = {"text": QMetaType.Type.QString, "int": QMetaType.Type.LongLong,
                 "real": QMetaType.Type.Double, "date": QMetaType.Type.QDate,
                 "bool": QMetaType.Type.Bool, "datetime": QMetaType.Type.QDateTime}
        from qgis.core import Qgis

        if Qgis.QGIS_VERSION_INT >= 33800:
            return types[kind]
    except (ImportError, AttributeError):
        pass
    from qgis.PyQt.QtCore import QVariant

    return {"text": QVariant.String, "int": QVariant.LongLong, "real": QVariant.Double,
            "date": QVariant.Date, "bool": QVariant.Bool, "datetime": QVariant.DateTime}[kind]


def dock_area_right():
    from qgis.PyQt.QtCore import Qt

    return Qt.DockWidgetArea.RightDockWidgetArea  # scoped in PyQt5 5.15 too


def wkb_type(name: str):
    """A WKB geometry type (``MultiPolygon``, ``NoGeometry``): ``Qgis.WkbType`` (3.30+) or
    ``QgsWkbTypes``."""
    from qgis.core import Qgis, QgsWkbTypes

    return _first(lambda: getattr(Qgis.WkbType, name),
                  lambda: getattr(QgsWkbTypes.Type, name))


def fast_insert():
    from qgis.core import QgsFeatureSink

    return QgsFeatureSink.Flag.FastInsert  # scoped since QGIS 3.22


def align_center():
    from qgis.PyQt.QtCore import Qt

    return Qt.AlignmentFlag.AlignCenter


def user_role():
    """``Qt.UserRole``: where a table item keeps data that is not shown (a status code)."""
    from qgis.PyQt.QtCore import Qt

    return Qt.ItemDataRole.UserRole  # scoped in PyQt5 5.15 too


def no_edit_triggers():
    from qgis.PyQt.QtWidgets import QAbstractItemView

    return QAbstractItemView.EditTrigger.NoEditTriggers


def style_categories(*names: str):
    """The OR of QgsMapLayer style categories (``Symbology``, ``Temporal`` …)."""
    from qgis.core import QgsMapLayer

    flags = None
    for name in names:
        flag = getattr(QgsMapLayer.StyleCategory, name)  # scoped since 3.22
        flags = flag if flags is None else flags | flag
    return flags


def datetime_date_type():
    """The "date only" type of QgsProcessingParameterDateTime."""
    from qgis.core import Qgis, QgsProcessingParameterDateTime

    return _first(lambda: Qgis.ProcessingDateTimeParameterDataType.Date,
                  lambda: QgsProcessingParameterDateTime.Type.Date)


def datetime_datetime_type():
    """The "date and time" type of QgsProcessingParameterDateTime."""
    from qgis.core import Qgis, QgsProcessingParameterDateTime

    return _first(lambda: Qgis.ProcessingDateTimeParameterDataType.DateTime,
                  lambda: QgsProcessingParameterDateTime.Type.DateTime)


def label_quadrant_over():
    """Label quadrant "over" the anchor point."""
    from qgis.core import Qgis, QgsPalLayerSettings

    return _first(lambda: Qgis.LabelQuadrantPosition.Over,
                  lambda: QgsPalLayerSettings.QuadrantPosition.QuadrantOver)


def label_multiline_center():
    """Multi-line labels centred."""
    from qgis.core import Qgis, QgsPalLayerSettings

    return _first(lambda: Qgis.LabelMultiLineAlignment.Center,
                  lambda: QgsPalLayerSettings.MultiLineAlign.MultiCenter)


def legend_component(name: str):
    """A legend style component (``Title``, ``Group``, ``Subgroup``, ``Symbol``,
    ``SymbolLabel``)."""
    from qgis.core import Qgis, QgsLegendStyle

    return _first(lambda: getattr(Qgis.LegendComponent, name),
                  lambda: getattr(QgsLegendStyle.Style, name))


def layout_mm():
    """Millimetres, the unit of the print layouts."""
    from qgis.core import Qgis, QgsUnitTypes

    return _first(lambda: Qgis.LayoutUnit.Millimeters,
                  lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def navigation_mode(name: str):
    """A Temporal Controller navigation mode: ``Animated``, ``Disabled`` (3.22's
    ``NavigationOff``), ``FixedRange``."""
    from qgis.core import Qgis, QgsTemporalNavigationObject

    old = {"Disabled": "NavigationOff"}.get(name, name)
    return _first(lambda: getattr(Qgis.TemporalNavigationMode, name),
                  lambda: getattr(QgsTemporalNavigationObject.NavigationMode, old))


def temporal_years():
    """The "years" temporal unit."""
    from qgis.core import Qgis, QgsUnitTypes

    return _first(lambda: Qgis.TemporalUnit.Years,
                  lambda: QgsUnitTypes.TemporalUnit.TemporalYears)


def enum_int(value) -> int:
    """An enum member as int, for PyQt5 (ints) and PyQt6 (Python enums) alike."""
    return int(getattr(value, "value", value))


def header_resize_mode(name: str):
    """``Stretch`` or ``ResizeToContents`` for QHeaderView."""
    from qgis.PyQt.QtWidgets import QHeaderView

    return getattr(QHeaderView.ResizeMode, name)  # scoped in PyQt5 5.15 too
