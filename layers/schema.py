"""The layers of a project store: their fields, types, identities, lifecycles and aliases.

This module is the single source of truth for the data model of ``docs/SPEC.md``.  The store
(:mod:`.store`) creates its tables from it, the importers (:mod:`.importer`) map and validate
input columns with it, and the QGIS styles and the sample generator read their field names
from it.  Nothing here does I/O.

Conventions
-----------
* Field names are canonical snake case, exactly what a user sees in QGIS.
* ``kind`` is one of ``text``, ``int``, ``real``, ``date``, ``bool``.  Dates are stored as
  GeoPackage ``DATE`` (ISO ``YYYY-MM-DD`` text), so QGIS shows them as real dates.
* ``choices`` maps every accepted spelling (canonical, Chinese, English) to the canonical
  value stored.
* Every layer has a lifecycle: ``start`` and ``end`` name the date fields that decide whether
  a feature is *active at date D*: ``start <= D`` (or ``start`` empty) and (``end`` empty or
  ``D < end``).  Layers whose spec fields carry no dates get ``valid_from`` / ``valid_to``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

SCHEMA_VERSION = 3
"""Version of the store schema; bumped with a migration whenever tables change.
2: the plan's layers and fields of issue 14 (:data:`ADDED_IN`); 3: the store keeps its own
history (triggers), ``history.geom_wkb`` replaces ``geom_wkt``,
``recorded_by``/``department``/``how`` say who made each version and how."""

COORD_SYSTEMS = ("auto", "wgs84", "cgcs2000", "gcj02", "bd09")
"""What an input's geographic coordinates really are (``--coords``); ``auto``: WGS84, except
for a DataV.GeoAtlas file, which is GCJ-02 (:mod:`.divisions`)."""

STORE_EPSG = 4490
"""CGCS2000 geographic: the CRS every store keeps its geometries in."""

ID_MAX_CHARS = 100
"""Longest identifier or code accepted, in characters.  Ids are keys: PostgreSQL cannot index
a text longer than about 2,700 bytes (a 1 MB id fails the whole import there), and an id
nobody can read or type is a mistake; real ones (GB/T 30428 ObjIDs, operators' station
numbers, device serials, UUIDs) have 6 to 40."""

TEXT_MAX_CHARS = 1000
"""Longest value of any other text field (names, departments, sources), in characters."""

FAR_OUTSIDE_M = 5_000.0
"""Features farther than this (metres) from every district are rejected on import (wrong
coordinates or CRS); nearer ones outside are imported and flagged.  Per layer:
:attr:`Layer.far_outside_m`."""

INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
"""Integer fields are 64-bit on both backends (SQLite INTEGER, PostgreSQL bigint)."""


@dataclass(frozen=True)
class Field:
    """One attribute of a layer.

    ``aliases`` are the other column headers importers accept for it (Chinese, GB/T 30428,
    English variants); matching ignores case, spaces, underscores and a unit in brackets.
    """

    name: str
    kind: str
    label_zh: str
    label_en: str
    aliases: tuple[str, ...] = ()
    choices: Optional[Mapping[str, str]] = None
    required: bool = False
    min_value: Optional[float] = None
    max_value: Optional[float] = None
    labels: Optional[Mapping[Any, str]] = None
    """Chinese labels of the values a field may take when they are not ``choices`` (codes,
    ratings): what QGIS's value map shows (see :func:`value_labels`)."""


