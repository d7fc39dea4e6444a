"""Re-import is a merge: a file row against a feature edited in the store since.

A *conflict* is a file row whose feature's current version was made in the store itself
(QGIS, SQL, a restore: anything but an import, a snapshot or a migration) and whose values
or geometry differ from it, including a feature deleted in the store that reappears in the
file.  The policy (``--on-conflict``) says who wins:

* ``newer`` (default): the later of the store edit and the file's modification time;
* ``store``: the store's edit stays, the file row is not written;
* ``file``: the file row is written as a new version (a deleted feature is *restored*);
* ``fail``: nothing is written when there is any conflict.

Every conflict is reported, per feature, in the import's rejects/conflicts file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Optional, Sequence, Union

import numpy as np
import shapely

from .schema import Layer

POLICIES = ("newer", "store", "file", "fail")
STORE_WAYS = ("import", "snapshot", "migrate")
"""``history.how`` of versions that came from files; any other way is an edit in the store."""


@dataclass
class Conflict:
    """One file row against a feature edited in the store since its last import."""

    index: int  # position in the written records
    feature_id: str
    fields: list[str]  # fields that differ ("geometry" for the geometry, "deleted")
    store_values: dict
    file_values: dict
    recorded_by: Optional[str]
    how: Optional[str]
    recorded_at: str
    file_wins: bool = False

    def reason(self, policy: str) -> str:
        """The sentence for the conflicts file: what differs, who edited, who won, why."""
        who = self.recorded_by or "an unnamed client"
        if "deleted" in self.fields:
            what = "was deleted in the store"
        else:
            what = "differs from the store in " + "; ".join(
                f"{f}: store {_shown(self.store_values.get(f))} / file "
                f"{_shown(self.file_values.get(f))}" for f in self.fields)
        edit = f"edited by {who} via {self.how or 'SQL'} at {self.recorded_at}"
        if self.file_wins:
            outcome = ("the file's values were written as a new version"
                       + (" (the feature is restored)" if "deleted" in self.fields else ""))
            why = {"file": "--on-conflict file",
                   "newer": "--on-conflict newer: the file is newer than the edit"}[policy]
        else:
            outcome = "the store's edit was kept and this row was not written"
            why = {"store": "--on-conflict store",
                   "newer": "--on-conflict newer: the edit is newer than the file",
                   "fail": "--on-conflict fail: nothing was imported"}[policy]
        return f"conflict: {what}, {edit}; {outcome} ({why})"


def _shown(value) -> str:
    return "(empty)" if value is None else repr(value)


def _same(kind: str, a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if kind in ("real", "int"):
        try:
            return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    if kind == "bool":
        return bool(a) == bool(b)
    return str(a) == str(b)


def find_conflicts(lyr: Layer, rows: Sequence[dict], geoms: Union[Sequence, np.ndarray],
                   last: dict[str, dict]) -> list[Conflict]:
    """The conflicts among ``rows`` (canonical values of the file's columns, by record
    position) with ``geoms``; ``last`` maps feature ids to their newest history row
    (``change``, ``how``, ``recorded_by``, ``valid_from``, ``attributes``, ``geom_wkb``)."""
    found = []
    for i, row in enumerate(rows):
        key = row[lyr.id_field]
        version = last.get(key)
        if version is None or (version["how"] or "SQL") in STORE_WAYS:
            continue
        stored = json.loads(version["attributes"])
        if version["change"] == "deleted":
            fields = ["deleted"]
        else:
            fields = [name for name, value in row.items()
                      if not _same(lyr.field(name).kind, stored.get(name), value)]
            old = (None if version["geom_wkb"] is None
                   else shapely.from_wkb(bytes(version["geom_wkb"])))
            new = geoms[i]
            if (old is None) != (new is None) or (
                    old is not None and not shapely.equals_exact(old, new, tolerance=1e-9)):
                fields.append("geometry")
                stored = {**stored, "geometry": None if old is None else old.wkt}
                row = {**row, "geometry": None if new is None else new.wkt}
        if fields:
            found.append(Conflict(i, key, fields, stored, row, version["recorded_by"],
                                  version["how"], version["valid_from"]))
    return found


def decide(conflicts: list[Conflict], policy: str, file_time: Optional[str]) -> None:
    """Set ``file_wins`` on each conflict by ``policy`` (``file_time``: the file's
    modification time in ``history``'s UTC form, for ``newer``)."""
    if policy not in POLICIES:
        raise ValueError(f"--on-conflict {policy!r} is not one of {', '.join(POLICIES)}")
    for c in conflicts:
        c.file_wins = (policy == "file"
                       or (policy == "newer" and file_time is not None
                           and file_time > c.recorded_at))
