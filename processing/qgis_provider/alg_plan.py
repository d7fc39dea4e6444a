"""The ``plan`` Processing algorithm: where to build the next stations to reach a target.

Calls :func:`smartcity.processing.planning.plan_sites`, the function ``smartcity plan``
calls, so QGIS and the command line choose the same sites.
"""

from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry,
                       QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...qgis_common.compat import fast_insert, number_type, source_type, wkb_type
from .alg_store import date_parameter
from .base import SmartCityAlgorithm
from .common import (STORE_CRS, ProgressAdapter, _cell, _kind, coded_option, frame_fields,
                     indicator_option, run_core, source_to_frame, table_sink, tr)

SCOPES = ("city", "district")
SCENES = ("urban", "dense_urban", "suburban", "rural")


SCENE_LABELS = {"urban": ("城区", "urban"), "dense_urban": ("密集城区", "dense urban"),
                "suburban": ("郊区", "suburban"), "rural": ("农村", "rural")}
"""The scenes' names in the dialog (the schema's Chinese spellings)."""


def _indicators() -> list:
    """The indicators a plan can aim at (listed without geopandas & co.: the algorithm stays
    in the toolbox, and says what to install when run, where they are missing)."""
    from ..indicator_names import PLAN_INDICATORS

    return list(PLAN_INDICATORS)