@dataclass(frozen=True)
class Layer:
    """A layer of the store: table name, geometry, fields and lifecycle fields."""

    name: str
    geometry: str  # GeoPackage geometry type name: POINT, MULTIPOLYGON, GEOMETRY
    allowed_geometries: tuple[str, ...]  # shapely geom_type names accepted on import
    id_field: str
    fields: tuple[Field, ...]
    start: str
    end: str
    label_zh: str
    label_en: str
    extra: dict = field(default_factory=dict)
    order: tuple[tuple[str, str, bool], ...] = ()
    """Date orders besides the lifecycle: (earlier, later, strict) field names; ``strict``
    means ``later`` must be after ``earlier``, else not before it (see
    :attr:`date_orders`)."""

    @property
    def date_orders(self) -> tuple[tuple[str, str, bool], ...]:
        """Every date order rule of the layer: the lifecycle end after its start, then
        :attr:`order`.  Checked by the importer and enforced by the store for every
        client."""
        return ((self.start, self.end, True),) + self.order
    far_outside_m: float = FAR_OUTSIDE_M
    """A feature farther than this (metres) from every district is rejected on import, a
    nearer one outside is imported and flagged.  Layers whose features may lie at sea (sites:
    ocean ranches) take a wider limit: a per-layer rule, not a sea zone."""

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def date_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.kind == "date"]

    def max_chars(self, name: str) -> int:
        """Longest text accepted in field ``name``: :data:`ID_MAX_CHARS` for the identifier
        and for codes and device ids (``*_id``, ``*_code``), :data:`TEXT_MAX_CHARS` else."""
        if name == self.id_field or name.endswith(("_id", "_code")):
            return ID_MAX_CHARS
        return TEXT_MAX_CHARS


# --- enumerations ---------------------------------------------------------------------------

OPERATORS = {
    "中国移动": "中国移动", "移动": "中国移动", "china mobile": "中国移动", "cmcc": "中国移动",
    "中国电信": "中国电信", "电信": "中国电信", "china telecom": "中国电信", "ctcc": "中国电信",
    "中国联通": "中国联通", "联通": "中国联通", "china unicom": "中国联通", "cucc": "中国联通",
    "中国广电": "中国广电", "广电": "中国广电", "china broadnet": "中国广电", "cbn": "中国广电",
}
"""Operators are stored by their Chinese names, as Chinese statistics report them."""

BANDS = {b: b for b in ("n1", "n28", "n41", "n78", "n79")}
BANDS.update({"700m": "n28", "700mhz": "n28", "2.6g": "n41", "2.6ghz": "n41", "3.5g": "n78",
              "3.5ghz": "n78", "4.9g": "n79", "4.9ghz": "n79", "2.1g": "n1", "2.1ghz": "n1"})

SCENES = {
    "dense_urban": "dense_urban", "密集城区": "dense_urban",
    "urban": "urban", "城区": "urban", "一般城区": "urban",
    "suburban": "suburban", "郊区": "suburban",
    "rural": "rural", "农村": "rural",
}

STATION_STATUS = {
    "planned": "planned", "规划": "planned",
    "building": "building", "在建": "building",
    "built": "built", "建成": "built", "已建成": "built",
    "active": "active", "开通": "active", "已开通": "active",
    "retired": "retired", "退网": "retired", "已退网": "retired",
}

MANHOLE_STATE = {
    "intact": "intact", "完好": "intact",
    "damaged": "damaged", "破损": "damaged",
    "missing": "missing", "丢失": "missing",
    "occupied": "occupied", "占用": "occupied",
}

MONITORING_KINDS = {
    "air": "air", "空气": "air", "大气": "air", "空气质量": "air",
    "water": "water", "水": "water", "水质": "water",
    "soil": "soil", "土壤": "soil",
    "forest_fire": "forest_fire", "森林防火": "forest_fire", "森林火险": "forest_fire",
    "geohazard": "geohazard", "地质灾害": "geohazard",
    "marine": "marine", "海洋": "marine",
    "noise": "noise", "噪声": "noise",
}

KEY_PLACE_CATEGORIES = {
    "government": "government", "党政机关": "government", "政府": "government",
    "scenic": "scenic", "景区": "scenic", "旅游景区": "scenic",
    "business": "business", "商业区": "business", "商圈": "business",
    "transport_hub": "transport_hub", "交通枢纽": "transport_hub",
    "school": "school", "学校": "school",
    "hospital": "hospital", "医院": "hospital",
    "sports_venue": "sports_venue", "体育场馆": "sports_venue",
    "village_committee": "village_committee", "村委会": "village_committee",
    "clinic": "clinic", "卫生室": "clinic", "村卫生室": "clinic",
    "town_seat": "town_seat", "乡镇驻地": "town_seat", "镇驻地": "town_seat",
    "乡镇政府驻地": "town_seat", "乡镇": "town_seat",
}

