"""``qgis_process`` with a fresh profile in which the plugin is installed and enabled.

The plugin folder is a symlink named ``smartcity`` to the repository in
``<profile>/python/plugins/``, enabled in ``<profile>/QGIS/QGIS3.ini``; the profile root is
given by ``QGIS_CUSTOM_CONFIG_PATH``.  QGIS's Python (Debian's) lacks the pip dependencies, so
the venv's site-packages go on ``PYTHONPATH``, as a user would install them with pip.
Oracle: the ``smartcity coverage`` command line on the same store.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytestmark = pytest.mark.qgis

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2021-12-31"


@pytest.fixture(scope="module")
def profile(tmp_path_factory, qgis_profile_env):
    return qgis_profile_env(tmp_path_factory.mktemp("qgis-profiles"))


@pytest.fixture(scope="module")
def qgis_process(qgis_process_exe):
    def run(env, *args, timeout=300) -> subprocess.CompletedProcess:
        return subprocess.run([qgis_process_exe, *args], env=env, capture_output=True,
                              text=True, timeout=timeout)
    return run


def test_lists_the_provider(profile, qgis_process):
    result = qgis_process(profile, "plugins")
    assert result.returncode == 0, result.stderr
    assert "* smartcity" in result.stdout
    result = qgis_process(profile, "list")
    assert result.returncode == 0, result.stderr
    for alg in ("coverage", "importlayer", "series", "snapshot", "targets"):
        assert f"smartcity:{alg}" in result.stdout


def test_coverage_matches_cli(profile, qgis_process, sample_store, tmp_path):
    from click.testing import CliRunner

    from smartcity.standalone.cli import cli

    out = CliRunner().invoke(cli, ["coverage", str(sample_store), "--as-of", AS_OF, "-o",
                                   str(tmp_path / "cli.csv")])
    assert out.exit_code == 0, out.output
    result = qgis_process(profile, "--json", "run", "smartcity:coverage", "--",
                          f"STORE={sample_store}", f"AS_OF={AS_OF}",
                          f"DISTRICTS_OUT={tmp_path / 'districts.gpkg'}",
                          f"COVERAGE_OUT={tmp_path / 'coverage.gpkg'}")
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads(result.stdout)["results"]
    import geopandas as gpd

    ours = gpd.read_file(results["DISTRICTS_OUT"], layer="districts").drop(columns="geometry")
    theirs = pd.read_csv(tmp_path / "cli.csv", encoding="utf-8-sig",
                         float_precision="round_trip", dtype={"district_code": str})
    assert list(ours["district_code"]) == list(theirs["district_code"])
    for column in theirs.columns:
        if pd.api.types.is_numeric_dtype(theirs[column]):
            np.testing.assert_array_equal(ours[column].to_numpy(float),
                                          theirs[column].to_numpy(float), err_msg=column)
        else:
            assert list(ours[column].fillna("")) == list(theirs[column].fillna("")), column
    coverage = gpd.read_file(results["COVERAGE_OUT"], layer="coverage")
    assert len(coverage) == len(theirs)


def test_packaged_zip_installs_into_clean_profile(tmp_path, qgis_profile_env, qgis_process):
    """The zip from scripts/package_plugin.py, unpacked as QGIS's installer does."""
    import zipfile

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "package_plugin.py"),
                             "--output", str(tmp_path / "dist")], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    (archive,) = (tmp_path / "dist").glob("smartcity-*.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {"smartcity"}
        for banned in ("tests/", "benchmarks/", ".venv/", "__pycache__/", ".git/"):
            assert not any(f"/{banned}" in f"/{n}" for n in names), banned
        for needed in ("smartcity/metadata.txt", "smartcity/__init__.py", "smartcity/icon.png",
                       "smartcity/_version.py", "smartcity/sampledata/__init__.py",
                       "smartcity/i18n/smartcity_zh_CN.qm", "smartcity/styles/base_stations.qml",
                       "smartcity/processing/qgis_provider/provider.py"):
            assert needed in names, needed
        # one version: _version.py, which the wheel (pyproject) and the plugin metadata carry
        from smartcity import __version__

        metadata = zf.read("smartcity/metadata.txt").decode("utf-8")
        assert f"\nversion={__version__}\n" in metadata
        assert archive.name == f"smartcity-{__version__}.zip"
        root = tmp_path / "profiles"
        plugins = root / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        zf.extractall(plugins)
    env = qgis_profile_env(root, link_plugin=False)
    listed = qgis_process(env, "list")
    assert listed.returncode == 0, listed.stderr
    assert "smartcity:coverage" in listed.stdout
    helped = qgis_process(env, "help", "smartcity:coverage")
    assert helped.returncode == 0 and "DISTRICTS_OUT" in helped.stdout
