"""The synthetic Weihai sample: a seeded generator and the departments' file formats.

Not part of the store (``layers/``): it *feeds* the importers, the indicators and the
benchmarks with realistic input of any size.  :mod:`.generator` makes the layers (EPSG:4490,
canonical fields), :mod:`.planlayers` those of the plan's other targets, :mod:`.writers`
writes them as the bureaus deliver them or as canonical
files for benchmarks.  Everything public of both is importable from here::

    from smartcity.sampledata import make_base_stations, write_sample
"""

from __future__ import annotations

from . import generator, planlayers, writers
from .generator import *  # noqa: F401,F403 (everything in generator.__all__)
from .planlayers import *  # noqa: F401,F403 (everything in planlayers.__all__)
from .writers import *  # noqa: F401,F403 (everything in writers.__all__)

__all__ = [*generator.__all__, *planlayers.__all__, *writers.__all__]
