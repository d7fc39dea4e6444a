"""Encoding detection on real files: shapefiles written by GDAL (through pyogrio) in GBK,
UTF-8, Big5 and Latin-1, then damaged the way offices hand them over (``.cpg`` deleted,
DBF language driver id zeroed); CSV files written by Python's own codecs.

The oracles are the strings we wrote, Python's codecs, GDAL's reading through pyogrio and
pandas' ``read_csv`` — never the detector's own output."""

from __future__ import annotations

import codecs
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from smartcity.layers.encoding import (
    EncodingError,
    dbf_text_bytes,
    detect_dbf_encoding,
    detect_text_encoding,
)

NAMES = ["环翠区", "威海市文登区", "上水井盖"]
FIELD = "名称"
GBK_FAMILY = {"gbk", "gb18030"}  # Python's canonical names; cp936 is an alias of gbk


def write_shapefile(
    folder: Path, values: list[str], encoding: str, stem: str = "t", field: str = FIELD
) -> Path:
    """A point shapefile with the text ``field`` = ``values``, written by GDAL in ``encoding``."""
    n = len(values)
    gdf = gpd.GeoDataFrame(
        {field: values, "code": list(range(n))},
        geometry=shapely.points([122.0 + 0.01 * i for i in range(n)], [37.2] * n),
        crs="EPSG:4490",
    )
    path = folder / f"{stem}.shp"
    pyogrio.write_dataframe(gdf, path, encoding=encoding)
    return path


def as_offices_have_it(shp: Path, ldid: int = 0, cpg: str | None = None) -> Path:
    """Delete (or replace) the .cpg and set the DBF language driver id byte 29."""
    shp.with_suffix(".cpg").unlink(missing_ok=True)
    if cpg is not None:
        shp.with_suffix(".cpg").write_text(cpg, encoding="ascii")
    dbf = shp.with_suffix(".dbf")
    raw = bytearray(dbf.read_bytes())
    raw[29] = ldid
    dbf.write_bytes(bytes(raw))
    return shp


def fill_first_field(shp: Path, record: int, tail: bytes) -> None:
    """Make the first field of ``record`` exactly full: ASCII 'x's, then ``tail`` at its end
    (as a tool that cut a value to the field width in bytes leaves it)."""
    dbf = shp.with_suffix(".dbf")
    raw = bytearray(dbf.read_bytes())
    header_len = int.from_bytes(raw[8:10], "little")
    record_len = int.from_bytes(raw[10:12], "little")
    width = raw[32 + 16]
    start = header_len + record * record_len + 1
    raw[start : start + width] = b"x" * (width - len(tail)) + tail
    dbf.write_bytes(bytes(raw))


def read_names(shp: Path, encoding: str | None = None) -> list[str]:
    df = pyogrio.read_dataframe(shp, encoding=encoding)
    return df.iloc[:, 0].tolist()


# ------------------------------------------------------------------------------ shapefiles


def test_gbk_shapefile_without_cpg_or_ldid_is_recovered(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), ldid=0)
    dbf_bytes = shp.with_suffix(".dbf").read_bytes()
    assert not shp.with_suffix(".cpg").exists() and dbf_bytes[29] == 0
    assert all(name.encode("gbk") in dbf_bytes for name in NAMES + [FIELD])

    # (a) the hard case: GDAL silently decodes as ISO-8859-1 and returns mojibake
    plain = pyogrio.read_dataframe(shp)
    assert plain.iloc[:, 0].tolist() == [n.encode("gbk").decode("latin-1") for n in NAMES]
    assert FIELD not in plain.columns

    # (b) detection, from the .shp and from the .dbf
    for path in (shp, shp.with_suffix(".dbf")):
        codec, reason = detect_dbf_encoding(path)
        assert codecs.lookup(codec).name in GBK_FAMILY
        assert reason == "DBF has no code page and is not UTF-8; decoded as GB18030"

    # (c) reading with that codec gives the exact Chinese, field name included
    df = pyogrio.read_dataframe(shp, encoding=codec)
    assert df[FIELD].tolist() == NAMES
    assert [v.encode(codec).decode(codec) for v in NAMES] == NAMES


@pytest.mark.parametrize(
    "cpg", ["ANSI 936", "ansi936\r\n", "936", "GBK", "gb2312", "CP936", " GB18030 "]
)
def test_gbk_cpg_spellings(tmp_path, cpg):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), ldid=0, cpg=cpg)
    codec, reason = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name in GBK_FAMILY
    assert reason == f"from .cpg '{cpg.strip()}'"
    assert read_names(shp, codec) == NAMES


def test_gdal_does_not_understand_ansi_936(tmp_path):
    """Why we read the .cpg ourselves: GDAL falls back to ISO-8859-1 mojibake."""
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), ldid=0, cpg="ANSI 936")
    assert read_names(shp) == [n.encode("gbk").decode("latin-1") for n in NAMES]
    assert read_names(shp, detect_dbf_encoding(shp)[0]) == NAMES


