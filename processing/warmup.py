"""Compile the coverage engine ahead of its first real use.

The union-area kernels (:mod:`.unionarea`) are numba functions cached on disk
(``cache=True``): the first call on a machine compiles them for 20–40 s, every later process
loads them in well under a second.  :func:`warm_engine` makes that first call on a small
synthetic scene (the sample generator's districts and a few hundred stations of every band,
scene and sector shape, at two dates, some across district borders), so the compile happens
at install time (``scripts/setup.sh`` runs ``smartcity warmup``), or in a background task of
the plugin, not in a user's first ``smartcity coverage`` or on QGIS's GUI thread.

The cache is the user's, shared by every copy of the same source (:mod:`.jitcache`:
``~/.cache/smartcity/numba/<module>-<source hash>`` on Linux; ``SMARTCITY_CACHE_DIR`` or
``NUMBA_CACHE_DIR`` move it), so a fresh clone, a second checkout or the plugin installed
from its zip loads what any of them compiled.  The kernels are compiled for LLVM's generic
CPU, so they are the same on every machine of the architecture: the plugin zip ships them
(:func:`export_kernels`, ``scripts/package_plugin.py``) and a machine that never compiled
loads those (copied into its user cache) instead; the warm-up then takes seconds.
:func:`needs_warmup` says, without importing numba, whether this source was ever compiled
into the user cache or is shipped for this numba and Python.

For a background task (QGIS's ``QgsTask``): call :func:`warm_engine` in the task's worker
thread with a ``progress(percent, message)`` that raises ``smartcity.layers.progress.Cancelled``
when the task is cancelled; it is checked between the engine's steps (not inside one
kernel's compilation, which numba cannot interrupt: up to ~10 s).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..layers.progress import ProgressFn, no_progress


@dataclass(frozen=True)
class WarmupResult:
    seconds: float
    """Wall time of the call (s): compiling when the cache was cold, loading it otherwise."""
    compiled: int
    """How many kernel signatures were compiled (0: everything came from the cache)."""
    loaded: int
    """How many were loaded from the on-disk cache."""
    cache_dir: str
    """Where numba keeps the cache of :mod:`.unionarea`."""


KERNEL_MODULES = ("unionarea", "cellarea")
"""The modules of this package holding ``cache=True`` numba kernels (each calls
:func:`.jitcache.install` before defining them)."""


def kernel_stats() -> tuple[int, int]:
    """``(compiled, loaded from cache)`` signatures of every numba kernel of
    :data:`KERNEL_MODULES` in this process so far."""
    import importlib

    compiled = loaded = 0
    for name in KERNEL_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        for value in vars(module).values():
            stats = getattr(value, "stats", None)
            if stats is None or not hasattr(stats, "cache_misses"):
                continue
            compiled += sum(stats.cache_misses.values())
            loaded += sum(stats.cache_hits.values())
    return compiled, loaded


def needs_warmup() -> bool:
    """Whether some kernel module's current source has never been compiled into the user
    cache (:func:`.jitcache.is_cached`): cheap, imports neither numba nor the engine."""
    from .jitcache import is_cached

    return not all(is_cached(path) for path in kernel_sources())


def kernel_sources() -> list:
    """The source files of :data:`KERNEL_MODULES`."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    return [here / f"{name}.py" for name in KERNEL_MODULES]


def export_kernels(destination) -> list:
    """Warm the engine (compiling what the user cache lacks) and copy its kernels, compiled
    for the generic CPU, into ``destination`` with their manifest
    (:func:`.jitcache.export_kernels`): the ``processing/kernels`` folder the plugin zip
    ships.  Refuses when this process compiles for the host's CPU (not portable)."""
    from pathlib import Path

    from . import jitcache

    if jitcache.choose_cpu() != jitcache.GENERIC_CPU:
        raise RuntimeError("kernels compiled for this machine's CPU are not portable: export "
                           "them from a process with NUMBA_CPU_NAME=generic")
    warm_engine()
    return jitcache.export_kernels(kernel_sources(), Path(destination))


def cache_dir() -> str:
    """The folder numba caches :mod:`.unionarea`'s kernels in."""
    from . import unionarea

    for value in vars(unionarea).values():
        cache = getattr(value, "_cache", None)
        locator = getattr(cache, "_cache_path", None)
        if locator:
            return str(locator)
    return ""


def warm_engine(progress: Optional[ProgressFn] = None, stations: int = 400) -> WarmupResult:
    """Run the coverage engine once on a synthetic scene so that every kernel is compiled
    and cached (districts: the sample's Weihai counties; ``stations`` sites at two dates)."""
    from ..sampledata import generator
    from .coverage import coverage_at_dates

    report = progress or no_progress
    started = time.perf_counter()
    report(0, "warming up the coverage engine")
    districts = generator.make_districts(None)
    sites = generator.make_base_stations(districts, stations, seed=7)
    dates = (dt.date(2020, 12, 31), dt.date(2022, 12, 31))
    active = np.array([[o is not None and o <= d for d in dates] for o in sites["opened_date"]])
    results = coverage_at_dates(districts, sites, active, keep_shapes=True,
                                progress=lambda p, m="": report(p * 0.9, m))
    report(90, "warming up population weighting")
    _warm_population(results[0])
    compiled, loaded = kernel_stats()
    report(100, "done")
    return WarmupResult(time.perf_counter() - started, compiled, loaded, cache_dir())


def _warm_population(result) -> None:
    """Integrate the result's coverage boundary over a small grid: compiles the population
    path's kernels (the boundary pieces and :mod:`.cellarea`), which ``--population`` needs."""
    from affine import Affine

    from .cellarea import cell_areas

    boundary = result.boundary()
    if boundary is None or not len(boundary[0]):
        return
    seg = boundary[0]
    x0, y0 = float(seg[:, [0, 2]].min()), float(seg[:, [1, 3]].max())
    cell_areas(seg[:2000], (64, 64), Affine(1000.0, 0.0, x0, 0.0, -1000.0, y0))
