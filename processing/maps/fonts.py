"""A CJK font for map sheets and reports: found on the machine, registered with matplotlib.

Chinese text drawn with a Latin-only font comes out as tofu boxes, so every renderer asks
:func:`cjk_font` first and fails with a sentence saying what to install when none exists.

Debian's ``fonts-noto-cjk`` ships Noto Sans CJK as TrueType *collections* (``.ttc``) whose
first face is the Japanese one; matplotlib only reads the first face of a collection, and
Japanese glyph forms of some hanzi differ from the Simplified Chinese ones (直, 角 …).  The
Simplified Chinese face is therefore extracted once into a standalone ``.otf`` in a cache
folder (``fontTools``, a matplotlib dependency) and registered under its own name.  QGIS (Qt)
reads collections through fontconfig and needs only the family name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC",
    "Droid Sans Fallback", "AR PL UMing CN",
)
"""Sans-serif Simplified Chinese families, best first (what fontconfig is asked for)."""

INSTALL_HINT = ("no Chinese (CJK) font was found; install one, e.g. on Debian/Ubuntu "
                "`sudo apt-get install fonts-noto-cjk`, on Windows/macOS the system fonts "
                "Microsoft YaHei / PingFang SC are found automatically")


class FontError(RuntimeError):
    """No usable CJK font on this machine (the message says what to install)."""


@dataclass(frozen=True)
class CJKFont:
    """A Simplified Chinese font: the family name to ask for and the files behind it.

    ``regular``/``bold`` are files matplotlib can read (a standalone face), ``family`` the
    name both matplotlib and Qt/QGIS know it by.
    """

    family: str
    regular: Path
    bold: Optional[Path]


def _fc_match(family: str, style: str = "Regular") -> Optional[tuple[Path, int, str]]:
    """``(file, face index, family)`` fontconfig gives for ``family``, if it is really that."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}",
                              f"{family}:style={style}:lang=zh-cn"],
                             capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.split("|")
    if len(parts) < 3 or not parts[0]:
        return None
    families = [f.strip() for f in parts[2].split(",")]
    if family not in families:
        return None
    return Path(parts[0]), int(parts[1] or 0), family


def cache_dir() -> Path:
    """Where extracted font faces are kept (``$XDG_CACHE_HOME/smartcity/fonts``)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "smartcity" / "fonts"


def _standalone_face(path: Path, index: int, family: str) -> Path:
    """A single-face font file for face ``index`` of ``path`` (extracted from a collection)."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return path
    from fontTools.ttLib import TTCollection

    folder = cache_dir()
    target = folder / f"{path.stem}-{index}.otf"
    if target.is_file() and target.stat().st_mtime >= path.stat().st_mtime:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    collection = TTCollection(str(path), lazy=True)
    face = collection.fonts[index]
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    face.save(str(tmp))
    os.replace(tmp, target)
    return target


def _matplotlib_scan() -> Optional[CJKFont]:
    """A CJK family matplotlib already knows (Windows/macOS, no fontconfig)."""
    from matplotlib import font_manager

    known = {f.name: Path(f.fname) for f in font_manager.fontManager.ttflist
             if not f.fname.lower().endswith((".ttc", ".otc"))}
    for family in PREFERRED_FAMILIES:
        if family in known:
            return CJKFont(family, known[family], None)
    return None


@lru_cache(maxsize=1)
def cjk_font() -> CJKFont:
    """The CJK font to draw Chinese with, registered with matplotlib when matplotlib is
    installed (the QGIS renderer does not need it); :class:`FontError` when the machine has
    none."""
    try:
        from matplotlib import font_manager as fm
        font_manager: Any = fm
    except ModuleNotFoundError:
        font_manager = None

    found: Optional[CJKFont] = None
    for family in PREFERRED_FAMILIES:
        regular = _fc_match(family, "Regular")
        if regular is None:
            continue
        bold = _fc_match(family, "Bold")
        try:
            reg_file = _standalone_face(*regular)
            bold_file = _standalone_face(*bold) if bold and bold[0] != regular[0] else None
        except Exception as exc:  # an unreadable collection: try the next family
            warnings.warn(f"could not read font {regular[0]}: {exc}", RuntimeWarning)
            continue
        found = CJKFont(family, reg_file, bold_file)
        break
    if found is None and font_manager is not None:
        found = _matplotlib_scan()
    if found is None:
        raise FontError(INSTALL_HINT)
    if font_manager is not None:
        for file in (found.regular, found.bold):
            if file is not None:
                font_manager.fontManager.addfont(str(file))
    return found


def configure_matplotlib() -> CJKFont:
    """Make matplotlib draw with the CJK font and embed fonts in PDFs as Type 42 (TrueType
    / CID outlines, so text stays text: searchable, copyable and checked by ``pdffonts``)."""
    import matplotlib

    font = cjk_font()
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [font.family, "DejaVu Sans"]
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["ps.fonttype"] = 42
    matplotlib.rcParams["svg.fonttype"] = "none"
    matplotlib.rcParams["axes.unicode_minus"] = False
    truetype_pdf_subsets()
    return font


