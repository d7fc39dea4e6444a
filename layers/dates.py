"""Dates as Chinese spreadsheets export them, and the *active at date D* rule.

Accepted forms: ``2021-03-05``, ``2021/3/5``, ``2021.3.5``, ``2021年3月5日``, ``20210305``, an
ISO timestamp (``2021-03-05 10:00:00``, time ignored), and date/datetime objects (as GDAL or
Excel-aware readers return them).  Anything else is an error with a sentence, never a guess:
``03/05/2021`` is ambiguous between month/day orders, so it is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import numpy as np
import pandas as pd

_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)

FORMS = "2021-03-05, 2021/3/5, 2021年3月5日 or 20210305"
"""The accepted forms, for error messages."""


def parse_date(value) -> dt.date:
    """Parse one date in any accepted form; ``ValueError`` with the reason otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (pd.Timestamp, np.datetime64)):
        return pd.Timestamp(value).date()
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():  # 20210305 read as a float by Excel
        text = text[:-2]
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError as exc:
                raise ValueError(f"{text!r} is not a real date ({exc})") from None
    raise ValueError(f"{text!r} is not a date in a known form ({FORMS})")


def parse_optional_date(value) -> Optional[dt.date]:
    """Like :func:`parse_date` but empty cells (None, NaN, '', whitespace) give ``None``."""
    if is_empty(value):
        return None
    return parse_date(value)


def is_empty(value) -> bool:
    """True for the ways a spreadsheet or a reader spells an empty cell."""
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    if value is pd.NaT or (not isinstance(value, str) and pd.isna(value) is True):
        return True
    return isinstance(value, str) and value.strip() in ("", "NULL", "null", "None", "nan",
                                                        "NaN", "NaT", "-", "—", "无")


def active_mask(start: pd.Series, end: pd.Series, as_of: dt.date) -> pd.Series:
    """Features active at ``as_of``: ``start <= as_of`` (or no start) and (no end or ``as_of < end``).

    ``start``/``end`` are datetime64 series (NaT when empty); date objects are converted.
    """
    day = pd.Timestamp(as_of)
    start, end = pd.to_datetime(start), pd.to_datetime(end)
    return (start.isna() | (start <= day)) & (end.isna() | (end > day))