@pytest.mark.parametrize("ldid", [0x4D, 0x7A])
def test_gbk_language_driver_id(tmp_path, ldid):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), ldid=ldid)
    codec, reason = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name in GBK_FAMILY
    assert reason == f"from DBF language driver id 0x{ldid:02X}"
    assert read_names(shp, codec) == NAMES


def test_cpg_wins_over_language_driver_id(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "UTF-8"), ldid=0x4D, cpg="UTF-8")
    assert detect_dbf_encoding(shp) == ("utf-8", "from .cpg 'UTF-8'")


def test_utf8_shapefile_without_cpg_or_ldid(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "UTF-8"), ldid=0)
    assert all(n.encode("utf-8") in shp.with_suffix(".dbf").read_bytes() for n in NAMES)
    assert read_names(shp) == [n.encode("utf-8").decode("latin-1") for n in NAMES]
    codec, reason = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name == "utf-8"
    assert reason == "DBF has no code page; decoded as strict UTF-8"
    assert read_names(shp, codec) == NAMES


@pytest.mark.parametrize("cpg", ["UTF-8", "utf8", "65001", "Utf_8"])
def test_utf8_cpg_spellings(tmp_path, cpg):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "UTF-8"), cpg=cpg)
    codec, reason = detect_dbf_encoding(shp)
    assert (codecs.lookup(codec).name, reason) == ("utf-8", f"from .cpg '{cpg}'")
    assert read_names(shp, codec) == NAMES


def test_ascii_only_dbf_is_utf8(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, ["Huancui", "Wendeng"], "UTF-8", field="name"))
    codec, reason = detect_dbf_encoding(shp)
    assert codec == "utf-8" and "ASCII" in reason


@pytest.mark.parametrize("cpg", ["88591", "ISO-8859-1", "latin1", "ANSI 1252"])
def test_latin1_cpg_codec_works_in_gdal(tmp_path, cpg):
    values = ["café au lait", "Zürich"]
    shp = as_offices_have_it(write_shapefile(tmp_path, values, "ISO-8859-1", field="name"), cpg=cpg)
    assert values[0].encode("latin-1") in shp.with_suffix(".dbf").read_bytes()
    codec, reason = detect_dbf_encoding(shp)
    assert reason == f"from .cpg '{cpg}'"
    assert read_names(shp, codec) == values


@pytest.mark.parametrize("cpg, ldid", [("Big5", 0), ("950", 0), (None, 0x78), (None, 0x4F)])
def test_big5_codec_works_in_gdal(tmp_path, cpg, ldid):
    values = ["臺北市", "高雄"]
    shp = as_offices_have_it(write_shapefile(tmp_path, values, "CP950", field="名稱"), ldid=ldid, cpg=cpg)
    assert values[0].encode("big5") in shp.with_suffix(".dbf").read_bytes()
    codec, _ = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name in {"cp950", "big5"}
    assert read_names(shp, codec) == values


def test_single_character_gbk_values_are_not_taken_for_utf8(tmp_path):
    """是/否 ending full-width fields: the allowance for a character cut at the end of a
    field must not make GBK pass as UTF-8 (CA C7 looks like a cut UTF-8 sequence)."""
    values = ["是", "否", "是"]
    shp = write_shapefile(tmp_path, values, "GBK", field="flag")
    for record, value in enumerate(values):
        fill_first_field(shp, record, value.encode("gbk"))
    as_offices_have_it(shp)
    with pytest.raises(UnicodeDecodeError):
        shp.with_suffix(".dbf").read_bytes().decode("utf-8")
    codec, _ = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name in GBK_FAMILY
    assert [v[-1] for v in read_names(shp, codec)] == values


def test_value_cut_inside_a_character(tmp_path):
    """A tool cut a value to the field width in bytes, splitting its last character."""
    gbk = write_shapefile(tmp_path, NAMES, "GBK", stem="gbk")
    fill_first_field(gbk, 1, "abc环翠".encode("gbk") + "区".encode("gbk")[:1])
    as_offices_have_it(gbk)
    assert codecs.lookup(detect_dbf_encoding(gbk)[0]).name in GBK_FAMILY
    assert read_names(gbk, "gb18030")[0] == NAMES[0]

    utf = write_shapefile(tmp_path, NAMES, "UTF-8", stem="utf")
    fill_first_field(utf, 1, "a环翠".encode() + "区".encode()[:2])
    as_offices_have_it(utf)
    assert detect_dbf_encoding(utf) == ("utf-8", "DBF has no code page; decoded as strict UTF-8")

    # the same cut in the middle of a value (bytes after it) is not forgiven
    bad = write_shapefile(tmp_path, NAMES, "UTF-8", stem="bad")
    fill_first_field(bad, 1, "a环翠".encode() + "区".encode()[:2] + b"yz")
    as_offices_have_it(bad)
    with pytest.raises(EncodingError, match="bad.dbf"):
        detect_dbf_encoding(bad)


