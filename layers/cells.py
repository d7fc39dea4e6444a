"""What a spreadsheet cell may hold before it is read as a value: empty, full-width, control.

Three conventions, each decided here once:

* **Empty.**  A cell with nothing but spaces is empty.  In an *identifier* that is the only
  empty: ids are text, and ``null`` or ``NaN`` are kept as written.  In any other field the
  placeholders that Chinese spreadsheets and database exports write for "no value"
  (:data:`EMPTY_WORDS`: ``NULL``, ``null``, ``None``, ``nan``, ``NaN``, ``NaT``, ``-``, ``—``,
  ``无``) also mean empty, so that an unknown retirement date or radius stays empty rather
  than rejecting the row; in a yes/no field ``无`` ("none") means no.
* **Full-width.**  Chinese input methods type digits and punctuation in their full-width
  forms (``２０２１－０３－０５``, ``１２３．５``); for numbers, dates, yes/no and enumerations
  they are read as their ASCII forms (U+FF01–U+FF5E → U+0021–U+007E, the ideographic space
  U+3000 → space).  Other scripts' digits (Devanagari ``२०२१``, Arabic-Indic …) are *not*
  read as numbers: nobody in Weihai writes them, so a cell holding them is a mistake to
  report, not a value to guess.  Text fields keep what was written.
* **Control characters.**  A NUL byte truncates a value in C libraries (SQLite's text
  functions, GDAL) and other control characters are invisible in QGIS and Excel: a cell
  holding any C0 or C1 control character or DEL is refused (:func:`control_character`).
  Tab and line breaks are allowed inside text fields (a cell typed with Alt+Enter), not in
  identifiers.
"""

from __future__ import annotations

import re
from typing import Optional

from .schema import NO_WORDS, YES_WORDS

EMPTY_WORDS = frozenset(("NULL", "null", "None", "nan", "NaN", "NaT", "-", "—", "无"))
"""Placeholders that mean "no value" in fields other than identifiers."""

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_ANY = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def is_blank(value) -> bool:
    """True for a missing value (None, NaN, NaT) or a string of nothing but spaces."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value  # NaN
    import numpy as np  # here: the CLI's light commands read cells without numpy/pandas
    import pandas as pd

    return value is pd.NaT or (not isinstance(value, (list, dict, tuple, np.ndarray))
                               and pd.isna(value) is True)


def is_empty(value) -> bool:
    """True for a blank cell or one of the :data:`EMPTY_WORDS` (fields other than ids)."""
    return is_blank(value) or (isinstance(value, str) and value.strip() in EMPTY_WORDS)


def fold_full_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space as plain ASCII (see module doc)."""
    return text.translate(_FULL_WIDTH)


def control_pattern(*, allow_breaks: bool = True) -> "re.Pattern[str]":
    """The pattern :func:`control_character` searches with (for a column-wise fast path)."""
    return _CONTROL if allow_breaks else _CONTROL_ANY


def control_character(text: str, *, allow_breaks: bool = True) -> Optional[str]:
    """A description of the first control character in ``text`` (``"U+0000 (NUL)"``), or
    ``None`` when there is none.  ``allow_breaks`` lets tab, CR and LF through."""
    match = (_CONTROL if allow_breaks else _CONTROL_ANY).search(text)
    if match is None:
        return None
    code = ord(match.group())
    names = {0: "NUL", 9: "tab", 10: "line break", 13: "carriage return", 0x7F: "DEL"}
    return f"U+{code:04X}" + (f" ({names[code]})" if code in names else "")


def yes_no(value) -> Optional[bool]:
    """True/False for the ways a yes/no cell is written (:data:`.schema.YES_WORDS`,
    :data:`.schema.NO_WORDS`, full-width forms, ``1.0``), ``None`` when it is neither."""
    import numpy as np

    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
        return bool(value)
    text = fold_full_width(str(value)).strip().lower()
    if text.endswith(".0"):
        text = text[:-2]
    return True if text in YES_WORDS else False if text in NO_WORDS else None
