"""Guess the text encoding of CSV files and shapefile DBFs as Chinese offices produce them.

CSV files come as UTF-8 with a BOM (Excel's "CSV UTF-8"), plain UTF-8, or GBK/GB18030
(Excel's default "CSV" on a Chinese Windows).  :func:`detect_text_encoding` tries them in
that order with *strict* decoding: GBK text is almost never valid UTF-8, so a strict UTF-8
pass that succeeds is trustworthy, and GB18030 (a superset of GB2312 and GBK) is the
fallback.

Shapefiles are the harder case.  The DBF may carry its code page in a ``.cpg`` side-car file
or in the "language driver id" (LDID) byte 29 of its header; files handed around in Chinese
offices often have neither (no ``.cpg`` and LDID 0) while holding GBK bytes.  GDAL then
*silently* decodes them as ISO-8859-1: every GBK byte becomes a Latin-1 character, so
``环翠区`` comes back as ``»·´äÇø`` with no error or warning, and anything written from
there is corrupt for good.  GDAL also does not understand the ``.cpg`` text ``ANSI 936``
that some Chinese tools write, and falls back to the same ISO-8859-1 mojibake.
:func:`detect_dbf_encoding` therefore decides the code page itself (``.cpg``, then LDID,
then a strict UTF-8 / GB18030 test of the DBF's own bytes) and the importer passes it on,
e.g. ``pyogrio.read_dataframe(path, encoding=codec)``.

Codec names returned here work both in Python (``bytes.decode``) and as pyogrio's
``encoding=`` for shapefiles (which hands the name to GDAL's ``SHAPE_ENCODING``/iconv).
One quirk found by testing GDAL 3.12: GDAL recognises ISO-8859-1 only spelled
``"ISO-8859-1"`` (upper case); the lower-case ``"iso-8859-1"`` is passed through undecoded.
Everything GBK-like is returned as ``"gb18030"``, the superset, which decodes GBK text
identically.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Optional

import numpy as np

#: Codec for GB2312 / GBK / CP936 / GB18030 text: GB18030 decodes all of them.
GB_CODEC = "gb18030"
#: GDAL recognises ISO-8859-1 only in this spelling (see module docstring).
LATIN1_CODEC = "ISO-8859-1"


class EncodingError(ValueError):
    """A file's text encoding could not be determined; the message says what to do."""


# --------------------------------------------------------------------------------------
# CSV / plain text
# --------------------------------------------------------------------------------------


def detect_text_encoding(path: Path, sample_bytes: Optional[int] = None) -> str:
    """The codec to read the text file ``path`` with: ``"utf-8-sig"``, ``"utf-8"``,
    ``"utf-16"`` (a UTF-16 BOM, Excel's "Unicode text") or ``"gb18030"``.

    The whole file is decoded by default, because a GBK byte may first appear on the last
    row.  With ``sample_bytes`` only that many leading bytes are read, cut back to the last
    newline so that no multibyte character is split.  Raises :class:`EncodingError` when
    the text is neither UTF-8 nor GB18030.
    """
    path = Path(path)
    if sample_bytes is None and path.stat().st_size > _BLOCK:
        return _detect_in_blocks(path)
    with open(path, "rb") as handle:
        data = handle.read() if sample_bytes is None else handle.read(sample_bytes + 1)
    if sample_bytes is not None and len(data) > sample_bytes:
        data = data[:sample_bytes]
        cut = data.rfind(b"\n")
        if cut >= 0:
            data = data[: cut + 1]
        partial = True
    else:
        partial = False

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", GB_CODEC)
    first_error: Optional[UnicodeDecodeError] = None
    for codec in candidates:
        try:
            # An incremental decoder with final=False tolerates a character cut by the
            # sample's end (only possible when the sample held no newline).
            codecs.getincrementaldecoder(codec)("strict").decode(data, final=not partial)
            return codec
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    line = data.count(b"\n", 0, first_error.start if first_error else 0) + 1
    raise EncodingError(
        f"Cannot tell the text encoding of {path}: it is not "
        f"{' or '.join(c.upper() for c in candidates)} (first undecodable byte on line "
        f"{line}). Save it as UTF-8, or name its encoding with --encoding NAME "
        f"(for example --encoding big5)."
    )