def test_dbf_text_bytes_holds_names_and_values(tmp_path):
    shp = write_shapefile(tmp_path, NAMES, "GBK")
    text = dbf_text_bytes(shp.with_suffix(".dbf")).decode("gbk")
    lines = [line.strip() for line in text.split("\n")]
    assert lines[:2] == [FIELD, "code"] and lines[2:5] == NAMES


def test_undecodable_dbf_raises_with_file_name(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, ["café au lait"], "ISO-8859-1", field="name"))
    with pytest.raises(EncodingError) as err:
        detect_dbf_encoding(shp)
    assert isinstance(err.value, ValueError)
    assert "t.dbf" in str(err.value) and "--encoding" in str(err.value)


def test_ansi_ldid_falls_back_to_cp1252(tmp_path):
    values = ["café au lait", "Zürich"]
    shp = as_offices_have_it(write_shapefile(tmp_path, values, "ISO-8859-1", field="name"), ldid=0x57)
    codec, reason = detect_dbf_encoding(shp)
    assert codec == "cp1252" and "0x57" in reason
    assert read_names(shp, codec) == values


def test_ansi_ldid_with_gbk_content(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), ldid=0x57)
    codec, _ = detect_dbf_encoding(shp)
    assert read_names(shp, codec) == NAMES


def test_unknown_cpg_falls_through(tmp_path):
    shp = as_offices_have_it(write_shapefile(tmp_path, NAMES, "GBK"), cpg="SOMETHING ODD")
    codec, reason = detect_dbf_encoding(shp)
    assert codecs.lookup(codec).name in GBK_FAMILY and "SOMETHING ODD" in reason


def test_missing_dbf(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing.shp"):
        detect_dbf_encoding(tmp_path / "nothing.shp")


# ------------------------------------------------------------------------------ CSV

CSV_TEXT = "经度,纬度,名称\n122.12,37.51,环翠区\n122.05,37.20,威海市文登区\n121.90,37.00,上水井盖\n"


@pytest.mark.parametrize(
    "write_as, expected",
    [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("gbk", "gb18030"), ("gb18030", "gb18030")],
)
def test_csv_encodings(tmp_path, write_as, expected):
    path = tmp_path / "stations.csv"
    path.write_bytes(CSV_TEXT.encode(write_as))
    if write_as in ("gbk", "gb18030"):
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    codec = detect_text_encoding(path)
    assert codec == expected
    df = pd.read_csv(path, encoding=codec)
    assert list(df.columns) == ["经度", "纬度", "名称"]
    assert df["名称"].tolist() == NAMES


def test_csv_gb18030_four_byte_characters(tmp_path):
    text = "名称\n䶮\n𠀀\n"  # outside GBK: four-byte GB18030 sequences
    path = tmp_path / "rare.csv"
    path.write_bytes(text.encode("gb18030"))
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    codec = detect_text_encoding(path)
    assert path.read_bytes().decode(codec) == text


def test_csv_utf16_bom(tmp_path):
    path = tmp_path / "excel_unicode.txt"
    path.write_bytes(CSV_TEXT.encode("utf-16"))
    codec = detect_text_encoding(path)
    assert pd.read_csv(path, encoding=codec)["名称"].tolist() == NAMES


def test_csv_empty_and_ascii(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert detect_text_encoding(path) == "utf-8"
    path.write_bytes(b"lon,lat\n122.1,37.5\n")
    assert detect_text_encoding(path) == "utf-8"


@pytest.mark.parametrize("write_as, expected", [("gbk", "gb18030"), ("utf-8", "utf-8")])
def test_csv_samples_never_split_a_character(tmp_path, write_as, expected):
    path = tmp_path / "s.csv"
    data = ("lon,lat,name\n" * 3 + CSV_TEXT * 3).encode(write_as)
    path.write_bytes(data)
    for size in range(1, len(data) + 2):
        cut = data[:size]
        prefix = cut[: cut.rfind(b"\n") + 1] if b"\n" in cut and size < len(data) else cut
        want = "utf-8" if prefix.isascii() else expected
        assert detect_text_encoding(path, sample_bytes=size) == want, size


def test_csv_sample_without_newline(tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_bytes(("环翠区" * 10).encode("utf-8"))
    for size in range(1, 12):
        assert detect_text_encoding(path, sample_bytes=size) == "utf-8"


def test_undecodable_csv_names_the_file(tmp_path):
    path = tmp_path / "stations_latin1.csv"
    path.write_bytes("lon,lat,name\n122.1,37.5,café au lait\n".encode("latin-1"))
    with pytest.raises(EncodingError) as err:
        detect_text_encoding(path)
    message = str(err.value)
    assert isinstance(err.value, ValueError)
    assert "stations_latin1.csv" in message and "--encoding NAME" in message
    assert "line 2" in message
