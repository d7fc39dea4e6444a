"""Progress reporting and cancellation shared by the core, the CLI and QGIS.

Long-running core functions take ``progress: ProgressFn`` and call it with a percentage
(0–100) and a short message at checkpoints.  The callback *cancels* by raising
:class:`Cancelled`: the CLI's progress bar never does (Ctrl-C raises ``KeyboardInterrupt``),
the QGIS adapter raises it when ``feedback.isCanceled()``.  Core code therefore needs no
cancel checks of its own beyond calling ``progress`` often enough, and any transaction open
at that moment is rolled back by the exception.
"""

from __future__ import annotations

from typing import Callable, Optional

ProgressFn = Callable[[float, str], None]


class Cancelled(Exception):
    """The user asked to stop; nothing was written."""


def no_progress(percent: float, message: str = "") -> None:
    """A progress callback that ignores everything."""


def scaled(progress: Optional[ProgressFn], start: float, end: float) -> ProgressFn:
    """A callback mapping 0–100 onto ``start``–``end`` of ``progress`` (for sub-steps)."""
    target = progress or no_progress

    def report(percent: float, message: str = "") -> None:
        target(start + (end - start) * max(0.0, min(100.0, percent)) / 100.0, message)

    return report
