"""Colours and symbols for the matplotlib renderer, read from the QGIS styles in ``styles/``.

``styles/*.qml`` (QGIS layer styles, one per layer) are the single source of truth for how
layers look; QGIS applies them as they are, and this module reads the same files so that the
headless renderer draws the same categories, ranges, colours, marker shapes and sizes.  Only
what a map sheet needs is read: the renderer type (single symbol, categorized, graduated), its
attribute (a field, or a simple ``"field" IS NOT NULL`` expression), and for each class the
first enabled symbol layer's fill, outline, marker shape and size.  Sizes and widths are
millimetres on paper, as in QGIS.
"""

from __future__ import annotations

import math
import re
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import pandas as pd
from ...resources import STYLES

STYLES_DIR = STYLES
"""The repository's ``styles/`` folder (the plugin folder's ``styles``)."""

RGBA = tuple[float, float, float, float]

MARKERS = {"circle": "o", "square": "s", "star": "*", "triangle": "^", "diamond": "D",
           "pentagon": "p", "hexagon": "h", "cross": "+", "cross2": "x", "x": "x",
           "rectangle": "s", "equilateral_triangle": "^", "cross_fill": "P", "arrow": "^",
           "filled_arrowhead": ">", "line": "|", "octagon": "8", "decagon": "8",
           "heart": "o", "trapezoid": "s", "parallelogram_left": "s",
           "parallelogram_right": "s", "half_square": "s", "semi_circle": "o"}
"""QGIS simple-marker shape names → matplotlib marker codes (closest shape)."""

LINE_STYLES = {"solid": "-", "dash": (0, (4, 2)), "dot": (0, (1, 2)), "dash dot": "-.",
               "dash dot dot": (0, (4, 1.5, 1, 1.5, 1, 1.5)), "no": "None"}


@dataclass(frozen=True)
class Symbol:
    """What one class looks like: ``kind`` ``marker``, ``fill`` or ``line``; colours RGBA
    0–1; ``size_mm`` marker diameter, ``outline_mm`` outline/line width (mm on paper)."""

    kind: str
    color: RGBA = (0.5, 0.5, 0.5, 1.0)
    outline: RGBA = (0.2, 0.2, 0.2, 1.0)
    outline_mm: float = 0.26
    outline_style: str = "solid"
    fill_style: str = "solid"
    size_mm: float = 2.0
    marker: str = "o"
    alpha: float = 1.0

    @property
    def facecolor(self) -> RGBA:
        """Fill colour with the symbol opacity applied (transparent for 'no brush')."""
        if self.fill_style == "no":
            return (0.0, 0.0, 0.0, 0.0)
        r, g, b, a = self.color
        return (r, g, b, a * self.alpha)

    @property
    def edgecolor(self) -> RGBA:
        if self.outline_style == "no":
            return (0.0, 0.0, 0.0, 0.0)
        r, g, b, a = self.outline
        return (r, g, b, a * self.alpha)

    @property
    def linestyle(self):
        return LINE_STYLES.get(self.outline_style, "-")


@dataclass(frozen=True)
class StyleClass:
    """One legend entry: a category ``value`` or a range ``lower``–``upper``, its label."""

    label: str
    symbol: Symbol
    value: Optional[str] = None
    lower: float = math.nan
    upper: float = math.nan
    render: bool = True


@dataclass(frozen=True)
class LayerStyle:
    """A parsed QML: ``renderer`` (``single``, ``categorized``, ``graduated``), ``attr`` and
    the classes in the QML's (the legend's) order; ``source`` the file, or None when this is
    the built-in fallback."""

    renderer: str
    attr: Optional[str]
    classes: tuple[StyleClass, ...]
    source: Optional[Path] = None
    default: Optional[Symbol] = None  # a single symbol, or the "all other values" symbol

    def with_attr(self, attr: str) -> "LayerStyle":
        return replace(self, attr=attr)


class StyleError(ValueError):
    """A QML file that cannot be read (the message names the file)."""


