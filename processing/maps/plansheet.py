"""The map sheet of a site plan: existing coverage, the coverage the new sites add, and the
chosen sites numbered in order of choice.

Drawn by the headless map-sheet renderer (:mod:`.render_mpl`) with the same page design,
furniture and ``styles/*.qml`` as every other sheet: a :class:`.themes.Theme` whose layers
are the existing ``coverage``, ``plan_added`` and ``plan_sites`` (styled by
``styles/plan_added.qml`` and ``styles/plan_sites.qml``), on the district planned or the
city; the site numbers and the forecast line are written over the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ...layers.progress import ProgressFn, no_progress, scaled
from . import design as D
from .sheetdata import build_map_data
from .sheets import Sheet
from .themes import Theme

MAX_NUMBERED = 400
"""More sites than this are drawn without numbers (they would only be a smudge)."""


def plan_theme(indicator: str) -> Theme:
    """The plan sheet's theme: existing coverage, added coverage, new sites."""
    return Theme(name="plan", title_zh="5G新建站点规划", title_en="5G site plan",
                 choropleth=None, layers=("coverage", "plan_added", "plan_sites"),
                 figures=(indicator, "bs_active"))


def render_plan_sheet(layers: dict, result, path: Path, *, paper: str = "A4",
                      orientation: str = "landscape", dpi: float = 200,
                      radius_table=None, progress: Optional[ProgressFn] = None) -> Path:
    """Draw ``result`` (a :class:`..planning.PlanResult` made from ``layers``) to ``path``
    (``.pdf`` or ``.png``); returns the path.  The sheet is of the one district planned, else
    of the city."""
    from .render_mpl import _halo, draw_sheet, fit_pixels

    report = progress or no_progress
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "png"):
        raise ValueError(f"{path}: a plan sheet is a .pdf or a .png")
    zones = list(result.forecast["district_code"])
    level = "county" if "level" not in result.before or \
        set(result.before["level"]) <= {"county", "city"} else "all"
    data = build_map_data(layers, result.as_of, level=level, radius_table=radius_table,
                          with_targets=False, progress=scaled(report, 0, 70))
    sites = result.sites.drop_duplicates("rank").reset_index(drop=True)
    data.layers["plan_added"] = result.added
    data.layers["plan_sites"] = sites
    one = len(zones) == 1 and zones[0] in set(data.districts["district_code"])
    sheet = Sheet(plan_theme(result.spec.indicator), code=zones[0] if one else None)
    proj = data.to_crs(data.crs)
    page = D.PageSpec(paper, orientation)
    report(75.0, "drawing")
    fig = draw_sheet(proj, sheet, page)
    ax = fig.axes[0]
    pts = proj.layers["plan_sites"]
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    if len(pts) <= MAX_NUMBERED:
        for rank, g in zip(pts["rank"], pts.geometry):
            if x0 <= g.x <= x1 and y0 <= g.y <= y1:
                ax.annotate(str(int(rank)), (g.x, g.y), xytext=(3, 3),
                            textcoords="offset points", fontsize=page.pt("label_small"),
                            color=(0.55, 0.05, 0.08), zorder=26,
                            path_effects=_halo(page.pt("label_small") * 0.35))
    from ..planning import sentences

    zh, en = sentences(result)
    ax.text(0.012, 0.985, "\n".join(zh[:1] + en[:1]) if len(zones) == 1 else
            "\n".join(zh[-2:-1] + en[-2:-1]), transform=ax.transAxes, ha="left",
            va="top", fontsize=page.pt("label_small"), color=D.INK, zorder=27,
            path_effects=_halo(page.pt("label_small") * 0.5))
    report(90.0, "writing")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if fmt == "png":
            fit_pixels(fig, dpi)
            fig.savefig(tmp, format="png", dpi=dpi, facecolor="white")
        else:
            fig.savefig(tmp, format="pdf")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    report(100.0, "done")
    return path
