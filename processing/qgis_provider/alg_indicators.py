"""Indicator algorithms: coverage per district on a date, yearly series, the plan's targets.

Each calls the function the ``smartcity coverage|series|targets`` command calls, on the same
layer tables, so QGIS and the command line give the same numbers.
"""

from __future__ import annotations

from qgis.core import (QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber)

from ...qgis_common.compat import file_behavior, number_type, source_type
from .alg_store import date_parameter
from .base import SmartCityAlgorithm
from .common import ProgressAdapter, run_core, style_output, table_sink, tr

_RECORDED_ZH = ("<li><b>记录时间</b>（可选）：按项目库历史中该时刻的记录计算，"
                "同 <code>--as-recorded</code>；当时出具的报告可原样重现。本机时间。</li>")
_RECORDED_EN = ("<li><b>As recorded at</b> (optional): what the store said at that moment, from "
                "its history, like <code>--as-recorded</code>: a report issued then comes out "
                "again as it was. This computer's local time.</li>")
_INPUTS_ZH = ("<li><b>项目库</b>：GeoPackage 项目库；或不给项目库而直接给图层。</li>"
              "<li><b>各图层</b>（可选）：用任意 QGIS 矢量图层（PostGIS、内存图层、仅选中要素）"
              "代替项目库中的同名图层，字段用规范字段名（见 SPEC）。</li>"
              "<li><b>范围</b>：区县（GB/T 2260）、功能区或全部；总是附加全市一行。</li>"
              "<li><b>人口栅格</b>（可选）：用于人口覆盖率 cov_5g_pop_pct。</li>"
              "<li><b>覆盖半径表</b>（可选）：频段 × 场景的半径 CSV，代替内置模型。</li>")
_INPUTS_EN = ("<li><b>Project store</b>: the GeoPackage store; or no store and the layers "
              "themselves.</li>"
              "<li><b>Layers</b> (optional): any QGIS vector layer (PostGIS, a memory layer, only "
              "the selected features) instead of the store's layer of that name, with the "
              "canonical field names of the spec.</li>"
              "<li><b>Districts to report</b>: counties (GB/T 2260), functional zones or all; a "
              "row for the whole city is always added.</li>"
              "<li><b>Population raster</b> (optional): for cov_5g_pop_pct.</li>"
              "<li><b>Coverage radius table</b> (optional): a band × scene radius CSV instead of "
              "the built-in model.</li>")