_BLOCK = 16 << 20
"""Bytes decoded at a time when a whole large file is tested (bounded memory)."""


def _detect_in_blocks(path: Path) -> str:
    """:func:`detect_text_encoding` of a whole large file, reading it ``_BLOCK`` bytes at a
    time through incremental decoders (the same answer and the same error, in bounded
    memory: a national register is gigabytes)."""
    with open(path, "rb") as handle:
        head = handle.read(3)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates: tuple[str, ...] = ("utf-16",)
    elif head.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", GB_CODEC)
    first_line: Optional[int] = None
    for codec in candidates:
        decoder = codecs.getincrementaldecoder(codec)("strict")
        lines = 0
        with open(path, "rb") as handle:
            try:
                while True:
                    block = handle.read(_BLOCK)
                    pending = len(decoder.getstate()[0])  # bytes of a character cut before
                    decoder.decode(block, final=not block)
                    if not block:
                        return codec
                    lines += block.count(b"\n")
            except UnicodeDecodeError as exc:
                if first_line is None:
                    first_line = lines + block.count(b"\n", 0, max(0, exc.start - pending)) + 1
    raise EncodingError(
        f"Cannot tell the text encoding of {path}: it is not "
        f"{' or '.join(c.upper() for c in candidates)} (first undecodable byte on line "
        f"{first_line}). Save it as UTF-8, or name its encoding with --encoding NAME "
        f"(for example --encoding big5)."
    )


# --------------------------------------------------------------------------------------
# Shapefile DBF
# --------------------------------------------------------------------------------------

# dBase/ESRI language driver id (DBF header byte 29) -> Windows code page, as GDAL's
# shapefile driver reads it (ogrshapelayer.cpp, ConvertCodePage).  0x57 (87) means "the
# writer's current ANSI code page", which cannot be known: handled apart.
_LDID_CODEPAGE = {
    0x01: 437, 0x02: 850, 0x03: 1252, 0x08: 865, 0x09: 437, 0x0A: 850, 0x0B: 437,
    0x0D: 437, 0x0E: 850, 0x0F: 437, 0x10: 850, 0x11: 437, 0x12: 850, 0x13: 932,
    0x14: 850, 0x15: 437, 0x16: 850, 0x17: 865, 0x18: 437, 0x19: 437, 0x1A: 850,
    0x1B: 437, 0x1C: 863, 0x1D: 850, 0x1F: 852, 0x22: 852, 0x23: 852, 0x24: 860,
    0x25: 850, 0x26: 866, 0x37: 850, 0x40: 852, 0x4D: 936, 0x4E: 949, 0x4F: 950,
    0x50: 874, 0x58: 1252, 0x59: 1252, 0x64: 852, 0x65: 866, 0x66: 865, 0x67: 861,
    0x6A: 737, 0x6B: 857, 0x6C: 863, 0x78: 950, 0x79: 949, 0x7A: 936, 0x7B: 932,
    0x7C: 874, 0x86: 737, 0x87: 852, 0x88: 857, 0xC8: 1250, 0xC9: 1251, 0xCA: 1254,
    0xCB: 1253, 0xCC: 1257,
}
_LDID_ANSI = 0x57

# Normalised .cpg text (upper case, no spaces, '-' or '_') -> codec.
_CPG_NAMES = {
    **dict.fromkeys(("UTF8", "65001"), "utf-8"),
    **dict.fromkeys(
        ("GBK", "GB2312", "GB18030", "CP936", "936", "ANSI936", "EUCCN", "54936"), GB_CODEC
    ),
    **dict.fromkeys(("88591", "ISO88591", "LATIN1", "28591"), LATIN1_CODEC),
    **dict.fromkeys(("BIG5", "950", "CP950", "ANSI950"), "cp950"),
}


def _codec_for_codepage(number: int) -> Optional[str]:
    """``cpNNN`` for a Windows/DOS code page Python knows, GBK family -> GB18030."""
    if number == 936:
        return GB_CODEC
    try:
        codecs.lookup(f"cp{number}")
    except LookupError:
        return None
    return f"cp{number}"


