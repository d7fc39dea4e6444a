"""The names of the indicators: columns of the indicator table and their Chinese and
English labels (standard library and :mod:`..layers.schema` only).

Their owner is this module; :mod:`.indicators` re-exports them.  They live apart from the
engine so that what only lists indicators (the map-sheet and planning algorithms' choices in
QGIS's toolbox) works where geopandas & co. are not installed.
"""

from __future__ import annotations

from ..layers import schema

KEYPLACE_CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(schema.KEY_PLACE_CATEGORIES.values()))
"""Canonical key-place categories, in schema order: one ``keyplace_reach_pct_<category>`` each."""

INDICATOR_COLUMNS: tuple[str, ...] = (
    "bs_active", "bs_built", "bs_per_km2", "bs_per_10k_pop", "cov_5g_area_pct",
    "cov_5g_pop_pct", "keyplace_reach_pct",
    *(f"keyplace_reach_pct_{c}" for c in KEYPLACE_CATEGORIES),
    "community_smart_pct", "community_provincial_pct", "manhole_monitored_pct",
    "envmon_automated_pct",
    # the plan's other targets (issue 14): built-up areas, town seats, enterprises, schools,
    # sites, pipes, forests
    "cov_5g_builtup_pct", "cov_5g_builtup_pct_urban", "cov_5g_builtup_pct_town",
    "cov_5g_builtup_pct_village", "town_seat_reach_pct", "enterprise_reach_pct",
    "school_wifi_pct", "smart_campus_pct", "demo_5g_n", "smart_farm_n", "pipe_monitored_pct",
    "forest_watch_pct",
)
"""The SPEC indicators, in table order."""

INDICATOR_LABELS: dict[str, tuple[str, str]] = {
    "area_km2": ("面积(km²)", "Area (km²)"),
    "bs_active": ("5G基站(开通)", "5G stations active"),
    "bs_built": ("5G基站(建成)", "5G stations built"),
    "bs_per_km2": ("每平方公里基站数", "Stations per km²"),
    "bs_per_10k_pop": ("每万人基站数", "Stations per 10k people"),
    "cov_5g_area_pct": ("5G面积覆盖率(%)", "5G area coverage (%)"),
    "cov_5g_pop_pct": ("5G人口覆盖率(%)", "5G population coverage (%)"),
    "keyplace_reach_pct": ("重点场所通达率(%)", "Key places reached (%)"),
    **{f"keyplace_reach_pct_{c}": (f"通达率·{zh}(%)", f"Reached: {c} (%)") for c, zh in (
        ("government", "党政机关"), ("scenic", "景区"), ("business", "商圈"),
        ("transport_hub", "交通枢纽"), ("school", "学校"), ("hospital", "医院"),
        ("sports_venue", "体育场馆"), ("village_committee", "村委会"), ("clinic", "卫生室"),
        ("town_seat", "乡镇驻地"))},
    "community_smart_pct": ("星级智慧社区占比(%)", "Star-rated smart communities (%)"),
    "community_provincial_pct": ("省级智慧社区覆盖率(%)", "Provincial smart communities (%)"),
    "manhole_monitored_pct": ("井盖智能监测率(%)", "Manholes monitored (%)"),
    "envmon_automated_pct": ("空气水质自动监测率(%)", "Automated air/water monitoring (%)"),
    "cov_5g_builtup_pct": ("建成区5G覆盖率(%)", "5G coverage of built-up area (%)"),
    "cov_5g_builtup_pct_urban": ("城市建成区5G覆盖率(%)", "5G coverage: urban built-up (%)"),
    "cov_5g_builtup_pct_town": ("乡镇驻地镇区5G覆盖率(%)", "5G coverage: town seats' built-up (%)"),
    "cov_5g_builtup_pct_village": ("村庄5G覆盖率(%)", "5G coverage: villages (%)"),
    "town_seat_reach_pct": ("乡镇驻地5G通达率(%)", "Town seats reached by 5G (%)"),
    "enterprise_reach_pct": ("有需求企业5G通达率(%)", "Enterprises needing 5G reached (%)"),
    "school_wifi_pct": ("学校无线网络覆盖率(%)", "Schools with Wi-Fi (%)"),
    "smart_campus_pct": ("智慧校园覆盖率(%)", "Smart campuses (%)"),
    "demo_5g_n": ("5G示范应用场景数", "5G demonstration scenarios"),
    "smart_farm_n": ("智慧农场和智慧海洋牧场数", "Smart farms and ocean ranches"),
    "pipe_monitored_pct": ("管网管线智能化监测率(%)", "Pipe length monitored (%)"),
    "forest_watch_pct": ("林区监测覆盖率(%)", "Forest area watched (%)"),
    "school_n": ("学校数", "Schools"),
    "school_wifi_n": ("无线网络覆盖学校数", "Schools with Wi-Fi"),
    "smart_campus_n": ("智慧校园数", "Smart campuses"),
    "enterprise_n": ("有5G需求企业数", "Enterprises needing 5G"),
    "builtup_km2": ("建成区面积(km²)", "Built-up area (km²)"),
    "builtup_covered_km2": ("5G覆盖建成区面积(km²)", "Built-up area covered (km²)"),
    "pipe_km": ("管线长度(km)", "Pipe length (km)"),
    "pipe_monitored_km": ("智能监测管线长度(km)", "Pipe length monitored (km)"),
    "forest_km2": ("林区面积(km²)", "Forest area (km²)"),
    "forest_watched_km2": ("监测覆盖林区面积(km²)", "Forest area watched (km²)"),
    "community_n": ("社区数", "Communities"),
    "community_smart_n": ("星级智慧社区数", "Star-rated communities"),
    "community_provincial_n": ("省级智慧社区数", "Provincial smart communities"),
    "manhole_n": ("井盖数", "Manholes"),
    "manhole_monitored_n": ("已接入监测井盖数", "Manholes monitored"),
    "envmon_n": ("空气水质监测点数", "Air/water monitoring points"),
    "envmon_automated_n": ("自动监测点数", "Automated points"),
}
"""Chinese and English labels of the indicator columns, for reports and the terminal."""

PLAN_INDICATORS: tuple[str, ...] = (
    "cov_5g_area_pct", "cov_5g_pop_pct", "cov_5g_builtup_pct",
    *(f"cov_5g_builtup_pct_{k}" for k in dict.fromkeys(schema.BUILTUP_KINDS.values())),
    "keyplace_reach_pct", *(f"keyplace_reach_pct_{c}" for c in KEYPLACE_CATEGORIES))
"""The indicators site planning can aim at, in the order the planning dialog lists them
(:data:`..planning.DEMANDS` has one demand builder for each; a test keeps them equal)."""