DISTRICT_LEVELS = {"county": "county", "区县": "county", "县级": "county", "县": "county",
                   "区": "county", "县级市": "county", "市辖区": "county", "县区": "county",
                   "district": "county",  # DataV.GeoAtlas: a county-level unit
                   "zone": "zone", "功能区": "zone", "开发区": "zone",
                   "city": "city", "市": "city", "地级市": "city", "地市": "city",
                   "prefecture": "city",
                   "province": "province", "省": "province", "省级": "province"}
"""``county`` and ``zone`` districts get indicators; a ``city`` row (the counties' parent)
only names the whole-city row; a ``province`` row is kept and names nothing.  The words of
DataV.GeoAtlas (``district``/``city``/``province``) are understood."""

YES_WORDS = frozenset({"1", "true", "t", "yes", "y", "是", "有", "对", "√", "✓", "已接入", "自动"})
NO_WORDS = frozenset({"0", "false", "f", "no", "n", "否", "无", "没有", "×", "手动", "人工"})
"""How a yes/no cell is written (lower case, after full-width folding): one list for files
that are imported and for layers that reach the indicators from QGIS, so both count alike
(已接入 "connected", 自动 "automatic" in the departments' sheets)."""

INDICATOR_LEVELS = ("county", "zone", "all")
"""Which districts get indicator rows: counties, functional zones, or both (``all``)."""

MANHOLE_COMPONENTS = {
    "0101": "上水井盖", "0102": "污水井盖", "0103": "雨水井盖", "0104": "雨水箅子",
    "0105": "电力井盖", "0106": "路灯井盖", "0107": "通讯井盖", "0108": "电视井盖",
    "0109": "网络井盖", "0110": "热力井盖", "0111": "燃气井盖", "0112": "公安井盖",
    "0199": "其他井盖",
}
"""GB/T 30428.2 minor classes of manhole covers (major class 01, public facilities)."""

BUILTUP_KINDS = {
    "urban": "urban", "城市建成区": "urban", "建成区": "urban", "城区": "urban",
    "town": "town", "乡镇驻地镇区": "town", "镇区": "town", "乡镇驻地": "town", "镇": "town",
    "village": "village", "村庄": "village", "村": "village", "农村居民点": "village",
}
"""Kinds of built-up area: the plan's 城市建成区 (``urban``), the built-up area of a town seat
(``town``) and villages (``village``)."""

SITE_KINDS = {
    "demo_5g": "demo_5g", "5g示范应用场景": "demo_5g", "5g示范场景": "demo_5g",
    "5g应用场景": "demo_5g", "示范场景": "demo_5g",
    "smart_farm": "smart_farm", "智慧农场": "smart_farm", "数字农场": "smart_farm",
    "smart_ranch": "smart_ranch", "智慧海洋牧场": "smart_ranch", "海洋牧场": "smart_ranch",
    "5g海洋牧场": "smart_ranch",
    "industrial_internet": "industrial_internet", "工业互联网": "industrial_internet",
    "digital_park": "digital_park", "数字经济园区": "digital_park",
}
"""Kinds of site of the plan's 数字经济 and 5G sections (5G demonstration scenarios, smart
farms and smart ocean ranches, industrial-internet nodes, digital-economy parks)."""

PIPE_KINDS = {
    "water": "water", "给水": "water", "供水": "water", "上水": "water", "js": "water",
    "sewage": "sewage", "污水": "sewage", "ws": "sewage",
    "rain": "rain", "雨水": "rain", "ys": "rain",
    "gas": "gas", "燃气": "gas", "天然气": "gas", "rq": "gas",
    "heat": "heat", "热力": "heat", "供热": "heat", "rl": "heat",
    "power": "power", "电力": "power", "dl": "power",
    "telecom": "telecom", "通信": "telecom", "通讯": "telecom", "电信": "telecom", "tx": "telecom",
}
"""Pipe kinds (GB/T 30428 / CJJ 61 municipal pipeline classes; the two-letter pinyin codes of
pipeline surveys: JS 给水, WS 污水, YS 雨水, RQ 燃气, RL 热力, DL 电力, TX 通信)."""