class PlanAlgorithm(SmartCityAlgorithm):
    NAME = "plan"
    DISPLAY = "Site planning: stations to reach a coverage target"
    GROUP = ("Planning", "planning")
    HELP_ZH = ("<p>选址规划：在候选站址（铁塔、楼顶、路灯杆共杆）或区县内的规则网格中，选出达到覆盖目标"
               "所需最少的新建站点（或给定站点数、预算下覆盖最多）。贪心最大覆盖（惰性增益 CELF），"
               "增益用覆盖引擎的同一覆盖形状精确计算；可选精确求解（MILP，HiGHS）。与 "
               "<code>smartcity plan</code> 调用同一函数。</p><ul>"
               "<li><b>指标</b>：5G面积覆盖率、人口覆盖率（需人口栅格）、重点场所通达率（或某类）。</li>"
               "<li><b>目标值</b>：百分比；0 = 不设目标（用站点数或预算）。</li>"
               "<li><b>区县</b>：只规划一个区县（代码）；否则全市，或各区县分别达到。</li>"
               "<li><b>候选站址</b>：点图层，可带 <code>cost</code>（造价）、<code>band</code>、"
               "<code>scene</code>、<code>coverage_radius_m</code>、<code>azimuth_deg</code>、"
               "<code>azimuths</code>（0;120;240）；或<b>网格间距</b>（米）。</li>"
               "<li><b>输出</b>：新建站点（可直接导入为 base_stations）、新增覆盖范围、"
               "预测指标表。</li></ul>")
    HELP_EN = ("<p>Site planning: of candidate sites (towers, rooftops, street-light poles) or "
               "a square grid inside the districts, the fewest new stations that reach a "
               "coverage target (or the best coverage for a number of sites or a budget). "
               "Greedy maximum coverage with lazy gains (CELF), gains measured exactly on the "
               "coverage engine's own shapes; optionally solved exactly (MILP, HiGHS). Calls "
               "the same function as <code>smartcity plan</code>.</p><ul>"
               "<li><b>Indicator</b>: 5G area coverage, population coverage (with a "
               "population raster), key places reached (or one category).</li>"
               "<li><b>Value</b>: percent; 0 = no target (use sites or budget).</li>"
               "<li><b>District</b>: plan for one district (code); else the city, or each "
               "county on its own.</li>"
               "<li><b>Candidate sites</b>: a point layer, optionally with cost, band, scene, "
               "coverage_radius_m, azimuth_deg, azimuths (0;120;240); or a <b>grid "
               "spacing</b> (metres).</li>"
               "<li><b>Outputs</b>: the new sites (they import as base_stations as they are), "
               "the coverage they add, and the forecast indicator table.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=True)
        self.add_layer_parameters()
        self.addParameter(date_parameter("AS_OF", tr("Date of the existing network")))
        self.addParameter(QgsProcessingParameterEnum(
            "INDICATOR", tr("Indicator"), options=[indicator_option(c) for c in _indicators()],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "VALUE", tr("Target value (%, 0 = none)"), number_type("Double"), defaultValue=0,
            minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterString(
            "DISTRICT", tr("District code (empty = city or each county)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "SCOPE", tr("Scope"), options=[tr("The whole city"), tr("Each county")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_SITES", tr("At most this many sites (0 = no limit)"), number_type("Integer"),
            defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "BUDGET", tr("Budget (0 = none)"), number_type("Double"), defaultValue=0,
            minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CANDIDATES", tr("Candidate sites"), [source_type("VectorPoint")], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "GRID", tr("Or a grid of candidates, spacing (m, 0 = none)"),
            number_type("Double"), defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "SCENE", tr("Scene of new stations that give none"),
            options=[coded_option(s, *SCENE_LABELS[s]) for s in SCENES],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "BAND", tr("Band of new stations that give none"), defaultValue="n78"))
        self.addParameter(QgsProcessingParameterString(
            "OPERATOR", tr("Operator of the new stations"), optional=True))
        self.add_population_parameter()
        self.add_radius_parameter()
        self.addParameter(QgsProcessingParameterBoolean(
            "EXACT", tr("Also solve exactly (MILP, HiGHS; small instances)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SITES_OUT", tr("New sites"), source_type("VectorPoint")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "ADDED_OUT", tr("Coverage added"), source_type("VectorPolygon")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "FORECAST_OUT", tr("Forecast"), source_type("Vector")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...processing import planning as pl

        layers = self.read_layers(parameters, context, feedback)
        if layers is None:
            return {}
        value = self.parameterAsDouble(parameters, "VALUE", context) or None
        max_sites = self.parameterAsInt(parameters, "MAX_SITES", context) or None
        budget = self.parameterAsDouble(parameters, "BUDGET", context) or None
        grid = self.parameterAsDouble(parameters, "GRID", context) or None
        district = (self.parameterAsString(parameters, "DISTRICT", context) or "").strip()
        spec = pl.PlanSpec(indicator=_indicators()[self.parameterAsEnum(parameters,
                                                                         "INDICATOR", context)],
                           value=value, district=district or None,
                           scope=SCOPES[self.parameterAsEnum(parameters, "SCOPE", context)],
                           max_sites=max_sites, budget=budget)
        candidates = None
        source = self.parameterAsSource(parameters, "CANDIDATES", context)
        if source is not None:
            frame = source_to_frame(source, context, feedback, "candidates")
            candidates = run_core(feedback, _candidates_from_frame, frame)
            if candidates is None:
                return {}
        if (candidates is None) == (grid is None):
            raise QgsProcessingException(tr("Give a candidate sites layer or a grid spacing, "
                                            "one of them."))
        result = run_core(
            feedback, pl.plan_sites, layers, self.as_of(parameters, context), spec,
            candidates=candidates, grid_m=grid,
            band=(self.parameterAsString(parameters, "BAND", context) or "").strip() or None,
            scene=SCENES[self.parameterAsEnum(parameters, "SCENE", context)],
            operator=(self.parameterAsString(parameters, "OPERATOR", context) or "").strip()
            or None,
            radius_table=self.radius_table(parameters, context),
            population_raster=self.population(parameters, context),
            exact=self.parameterAsBool(parameters, "EXACT", context),
            progress=ProgressAdapter(feedback, 5, 95))
        if result is None:
            return {}
        sites_dest = _point_sink(self, parameters, "SITES_OUT", context, result.sites)
        added_dest = table_sink(self, parameters, "ADDED_OUT", context, result.added, True)
        forecast_dest = table_sink(self, parameters, "FORECAST_OUT", context, result.forecast,
                                   False)
        zh, en = pl.sentences(result)
        for line in zh + en:
            feedback.pushInfo(line)
        if spec.value is not None and not result.met:
            feedback.reportError(tr("The target is not reached with these candidates: add "
                                    "candidates or use a finer grid."), False)
        return {"SITES_OUT": sites_dest, "ADDED_OUT": added_dest,
                "FORECAST_OUT": forecast_dest, "SUMMARY": "\n".join(zh + en)}


def _candidates_from_frame(frame):
    """Candidates from a QGIS point layer: ``cost`` (1 when absent), ``azimuths`` text, the
    station fields as they are, an id from ``candidate_id`` / ``station_id`` or the row."""
    import math

    import pandas as pd

    from ...processing.planning import PlanError

    out = frame.copy().reset_index(drop=True)
    if "candidate_id" not in out:
        out["candidate_id"] = (out["station_id"].astype(str) if "station_id" in out
                               else [f"C{i + 1}" for i in range(len(out))])
    cost = pd.to_numeric(out["cost"], errors="coerce") if "cost" in out else None
    if cost is not None:
        bad = cost.notna() & ~(cost > 0)
        if bad.any():
            i = int(bad.to_numpy().nonzero()[0][0])
            raise PlanError(f"candidate site at row {i + 1} has cost {out['cost'].iloc[i]!r}; "
                            f"a cost must be a number greater than 0")
        out["cost"] = cost.fillna(1.0).astype(float)
    else:
        out["cost"] = 1.0
    az = []
    for i, cell in enumerate(out["azimuths"] if "azimuths" in out else [None] * len(out)):
        if cell is None or (isinstance(cell, float) and math.isnan(cell)) or not str(cell).strip():
            az.append(())
            continue
        try:
            parts = tuple(float(p) for p in str(cell).replace("/", ";").split(";") if p.strip())
        except ValueError:
            raise PlanError(f"candidate site at row {i + 1} has azimuths {cell!r}; give degrees "
                            f"separated by ';' (0;120;240)") from None
        az.append(parts)
    out["azimuths"] = az
    return out


def _point_sink(alg, parameters, name, context, frame):
    """A point sink filled with ``frame`` (EPSG:4490)."""
    fields = frame_fields(frame)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb_type("Point"),
                                     QgsCoordinateReferenceSystem(STORE_CRS))
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    columns = [c for c in frame.columns if c != "geometry"]
    kinds = [_kind(frame[c]) for c in columns]
    features = []
    for _, row in frame.iterrows():
        feature = QgsFeature(fields)
        feature.setAttributes([_cell(row[c], k) for c, k in zip(columns, kinds)])
        feature.setGeometry(QgsGeometry.fromWkt(row.geometry.wkt))
        features.append(feature)
    if not sink.addFeatures(features, fast_insert()):
        raise QgsProcessingException(tr("Could not write the output features."))
    del sink
    return dest