class CoverageAlgorithm(SmartCityAlgorithm):
    NAME = "coverage"
    DISPLAY = "Coverage and indicators per district"
    HELP_ZH = ("<p>计算某日各区县及全市的全部指标：5G基站数（开通、建成）、密度、面积和人口覆盖率、"
               "重点场所通达率、智慧社区占比、井盖监测率、空气水质自动监测率。与 "
               "<code>smartcity coverage</code> 调用同一函数，数字完全相同。</p><ul>" + _INPUTS_ZH
               + "<li><b>日期</b>：指标日期。</li>" + _RECORDED_ZH +
               "<li><b>区县指标图层</b>：带全部指标字段的区县多边形（含全市）。</li>"
               "<li><b>覆盖范围图层</b>：各区县内融合后的5G覆盖范围。</li></ul>")
    HELP_EN = ("<p>All indicators per district and for the whole city on a date: 5G stations "
               "active and built, density, area and population coverage, key places reached, "
               "smart communities, manhole monitoring, automated environmental monitoring. Calls "
               "the same function as <code>smartcity coverage</code>: the numbers are the "
               "same.</p><ul>" + _INPUTS_EN
               + "<li><b>Date</b>: the date of the indicators.</li>" + _RECORDED_EN +
               "<li><b>District indicators</b>: district polygons (and the city) with every "
               "indicator field.</li>"
               "<li><b>Coverage</b>: the dissolved 5G coverage inside each district.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=True)
        self.add_layer_parameters()
        self.addParameter(date_parameter("AS_OF", tr("Date")))
        self.add_recorded_parameter()
        self.add_level_parameter()
        self.add_population_parameter()
        self.add_radius_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            "DISTRICTS_OUT", tr("District indicators"), source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "COVERAGE_OUT", tr("5G coverage"), source_type("VectorPolygon")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.read_layers(parameters, context, feedback)
        if layers is None:
            return {}
        day = self.as_of(parameters, context)
        level = self.level(parameters, context)
        from ...processing.indicators import compute_layers, indicator_layer

        feedback.pushInfo(tr("Indicators as of {} ({}).").format(day.isoformat(), level))
        result = run_core(feedback, compute_layers, layers, day, level=level,
                          population_raster=self.population(parameters, context),
                          radius_table=self.radius_table(parameters, context),
                          progress=ProgressAdapter(feedback, 10, 95))
        if result is None:
            return {}
        table, polygons, districts = result
        shapes = indicator_layer(table, districts)
        dest_districts = table_sink(self, parameters, "DISTRICTS_OUT", context, shapes, True)
        dest_coverage = table_sink(self, parameters, "COVERAGE_OUT", context, polygons, True)
        style_output(context, dest_districts, "district_indicators.qml")
        style_output(context, dest_coverage, "coverage.qml")
        city = table.iloc[-1]
        feedback.pushInfo(tr("City: {} stations active, 5G area coverage {:.2f} %.").format(
            int(city["bs_active"]), float(city["cov_5g_area_pct"])))
        return {"DISTRICTS_OUT": dest_districts, "COVERAGE_OUT": dest_coverage}


class SeriesAlgorithm(SmartCityAlgorithm):
    NAME = "series"
    DISPLAY = "Yearly indicator series"
    HELP_ZH = ("<p>从起始年到结束年每年年末（或每季度末）各区县及全市的指标表，每个日期和区县一行。"
               "与 <code>smartcity series</code> 相同。</p><ul>" + _INPUTS_ZH
               + "<li><b>起始年、结束年</b>：含两端。</li><li><b>步长</b>：年或季度。</li>"
               "<li><b>附加计数</b>：同时输出比率背后的计数（社区数、星级社区数……）。</li>"
               "<li><b>输出</b>：无几何的表。</li></ul>")
    HELP_EN = ("<p>The indicators per district and for the city at each year end (or quarter "
               "end) from one year to another: one row per date and district. Like "
               "<code>smartcity series</code>.</p><ul>" + _INPUTS_EN
               + "<li><b>From / to year</b>: inclusive.</li><li><b>Step</b>: year or quarter."
               "</li><li><b>Counts</b>: also the counts behind the rates (communities, "
               "star-rated …).</li><li><b>Output</b>: a table without geometry.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=True)
        self.add_layer_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            "FROM_YEAR", tr("From year"), number_type("Integer"), defaultValue=2019,
            minValue=1900, maxValue=2200))
        self.addParameter(QgsProcessingParameterNumber(
            "TO_YEAR", tr("To year"), number_type("Integer"), defaultValue=2022,
            minValue=1900, maxValue=2200))
        self.addParameter(QgsProcessingParameterEnum(
            "STEP", tr("Step"), options=[tr("Year"), tr("Quarter")], defaultValue=0))
        self.add_level_parameter()
        self.add_population_parameter()
        self.add_radius_parameter()
        self.addParameter(QgsProcessingParameterBoolean(
            "COUNTS", tr("Also the counts behind the rates"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Indicator series"), source_type("Vector")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        start = self.parameterAsInt(parameters, "FROM_YEAR", context)
        end = self.parameterAsInt(parameters, "TO_YEAR", context)
        if end < start:
            raise QgsProcessingException(tr("The last year ({}) is before the first ({}); "
                                            "give the first year first.").format(end, start))
        layers = self.read_layers(parameters, context, feedback)
        if layers is None:
            return {}
        from ...processing.series import period_ends, series_layers

        step = ("year", "quarter")[self.parameterAsEnum(parameters, "STEP", context)]
        table = run_core(feedback, series_layers, layers, period_ends(start, end, step),
                         level=self.level(parameters, context),
                         population_raster=self.population(parameters, context),
                         radius_table=self.radius_table(parameters, context),
                         counts=self.parameterAsBool(parameters, "COUNTS", context),
                         progress=ProgressAdapter(feedback, 10, 95))
        if table is None:
            return {}
        return {"OUTPUT": table_sink(self, parameters, "OUTPUT", context, table, False)}


class TargetsAlgorithm(SmartCityAlgorithm):
    NAME = "targets"
    DISPLAY = "Progress against the plan's targets"
    HELP_ZH = ("<p>某日各项规划目标的期限日值与现状、目标值、差距、状态（status：按期达成、逾期达成、未达成、"
               "进行中；status_zh / status_en 为文字），以及未达成目标按年度趋势预计达成的年份；"
               "无法测算的目标也列出（未测算）。与 <code>smartcity targets</code> 相同。</p><ul>"
               + _INPUTS_ZH
               + "<li><b>目标文件</b>（可选）：.toml、.json 或 .csv；默认为威海 2020–2022 三年行动计划。</li>"
               "<li><b>日期</b>：评估日期。</li>" + _RECORDED_ZH +
               "<li><b>趋势起始年</b>（可选，0 = 目标文件的 <code>series_from</code>）。</li>"
               "<li><b>输出</b>：无几何的表。</li></ul>")
    HELP_EN = ("<p>Each of the plan's targets on a date: the value on its due date and on the "
               "date, target, gap, status (met_on_time, met_late, missed, in_progress; "
               "status_zh / status_en hold the words), and for unmet targets the year the "
               "yearly trend reaches it; targets that cannot be measured are listed as such "
               "(not_measured). Like <code>smartcity targets</code>.</p><ul>" + _INPUTS_EN
               + "<li><b>Targets file</b> (optional): .toml, .json or .csv; default Weihai's "
               "2020–2022 plan.</li><li><b>Date</b>: the date of the evaluation.</li>"
               + _RECORDED_EN + "<li><b>Trend from year</b> (optional, 0 = the plan's series_from).</li>"
               "<li><b>Output</b>: a table without geometry.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=True)
        self.add_layer_parameters()
        self.addParameter(QgsProcessingParameterFile(
            "TARGETS", tr("Targets file (.toml, .json, .csv)"), behavior=file_behavior("File"),
            optional=True))
        self.addParameter(date_parameter("AS_OF", tr("Date")))
        self.add_recorded_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            "FROM_YEAR", tr("Trend from year (0 = the plan's)"), number_type("Integer"),
            defaultValue=0, minValue=0, maxValue=2200))
        self.add_level_parameter()
        self.add_radius_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Targets"), source_type("Vector")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...processing.targets import evaluate_targets, load_targets

        path = self.parameterAsFile(parameters, "TARGETS", context) or None
        plan = run_core(feedback, load_targets, path)
        layers = self.read_layers(parameters, context, feedback)
        if layers is None or plan is None:
            return {}
        day = self.as_of(parameters, context)
        start = self.parameterAsInt(parameters, "FROM_YEAR", context) or None
        table = run_core(feedback, evaluate_targets, plan, layers, day,
                         level=self.level(parameters, context), start_year=start,
                         radius_table=self.radius_table(parameters, context),
                         progress=ProgressAdapter(feedback, 10, 95))
        if table is None:
            return {}
        return {"OUTPUT": table_sink(self, parameters, "OUTPUT", context, table, False)}