WATCH_KINDS = ("forest_fire", "geohazard")
"""Monitoring kinds that watch an area (forest-fire cameras, geohazard watch points): their
``range_m`` (and ``azimuth_deg``/``fov_deg``) give the area they see."""


STAR_LABELS = {0: "未评星", 1: "一星", 2: "二星", 3: "三星", 4: "四星", 5: "五星"}
"""Smart-community star ratings (0: not rated)."""


def _lifecycle(start_zh: str, start_en: str, end_zh: str, end_en: str,
               start: str = "valid_from", end: str = "valid_to") -> tuple[Field, Field]:
    return (
        Field(start, "date", start_zh, start_en, aliases=("启用日期", "valid_from", "start_date")
              if start == "valid_from" else ()),
        Field(end, "date", end_zh, end_en, aliases=("停用日期", "valid_to", "end_date")
              if end == "valid_to" else ()),
    )


_VALIDITY = _lifecycle("生效日期", "Valid from", "失效日期", "Valid to")

DISTRICTS = Layer(
    name="districts", geometry="MULTIPOLYGON", allowed_geometries=("Polygon", "MultiPolygon"),
    id_field="code", start="valid_from", end="valid_to",
    label_zh="行政区划", label_en="Districts",
    fields=(
        # PAC / XZQDM / XZQMC: 天地图 and 国土调查 (民政部) shapefiles; adcode: DataV.GeoAtlas
        Field("code", "text", "区划代码", "Code", ("区划代码", "行政区划代码", "代码", "adcode",
                                                    "district_code", "pac", "xzqdm", "xzqhdm"),
              required=True),
        Field("name", "text", "名称", "Name", ("名称", "区划名称", "行政区划名称", "district_name",
                                              "xzqmc", "qhmc"), required=True),
        Field("level", "text", "级别", "Level", ("级别", "层级", "行政级别"), choices=DISTRICT_LEVELS,
              required=True),
        Field("parent_code", "text", "上级代码", "Parent code", ("上级代码", "上级区划代码",
                                                            "上级行政区划代码", "parent")),
        Field("population", "int", "人口", "Population", ("人口", "常住人口", "pop"), min_value=0),
        Field("approximate", "bool", "边界为近似", "Approximate boundary", ("近似",)),
        Field("source", "text", "数据来源", "Source", ("来源", "数据来源")),
    ) + _VALIDITY,
)

BASE_STATIONS = Layer(
    name="base_stations", geometry="POINT", allowed_geometries=("Point",),
    id_field="station_id", start="opened_date", end="retired_date",
    label_zh="5G基站", label_en="5G base stations",
    fields=(
        Field("station_id", "text", "站点编号", "Station ID", ("站点编号", "基站编号", "站号", "id"),
              required=True),
        Field("name", "text", "站点名称", "Name", ("站点名称", "基站名称", "名称")),
        Field("operator", "text", "运营商", "Operator", ("运营商",), choices=OPERATORS),
        Field("band", "text", "频段", "Band", ("频段",), choices=BANDS),
        Field("scene", "text", "场景", "Scene", ("场景", "覆盖场景"), choices=SCENES),
        Field("antenna_height_m", "real", "天线挂高(米)", "Antenna height (m)", ("天线挂高", "挂高"),
              min_value=0, max_value=500),
        Field("azimuth_deg", "real", "方位角(度)", "Azimuth (°)", ("方位角",),
              min_value=0, max_value=360),
        Field("coverage_radius_m", "real", "覆盖半径(米)", "Coverage radius (m)", ("覆盖半径",),
              min_value=0, max_value=50_000),
        Field("status", "text", "状态", "Status", ("状态", "站点状态"), choices=STATION_STATUS),
        Field("built_date", "date", "建成日期", "Built", ("建成日期", "建成时间")),
        Field("opened_date", "date", "开通日期", "Opened", ("开通日期", "开通时间")),
        Field("retired_date", "date", "退网日期", "Retired", ("退网日期", "退网时间")),
    ),
    order=(("built_date", "opened_date", False),),
)