def parse_color(text: Optional[str], default: RGBA = (0.5, 0.5, 0.5, 1.0)) -> RGBA:
    """``"r,g,b,a"`` (QGIS, 0–255; 3.34+ may append ``,rgb:…``) or ``#rrggbb`` → RGBA 0–1."""
    if not text:
        return default
    text = text.strip()
    if text.startswith("#") and len(text) in (7, 9):
        vals = [int(text[i:i + 2], 16) for i in range(1, len(text), 2)]
        if len(vals) == 3:
            vals.append(255)
        return tuple(v / 255.0 for v in vals)  # type: ignore[return-value]
    parts = text.split(",")[:4]
    try:
        floats = [float(p) for p in parts]
    except ValueError:
        return default
    if len(floats) == 3:
        floats.append(255.0)
    if len(floats) != 4:
        return default
    return tuple(min(max(v / 255.0, 0.0), 1.0) for v in floats)  # type: ignore[return-value]


def _props(layer: ET.Element) -> dict[str, str]:
    """A symbol layer's properties (QGIS ≥ 3.18 writes ``<Option>``s, older ``<prop>``s)."""
    props = {p.get("k", ""): p.get("v", "") for p in layer.findall("prop")}
    opt = layer.find("Option")
    if opt is not None:
        for o in opt.findall("Option"):
            name, value = o.get("name"), o.get("value")
            if name is not None and value is not None:
                props[name] = value
    return props


