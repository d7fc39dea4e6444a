"""Dates as Chinese spreadsheets export them, and the *active at date D* rule.

Accepted forms: ``2021-03-05``, ``2021/3/5``, ``2021.3.5``, ``2021年3月5日``, ``20210305``, and
date/datetime objects (as GDAL or Excel-aware readers return them).  Full-width digits and
separators (``２０２１－０３－０５``, typed by Chinese input methods) are read as ASCII; digits
of other scripts (``२०२१-०३-०५``) are refused.  Anything else is an error with a sentence,
never a guess: ``03/05/2021`` is ambiguous between month/day orders, so it is refused.

A *time of day* after the date (``2021-03-05 08:30``, ``2021/3/5 8:30:15``,
``2021-03-05T08:30:00.5``, with an optional ``Z`` or ``+08:00``) is accepted when it is a real
time (hours 0–23, minutes and seconds 0–59): every date field of the store is a day, so the
day is taken as written and the time is dropped.  ``2021-1-1 25:00`` is refused: a time that
cannot be is a sign that the cell is not what it seems.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Optional

from .cells import fold_full_width, is_empty

_TIME = r"(?:[ T]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})" + _TIME + "$", re.ASCII),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$", re.ASCII),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$", re.ASCII),
)

FORMS = "2021-03-05, 2021/3/5, 2021年3月5日 or 20210305"
"""The accepted forms, for error messages."""


def parse_date(value) -> dt.date:
    """Parse one date in any accepted form; ``ValueError`` with the reason otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    numpy = sys.modules.get("numpy")  # a numpy datetime64 exists only if numpy was imported
    if numpy is not None and isinstance(value, numpy.datetime64):
        import pandas as pd

        return pd.Timestamp(value).date()
    text = fold_full_width(str(value)).strip()
    if text.endswith(".0") and text[:-2].isascii() and text[:-2].isdigit():
        text = text[:-2]  # 20210305 read as a float by Excel
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day, *clock = match.groups()
            hour, minute, second = (int(c) if c else 0 for c in (clock or [None] * 3))
            if hour > 23 or minute > 59 or second > 59:
                raise ValueError(f"{text!r} has a time of day that cannot be "
                                 f"({hour}:{minute:02d}:{second:02d}); give the date alone")
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError as exc:
                raise ValueError(f"{text!r} is not a real date ({exc})") from None
    foreign = next((c for c in text if c.isdigit() and not c.isascii()), None)
    if foreign is not None:
        raise ValueError(f"{text!r} is written with digits of another script ({foreign!r}, "
                         f"U+{ord(foreign):04X}); write dates with 0–9 ({FORMS})")
    raise ValueError(f"{text!r} is not a date in a known form ({FORMS})")


def parse_optional_date(value) -> Optional[dt.date]:
    """Like :func:`parse_date` but empty cells (None, NaN, '', whitespace, and the
    placeholders of :data:`.cells.EMPTY_WORDS`) give ``None``."""
    if is_empty(value):
        return None
    return parse_date(value)


__all__ = ["FORMS", "is_empty", "parse_date", "parse_optional_date"]