COMMUNITIES = Layer(
    name="communities", geometry="GEOMETRY", allowed_geometries=("Point", "Polygon",
                                                                  "MultiPolygon"),
    id_field="community_id", start="valid_from", end="valid_to",
    label_zh="社区", label_en="Communities",
    fields=(
        Field("community_id", "text", "社区编号", "Community ID", ("社区编号", "小区编号", "编号", "id"),
              required=True),
        Field("name", "text", "社区名称", "Name", ("社区名称", "小区名称", "名称")),
        Field("households", "int", "户数", "Households", ("户数", "住户数"), min_value=0),
        Field("star_rating", "int", "星级", "Star rating", ("星级", "智慧社区星级"),
              min_value=0, max_value=5, labels=STAR_LABELS),
        Field("rated_date", "date", "评定日期", "Rated", ("评定日期", "星级评定日期")),
        Field("provincial_smart", "bool", "省级智慧社区", "Provincial smart community",
              ("省级智慧社区",)),
        Field("provincial_date", "date", "省级认定日期", "Provincial since", ("省级认定日期",)),
    ) + _VALIDITY,
)

MANHOLES = Layer(
    name="manholes", geometry="POINT", allowed_geometries=("Point",),
    id_field="obj_id", start="recorded_date", end="valid_to",
    label_zh="窨井盖", label_en="Manhole covers",
    fields=(
        Field("obj_id", "text", "部件标识码", "ObjID", ("objid", "部件标识码", "标识码"), required=True),
        Field("component_code", "text", "部件小类代码", "Component code", ("部件小类", "小类代码",
                                                                        "bjlx"),
              labels=MANHOLE_COMPONENTS),
        Field("name", "text", "部件名称", "Name", ("objname", "部件名称", "名称")),
        Field("state", "text", "部件状态", "State", ("objstate", "部件状态", "状态"),
              choices=MANHOLE_STATE),
        Field("owner_dept", "text", "主管部门", "Owner department", ("deptname1", "主管部门",
                                                                    "deptname")),
        Field("recorded_date", "date", "初始日期", "Recorded", ("ordate", "初始日期", "普查日期")),
        Field("iot_device_id", "text", "监测设备编号", "IoT device", ("iot_id", "监测设备编号",
                                                                    "设备编号")),
        Field("iot_since", "date", "接入日期", "IoT connected", ("iot_since", "接入日期")),
        Field("valid_to", "date", "注销日期", "Removed", ("注销日期", "chdate_end")),
    ),
)

MONITORING_POINTS = Layer(
    name="monitoring_points", geometry="POINT", allowed_geometries=("Point",),
    id_field="point_id", start="established_date", end="retired_date",
    label_zh="自然资源与环境监测点", label_en="Monitoring points",
    fields=(
        Field("point_id", "text", "点位编号", "Point ID", ("点位编号", "站点编号", "编号", "id"),
              required=True),
        Field("name", "text", "点位名称", "Name", ("点位名称", "站点名称", "名称")),
        Field("kind", "text", "监测类型", "Kind", ("监测类型", "类型", "类别"), choices=MONITORING_KINDS,
              required=True),
        Field("automated", "bool", "自动监测", "Automated", ("自动监测", "是否自动")),
        Field("automated_since", "date", "自动化日期", "Automated since", ("自动化日期",
                                                                         "自动监测日期")),
        Field("established_date", "date", "建站日期", "Established", ("建站日期", "设立日期")),
        Field("retired_date", "date", "撤销日期", "Retired", ("撤销日期",)),
        # watch points (forest_fire, geohazard): what they can see, for forest_watch_pct
        Field("range_m", "real", "监测半径(米)", "Watch range (m)", ("监测半径", "监控半径",
                                                                  "监测范围", "可视距离", "range"),
              min_value=0, max_value=50_000),
        Field("azimuth_deg", "real", "朝向(度)", "Azimuth (°)", ("朝向", "方位角", "azimuth"),
              min_value=0, max_value=360),
        Field("fov_deg", "real", "视场角(度)", "Field of view (°)", ("视场角", "水平视场角",
                                                                  "视角", "fov"),
              min_value=0, max_value=360),
    ),
)