def _codec_for_cpg(text: str) -> Optional[str]:
    """The codec a ``.cpg`` text names, or None when it names nothing we know."""
    key = re.sub(r"[\s_\-]", "", text).upper()
    if key in _CPG_NAMES:
        return _CPG_NAMES[key]
    match = re.fullmatch(r"(?:ANSI|CP|OEM|WINDOWS)?(\d{3,5})", key)
    if match:
        return _codec_for_codepage(int(match.group(1)))
    return None


def sibling(path: Path, suffix: str) -> Optional[Path]:
    """``path`` with another suffix, matched case-insensitively (``.DBF``, ``.Cpg``)."""
    for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
        if candidate.is_file():
            return candidate
    if path.parent.is_dir():
        for candidate in path.parent.iterdir():
            if candidate.stem == path.stem and candidate.suffix.lower() == suffix:
                return candidate
    return None


def _dbf_character_data(dbf_path: Path) -> tuple[list[bytes], Optional[np.ndarray]]:
    """Field names of a DBF, and every record's character (``C``) field values as one row of
    an (records, bytes) array, each value followed by a newline so that no multibyte
    sequence can span two values (``None`` when there are no such fields or records).

    Reads the dBase header: record count (bytes 4–7), header length (8–9), record length
    (10–11), then 32-byte field descriptors from offset 32 up to the 0x0D terminator (name
    in bytes 0–10, type in 11, width in 16).  Values are sliced out with numpy, not looped;
    the count is bounded by the records the file has room for.
    """
    data = Path(dbf_path).read_bytes()
    if len(data) < 32:
        raise EncodingError(f"{dbf_path} is too short to be a DBF file (only {len(data)} bytes).")
    n_records = int.from_bytes(data[4:8], "little")
    header_len = int.from_bytes(data[8:10], "little")
    record_len = int.from_bytes(data[10:12], "little")

    names: list[bytes] = []
    columns: list[tuple[int, int]] = []  # (offset in record, width) of character fields
    offset = 1  # byte 0 of a record is the deletion flag
    pos = 32
    while pos + 32 <= min(header_len, len(data)) and data[pos] != 0x0D:
        descriptor = data[pos : pos + 32]
        width = descriptor[16]
        names.append(descriptor[:11].split(b"\0", 1)[0])
        if descriptor[11:12] in (b"C", b"c"):
            columns.append((offset, width))
        offset += width
        pos += 32

    available = (len(data) - header_len) // record_len if record_len else 0
    n_records = min(n_records, max(available, 0))
    if not (columns and n_records):
        return names, None
    records = np.frombuffer(
        data, dtype=np.uint8, count=n_records * record_len, offset=header_len
    ).reshape(n_records, record_len)
    newline = np.full((n_records, 1), 0x0A, dtype=np.uint8)
    pieces = []
    for start, width in columns:
        pieces += [records[:, start : start + width], newline]
    return names, np.hstack(pieces)


def dbf_text_bytes(dbf_path: Path) -> bytes:
    """All character data of a DBF: field names and every character (``C``) field value,
    each followed by a newline (see :func:`_dbf_character_data`)."""
    names, values = _dbf_character_data(dbf_path)
    return b"\n".join(names) + b"\n" + (b"" if values is None else values.tobytes())


def undecodable_records(dbf_path: Path, codec: str) -> list[int]:
    """The records (0-based) whose text is not valid ``codec``, in the DBF's own bytes.

    GDAL replaces what it cannot convert with ``?`` and warns once per process, so a value
    would change silently; the importer rejects these rows instead.  One strict decode of all
    the text first: the records are looked at one by one only when it fails.
    """
    _, values = _dbf_character_data(dbf_path)
    if values is None or _decodes(values.tobytes(), codec):
        return []
    return [r for r in range(len(values)) if not _decodes(values[r].tobytes(), codec)]


