"""The one place where an exception becomes a sentence and an exit code.

Exit codes, as the README promises: 0 done; 1 nothing could be done (the sentence says why
and the store is unchanged); 2 usage error (click's own); 130 interrupted (Ctrl-C; nothing
was written).  The ``smartcity`` group (:mod:`.cli`) runs every command through
:func:`translate`, so commands raise what the core raises and need no error blocks of their
own, except to add context only they know.

Known failures (a store that cannot be written, a file that cannot be imported, a full disk,
a lock another program holds, a missing optional package …) become their sentence, exit 1.
Anything else is a bug: one line "internal error: … please report it", and the traceback
only with ``--debug`` or ``SMARTCITY_DEBUG=1``.

Ctrl-C needs care: SQLite swallows an exception raised inside its callbacks (the GeoPackage
R-tree functions run during every write) and reports "user-defined function raised
exception" instead of ``KeyboardInterrupt``.  :func:`interrupt_watch` therefore notes every
SIGINT as it arrives, and any failure after one is an interruption.
"""

from __future__ import annotations

import signal
import sys
import threading
import traceback
from contextlib import contextmanager
from typing import Iterator, Optional

import click
from ..resources import METADATA

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

INTERRUPTED = "interrupted; nothing was written"
"""What a Ctrl-C says (the CLI speaks English, as every one of its messages)."""

def tracker() -> str:
    """Where to report a bug: the ``tracker`` of the plugin's ``metadata.txt`` (its one owner)."""
    import configparser

    parser = configparser.ConfigParser()
    parser.read(METADATA, encoding="utf-8")
    return parser.get("general", "tracker", fallback="the project's issue tracker")


class Failure(click.ClickException):
    """A sentence for the user and an exit code (1 unless told)."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED):
        super().__init__(message)
        self.exit_code = exit_code


class Interrupted(Failure):
    """Ctrl-C: exit 130, one line, no "Error:" (nothing went wrong, the user stopped it)."""

    def __init__(self, message: str = INTERRUPTED):
        super().__init__(message, EXIT_INTERRUPTED)

    def show(self, file=None) -> None:
        click.echo(self.message, err=True)


class _Watch(threading.local):
    seen = False
    depth = 0


_watch = _Watch()


def interrupted() -> bool:
    """True when a SIGINT arrived since the outermost :func:`interrupt_watch` began."""
    return _watch.seen


@contextmanager
def interrupt_watch() -> Iterator[None]:
    """Note every Ctrl-C (SIGINT) while the block runs, and raise ``KeyboardInterrupt`` as
    Python's own handler would.  Only on the main thread (signals are delivered there);
    the previous handler comes back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _watch.depth:
        _watch.depth += 1
        try:
            yield
        finally:
            _watch.depth -= 1
        return

    def handler(signum, frame):
        _watch.seen = True
        if _importing(frame):  # raised once the import is done: see _importing
            signal.setitimer(signal.ITIMER_REAL, 0.02)
            return
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    previous_alarm = signal.signal(signal.SIGALRM, handler)
    _watch.seen, _watch.depth = False, 1
    try:
        yield
    finally:
        _watch.depth = 0
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGALRM, previous_alarm)


def _importing(frame) -> bool:
    """Whether ``frame`` runs inside an import.  A KeyboardInterrupt raised there can land
    in a C extension's initialisation, which prints it as a traceback itself (numpy's
    ``import_array``: seen when Ctrl-C came while ``smartcity plan`` loaded shapely), so
    the handler raises it a moment later, once the import is done."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _loaded(module: str, name: str):
    """The class ``name`` of ``module`` if that module is imported already, else ``None``."""
    mod = sys.modules.get(module)
    return getattr(mod, name, None) if mod is not None else None


def known_sentence(exc: BaseException) -> Optional[str]:
    """The user's sentence for an exception we expect in normal use, ``None`` for a bug
    (:func:`smartcity.layers.sentences.known_sentence`, plus the CLI's own output errors)."""
    from ..layers.sentences import known_sentence as core_sentence

    output_error = _loaded(f"{__package__}.output", "OutputError")
    return core_sentence(exc, expected=(output_error,) if output_error else (),
                         wait_hint=" or give --wait SECONDS to wait longer")


def translate(exc: BaseException, debug: bool = False) -> BaseException:
    """The exception to let click show for ``exc``: click's own (usage errors exit 2) as
    they are, an :class:`Interrupted` after Ctrl-C, a :class:`Failure` otherwise."""
    if isinstance(exc, (SystemExit, click.exceptions.Exit)):
        return exc
    cancelled = _loaded(f"{__package__.rsplit('.', 1)[0]}.layers.progress", "Cancelled")
    if (interrupted() or isinstance(exc, (KeyboardInterrupt, click.Abort))
            or (cancelled is not None and isinstance(exc, cancelled))):
        return Interrupted()
    if isinstance(exc, click.ClickException):
        return exc
    sentence = known_sentence(exc)
    if sentence is not None:
        if debug:
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        return Failure(sentence)
    if debug:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:197] + "..."
    hint = "" if debug else " (run with --debug or SMARTCITY_DEBUG=1 to see where)"
    return Failure(f"internal error: {type(exc).__name__}: {text or '(no message)'} — please "
                   f"report it at {tracker()} with the command you ran{hint}.")


def debug_from_environment() -> bool:
    """``SMARTCITY_DEBUG`` set to anything but empty, 0, false or no."""
    import os

    return os.environ.get("SMARTCITY_DEBUG", "").strip().lower() not in ("", "0", "false", "no")


@contextmanager
def sentences(debug: Optional[bool] = None) -> Iterator[None]:
    """Turn whatever the block raises into :func:`translate`'s exception (``debug`` None:
    from ``SMARTCITY_DEBUG``)."""
    try:
        yield
    except BaseException as exc:  # noqa: BLE001 - every exception gets a sentence
        translated = translate(exc, debug_from_environment() if debug is None else debug)
        if translated is exc:
            raise
        raise translated from None


def location_name(location) -> str:
    """A store or file location for messages: a path as given, a URL without password."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from ..layers.postgis import redact

        return redact(text)
    return text


@contextmanager
def about(location, kinds: tuple = (ValueError,)) -> Iterator[None]:
    """Say a problem the core found in the data of ``location`` (a ``ValueError`` such as "no
    districts layer", or ``kinds``) as "LOCATION: problem", exit 1.  Errors that already name
    their place (a store, an import, an output) pass through unchanged."""
    from ..layers.store_errors import StoreError

    try:
        yield
    except kinds as exc:
        root = __package__.rsplit(".", 1)[0]
        named = tuple(cls for cls in (
            StoreError, _loaded(f"{root}.layers.importer", "ImportFailure"),
            _loaded(f"{root}.standalone.output", "OutputError")) if cls is not None)
        if isinstance(exc, named):
            raise
        text = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        raise Failure(f"{location_name(location)}: {text}") from None
