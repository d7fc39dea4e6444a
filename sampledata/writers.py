"""The synthetic layers written in the formats Weihai departments hand over, or for benchmarks.

:func:`write_sample` generates every layer (:mod:`.generator`) and writes it as the bureaus
deliver it (see ``data/weihai/README.md``): an operator's GBK CSV with GCJ-02 coordinates and
mixed date formats, a GB/T 30428 Shapefile as old desktop GIS leaves it (GBK DBF, no ``.cpg``),
a UTF-8 CSV with WKT, a GeoJSON, a GeoPackage and a GeoTIFF.  :func:`write_layers` writes the
canonical layers as GeoPackage, FlatGeobuf or GeoParquet for the benchmarks instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable, Optional, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import schema
from ..layers.chinacoords import wgs84_to_gcj02
from ..layers.progress import ProgressFn, no_progress
from .generator import (DEFAULT_SEED, WEIHAI_DISTRICTS, make_base_stations, make_communities,
                        make_districts, make_key_places, make_manholes, make_monitoring_points,
                        make_population_raster)
from .planlayers import add_plan_layers

_SCENE_ZH = {"dense_urban": "密集城区", "urban": "城区", "suburban": "郊区", "rural": "农村"}
_STATUS_ZH = {"planned": "规划", "building": "在建", "built": "建成", "active": "开通",
              "retired": "退网"}
_STATE_ZH = {"intact": "完好", "damaged": "破损", "missing": "丢失", "occupied": "占用"}


# --- writers ---------------------------------------------------------------------------------

def _date_strings(values: Iterable, styles: np.ndarray) -> np.ndarray:
    """Dates as Chinese spreadsheets export them, mixed per row by ``styles`` (0–3):
    ``2021-03-05``, ``2021/3/5``, ``2021年3月5日``, ``20210305``; empty for no date."""
    s = pd.to_datetime(pd.Series(list(values), dtype=object), errors="coerce")
    y = s.dt.year.astype("Int64").astype(str)
    m = s.dt.month.astype("Int64").astype(str)
    dd = s.dt.day.astype("Int64").astype(str)
    forms = [s.dt.strftime("%Y-%m-%d"), y + "/" + m + "/" + dd, y + "年" + m + "月" + dd + "日",
             s.dt.strftime("%Y%m%d")]
    out = np.select([styles == k for k in range(4)], [f.to_numpy(dtype=object) for f in forms],
                    "")
    out[s.isna().to_numpy()] = ""
    return out


def stations_csv_frame(stations: gpd.GeoDataFrame, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """The stations as an operator's export: Chinese headers, GCJ-02 coordinates (as copied
    from AMap), Chinese scene/status labels and mixed date formats."""
    rng = np.random.default_rng(seed + 6)
    n = len(stations)
    glon, glat = wgs84_to_gcj02(stations.geometry.x.to_numpy(), stations.geometry.y.to_numpy())
    styles = rng.integers(0, 4, n)
    return pd.DataFrame({
        "站点编号": stations["station_id"], "站点名称": stations["name"],
        "运营商": stations["operator"], "频段": stations["band"],
        "场景": stations["scene"].map(_SCENE_ZH),
        "天线挂高": stations["antenna_height_m"], "方位角": stations["azimuth_deg"],
        "覆盖半径": stations["coverage_radius_m"], "状态": stations["status"].map(_STATUS_ZH),
        "建成日期": _date_strings(stations["built_date"], styles),
        "开通日期": _date_strings(stations["opened_date"], styles),
        "退网日期": _date_strings(stations["retired_date"], styles),
        "经度": np.round(glon, 8), "纬度": np.round(glat, 8),
    })


def _patch_dbf(dbf: Path, date_fields: tuple[str, ...]) -> None:
    """Set the DBF language driver id (byte 29) to 0, as ArcView-era tools leave it, and turn
    8-character ``YYYYMMDD`` text fields into real DBF date (``D``) fields.

    pyogrio cannot ask GDAL for a Shapefile date field, but a ``D`` field *is* 8 characters
    ``YYYYMMDD`` (blank = empty), so flipping the type byte in the header is exact."""
    with open(dbf, "r+b") as f:
        head = f.read(32)
        header_len = int.from_bytes(head[8:10], "little")
        f.seek(29)
        f.write(b"\x00")
        for off in range(32, header_len - 1, 32):
            f.seek(off)
            desc = f.read(32)
            if desc[0] == 0x0D:
                break
            name = desc[:11].split(b"\x00")[0].decode("gbk")  # Chinese names are GBK too
            if name in date_fields and desc[11:12] == b"C" and desc[16] == 8:
                f.seek(off + 11)
                f.write(b"D")


def write_manholes_shapefile(manholes: gpd.GeoDataFrame, path: Union[str, Path]) -> Path:
    """Write manholes as a GB/T 30428-style Shapefile the way old desktop GIS leaves them:
    DBF in GBK, *no* ``.cpg`` and language driver id (DBF byte 29) 0, CGCS2000 ``.prj``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        path.with_suffix(ext).unlink(missing_ok=True)
    ymd = {c: pd.to_datetime(manholes[src]).dt.strftime("%Y%m%d").astype(object)
           for c, src in (("ORDate", "recorded_date"), ("IOT_SINCE", "iot_since"))}
    for v in ymd.values():
        v[pd.isna(v)] = None
    out = gpd.GeoDataFrame({
        "ObjID": manholes["obj_id"], "BJLX": manholes["component_code"],
        "ObjName": manholes["name"], "ObjState": manholes["state"].map(_STATE_ZH),
        "DeptName1": manholes["owner_dept"], "ORDate": ymd["ORDate"],
        "IOT_ID": manholes["iot_device_id"], "IOT_SINCE": ymd["IOT_SINCE"],
    }, geometry=manholes.geometry.values, crs=manholes.crs)
    # RESIZE: fields as wide as their longest value (GDAL would use 80-254 characters)
    out.to_file(path, driver="ESRI Shapefile", engine="pyogrio", encoding="GBK",
                layer_options={"RESIZE": "YES"})
    path.with_suffix(".cpg").unlink(missing_ok=True)
    _patch_dbf(path.with_suffix(".dbf"), date_fields=tuple(ymd))
    return path