def _decodes(text: bytes, codec: str) -> bool:
    """Whether ``text`` (values separated by newlines) decodes strictly with ``codec``.

    A value may end in an incomplete multibyte character where a tool cut it to the field
    width in bytes.  Such an error is forgiven only when the bytes left before the newline
    are a valid *start* of a character in ``codec``; any other error fails.
    """
    view = memoryview(text)
    start = 0
    while True:
        try:
            str(view[start:], codec)
            return True
        except UnicodeDecodeError as exc:
            bad = start + exc.start
            end_of_value = text.find(b"\n", bad)
            if end_of_value < 0 or end_of_value - bad > 3:
                return False
            try:  # a valid but unfinished character decodes to "" with final=False
                if codecs.getincrementaldecoder(codec)().decode(text[bad:end_of_value]):
                    return False
            except UnicodeDecodeError:
                return False
            start = end_of_value + 1


def _codec_from_content(dbf: Path, ldid: int) -> tuple[str, str]:
    """Strict UTF-8, then GB18030, on the DBF's own text (``ldid`` only words the reason)."""
    text = dbf_text_bytes(dbf)
    ansi_ldid = ldid == _LDID_ANSI
    if ansi_ldid:
        lead = "DBF language driver id 0x57 means 'the writer's ANSI code page'"
    elif ldid:
        lead = f"DBF language driver id 0x{ldid:02X} is not one we know"
    else:
        lead = "DBF has no code page"
    if text.isascii():
        return "utf-8", f"{lead} and its text is plain ASCII; decoded as UTF-8"
    if _decodes(text, "utf-8"):
        return "utf-8", f"{lead}; decoded as strict UTF-8"
    if _decodes(text, GB_CODEC):
        return GB_CODEC, f"{lead} and is not UTF-8; decoded as GB18030"
    if ansi_ldid:
        return "cp1252", f"{lead} and is neither UTF-8 nor GB18030; decoded as cp1252"
    raise EncodingError(
        f"Cannot tell the text encoding of {dbf}: it has no code page we understand (.cpg "
        f"file or language driver id) and its text is neither UTF-8 nor GBK/GB18030. Add a "
        f".cpg file naming the code page, or name it with --encoding NAME (for example "
        f"--encoding big5)."
    )


def detect_dbf_encoding(shp_or_dbf_path: Path) -> tuple[str, str]:
    """The codec of a shapefile's attribute text and the reason, in English.

    Order (SPEC): a ``.cpg`` file we understand (``UTF-8``, ``GBK``, ``ANSI 936``, ``936``,
    ``88591``, ``Big5``, ``ANSI 1252`` …, case and spaces ignored); else the DBF language
    driver id (header byte 29, e.g. 0x4D = code page 936); else the DBF's own text tried
    as strict UTF-8 then GB18030.  Returns e.g. ``("gb18030", "from .cpg 'ANSI 936'")``.
    Pass the codec to ``pyogrio.read_dataframe(path, encoding=codec)``.
    """
    path = Path(shp_or_dbf_path)
    dbf = path if path.suffix.lower() == ".dbf" and path.is_file() else sibling(path, ".dbf")
    if dbf is None:
        raise FileNotFoundError(
            f"{path} has no .dbf file beside it: a shapefile needs its .dbf attribute table."
        )

    unknown_cpg = ""
    cpg = sibling(dbf, ".cpg")
    if cpg is not None:
        text = cpg.read_bytes().removeprefix(codecs.BOM_UTF8).decode("ascii", "replace").strip()
        codec = _codec_for_cpg(text)
        if codec is not None:
            return codec, f"from .cpg '{text}'"
        if text:
            unknown_cpg = f" (.cpg '{text}' not understood)"

    with open(dbf, "rb") as handle:
        header = handle.read(32)
    ldid = header[29] if len(header) > 29 else 0
    if ldid in _LDID_CODEPAGE:
        codec = _codec_for_codepage(_LDID_CODEPAGE[ldid])
        if codec is not None:
            return codec, f"from DBF language driver id 0x{ldid:02X}{unknown_cpg}"
    codec, reason = _codec_from_content(dbf, ldid)
    return codec, reason + unknown_cpg
