"""What a map sheet shows for each indicator: its title, the district choropleth (if any), the
feature layers drawn over it, and the key figures printed beside the map.

A *theme* is named by the ``--indicator`` a user gives: ``coverage`` (5G coverage polygons and
stations by operator), any numeric column of the indicator table (a choropleth of the rate,
with the layer the rate is counted from drawn over it), or a layer name (``communities``,
``manholes``, ``monitoring_points``, ``key_places``: the features over the districts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .. import indicator_names as ind

LAYER_LABELS: dict[str, tuple[str, str]] = {
    "coverage": ("5G覆盖范围", "5G coverage"),
    "base_stations": ("5G基站（按运营商）", "5G stations by operator"),
    "communities": ("社区（按星级）", "Communities by star rating"),
    "manholes": ("窨井盖", "Manhole covers"),
    "monitoring_points": ("监测点（按类型）", "Monitoring points by kind"),
    "key_places": ("重点场所（按类别）", "Key places by category"),
    "districts": ("行政区划", "Districts"),
    "zones": ("功能区", "Functional zones"),
    "plan_added": ("规划新增覆盖", "Coverage the plan adds"),
    "plan_sites": ("规划新建站点（按选址顺序编号）", "New sites, numbered in order of choice"),
}
"""Legend group headings of the feature layers."""


@dataclass(frozen=True)
class Theme:
    """One kind of sheet: ``name`` (the ``--indicator``), titles, ``choropleth`` (the indicator
    column filling the districts, or None), ``layers`` drawn over them (bottom to top) and the
    indicator columns of the key-figures box."""

    name: str
    title_zh: str
    title_en: str
    choropleth: Optional[str]
    layers: tuple[str, ...]
    figures: tuple[str, ...]
    overview_layers: Optional[tuple[str, ...]] = None

    def layers_for(self, overview: bool) -> tuple[str, ...]:
        """Layers drawn on the city overview (a choropleth stays readable: no coverage or
        thousands of stations over it) or on a district sheet (all of them)."""
        if overview and self.overview_layers is not None:
            return self.overview_layers
        return self.layers


_EVIDENCE: dict[str, tuple[str, ...]] = {
    "cov_5g": ("coverage", "base_stations"),
    "bs_": ("coverage", "base_stations"),
    "keyplace_reach": ("coverage", "key_places"),
    "community_": ("communities",),
    "manhole_": ("manholes",),
    "envmon_": ("monitoring_points",),
}

_FIGURES: dict[str, tuple[str, ...]] = {
    "coverage": ("bs_active", "bs_built", "bs_per_km2", "bs_per_10k_pop", "cov_5g_area_pct",
                 "keyplace_reach_pct"),
    "communities": ("community_n", "community_smart_n", "community_smart_pct",
                    "community_provincial_pct"),
    "manholes": ("manhole_n", "manhole_monitored_n", "manhole_monitored_pct"),
    "monitoring_points": ("envmon_n", "envmon_automated_n", "envmon_automated_pct"),
    "key_places": ("keyplace_reach_pct", "keyplace_reach_pct_government",
                   "keyplace_reach_pct_school", "keyplace_reach_pct_hospital"),
}

LAYER_THEMES: dict[str, Theme] = {
    "coverage": Theme("coverage", "5G网络覆盖图", "5G network coverage", None,
                      ("coverage", "base_stations"), _FIGURES["coverage"]),
    "communities": Theme("communities", "智慧社区分布图", "Smart communities", None,
                         ("communities",), _FIGURES["communities"]),
    "manholes": Theme("manholes", "窨井盖智能监测分布图", "Manhole cover IoT monitoring", None,
                      ("manholes",), _FIGURES["manholes"]),
    "monitoring_points": Theme("monitoring_points", "自然资源与环境监测点分布图",
                               "Environmental monitoring points", None,
                               ("monitoring_points",), _FIGURES["monitoring_points"]),
    "key_places": Theme("key_places", "重点场所5G通达图", "5G reach of key places", None,
                        ("coverage", "key_places"), _FIGURES["key_places"]),
}

CHOROPLETH_INDICATORS: tuple[str, ...] = tuple(
    c for c in ind.INDICATOR_COLUMNS if c not in ("bs_built",))
"""Indicator columns a choropleth sheet can show."""


def _strip_unit(label: str) -> str:
    return label.replace("(%)", "").replace("（%）", "").strip()


def theme(name: str) -> Theme:
    """The theme called ``name`` (a layer theme or an indicator column); ``ValueError``
    listing the names otherwise."""
    if name in LAYER_THEMES:
        return LAYER_THEMES[name]
    if name in CHOROPLETH_INDICATORS:
        zh, en = ind.INDICATOR_LABELS.get(name, (name, name))
        layers: tuple[str, ...] = ()
        for prefix, lyrs in _EVIDENCE.items():
            if name.startswith(prefix):
                layers = lyrs
                break
        key = ("key_places" if "key_places" in layers else
               "coverage" if "base_stations" in layers else (layers or ("coverage",))[0])
        figures = tuple(dict.fromkeys((name, *_FIGURES.get(key, ()))))
        overview = tuple(lyr for lyr in layers if lyr not in ("coverage", "base_stations"))
        return Theme(name, f"{_strip_unit(zh)}分布图", _strip_unit(en).replace("_", " "), name,
                     layers, figures, overview_layers=overview)
    raise ValueError(f"unknown indicator {name!r}; use one of: "
                     f"{', '.join([*LAYER_THEMES, *CHOROPLETH_INDICATORS])}.")


def theme_names() -> list[str]:
    """Every name :func:`theme` accepts, layer themes first."""
    return [*LAYER_THEMES, *CHOROPLETH_INDICATORS]
