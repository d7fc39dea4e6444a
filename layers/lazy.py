"""Modules imported on first use: ``pd = lazy.module("pandas")`` costs nothing until an
attribute of ``pd`` is read.

Why: pandas (with pyarrow) and geopandas take ~0.4 s of a process's start on these machines;
a command that never builds a frame (``smartcity import`` of a CSV without rejects writes
its columns straight into the store) should not pay for them.  Type checkers see the real
modules (``if TYPE_CHECKING: import pandas as pd``)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Lazy:
    """Stands for a module until an attribute is read, then is that module's attribute."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r}, {state}>"


def module(name: str) -> Any:
    """``name`` imported on first attribute access."""
    return _Lazy(name)