KEY_PLACES = Layer(
    name="key_places", geometry="GEOMETRY", allowed_geometries=("Point", "Polygon",
                                                                 "MultiPolygon"),
    id_field="place_id", start="valid_from", end="valid_to",
    label_zh="重点场所", label_en="Key places",
    fields=(
        Field("place_id", "text", "场所编号", "Place ID", ("场所编号", "编号", "id"), required=True),
        Field("name", "text", "场所名称", "Name", ("场所名称", "名称")),
        Field("category", "text", "场所类别", "Category", ("场所类别", "类别", "类型"),
              choices=KEY_PLACE_CATEGORIES, required=True),
        # schools (category school): the plan's 学校无线网络覆盖率 and 智慧校园覆盖率
        Field("wifi_since", "date", "无线网络覆盖日期", "Wi-Fi since", ("无线网络覆盖日期",
                                                                   "无线网络日期", "无线覆盖日期",
                                                                   "wifi日期", "wifi")),
        Field("smart_campus_since", "date", "智慧校园认定日期", "Smart campus since",
              ("智慧校园认定日期", "智慧校园日期", "智慧校园")),
    ) + _VALIDITY,
)

BUILTUP_AREAS = Layer(
    name="builtup_areas", geometry="MULTIPOLYGON", allowed_geometries=("Polygon", "MultiPolygon"),
    id_field="area_id", start="valid_from", end="valid_to",
    label_zh="建成区", label_en="Built-up areas",
    fields=(
        Field("area_id", "text", "建成区编号", "Area ID", ("建成区编号", "图斑编号", "编号", "id"),
              required=True),
        Field("name", "text", "建成区名称", "Name", ("建成区名称", "名称")),
        Field("kind", "text", "建成区类型", "Kind", ("建成区类型", "类型", "类别"),
              choices=BUILTUP_KINDS, required=True),
    ) + _VALIDITY,
)

ENTERPRISES = Layer(
    name="enterprises", geometry="POINT", allowed_geometries=("Point",),
    id_field="enterprise_id", start="valid_from", end="valid_to",
    label_zh="企业", label_en="Enterprises",
    fields=(
        Field("enterprise_id", "text", "统一社会信用代码", "Enterprise ID",
              ("统一社会信用代码", "信用代码", "企业编号", "编号", "id"), required=True),
        Field("name", "text", "企业名称", "Name", ("企业名称", "名称")),
        Field("industry", "text", "所属行业", "Industry", ("所属行业", "行业")),
        Field("needs_5g", "bool", "有5G应用需求", "Needs 5G", ("有5g应用需求", "5g需求",
                                                          "有应用需求", "需求")),
    ) + _lifecycle("成立日期", "Founded", "注销日期", "Deregistered"),
)

SITES = Layer(
    name="sites", geometry="GEOMETRY", allowed_geometries=("Point", "Polygon", "MultiPolygon"),
    id_field="site_id", start="established_date", end="retired_date",
    label_zh="示范场景与智慧农牧场", label_en="Demonstration sites, smart farms and ranches",
    far_outside_m=60_000.0,
    fields=(
        Field("site_id", "text", "场景编号", "Site ID", ("场景编号", "项目编号", "编号", "id"),
              required=True),
        Field("name", "text", "场景名称", "Name", ("场景名称", "项目名称", "名称")),
        Field("kind", "text", "场景类型", "Kind", ("场景类型", "类型", "类别"), choices=SITE_KINDS,
              required=True),
        Field("district_code", "text", "所属区划代码", "District code",
              ("所属区划代码", "所属区县代码", "区划代码", "district")),
        Field("established_date", "date", "建成日期", "Established", ("建成日期", "建成时间",
                                                                   "认定日期")),
        Field("retired_date", "date", "撤销日期", "Retired", ("撤销日期", "停用日期")),
    ),
)