_BUILTUP_ZH = {"urban": "城市建成区", "town": "镇区", "village": "村庄"}
_PIPE_ZH = {"water": "给水", "sewage": "污水", "rain": "雨水", "gas": "燃气", "heat": "热力",
            "power": "电力", "telecom": "通信"}
_SITE_ZH = {"demo_5g": "5G示范应用场景", "smart_farm": "智慧农场", "smart_ranch": "智慧海洋牧场"}


def _gbk_shapefile(frame: gpd.GeoDataFrame, path: Path, date_fields: tuple[str, ...]) -> Path:
    """A Shapefile as old desktop GIS leaves it: DBF in GBK (Chinese field names too), no
    ``.cpg``, language driver id 0, ``date_fields`` as real DBF dates, a CGCS2000 ``.prj``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        path.with_suffix(ext).unlink(missing_ok=True)
    out = frame.copy()
    for c in date_fields:
        v = pd.to_datetime(out[c]).dt.strftime("%Y%m%d").astype(object)
        v[pd.isna(v)] = None
        out[c] = v
    out.to_file(path, driver="ESRI Shapefile", engine="pyogrio", encoding="GBK",
                layer_options={"RESIZE": "YES"})
    path.with_suffix(".cpg").unlink(missing_ok=True)
    _patch_dbf(path.with_suffix(".dbf"), date_fields=date_fields)
    return path


def write_plan_files(layers: dict[str, gpd.GeoDataFrame], out_dir: Path) -> list[Path]:
    """The plan's layers as the bureaus would hand them over: built-up areas and pipelines
    as GBK Shapefiles with Chinese field names (自然资源和规划局, 住房城乡建设局), enterprises as
    a GBK CSV with Chinese headers and longitude/latitude (工业和信息化局), sites and forests as
    GeoJSON with Chinese property names."""
    written = []
    b = layers["builtup_areas"]
    written.append(_gbk_shapefile(gpd.GeoDataFrame({
        "编号": b["area_id"], "名称": b["name"], "类型": b["kind"].map(_BUILTUP_ZH),
    }, geometry=b.geometry.values, crs=b.crs), out_dir / "builtup_areas.shp", ()))
    p = layers["pipelines"]
    written.append(_gbk_shapefile(gpd.GeoDataFrame({
        "管线编号": p["pipe_id"], "管线类别": p["kind"].map(_PIPE_ZH), "权属单位": p["owner_dept"],
        "普查日期": p["recorded_date"], "监测日期": p["monitored_since"],
        "注销日期": p["valid_to"],
    }, geometry=p.geometry.values, crs=p.crs), out_dir / "pipelines.shp",
        ("普查日期", "监测日期", "注销日期")))
    e = layers["enterprises"]
    path = out_dir / "enterprises.csv"
    pd.DataFrame({
        "统一社会信用代码": e["enterprise_id"], "企业名称": e["name"], "所属行业": e["industry"],
        "有5G应用需求": np.where(e["needs_5g"], "是", "否"),
        "注销日期": _date_strings(e["valid_to"], np.ones(len(e), dtype=int)),
        "经度": np.round(e.geometry.x.to_numpy(), 7), "纬度": np.round(e.geometry.y.to_numpy(), 7),
    }).to_csv(path, index=False, encoding="gbk")
    written.append(path)
    s = layers["sites"]
    path = out_dir / "sites.geojson"
    path.unlink(missing_ok=True)
    gpd.GeoDataFrame({
        "场景编号": s["site_id"], "场景名称": s["name"], "场景类型": s["kind"].map(_SITE_ZH),
        "所属区划代码": s["district_code"],
        "建成日期": pd.to_datetime(s["established_date"]).dt.strftime("%Y-%m-%d"),
    }, geometry=s.geometry.values, crs=s.crs).to_file(path, driver="GeoJSON", engine="pyogrio",
                                                      COORDINATE_PRECISION=7)
    written.append(path)
    f = layers["forests"]
    path = out_dir / "forests.geojson"
    path.unlink(missing_ok=True)
    gpd.GeoDataFrame({"林区编号": f["forest_id"], "林区名称": f["name"]},
                     geometry=f.geometry.values, crs=f.crs).to_file(
        path, driver="GeoJSON", engine="pyogrio", COORDINATE_PRECISION=7)
    written.append(path)
    return written


def _gpkg(gdf: gpd.GeoDataFrame, path: Path, layer: str) -> None:
    """GeoPackage 1.2: QGIS 3.22's GDAL only partially supports the 1.4 newer GDALs write."""
    gdf.to_file(path, layer=layer, driver="GPKG", engine="pyogrio", VERSION="1.2")


