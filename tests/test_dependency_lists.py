"""One dependency list: ``pyproject.toml``'s ``dependencies`` (what pip installs), checked
against what the plugin looks for in QGIS's Python (``qgis_common/deps.py``) and what its
metadata tells a user before installing (``metadata.txt``)."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

from smartcity.qgis_common import deps
from smartcity.resources import METADATA

ROOT = Path(__file__).resolve().parents[1]


def pyproject_minimums() -> dict[str, str | None]:
    """pip name → the ``>=`` minimum of each runtime dependency (None without one)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    out = {}
    for req in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", req).group(0)
        minimum = re.search(r">=\s*([0-9][0-9.]*)", req.split(";")[0])
        out[name] = minimum.group(1) if minimum else None
    return out


def test_plugin_checks_what_pip_installs_with_the_same_minimums():
    wanted = pyproject_minimums()
    checked = {pip: minimum for _, pip, minimum in deps.REQUIRED}
    checked.pop("tomli", None)  # only on Python < 3.11, an environment marker in pyproject
    for pip, minimum in checked.items():
        assert pip in wanted, f"deps.py checks {pip}, which pyproject.toml does not install"
        assert wanted[pip] == minimum, f"{pip}: pyproject >= {wanted[pip]}, deps.py >= {minimum}"
    unchecked = set(wanted) - set(checked) - {"tomli"}
    assert unchecked == set(deps.NOT_NEEDED_IN_QGIS), (
        "every dependency is either checked in QGIS or listed with the reason it is not")


def test_metadata_names_every_checked_package_with_its_minimum():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    about = parser["general"]["about"]
    requires = about[about.index("Requires"):]
    for _, pip, minimum in deps.REQUIRED:
        if pip == "tomli":
            continue
        assert f"{pip} ≥ {minimum}" in requires, f"metadata.txt does not say {pip} ≥ {minimum}"


def test_a_too_old_package_is_reported(monkeypatch):
    """The minimums are enforced, not just listed: geopandas 0.12 (Debian 12's) is too old."""
    class Old:
        __version__ = "0.12.2"

    monkeypatch.setattr(deps.importlib, "import_module", lambda name: Old)
    monkeypatch.setattr(deps.importlib.util, "find_spec", lambda name: object())
    assert deps._problem("geopandas", "0.14") == "version 0.12.2 < 0.14"
