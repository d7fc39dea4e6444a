"""The ``mapsheet`` Processing algorithm: map sheets of an indicator as of a date, drawn by
QGIS print layouts (:mod:`.layouts`) from the same data and design as ``smartcity mapsheet``.

Layouts are touched on the main thread only, so the algorithm declares ``FlagNoThreading``.
"""

from __future__ import annotations

from qgis.core import (QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...qgis_common.compat import alg_flag, file_behavior, number_type
from .alg_store import date_parameter
from .base import SmartCityAlgorithm
from .common import ProgressAdapter, coded_option, run_core, tr

PAPERS = ("A4", "A3")
ORIENTATIONS = ("landscape", "portrait")
FORMATS = ("pdf", "png")


def _themes() -> list[str]:
    from ..maps.themes import theme_names

    return theme_names()


class MapSheetAlgorithm(SmartCityAlgorithm):
    NAME = "mapsheet"
    DISPLAY = "Map sheets (atlas) of an indicator"
    GROUP = ("Map sheets", "maps")
    HELP_ZH = ("<p>按日期输出某一指标的专题地图：全市总图及各区县分图（图集），每幅含中文标题、"
               "截止日期、图例、比例尺、指北针、区县图的位置示意图、数据来源和制图日期。"
               "样式取自 <code>styles/*.qml</code>，版式取自 <code>styles/layouts/*.qpt</code>，"
               "与 <code>smartcity mapsheet</code> 的图面设计相同。</p><ul>"
               "<li><b>专题</b>：coverage（5G覆盖与各运营商基站）、communities、manholes、"
               "monitoring_points、key_places，或指标字段（分级设色图）。</li>"
               "<li><b>区县</b>：all = 总图加各区县分图；city = 仅总图；或一个区县代码。</li>"
               "<li><b>目标文件</b>（可选）：主要指标旁列出的规划目标及其状态（按期达成、逾期达成、"
               "未达成、进行中）与期限日值；默认为威海 2020–2022 三年行动计划。</li>"
               "<li><b>输出</b>：PDF（矢量，嵌入字体，一个多页图集）或每幅一个 PNG。</li>"
               "<li><b>加入项目</b>：同时把各图幅的打印布局和按区县的图集加入当前项目，"
               "可在布局设计器中修改；图层存于输出文件夹。</li></ul>")
    HELP_EN = ("<p>Map sheets of an indicator as of a date: the city overview and one sheet per "
               "district (an atlas), each with a Chinese title, the as-of date, legend, scale "
               "bar, north arrow, a locator inset on district sheets, data source and "
               "production date. Styles come from <code>styles/*.qml</code>, page layouts from "
               "<code>styles/layouts/*.qpt</code>: the same design as "
               "<code>smartcity mapsheet</code>.</p><ul>"
               "<li><b>Theme</b>: coverage (5G coverage and stations by operator), communities, "
               "manholes, monitoring_points, key_places, or an indicator column (a "
               "choropleth).</li>"
               "<li><b>District</b>: all = overview and every district; city = the overview; or "
               "one district code.</li>"
               "<li><b>Targets file</b> (optional): the plan whose targets the key figures show "
               "beside the values, with their status (met on time, met late, missed, in "
               "progress) and value on the due date; default Weihai's 2020–2022 plan.</li>"
               "<li><b>Output</b>: PDF (vector, fonts embedded, one multi-page atlas) or one PNG "
               "per sheet.</li>"
               "<li><b>Add to the project</b>: also adds each sheet's print layout and an "
               "atlas over the districts to the project, to adjust in the layout designer; "
               "their layers are kept in the output folder.</li></ul>")

    def flags(self):
        return super().flags() | alg_flag("NoThreading")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=True)
        self.add_layer_parameters()
        self.addParameter(date_parameter("AS_OF", tr("Date")))
        from ..maps.themes import theme

        themes = _themes()
        self.addParameter(QgsProcessingParameterEnum(
            "INDICATOR", tr("Theme (indicator)"),
            options=[coded_option(t, theme(t).title_zh, theme(t).title_en) for t in themes],
            defaultValue=themes.index("coverage")))
        self.addParameter(QgsProcessingParameterString(
            "DISTRICT", tr("Districts: all, city, or a district code"), defaultValue="all"))
        self.add_level_parameter()
        self.addParameter(QgsProcessingParameterEnum("PAPER", tr("Paper"), options=list(PAPERS),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "ORIENTATION", tr("Orientation"), options=[tr("Landscape"), tr("Portrait")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("FORMAT", tr("Format"),
                                                     options=["PDF", "PNG"], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "DPI", tr("PNG resolution (dpi)"), type=number_type("Integer"), defaultValue=200,
            minValue=30, maxValue=1200))
        self.add_radius_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "TARGETS", tr("Targets file (.toml, .json, .csv)"), behavior=file_behavior("File"),
            optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", tr("Output folder")))
        self.addParameter(QgsProcessingParameterBoolean(
            "ADD_LAYOUTS", tr("Also add the print layouts and the atlas to the project"),
            defaultValue=True))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written")))
        self.addOutput(QgsProcessingOutputString("LAYOUTS", tr("Layouts added to the project")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..targets import load_targets

        plan = run_core(feedback, load_targets,
                        self.parameterAsFile(parameters, "TARGETS", context) or None)
        layers = self.read_layers(parameters, context, feedback)
        if layers is None or plan is None:
            return {}
        day = self.as_of(parameters, context)
        indicator = _themes()[self.parameterAsEnum(parameters, "INDICATOR", context)]
        district = (self.parameterAsString(parameters, "DISTRICT", context) or "all").strip()
        level = self.level(parameters, context)
        paper = PAPERS[self.parameterAsEnum(parameters, "PAPER", context)]
        orientation = ORIENTATIONS[self.parameterAsEnum(parameters, "ORIENTATION", context)]
        fmt = FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)]
        dpi = self.parameterAsInt(parameters, "DPI", context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        import os
        from pathlib import Path

        os.makedirs(folder, exist_ok=True)
        from ..maps.sheetdata import build_map_data
        from ...qgis_common.layouts import render_sheets_qgis

        store = self.parameterAsFile(parameters, "STORE", context)
        feedback.pushInfo(tr("Map sheets of {} as of {}.").format(indicator, day.isoformat()))
        data = run_core(feedback, build_map_data, layers, day, level=level,
                        radius_table=self.radius_table(parameters, context),
                        source=Path(store).name if store else "", targets=plan,
                        progress=ProgressAdapter(feedback, 0, 40))
        if data is None:
            return {}
        try:
            written = run_core(feedback, render_sheets_qgis, data, indicator, Path(folder),
                               district=district, paper=paper, orientation=orientation,
                               fmt=fmt, dpi=dpi, progress=ProgressAdapter(feedback, 40, 100))
        except RuntimeError as exc:  # a missing template or CJK font
            raise QgsProcessingException(str(exc)) from None
        if written is None:
            return {}
        for path in written:
            feedback.pushInfo(str(path))
        added: list = []
        project = context.project()
        if self.parameterAsBoolean(parameters, "ADD_LAYOUTS", context) and project is not None:
            from ...qgis_common.layouts import add_sheets_to_project

            added = run_core(feedback, add_sheets_to_project, data, indicator, project,
                             Path(folder), district=district, paper=paper,
                             orientation=orientation) or []
            for name in added:
                feedback.pushInfo(tr("Layout added to the project: {}").format(name))
        return {"OUTPUT_FOLDER": folder, "FILES": ";".join(str(p) for p in written),
                "LAYOUTS": ";".join(added)}