def _as_store_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dates as ISO text-compatible datetimes for writers that want real date columns."""
    out = gdf.copy()
    layer_dates = {f.name for lyr in schema.LAYERS.values() for f in lyr.fields if f.kind == "date"}
    for c in out.columns:
        if c in layer_dates:
            out[c] = pd.to_datetime(out[c])
    return out


def write_layers(layers: dict[str, gpd.GeoDataFrame], out_dir: Union[str, Path],
                 fmt: str = "gpkg") -> list[Path]:
    """Write canonical layers for benchmarks: ``gpkg`` (one ``sample.gpkg``, a table per
    layer), ``fgb`` (FlatGeobuf per layer) or ``parquet`` (GeoParquet; needs pyarrow)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, gdf in layers.items():
        frame = _as_store_frame(gdf)
        if fmt == "gpkg":
            path = out_dir / "sample.gpkg"
            _gpkg(frame, path, name)
        elif fmt == "fgb":
            path = out_dir / f"{name}.fgb"
            frame.to_file(path, driver="FlatGeobuf", engine="pyogrio")
        elif fmt == "parquet":
            try:
                import pyarrow  # noqa: F401  (only to fail early with a clear message)
            except ImportError:
                raise RuntimeError("GeoParquet needs pyarrow: pip install pyarrow") from None
            path = out_dir / f"{name}.parquet"
            frame.to_parquet(path)
        else:
            raise ValueError(f"unknown format {fmt!r}: use native, gpkg, fgb or parquet")
        if path not in written:
            written.append(path)
    return written