RADICALS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
"""CJK Radicals Supplement and Kangxi Radicals: code points sharing glyphs with ordinary
hanzi (⾯ U+2F84 and 面 U+9762 are one glyph in Noto Sans CJK)."""

EXPORT_FAMILY = "Smartcity Sans SC"
"""Family name of :func:`export_faces`' fonts."""


def export_faces() -> tuple[str, list[Path]]:
    """``(family, files)``: the CJK font without the radical code points, for Qt's PDF writer.

    Qt writes a PDF's text mapping (ToUnicode) from the font's character map backwards, and
    where two code points share a glyph it picks the lower one: 面 would be copied, searched
    and extracted as the Kangxi radical ⾯.  These copies of :func:`cjk_font`'s faces map each
    glyph from ordinary hanzi only, under their own family name (``Smartcity Sans SC``) so
    they never replace the system font.  Built once into :func:`cache_dir` (about a second:
    only the ``cmap`` and ``name`` tables are rewritten); ``([], family of the original)`` if
    they cannot be built.
    """
    from fontTools.ttLib import TTFont

    font = cjk_font()
    out: list[Path] = []
    for face in (font.regular, font.bold):
        if face is None:
            continue
        target = cache_dir() / f"{face.stem}-export.otf"
        if not (target.is_file() and target.stat().st_mtime >= face.stat().st_mtime):
            try:
                tt = TTFont(str(face), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
                for table in tt["cmap"].tables:
                    for cp in [cp for cp in table.cmap
                               if any(lo <= cp <= hi for lo, hi in RADICALS)]:
                        del table.cmap[cp]
                old_family = font.family
                old_ps = old_family.replace(" ", "")
                for rec in tt["name"].names:
                    text = rec.toUnicode()
                    if rec.nameID in (1, 3, 4, 16, 18):
                        rec.string = text.replace(old_family, EXPORT_FAMILY)
                    elif rec.nameID == 6:
                        rec.string = text.replace(old_ps, EXPORT_FAMILY.replace(" ", "")) \
                            .replace("NotoSansCJKsc", EXPORT_FAMILY.replace(" ", ""))
                cache_dir().mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(f".tmp{os.getpid()}")
                tt.save(str(tmp))
                tt.close()
                os.replace(tmp, target)
            except Exception as exc:
                warnings.warn(f"could not prepare {face} for PDF export ({exc}); PDF text of "
                              f"some hanzi may extract as radicals.", RuntimeWarning)
                return font.family, []
        out.append(target)
    return EXPORT_FAMILY, out


# --- TrueType outlines for matplotlib's PDFs ---------------------------------------------------

def cff_to_truetype(font) -> None:
    """Turn an OpenType/CFF ``fontTools`` font into TrueType outlines in place (cubic curves
    approximated by quadratic ones within 1 font unit; the fontTools ``otf2ttf`` recipe).

    matplotlib embeds Type 42 fonts as ``CIDFontType2``/``FontFile2``, which PDF reserves for
    TrueType outlines; Noto Sans CJK has CFF outlines, so the font subset of each PDF is
    converted (a few hundred glyphs: milliseconds) and the file is valid for every viewer.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quads = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quads[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quads
    for glyph in quads.values():  # matplotlib's subset font does not recompute bounds
        glyph.recalcBounds(glyf)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    maxp.recalc(font)  # points, contours … from the new outlines
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    try:
        post.compile(font)
    except OverflowError:
        post.formatType = 3.0
    font.sfntVersion = "\000\001\000\000"


_PATCHED = False


def truetype_pdf_subsets() -> None:
    """Make matplotlib convert the CFF font subsets it embeds in PDFs to TrueType outlines
    (see :func:`cff_to_truetype`).  Wraps matplotlib's subsetting step once per process;
    fonts that already have TrueType outlines pass through untouched."""
    global _PATCHED
    if _PATCHED:
        return
    try:
        from matplotlib.backends import _backend_pdf_ps as pdf_ps
    except ImportError:  # a matplotlib without this helper: leave it as it is
        return
    original = getattr(pdf_ps, "get_glyphs_subset", None)
    if original is None:
        return

    @contextmanager_compat
    def subset_as_truetype(fontfile, characters):
        with original(fontfile, characters) as font:
            if "CFF " in font:
                try:
                    cff_to_truetype(font)
                except Exception as exc:  # keep matplotlib's own (CFF) embedding
                    warnings.warn(f"could not convert {fontfile} to TrueType for the PDF "
                                  f"({exc}); some viewers may not show its text.",
                                  RuntimeWarning)
            yield font

    pdf_ps.get_glyphs_subset = subset_as_truetype
    _PATCHED = True


def contextmanager_compat(func):
    import contextlib

    return contextlib.contextmanager(func)
