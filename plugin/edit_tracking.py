"""Say in the store's history that an edit came from QGIS, and who made it.

The store's triggers (:mod:`smartcity.layers.gpkg_versioning`,
:mod:`smartcity.layers.postgis_versioning`) record every edit QGIS commits, whatever this
module does; SQLite knows no users, though, so in a GeoPackage such a version says ``how =
'SQL'`` with no name.  This module watches each store layer the plugin loads: before QGIS
commits it notes the last ``history`` row, after the commit it marks the rows of that layer
written since then by an unnamed client as ``how = 'QGIS'`` by the QGIS user (the login
name QGIS reports).  In PostGIS the name is the database user already; only ``how`` is set.
"""

from __future__ import annotations

from typing import Optional

PROPERTY_MARK = "smartcity/history_mark"


def qgis_user() -> str:
    """Who is editing, as QGIS knows it: the login name (full name when there is none)."""
    from qgis.core import QgsApplication

    return QgsApplication.userLoginName() or QgsApplication.userFullName() or "QGIS"


def _last_history_row(location: str) -> Optional[int]:
    from ..layers.store import open_store

    with open_store(location) as store:
        return store.db.query("SELECT max(fid) FROM history")[1][0][0] or 0


def mark_qgis_edits(location: str, layer: str, after: int, user: str) -> int:
    """Label the history rows of ``layer`` after fid ``after`` that no client named as made
    in QGIS by ``user``; returns how many were labelled."""
    from ..layers.store import open_store

    with open_store(location) as store:
        with store.transaction(layer):
            if store.db.kind == "postgis":  # the name is the database user already
                sql = ("UPDATE history SET how = 'QGIS' WHERE layer = ? AND fid > ? AND "
                       "how = 'SQL' AND recorded_by = current_user::text")
                params: tuple = (layer, after)
            else:
                sql = ("UPDATE history SET how = 'QGIS', recorded_by = ? WHERE layer = ? "
                       "AND fid > ? AND how = 'SQL' AND recorded_by IS NULL")
                params = (user, layer, after)
            cursor = store.db.execute(sql, params)
            return getattr(cursor, "rowcount", 0) or 0


def track(layer, location: str, name: str) -> None:
    """Watch the QGIS layer ``layer`` (table ``name`` of the store at ``location``)."""

    def before(*_args) -> None:
        try:
            layer.setCustomProperty(PROPERTY_MARK, _last_history_row(location))
        except Exception:  # noqa: BLE001 - the edit itself must never be stopped by this
            layer.removeCustomProperty(PROPERTY_MARK)

    def after(*_args) -> None:
        mark = layer.customProperty(PROPERTY_MARK)
        layer.removeCustomProperty(PROPERTY_MARK)
        if mark is None:
            return
        try:
            mark_qgis_edits(location, name, int(mark), qgis_user())
        except Exception:  # noqa: BLE001 - the versions are kept; only the label is missing
            pass

    layer.beforeCommitChanges.connect(before)
    layer.afterCommitChanges.connect(after)