def write_sample(out_dir: Union[str, Path], *, stations: int = 5500,
                 districts: Optional[int] = None, seed: int = DEFAULT_SEED,
                 communities: int = 400, manholes: int = 10_000, population: bool = True,
                 population_cell_m: float = 100.0, fmt: str = "native",
                 progress: Optional[ProgressFn] = None) -> list[Path]:
    """Generate every layer and write it to ``out_dir``; return the files written.

    ``fmt="native"`` writes the formats Weihai departments actually hand over (see
    ``data/weihai/README.md``): ``base_stations.csv`` (GBK, Chinese headers, GCJ-02, mixed
    date formats), ``manholes.shp`` (GBK DBF, no .cpg, LDID 0), ``communities.csv`` (UTF-8
    with BOM, WKT in CGCS2000), ``monitoring_points.geojson`` (EPSG:4326),
    ``key_places.gpkg``, ``population.tif`` and ``districts.geojson``.  ``gpkg``/``fgb``/
    ``parquet`` write canonical layers for benchmarks instead (plus the raster).
    ``districts=None`` uses the real Weihai districts, an integer a synthetic tessellation.
    """
    report = progress or no_progress
    if fmt not in ("native", "gpkg", "fgb", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: use native, gpkg, fgb or parquet")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401  (fail before minutes of generation, not after)
        except ImportError:
            raise RuntimeError("GeoParquet needs pyarrow: pip install pyarrow") from None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report(0, "districts")
    dist = make_districts(districts, seed)
    report(5, f"{stations:,} base stations")
    layers = {"districts": dist,
              "base_stations": make_base_stations(dist, stations, seed)}
    report(30, f"{communities:,} communities")
    layers["communities"] = make_communities(dist, communities, seed)
    report(40, f"{manholes:,} manholes")
    layers["manholes"] = make_manholes(dist, manholes, seed)
    report(55, "monitoring points and key places")
    layers["monitoring_points"] = make_monitoring_points(dist, seed)
    layers["key_places"] = make_key_places(dist, seed)
    report(58, "built-up areas, town seats, forests, sites, enterprises, pipes")
    layers = add_plan_layers(layers, dist, seed)
    written: list[Path] = []
    if fmt != "native":
        report(65, f"writing {fmt}")
        written += write_layers(layers, out_dir, fmt)
    else:
        report(65, "writing base_stations.csv")
        p = out_dir / "base_stations.csv"
        stations_csv_frame(layers["base_stations"], seed).to_csv(p, index=False, encoding="gbk")
        written.append(p)
        report(72, "writing manholes.shp")
        written.append(write_manholes_shapefile(layers["manholes"], out_dir / "manholes.shp"))
        report(80, "writing communities, monitoring points, key places")
        c = layers["communities"]
        p = out_dir / "communities.csv"
        pd.DataFrame({
            "社区编号": c["community_id"], "社区名称": c["name"], "户数": c["households"],
            "星级": c["star_rating"], "评定日期": _date_strings(c["rated_date"], np.zeros(len(c))),
            "省级智慧社区": np.where(c["provincial_smart"], "是", "否"),
            "省级认定日期": _date_strings(c["provincial_date"], np.zeros(len(c))),
            "WKT": shapely.to_wkt(c.geometry.values, rounding_precision=7),
        }).to_csv(p, index=False, encoding="utf-8-sig")
        written.append(p)
        p = out_dir / "monitoring_points.geojson"
        p.unlink(missing_ok=True)
        # dates as ISO text ("2021-03-05"): GeoJSON has no date type
        layers["monitoring_points"].to_crs(4326).to_file(
            p, driver="GeoJSON", engine="pyogrio", COORDINATE_PRECISION=7)
        written.append(p)
        p = out_dir / "key_places.gpkg"
        p.unlink(missing_ok=True)
        # departments' files carry no validity dates: leave the empty lifecycle columns out
        _gpkg(_as_store_frame(layers["key_places"].drop(columns=["valid_from", "valid_to"])),
              p, "key_places")
        written.append(p)
        written += write_plan_files(layers, out_dir)
        p = out_dir / "districts.geojson"
        if districts is None and WEIHAI_DISTRICTS.exists():
            if p.resolve() != WEIHAI_DISTRICTS.resolve():
                shutil.copyfile(WEIHAI_DISTRICTS, p)
        else:
            p.unlink(missing_ok=True)
            dist.to_file(p, driver="GeoJSON", engine="pyogrio", COORDINATE_PRECISION=7)
        written.append(p)
    if population:
        report(88, "population raster")
        cell = population_cell_m
        written.append(make_population_raster(dist, out_dir / "population.tif", seed,
                                              cell_m=cell))
    report(100, "done")
    return written


__all__ = ["stations_csv_frame", "write_manholes_shapefile", "write_layers", "write_plan_files",
           "write_sample"]