def _to_mm(value: str, unit: Optional[str], default: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    unit = (unit or "MM").lower()
    if unit in ("point", "points", "pt"):
        return v * 25.4 / 72.0
    if unit in ("pixel", "pixels"):
        return v * 25.4 / 96.0
    if unit in ("inch", "inches"):
        return v * 25.4
    return v  # MM; map units would need the scale: treated as mm


def parse_symbol(sym: ET.Element) -> Symbol:
    """The look of one ``<symbol>`` from its first enabled symbol layer."""
    kind = sym.get("type", "fill")
    alpha = float(sym.get("alpha", "1") or 1)
    layers = [lyr for lyr in sym.findall("layer") if lyr.get("enabled", "1") != "0"]
    if not layers:
        return Symbol(kind=kind, alpha=alpha)
    p = _props(layers[0])
    if kind == "line":
        color = parse_color(p.get("line_color") or p.get("color"))
        return Symbol(kind=kind, color=color, outline=color,
                      outline_mm=_to_mm(p.get("line_width", "0.26"), p.get("line_width_unit"),
                                        0.26),
                      outline_style=p.get("line_style", "solid"), alpha=alpha)
    outline_mm = _to_mm(p.get("outline_width", "0.26"), p.get("outline_width_unit"), 0.26)
    if kind == "marker":
        return Symbol(kind=kind, color=parse_color(p.get("color")),
                      outline=parse_color(p.get("outline_color"), (0.14, 0.14, 0.14, 1.0)),
                      outline_mm=outline_mm, outline_style=p.get("outline_style", "solid"),
                      size_mm=_to_mm(p.get("size", "2"), p.get("size_unit"), 2.0),
                      marker=MARKERS.get(p.get("name", "circle"), "o"), alpha=alpha)
    return Symbol(kind="fill", color=parse_color(p.get("color")),
                  outline=parse_color(p.get("outline_color"), (0.14, 0.14, 0.14, 1.0)),
                  outline_mm=outline_mm, outline_style=p.get("outline_style", "solid"),
                  fill_style=p.get("style", "solid"), alpha=alpha)


def parse_qml(path: Path) -> LayerStyle:
    """The renderer of a QML file as a :class:`LayerStyle` (:class:`StyleError` if unreadable)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise StyleError(f"{path}: not a readable QGIS style ({exc}); re-save it from QGIS "
                         f"(Layer Properties → Style → Save Style).") from None
    rend = root.find("renderer-v2")
    if rend is None:
        raise StyleError(f"{path}: has no <renderer-v2> (symbology) section; save the style "
                         f"with the Symbology category.")
    rtype = rend.get("type", "")
    symbols = {s.get("name"): parse_symbol(s) for s in rend.findall("symbols/symbol")}
    classes: list[StyleClass] = []
    default = None
    if rtype == "categorizedSymbol":
        for c in rend.findall("categories/category"):
            sym = symbols.get(c.get("symbol"))
            if sym is None:
                continue
            value = c.get("value", "")
            entry = StyleClass(label=c.get("label") or value, symbol=sym, value=value,
                               render=c.get("render", "true") != "false")
            if value == "":
                default = sym  # QGIS's "all other values" category
            classes.append(entry)
        renderer = "categorized"
    elif rtype == "graduatedSymbol":
        for r in rend.findall("ranges/range"):
            sym = symbols.get(r.get("symbol"))
            if sym is None:
                continue
            classes.append(StyleClass(label=r.get("label") or "", symbol=sym,
                                      lower=float(r.get("lower", "nan")),
                                      upper=float(r.get("upper", "nan")),
                                      render=r.get("render", "true") != "false"))
        renderer = "graduated"
    elif rtype == "singleSymbol":
        renderer = "single"
        default = next(iter(symbols.values()), Symbol(kind="fill"))
    else:
        raise StyleError(f"{path}: renderer {rtype!r} is not one the headless renderer reads "
                         f"(single symbol, categorized, graduated).")
    return LayerStyle(renderer=renderer, attr=rend.get("attr"), classes=tuple(classes),
                      source=Path(path), default=default)


FALLBACK = LayerStyle(renderer="single", attr=None, classes=(),
                      default=Symbol(kind="fill", color=(0.6, 0.6, 0.6, 0.5)))


def load_style(name: str, styles_dir: Optional[Path] = None, *,
               geometry: Optional[str] = None) -> LayerStyle:
    """The style ``styles/<name>.qml`` (``<name>.<geometry>.qml`` first when ``geometry`` is
    ``point`` or ``polygon``: a layer holding both kinds has one QML for each).

    A missing or unreadable file gives a neutral grey single symbol and a warning, so a sheet
    is still drawn (the warning says which file to restore).
    """
    folder = Path(styles_dir) if styles_dir is not None else STYLES_DIR
    names = ([f"{name}.{geometry}.qml"] if geometry else []) + [f"{name}.qml"]
    for file in names:
        path = folder / file
        if path.is_file():
            try:
                return parse_qml(path)
            except StyleError as exc:
                warnings.warn(str(exc), RuntimeWarning, stacklevel=2)
                break
    warnings.warn(f"style {folder / names[-1]} not found: drawing layer {name!r} in neutral "
                  f"grey; restore the file from the repository's styles/ folder.",
                  RuntimeWarning, stacklevel=2)
    return FALLBACK


_IS_NOT_NULL = re.compile(r'^\s*(?:if\s*\(\s*)?"?(?P<f>\w+)"?\s+IS\s+NOT\s+NULL\b',
                          re.IGNORECASE)


def attribute_values(style: LayerStyle, frame: pd.DataFrame) -> pd.Series:
    """The value each feature is classified by, as text (categorized) or float (graduated).

    ``attr`` is a field name, or an expression ``"field" IS NOT NULL …`` (evaluated as "the
    field holds a non-blank value" → ``true``/``false``, the categories such a QML uses).
    """
    attr = (style.attr or "").strip()
    if attr.startswith('"') and attr.endswith('"') and attr.count('"') == 2:
        attr = attr[1:-1]
    if attr in frame.columns:
        col = frame[attr]
    else:
        m = _IS_NOT_NULL.match(attr)
        if m and m.group("f") in frame.columns:
            cells = frame[m.group("f")].astype(object).where(frame[m.group("f")].notna(), "")
            filled = cells.astype(str).str.strip().ne("") & ~cells.astype(str).str.lower().isin(
                ["nan", "none", "null", "<na>"])
            return filled.map({True: "true", False: "false"})
        raise StyleError(f"style {style.source}: attribute {style.attr!r} is not a field of "
                         f"the layer ({', '.join(map(str, frame.columns))}).")
    if style.renderer == "graduated":
        return pd.to_numeric(col, errors="coerce").astype(float)

    def text(v) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            return ""
        if isinstance(v, (bool, np.bool_)):
            return "true" if v else "false"
        if isinstance(v, (float, np.floating)) and float(v).is_integer():
            return str(int(v))
        return str(v)

    return col.map(text)


def classify(style: LayerStyle, values: pd.Series) -> np.ndarray:
    """Index into ``style.classes`` for each value (-1: no class, drawn with ``default``).

    Graduated: ``lower < v <= upper`` as QGIS does, except that the first range also takes
    its lower bound (QGIS includes it too).
    """
    out = np.full(len(values), -1, dtype=int)
    if style.renderer == "categorized":
        lookup = {c.value: i for i, c in enumerate(style.classes) if c.value != ""}
        out = values.map(lambda v: lookup.get(v, -1)).to_numpy(dtype=int)
    elif style.renderer == "graduated":
        v = values.to_numpy(dtype=float)
        for i, c in enumerate(style.classes):
            lower_ok = v >= c.lower if i == 0 else v > c.lower
            out[(out < 0) & lower_ok & (v <= c.upper)] = i
    return out


def graduated_for(style: LayerStyle, attr: str, breaks: Sequence[float],
                  labels: Sequence[str]) -> LayerStyle:
    """The graduated ``style`` re-classed on ``attr`` with new ``breaks`` (n+1 ascending
    numbers), keeping its colours: the QML's own colours when the number of classes matches,
    otherwise colours interpolated along them (for indicators that are not percentages)."""
    n = len(breaks) - 1
    base = [c.symbol for c in style.classes] or [Symbol(kind="fill")]
    if len(base) == n:
        syms = base
    else:
        cols = np.array([s.color for s in base])
        pos = np.linspace(0, 1, len(base))
        at = np.linspace(0, 1, n) if n > 1 else np.array([0.5])
        interp = np.stack([np.interp(at, pos, cols[:, k]) for k in range(4)], axis=1)
        syms = [replace(base[0], color=(float(row[0]), float(row[1]), float(row[2]), float(row[3])))
                for row in interp]
    classes = tuple(StyleClass(label=labels[i], symbol=syms[i], lower=float(breaks[i]),
                               upper=float(breaks[i + 1])) for i in range(n))
    return replace(style, attr=attr, classes=classes)


# --- choropleths of indicators (both renderers) -----------------------------------------------

def nice_breaks(values: np.ndarray, max_classes: int = 6) -> list[float]:
    """Equal classes from 0 to a round maximum ≥ the largest value: the smallest round step
    (1, 2, 2.5, 5 × 10ⁿ) giving at most ``max_classes`` classes."""
    vals = np.asarray(values, dtype=float)
    vmax = float(np.nanmax(vals)) if np.isfinite(vals).any() else 1.0
    vmax = max(vmax, 1e-9)
    exp = math.floor(math.log10(vmax / max_classes))
    for e in (exp, exp + 1):
        for m in (1, 2, 2.5, 5):
            step = m * 10 ** e
            n = math.ceil(vmax / step - 1e-9)
            if n <= max_classes:
                return [round(i * step, 10) for i in range(max(n, 1) + 1)]
    return [0.0, vmax]


def choropleth_style(indicator: str, values: np.ndarray,
                     styles_dir: Optional[Path] = None) -> LayerStyle:
    """The districts' graduated style for ``indicator``: ``styles/district_indicators.qml``
    with its own ranges for percentages, re-classed to round equal intervals otherwise."""
    base = load_style("district_indicators", styles_dir)
    if base.renderer != "graduated":
        base = LayerStyle("graduated", indicator, (), None)
    if indicator.endswith("_pct") and base.classes:
        return base.with_attr(indicator)
    br = nice_breaks(np.asarray(values, dtype=float))
    labels = [f"{br[i]:g}–{br[i + 1]:g}" for i in range(len(br) - 1)]
    return graduated_for(base, indicator, br, labels)


NO_DATA = Symbol(kind="fill", color=(0.85, 0.85, 0.85, 1.0), outline=(0.4, 0.4, 0.4, 1.0),
                 outline_mm=0.3)
"""Districts whose indicator is undefined (a rate with no denominator)."""


BACKGROUND_VALUES = ("false", "0", "")
"""Category values that are "the rest" (not monitored, not rated): drawn first, under the
classes the sheet is about, whatever their place in the legend."""


def draw_rank(style: LayerStyle, index: int) -> int:
    """Drawing order of class ``index`` (higher on top): background values first, then the
    others in the QML's order (5-star communities over 1-star ones)."""
    c = style.classes[index]
    return 0 if (c.value or "").lower() in BACKGROUND_VALUES else index + 1


def class_counts(style: LayerStyle, frame: pd.DataFrame) -> list[int]:
    """Features of ``frame`` in each class of ``style`` (legend counts)."""
    if style.renderer == "single" or not len(frame):
        return [0] * len(style.classes)
    cls = classify(style, attribute_values(style, frame))
    return [int((cls == i).sum()) for i in range(len(style.classes))]