PIPELINES = Layer(
    name="pipelines", geometry="MULTILINESTRING",
    allowed_geometries=("LineString", "MultiLineString"),
    id_field="pipe_id", start="recorded_date", end="valid_to",
    label_zh="市政管线", label_en="Municipal pipelines",
    fields=(
        Field("pipe_id", "text", "管线编号", "Pipe ID", ("管线编号", "管段编号", "objid", "编号",
                                                      "id"), required=True),
        Field("kind", "text", "管线类别", "Kind", ("管线类别", "管线类型", "类别", "类型", "gxlb"),
              choices=PIPE_KINDS, required=True),
        Field("owner_dept", "text", "权属单位", "Owner department", ("权属单位", "主管部门",
                                                                  "deptname1", "deptname")),
        Field("recorded_date", "date", "普查日期", "Recorded", ("普查日期", "初始日期", "ordate",
                                                             "建设日期")),
        Field("monitored_since", "date", "智能监测日期", "Monitored since",
              ("智能监测日期", "监测接入日期", "监测日期", "接入日期", "iot_since")),
        Field("valid_to", "date", "注销日期", "Removed", ("注销日期", "废弃日期", "chdate_end")),
    ),
)

FORESTS = Layer(
    name="forests", geometry="MULTIPOLYGON", allowed_geometries=("Polygon", "MultiPolygon"),
    id_field="forest_id", start="valid_from", end="valid_to",
    label_zh="林区", label_en="Forests",
    fields=(
        Field("forest_id", "text", "林区编号", "Forest ID", ("林区编号", "小班号", "编号", "id"),
              required=True),
        Field("name", "text", "林区名称", "Name", ("林区名称", "林场", "名称")),
    ) + _VALIDITY,
)

LAYERS: dict[str, Layer] = {
    lyr.name: lyr
    for lyr in (DISTRICTS, BASE_STATIONS, COMMUNITIES, MANHOLES, MONITORING_POINTS, KEY_PLACES,
                BUILTUP_AREAS, ENTERPRISES, SITES, PIPELINES, FORESTS)
}
"""Every layer of a store, by table name, in the order they are created and listed."""

ADDED_IN: dict[int, dict] = {
    2: {"layers": ("builtup_areas", "enterprises", "sites", "pipelines", "forests"),
        "fields": {"key_places": ("wifi_since", "smart_campus_since"),
                   "monitoring_points": ("range_m", "azimuth_deg", "fov_deg")}},
}
"""What each schema version added, for the store's migrations: ``ADDED_IN[n]`` is created
when a store of version ``n - 1`` is opened."""


def get_layer(name: str) -> Layer:
    """Return the layer called ``name`` or raise ``KeyError`` with the valid names."""
    try:
        return LAYERS[name]
    except KeyError:
        raise KeyError(f"unknown layer {name!r}; layers are: {', '.join(LAYERS)}") from None


_UNIT = re.compile(r"[（(][^）)]*[）)]")
_SEP = re.compile(r"[\s_\-./]+")


def normalise_header(header: str) -> str:
    """Fold a column header for matching: no BOM, unit in brackets, case, spaces, ``_-./``."""
    text = str(header).replace("\ufeff", "").strip()
    text = _UNIT.sub("", text)
    return _SEP.sub("", text).lower()


def header_lookup(layer: Layer) -> dict[str, str]:
    """Map every normalised header accepted for ``layer`` to its canonical field name."""
    lookup: dict[str, str] = {}
    for f in layer.fields:
        for spelling in (f.name, f.label_zh, f.label_en, *f.aliases):
            lookup.setdefault(normalise_header(spelling), f.name)
    return lookup


def canonical_choice(f: Field, value: str) -> Optional[str]:
    """Canonical value of an enumerated field, or ``None`` when ``value`` is not allowed."""
    assert f.choices is not None
    key = str(value).strip()
    return f.choices.get(key) or f.choices.get(key.lower())


_CJK = re.compile(r"[\u4e00-\u9fff]")


def value_labels(f: Field) -> Optional[dict]:
    """Canonical value -> Chinese label of every value an enumerated field may take
    (``choices``: the first Chinese spelling, else the value itself; else ``labels``), or
    ``None`` for a field that is not enumerated.  QGIS's value maps are made from it."""
    if f.labels is not None:
        return dict(f.labels)
    if f.choices is None:
        return None
    out: dict = {}
    for spelling, value in f.choices.items():
        out.setdefault(value, value)
        if (out[value] == value and not _CJK.search(str(value)) and _CJK.search(spelling)):
            out[value] = spelling
    return out
