"""Store algorithms: import a file or any QGIS layer into a layer of the store; snapshot."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (QgsProcessingException, QgsProcessingOutputFile, QgsProcessingUtils,
                       QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterCrs, QgsProcessingParameterDateTime,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from ...layers.schema import LAYERS as _SCHEMA_LAYERS
from ...qgis_common.compat import datetime_date_type, file_behavior, source_type
from .base import SmartCityAlgorithm
from .common import (ProgressAdapter, coded_option, require_core, run_core, source_to_gpkg,
                     tr)

LAYER_NAMES = tuple(_SCHEMA_LAYERS)  # schema order: new layers are appended, indices stay
COORDS = ("wgs84", "cgcs2000", "gcj02", "bd09", "auto")  # appended: indices stay stable


def date_parameter(name: str, label: str, optional: bool = False):
    """A date (not date-time) parameter, scoped enum first.  Its default is the Temporal
    Controller's date when the QGIS desktop has one running (the last day of the current
    frame, the date the dashboard shows), so a dialog opens on the date on the map."""
    from qgis.PyQt.QtCore import QDate

    from ...qgis_common.projectinfo import controller_date

    day = controller_date()
    default = None if day is None else QDate(day.year, day.month, day.day)
    return QgsProcessingParameterDateTime(name, label, type=datetime_date_type(),
                                          defaultValue=default, optional=optional)


class ImportLayerAlgorithm(SmartCityAlgorithm):
    NAME = "importlayer"
    DISPLAY = "Import a file or layer into the store"
    GROUP = ("Project store", "store")
    HELP_ZH = (
        "<p>把部门提供的文件或任意 QGIS 矢量图层（PostGIS、内存图层、仅选中要素）导入项目库的一个图层。"
        "与命令行 <code>smartcity import</code> 调用同一函数。</p>"
        "<ul><li><b>项目库</b>：GeoPackage 项目库（勾选“不存在则创建”可新建）。</li>"
        "<li><b>目标图层</b>：行政区划、5G基站、社区、窨井盖、监测点或重点场所。</li>"
        "<li><b>输入图层</b> 或 <b>输入文件</b>（二选一）：文件可为 CSV（UTF-8、带BOM或GBK）、"
        "GBK 编码的 Shapefile、GeoPackage、GeoJSON、FlatGeobuf。</li>"
        "<li><b>坐标系统</b>：经纬度的真实来源：WGS84、CGCS2000、GCJ-02（高德、腾讯）或 BD-09（百度）。</li>"
        "<li><b>坐标参考系</b>：覆盖文件自带的坐标参考系，例如以米为单位的 CSV 用 EPSG:4550。</li>"
        "<li><b>编码</b>：auto 自动识别，或 GBK、UTF-8 等。</li>"
        "<li><b>拒绝记录文件</b>：每个被拒绝或标记的行及原因（CSV，Excel 可读）。</li></ul>"
        "<p>坏行被拒绝，其余行在一个事务中写入；取消时项目库保持不变。</p>")
    HELP_EN = (
        "<p>Imports a department's file, or any QGIS vector layer (PostGIS, a memory layer, only "
        "the selected features), into one layer of the project store. Calls the same function "
        "as <code>smartcity import</code>.</p>"
        "<ul><li><b>Project store</b>: the GeoPackage store (tick <i>create</i> to make a new "
        "one).</li>"
        "<li><b>Target layer</b>: districts, 5G base stations, communities, manholes, "
        "monitoring points or key places.</li>"
        "<li><b>Input layer</b> or <b>input file</b> (one of them): CSV (UTF-8, with BOM or "
        "GBK), shapefiles with a GBK DBF, GeoPackage, GeoJSON, FlatGeobuf.</li>"
        "<li><b>Coordinates</b>: what longitudes/latitudes really are: WGS84, CGCS2000, GCJ-02 "
        "(AMap, Tencent) or BD-09 (Baidu).</li>"
        "<li><b>CRS</b>: overrides the file's CRS, e.g. EPSG:4550 for a CSV with x/y in "
        "metres.</li>"
        "<li><b>Encoding</b>: auto, or GBK, UTF-8 …</li>"
        "<li><b>Rejects file</b>: every rejected or flagged row with its reasons (CSV for "
        "Excel).</li></ul>"
        "<p>Bad rows are rejected, the rest is written in one transaction; Cancel leaves the "
        "store unchanged.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=False)
        self.addParameter(QgsProcessingParameterBoolean(
            "CREATE", tr("Create the store if it does not exist"), defaultValue=False))
        from ...layers.schema import LAYERS

        self.addParameter(QgsProcessingParameterEnum(
            "LAYER", tr("Target layer"),
            options=[coded_option(n, LAYERS[n].label_zh, LAYERS[n].label_en)
                     for n in LAYER_NAMES],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Input layer"), [source_type("VectorAnyGeometry")], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "FILE", tr("Input file (instead of a layer)"), behavior=file_behavior("File"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "COORDS", tr("Coordinates are"),
            options=["WGS84", "CGCS2000", tr("GCJ-02 (AMap, Tencent)"), tr("BD-09 (Baidu)"),
                     tr("Automatic (WGS84; GCJ-02 for DataV.GeoAtlas files)")],
            defaultValue=4))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", tr("CRS of the input (overrides the file's)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "ENCODING", tr("Encoding"), defaultValue="auto"))
        self.addParameter(QgsProcessingParameterString(
            "SOURCE_LAYER", tr("Layer inside a multi-layer file"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "ON_CONFLICT", tr("Rows that differ from edits made in the store since"),
            options=[tr("Keep the newer (edit or file)"), tr("Keep the store's edit"),
                     tr("Take the file's row"), tr("Import nothing")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REJECTS", tr("Rejects file"), fileFilter="CSV (*.csv)", optional=True,
            createByDefault=False))
        for name, label in (("READ", tr("Rows read")), ("INSERTED", tr("Features inserted")),
                            ("UPDATED", tr("Features updated")),
                            ("UNCHANGED", tr("Features unchanged")),
                            ("REJECTED", tr("Rows rejected")), ("FLAGGED", tr("Rows flagged"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputFile("STORE_OUT", tr("Project store")))
        self.addOutput(QgsProcessingOutputFile("REJECTS_OUT", tr("Rejects file")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require_core()
        from ...layers.importer import ImportFailure, import_file
        from ...layers.postgis import is_postgres_url
        from ...layers.store import StoreError, create_store, open_store

        store_path = self.parameterAsFile(parameters, "STORE", context)
        layer = LAYER_NAMES[self.parameterAsEnum(parameters, "LAYER", context)]
        coords = COORDS[self.parameterAsEnum(parameters, "COORDS", context)]
        crs = self.parameterAsCrs(parameters, "CRS", context)
        crs_text = crs.authid() if crs.isValid() else None
        encoding = self.parameterAsString(parameters, "ENCODING", context) or "auto"
        source_layer = self.parameterAsString(parameters, "SOURCE_LAYER", context) or None
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context) or None
        on_conflict = ("newer", "store", "file", "fail")[
            self.parameterAsEnum(parameters, "ON_CONFLICT", context)]
        source = self.parameterAsSource(parameters, "INPUT", context)
        path = self.parameterAsFile(parameters, "FILE", context)
        if source is None and not path:
            raise QgsProcessingException(tr("Give an input layer or an input file."))
        if source is not None and path:
            raise QgsProcessingException(tr("Give an input layer or an input file, not both."))
        if not store_path:
            raise QgsProcessingException(tr("Give the project store (a .gpkg file or a postgresql:// URL)."))
        try:
            try:
                store = open_store(store_path)
            except StoreError:
                if not self.parameterAsBool(parameters, "CREATE", context):
                    raise
                store = create_store(store_path)
                feedback.pushInfo(tr("Created the project store {}.").format(store_path))
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from None
        temporary = None
        try:
            if source is not None:
                feedback.pushInfo(tr("Copying {} features of {} …").format(
                    source.featureCount(), source.sourceName()))
                temporary = source_to_gpkg(source, context, feedback, name=layer)
                if feedback.isCanceled():
                    return {}
                path = temporary
                if rejects is None:
                    folder = (Path(QgsProcessingUtils.tempFolder())
                              if is_postgres_url(store_path) else Path(store_path).parent)
                    stem = "postgis" if is_postgres_url(store_path) else Path(store_path).stem
                    rejects = str(folder / f"{stem}.{layer}.rejects.csv")
                source_layer = layer
            try:
                result = run_core(feedback, import_file, store, layer, path, coords=coords,
                                  crs=crs_text, encoding=encoding, rejects=rejects,
                                  source_layer=source_layer, on_conflict=on_conflict,
                                  # a layer's temporary copy is new: its time says nothing
                                  modified=None if temporary else "file",
                                  progress=ProgressAdapter(feedback, 10, 100))
            except ImportFailure as exc:  # caught in run_core as ValueError too; explicit
                raise QgsProcessingException(str(exc)) from None
        finally:
            store.close()
            if temporary:
                Path(temporary).unlink(missing_ok=True)
        if result is None:
            return {}
        for note in result.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(tr("{layer}: {read} rows read, {inserted} inserted, {updated} "
                             "updated, {unchanged} unchanged, {rejected} rejected, {flagged} "
                             "flagged.").format(layer=layer, read=result.read,
                                                inserted=result.inserted,
                                                updated=result.updated,
                                                unchanged=result.unchanged,
                                                rejected=result.rejected,
                                                flagged=result.flagged))
        if result.conflicts:
            feedback.pushWarning(tr("{n} rows differ from edits made in the store since; the "
                                    "store's edit was kept for {kept}.").format(
                n=result.conflicts, kept=result.kept_store))
        if result.rejects_path:
            feedback.pushWarning(tr("Rejected and flagged rows, with reasons: {}").format(
                result.rejects_path))
        return {"READ": result.read, "INSERTED": result.inserted, "UPDATED": result.updated,
                "UNCHANGED": result.unchanged, "REJECTED": result.rejected,
                "FLAGGED": result.flagged, "STORE_OUT": store_path,
                "REJECTS_OUT": str(result.rejects_path) if result.rejects_path else None}


class SnapshotAlgorithm(SmartCityAlgorithm):
    NAME = "snapshot"
    DISPLAY = "Snapshot of the store as of a date"
    GROUP = ("Project store", "store")
    HELP_ZH = ("<p>把项目库中每个图层在某日的状态写入一个新的项目库（GeoPackage），"
               "与 <code>smartcity snapshot</code> 相同。</p>"
               "<ul><li><b>项目库</b>：源 GeoPackage 项目库。</li>"
               "<li><b>日期</b>：要素在该日有效（开始日期 ≤ 日期 &lt; 结束日期）。</li>"
               "<li><b>记录时间</b>（可选）：按项目库历史中该时刻的记录，同 "
               "<code>--as-recorded</code>。本机时间。</li>"
               "<li><b>输出</b>：新的 .gpkg 文件（已存在则替换）。</li></ul>")
    HELP_EN = ("<p>Writes every layer of the store as it stood on a date into a new store "
               "(GeoPackage), like <code>smartcity snapshot</code>.</p>"
               "<ul><li><b>Project store</b>: the source GeoPackage store.</li>"
               "<li><b>Date</b>: features active on it (start ≤ date &lt; end).</li>"
               "<li><b>As recorded at</b> (optional): what the store said at that moment, "
               "from its history, like <code>--as-recorded</code>. This computer's local "
               "time.</li>"
               "<li><b>Output</b>: a new .gpkg file (replaced if it exists).</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter(optional=False)
        self.addParameter(date_parameter("AS_OF", tr("Date")))
        self.add_recorded_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Snapshot store"), fileFilter="GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Features written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require_core()
        from ...layers.store import StoreError, open_store, snapshot

        store_path = self.parameterAsFile(parameters, "STORE", context)
        day = self.as_of(parameters, context)
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if Path(out).exists():
            if Path(out).resolve() == Path(store_path).resolve():
                raise QgsProcessingException(tr("The output is the store itself; choose "
                                                "another file."))
            Path(out).unlink()
        try:
            store = open_store(store_path)
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from None
        try:
            counts = run_core(feedback, snapshot, store, day, out,
                              progress=ProgressAdapter(feedback),
                              as_recorded=self.as_recorded(parameters, context))
        finally:
            store.close()
        if counts is None:
            return {}
        for layer, n in counts.items():
            feedback.pushInfo(f"{layer}: {n}")
        return {"OUTPUT": out, "FEATURES": sum(counts.values())}
