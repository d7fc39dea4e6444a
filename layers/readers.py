"""Reading the files departments have into one raw shape, before any mapping or checking.

Every reader returns a :class:`RawTable`: the columns as they were in the file, the
geometries (or the coordinate columns of a CSV) in the file's own CRS, and how to name each row
in a message ("line 17" for a CSV as Excel numbers it, "feature 17" otherwise).  Problems that
make the whole file unreadable raise :class:`ReadFailure` with a sentence.

Formats: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030; lon/lat, x/y or WKT columns), ESRI
Shapefile (with the DBF encoding detected, see :mod:`.encoding`), GeoPackage, GeoJSON,
FlatGeobuf.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import pyproj

from .crs import CRSProblem, guess_projected_crs, parse_crs
from .encoding import EncodingError, detect_dbf_encoding, detect_text_encoding
from .schema import normalise_header

VECTOR_SUFFIXES = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON",
                   ".json": "GeoJSON", ".fgb": "FlatGeobuf"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

LON_NAMES = ("经度", "lon", "lng", "long", "longitude", "x", "x坐标", "东坐标", "横坐标",
             "easting", "坐标x")
LAT_NAMES = ("纬度", "lat", "latitude", "y", "y坐标", "北坐标", "纵坐标", "northing", "坐标y")
WKT_NAMES = ("wkt", "geometry", "geom", "几何", "shape")


class ReadFailure(ValueError):
    """The file cannot be read at all; nothing is imported.  The message says why."""


@dataclass
class RawTable:
    """A file as read: attribute columns, geometry or coordinate columns, CRS, row names."""

    path: Path
    frame: pd.DataFrame
    geometry: Optional[np.ndarray]  # shapely geometries in `crs`, or None for x/y columns
    crs: Optional[pyproj.CRS]
    row_numbers: np.ndarray
    row_label: str
    encoding: Optional[str] = None
    encoding_reason: str = ""
    xy_columns: Optional[tuple[str, str]] = None
    wkt_column: Optional[str] = None
    notes: list[str] = field(default_factory=list)


def read_table(path: Path, *, encoding: str = "auto", crs: Optional[str] = None,
               source_layer: Optional[str] = None) -> RawTable:
    """Read any supported file; ``crs`` (e.g. ``EPSG:4550``) overrides or supplies the CRS."""
    path = Path(path)
    if not path.exists():
        raise ReadFailure(f"{path} does not exist")
    if path.is_dir():
        raise ReadFailure(f"{path} is a folder; give the file inside it (.csv, .shp, .gpkg, "
                          f".geojson or .fgb)")
    suffix = path.suffix.lower()
    user_crs = parse_crs(crs) if crs else None
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, encoding, user_crs)
    if suffix in VECTOR_SUFFIXES:
        return _read_vector(path, encoding, user_crs, source_layer)
    raise ReadFailure(f"{path.name}: unknown file type {suffix or '(none)'}; the importer "
                      f"reads .csv, .shp, .gpkg, .geojson and .fgb")


def _read_csv(path: Path, encoding: str, user_crs: Optional[pyproj.CRS]) -> RawTable:
    try:
        enc = detect_text_encoding(path) if encoding == "auto" else encoding
    except EncodingError as exc:
        raise ReadFailure(str(exc)) from None
    try:
        text = path.read_text(encoding=enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadFailure(f"{path.name} cannot be decoded as {enc} ({exc}); try "
                          f"--encoding auto, utf-8 or gb18030") from None
    if not text.strip():
        raise ReadFailure(f"{path.name} is empty")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    try:
        from io import StringIO

        frame = pd.read_csv(StringIO(text.lstrip("\ufeff")), sep=sep, dtype=str,
                            keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ReadFailure(f"{path.name} is not a readable CSV table: {exc}") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    rows = np.arange(len(frame)) + 2  # Excel line numbers: header is line 1
    table = RawTable(path, frame, None, user_crs, rows, "line", enc,
                     "given with --encoding" if encoding != "auto" else _csv_reason(enc))
    headers = {normalise_header(c): c for c in frame.columns}
    lon = next((headers[n] for n in map(normalise_header, LON_NAMES) if n in headers), None)
    lat = next((headers[n] for n in map(normalise_header, LAT_NAMES) if n in headers), None)
    wkt = next((headers[n] for n in map(normalise_header, WKT_NAMES) if n in headers), None)
    if lon and lat:
        table.xy_columns = (lon, lat)
        _decide_csv_crs(table)
    elif wkt:
        table.wkt_column = wkt
        if table.crs is None:
            _decide_wkt_crs(table)
    else:
        raise ReadFailure(
            f"{path.name}: no coordinate columns found; expected 经度/纬度 (or lon/lat, x/y) "
            f"or a WKT column; columns are: {', '.join(frame.columns)}")
    return table


def _csv_reason(enc: str) -> str:
    return {"utf-8-sig": "UTF-8 with BOM (Excel)", "utf-8": "UTF-8",
            "gb18030": "not UTF-8; decoded as GB18030 (GBK)"}.get(enc, enc)


def _decide_csv_crs(table: RawTable) -> None:
    """lon/lat numbers need no CRS (geographic); projected numbers need an explicit one."""
    lon_col, lat_col = table.xy_columns
    x = pd.to_numeric(table.frame[lon_col], errors="coerce").to_numpy(dtype=float)
    y = pd.to_numeric(table.frame[lat_col], errors="coerce").to_numpy(dtype=float)
    finite = np.isfinite(x) & np.isfinite(y)
    looks_projected = finite.any() and (np.median(np.abs(x[finite])) > 360
                                        or np.median(np.abs(y[finite])) > 360)
    if table.crs is None:
        if looks_projected:
            raise ReadFailure(
                f"{table.path.name}: columns {lon_col!r}/{lat_col!r} hold projected "
                f"coordinates (e.g. {x[finite][0]:,.1f}, {y[finite][0]:,.1f}), and a CSV does "
                f"not say which CRS they are in; give it with --crs: "
                f"{guess_projected_crs(x[finite])}")
        table.crs = pyproj.CRS.from_epsg(4490)
        table.notes.append("longitude/latitude columns read as geographic coordinates")
    elif table.crs.is_geographic and looks_projected:
        raise ReadFailure(f"{table.path.name}: --crs {table.crs.to_string()} is geographic but "
                          f"the coordinates are projected metres; "
                          f"{guess_projected_crs(x[finite])}")


def _decide_wkt_crs(table: RawTable) -> None:
    """WKT with longitude/latitude-sized numbers is read as geographic, like lon/lat columns."""
    import shapely

    texts = [t for t in table.frame[table.wkt_column].tolist() if str(t).strip()][:200]
    try:
        coords = shapely.get_coordinates(shapely.from_wkt(texts))
    except shapely.errors.GEOSException:
        coords = np.empty((0, 2))
    if len(coords) and (np.abs(coords[:, 0]) <= 180).all() and (np.abs(coords[:, 1]) <= 90).all():
        table.crs = pyproj.CRS.from_epsg(4490)
        table.notes.append(f"WKT in column {table.wkt_column!r} read as longitude/latitude")
        return
    raise ReadFailure(f"{table.path.name}: geometries in column {table.wkt_column!r} are "
                      f"projected and a CSV does not say which CRS they are in; give it with "
                      f"--crs: {guess_projected_crs(coords[:, 0] if len(coords) else coords)}")


def _read_vector(path: Path, encoding: str, user_crs: Optional[pyproj.CRS],
                 source_layer: Optional[str]) -> RawTable:
    import pyogrio

    options: dict = {}
    enc_used, reason = None, ""
    if path.suffix.lower() == ".shp":
        if not path.with_suffix(".dbf").exists() and not path.with_suffix(".DBF").exists():
            raise ReadFailure(f"{path.name}: the .dbf file beside it is missing; a shapefile "
                              f"needs its .shp, .shx and .dbf together")
        if encoding == "auto":
            try:
                enc_used, reason = detect_dbf_encoding(path)
            except EncodingError as exc:
                raise ReadFailure(str(exc)) from None
        else:
            enc_used, reason = encoding, "given with --encoding"
        options["encoding"] = enc_used
    layer = source_layer
    try:
        layers = pyogrio.list_layers(path)
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise ReadFailure(f"{path.name} cannot be opened as {VECTOR_SUFFIXES[path.suffix.lower()]}"
                          f": {exc}") from None
    names = [str(n) for n in layers[:, 0]]
    if layer is None and len(names) > 1:
        layer = next((n for n in names if n in _PREFERRED), None)
        if layer is None:
            raise ReadFailure(f"{path.name} holds several layers ({', '.join(names)}); choose "
                              f"one with --source-layer")
    if layer is not None and layer not in names:
        raise ReadFailure(f"{path.name} has no layer {layer!r}; it has: {', '.join(names)}")
    try:
        gdf = pyogrio.read_dataframe(path, layer=layer, **options)
    except Exception as exc:
        raise ReadFailure(f"{path.name} cannot be read: {exc}") from None
    crs = user_crs
    if crs is None:
        if gdf.crs is None:
            what = "has no .prj file" if path.suffix.lower() == ".shp" else "declares no CRS"
            raise ReadFailure(f"{path.name} {what}, so its coordinates cannot be placed; give "
                              f"the CRS with --crs (e.g. --crs EPSG:4490 for CGCS2000 "
                              f"longitude/latitude, EPSG:4550 for CGCS2000 GK CM 123E)")
        crs = pyproj.CRS.from_user_input(gdf.crs)
    frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    return RawTable(path, frame, geoms, crs, np.arange(len(frame)) + 1, "feature",
                    enc_used, reason)


_PREFERRED = ("districts", "base_stations", "communities", "manholes", "monitoring_points",
              "key_places")

__all__ = ["RawTable", "ReadFailure", "read_table", "CRSProblem"]
