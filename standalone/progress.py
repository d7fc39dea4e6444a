"""A terminal progress bar that speaks the core's progress protocol.

The bar goes to stderr so that tables on stdout stay clean for pipes; on a non-terminal (cron,
a pipe) nothing is drawn, not even rich's closing blank line.  Ctrl-C raises
``KeyboardInterrupt`` inside the core, whose open transaction is rolled back; the CLI turns it
into exit code 130 and one line (:mod:`.errors`).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..layers.progress import ProgressFn

stderr = Console(stderr=True)


@contextmanager
def progress_bar(description: str) -> Iterator[ProgressFn]:
    """Yield a ``progress(percent, message)`` callback drawing a bar on stderr."""
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
               TimeElapsedColumn(), TextColumn("{task.fields[message]}", style="dim"))
    with Progress(*columns, console=stderr, transient=True,
                  disable=not stderr.is_terminal) as bar:
        task = bar.add_task(description, total=100.0, message="")

        def report(percent: float, message: str = "") -> None:
            bar.update(task, completed=percent, message=message[:60])

        yield report
