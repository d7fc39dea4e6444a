"""Run the real QGIS desktop under Xvfb with the packaged plugin in a fresh profile.

Shared by the scripts and tests that drive QGIS as a user does (``screenshot_qgis.py``,
``measure_gui_stalls.py``, the exit and no-dependency tests): the plugin is the zip
``scripts/package_plugin.py`` builds, unpacked into ``<root>/profiles/default/python/plugins``
the way QGIS's plugin installer does (not a link to the working tree), and QGIS runs a
startup script given with ``--code``.  Needs ``xvfb-run`` (Debian ``xvfb``, ``xauth``).

``python_path`` decides what QGIS's Python sees besides its own packages: the virtual
environment's site-packages (geopandas & co., as after ``pip install``), or nothing (Debian's
QGIS as installed: no geopandas, pandas, shapely or numba).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path
from typing import Mapping, Optional

ROOT = Path(__file__).resolve().parents[1]


def build_zip(folder: Path) -> Path:
    """The plugin zip of this working tree, built into ``folder`` (translations rebuilt when
    ``lrelease`` is installed)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import package_plugin
    finally:
        sys.path.pop(0)
    return package_plugin.build(folder, translations=shutil.which("lrelease") is not None)


def install_zip(archive: Path, root: Path, locale: str = "en_US",
                settings: str = "") -> Path:
    """A fresh QGIS profile under ``root`` with the plugin of ``archive`` installed and
    enabled, the user interface in ``locale``; returns the plugin's folder.

    The files keep the zip's modification times (QGIS's installer gives them the time of
    unpacking; keeping them lets numba's on-disk cache, keyed by source path and time, serve
    a profile unpacked again at the same place)."""
    profile = root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    if plugins.exists():
        shutil.rmtree(plugins / "smartcity", ignore_errors=True)
    plugins.mkdir(parents=True, exist_ok=True)
    (profile / "QGIS").mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
        for info in zf.infolist():
            stamp = time.mktime(info.date_time + (0, 0, -1))
            os.utime(plugins / info.filename, (stamp, stamp))
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nsmartcity=true\n\n"
        f"[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n"
        "\n[qgis]\nshowTips=false\ncheckVersion=false\n"
        "\n[app]\naskToSaveMemoryLayers=false\n"
        "\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n" + settings,
        encoding="utf-8")
    return plugins / "smartcity"


def venv_site_packages() -> str:
    """The site-packages of the Python running this (the project's ``.venv``)."""
    return sysconfig.get_paths()["purelib"]


def run_desktop(root: Path, code: Path, *, env: Optional[Mapping[str, str]] = None,
                python_path: Optional[str] = "venv", size: str = "1600x1000",
                timeout: float = 300, locale: str = "en_US") -> subprocess.CompletedProcess:
    """Run ``qgis --code code`` under Xvfb with the profile folder ``root``; returns the
    finished process (stdout and stderr captured as text).

    ``python_path``: ``"venv"`` (this Python's site-packages on ``PYTHONPATH``), ``None``
    (QGIS's own Python only) or a path list."""
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        raise RuntimeError("xvfb-run and qgis are needed (apt-get install xvfb xauth qgis)")
    full = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        full.pop(name, None)
    lang = "zh_CN.UTF-8" if locale.startswith("zh") else "C.UTF-8"
    full.update(QGIS_CUSTOM_CONFIG_PATH=str(root), LANG=lang, LC_ALL=lang)
    if python_path == "venv":
        full["PYTHONPATH"] = venv_site_packages()
    elif python_path:
        full["PYTHONPATH"] = python_path
    full.update(env or {})
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", "qgis", "--nologo",
           "--noversioncheck", "--code", str(code)]
    # a session of its own: on a timeout the whole group (xvfb-run, Xvfb, qgis) is killed,
    # not only xvfb-run, which would leave QGIS running
    proc = subprocess.Popen(cmd, env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        import signal

        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def system_python_has(module: str) -> bool:
    """Whether QGIS's own Python (without this environment's packages) can import
    ``module``."""
    from importlib import import_module

    sys.path.insert(0, str(ROOT))
    try:
        python = import_module("qgis_common.deps").qgis_python()
    finally:
        sys.path.pop(0)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([python, "-c", f"import {module}"], env=env,
                          capture_output=True).returncode == 0


def make_sample_store(store: Path, work: Path) -> Path:
    """The bundled Weihai sample imported into a new ``store`` through the CLI (rejects
    files go to ``work``)."""
    from click.testing import CliRunner

    from smartcity.resources import sample_imports
    from smartcity.standalone.cli import cli

    runner = CliRunner()
    steps = [["init", str(store)]] + [
        ["import", str(store), layer, str(path), "--rejects",
         str(work / f"{layer}.rejects.csv"), *options] for layer, path, options in sample_imports()]
    for step in steps:
        result = runner.invoke(cli, step)
        if result.exit_code != 0:
            raise SystemExit(result.output)
    return store
