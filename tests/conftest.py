"""Shared fixtures: a real QGIS application (offscreen) and a real PostgreSQL/PostGIS server.

Both are the real thing, started once per test session.  PostgreSQL runs from Debian's
binaries on loopback in a throw-away cluster; as root, the cluster belongs to ``postgres``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# The newest PostgreSQL installed (Debian 12 has 15, .ci/run installs it; Debian 13 has 17).
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
             key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
             default=Path("/usr/lib/postgresql/15/bin/initdb")).parent


@pytest.fixture(scope="session")
def qgis_app():
    """A QgsApplication with the Processing framework and native algorithms loaded."""
    from qgis.core import QgsApplication

    profile = tempfile.mkdtemp(prefix="smartcity-qgis-")
    app = QgsApplication([], False, profile)
    app.initQgis()
    # QGIS's own Python processing package lives beside the core plugins.
    plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
    # First on the path: the repository root (our own ``processing/``) may be on it too,
    # e.g. under ``python -m pytest``, and must not shadow QGIS's package.
    sys.path.insert(0, str(plugins))
    stale = sys.modules.get("processing")
    if stale is not None and not str(getattr(stale, "__file__", "")).startswith(str(plugins)):
        del sys.modules["processing"]
    import processing  # noqa: F401  (QGIS's package, not ours)
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    Processing.initialize()
    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    yield app
    shutil.rmtree(profile, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgis_dsn():
    """A connection string to a fresh database with PostGIS, on a private loopback server."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail("PostgreSQL is not installed: run .ci/run (apt-get install "
                    "postgresql-15-postgis-3) first")
    base = Path(tempfile.mkdtemp(prefix="smartcity-pg-"))
    data = base / "data"
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    subprocess.run(prefix + [str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, capture_output=True)
    log = base / "server.log"
    subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                             "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 "
                                   "-c fsync=off", "start"], check=True, capture_output=True)
    import psycopg

    admin = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE DATABASE smartcity_test")
    dsn = f"host=127.0.0.1 port={port} user=postgres dbname=smartcity_test"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION postgis")
    yield dsn
    subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate",
                             "stop"], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


def store_url(dsn: str, schema: str) -> str:
    """The ``postgresql://`` store URL of ``schema`` in the database of ``dsn`` (quoted)."""
    from urllib.parse import quote

    parts = dict(item.split("=", 1) for item in dsn.split())
    return (f"postgresql://{parts['user']}@{parts['host']}:{parts['port']}/{parts['dbname']}"
            f"?schema={quote(schema)}")


@pytest.fixture(scope="session")
def postgis_url(postgis_dsn):
    """``make(schema) -> URL``: a store URL in the test database."""
    return lambda schema: store_url(postgis_dsn, schema)


@pytest.fixture
def pg_url(postgis_url):
    """The URL of a fresh, uniquely named schema in the test database."""
    import uuid

    return postgis_url(f"t_{uuid.uuid4().hex[:8]}")


@pytest.fixture
def project(qgis_app):
    """QGIS's project, cleared before and after the test."""
    from qgis.core import QgsProject

    proj = QgsProject.instance()
    proj.clear()
    yield proj
    proj.clear()


@pytest.fixture(scope="module")
def store_copy(sample_store, tmp_path_factory):
    """A copy of the shared sample store for one test module: QGIS may open GeoPackages
    for update, and the plugin's tests edit it."""
    import shutil

    path = tmp_path_factory.mktemp("store") / "weihai.gpkg"
    shutil.copy(sample_store, path)
    return path


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """The bundled Weihai sample imported through the CLI, as the README's main job does.

    Session-scoped and shared: tests must not write to it (copy it first).
    """
    from click.testing import CliRunner

    from smartcity.resources import sample_imports
    from smartcity.standalone.cli import cli

    folder = tmp_path_factory.mktemp("weihai")
    store = folder / "weihai.gpkg"
    runner = CliRunner()
    result = runner.invoke(cli, ["init", str(store)])
    assert result.exit_code == 0, result.output
    for layer, path, options in sample_imports():
        result = runner.invoke(cli, ["import", str(store), layer, str(path),
                                     "--rejects", str(folder / f"{layer}.rejects.csv"), *options])
        assert result.exit_code == 0, result.output
        assert " 0 rejected" in result.output, result.output
    return store


@pytest.fixture
def cancel_at(qgis_app):
    """A Processing feedback that presses Cancel once the run is past ``at`` percent (and
    keeps every progress value it saw in ``seen``): ``feedback = cancel_at(50.0)``."""
    from qgis.core import QgsProcessingFeedback

    class CancelAt(QgsProcessingFeedback):
        def __init__(self, at: float):
            super().__init__()
            self.at, self.seen = at, []
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            self.seen.append(value)
            if value >= self.at and not self.isCanceled():
                self.cancel()

    return CancelAt


@pytest.fixture
def engine():
    """The coverage engine's modules, for tests that call or patch them directly."""
    from smartcity.processing import coverage, keyplaces

    return {"coverage": coverage, "keyplaces": keyplaces}


def _qgis_profile_env(root: Path, *, link_plugin: bool = True) -> dict:
    """Environment for ``qgis_process`` with a fresh profile under ``root`` where the
    smartcity plugin is enabled; the plugin folder is a link to this repository, or (with
    ``link_plugin=False``) whatever the caller put in ``root/profiles/default/python/plugins``."""
    default = root / "profiles" / "default"
    (default / "python" / "plugins").mkdir(parents=True, exist_ok=True)
    (default / "QGIS").mkdir(parents=True, exist_ok=True)
    if link_plugin:
        (default / "python" / "plugins" / "smartcity").symlink_to(REPO, target_is_directory=True)
    (default / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nsmartcity=true\n",
                                                encoding="utf-8")
    return dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen",
                PYTHONPATH=sysconfig.get_paths()["purelib"])


def _qgis_process_exe() -> str:
    # Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which 3.22 rejects
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("qgis_process is not installed (apt-get install qgis)")


@pytest.fixture(scope="session")
def qgis_profile_env():
    """``make(root, link_plugin=True) -> env``: a fresh QGIS profile with the plugin enabled."""
    return _qgis_profile_env


@pytest.fixture(scope="session")
def qgis_process_exe() -> str:
    """Path of the ``qgis_process`` executable."""
    return _qgis_process_exe()


@pytest.fixture
def cli_runner():
    """A click test runner whose ``result.stdout`` is stdout only, on every click the
    project supports (``click>=8.1``): before 8.2, ``CliRunner()`` mixes stderr into it."""
    from click.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2: stdout and stderr are always apart
        return CliRunner()


def _gpkg_to_schema_1(path) -> None:
    """Make the GeoPackage store ``path`` what schema 1 wrote: without the plan's layers and
    fields of schema 2 (:data:`~smartcity.layers.schema.ADDED_IN`) and without schema 3's
    history triggers (``history.geom_wkt`` as WKT again, no who/how columns)."""
    import sqlite3

    import shapely

    from smartcity.layers.schema import ADDED_IN

    con = sqlite3.connect(path)
    con.create_function("wkt", 1, lambda b: None if b is None else shapely.from_wkb(b).wkt)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "name LIKE 'smartcity_%'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("DROP TABLE IF EXISTS smartcity_context")
    for name in ADDED_IN[2]["layers"]:
        con.execute(f'DROP TABLE "{name}"')
        con.execute(f'DROP TABLE "rtree_{name}_geom"')
        for table in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_data_columns",
                      "gpkg_extensions"):
            con.execute(f"DELETE FROM {table} WHERE table_name = ?", (name,))
    for layer, fields in ADDED_IN[2]["fields"].items():
        for f in fields:
            con.execute(f'ALTER TABLE "{layer}" DROP COLUMN "{f}"')
            con.execute("DELETE FROM gpkg_data_columns WHERE table_name = ? AND column_name = ?",
                        (layer, f))
    con.execute("ALTER TABLE history ADD COLUMN geom_wkt TEXT")
    con.execute("UPDATE history SET geom_wkt = wkt(geom_wkb)")
    for column in ("geom_wkb", "recorded_by", "department", "how"):
        con.execute(f"ALTER TABLE history DROP COLUMN {column}")
    con.execute("UPDATE smartcity_meta SET value = '1' WHERE key = 'schema_version'")
    con.execute("DELETE FROM smartcity_meta WHERE key = 'versioning'")
    con.commit()
    con.close()


def _postgis_to_schema_1(url) -> None:
    """The PostGIS twin of :func:`_gpkg_to_schema_1`."""
    import psycopg

    from smartcity.layers.postgis import split_url
    from smartcity.layers.schema import ADDED_IN, LAYERS

    dsn, schema = split_url(url)
    s = f'"{schema}"'
    with psycopg.connect(dsn, autocommit=True) as con:
        for name in LAYERS:
            for trigger in (f"smartcity_{name}_version", f"smartcity_{name}_check"):
                con.execute(f'DROP TRIGGER IF EXISTS "{trigger}" ON {s}."{name}"')
        for name in ADDED_IN[2]["layers"]:
            con.execute(f'DROP TABLE {s}."{name}"')
        for layer, fields in ADDED_IN[2]["fields"].items():
            for f in fields:
                con.execute(f'ALTER TABLE {s}."{layer}" DROP COLUMN "{f}"')
        con.execute(f"ALTER TABLE {s}.history ADD COLUMN geom_wkt text")
        con.execute(f"UPDATE {s}.history SET geom_wkt = ST_AsText(ST_GeomFromWKB(geom_wkb))")
        for column in ("geom_wkb", "recorded_by", "department", "how"):
            con.execute(f"ALTER TABLE {s}.history DROP COLUMN {column}")
        con.execute(f"UPDATE {s}.smartcity_meta SET value = '1' WHERE key = 'schema_version'")
        con.execute(f"DELETE FROM {s}.smartcity_meta WHERE key = 'versioning'")


@pytest.fixture
def to_schema_1():
    """``to_schema_1(location)``: turn a new store (GeoPackage path or PostGIS URL) into
    what schema 1 wrote, for the migration tests."""
    from smartcity.layers.postgis import is_postgres_url

    return lambda location: (_postgis_to_schema_1 if is_postgres_url(location)
                             else _gpkg_to_schema_1)(location)


@pytest.fixture(scope="module")
def provider(qgis_app):
    """The smartcity Processing provider, freshly registered for the test module (one the
    plugin tests left behind is replaced)."""
    from qgis.core import QgsApplication

    from smartcity.processing.qgis_provider.provider import SmartCityProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("smartcity")
    if existing is not None:
        registry.removeProvider(existing)
    prov = SmartCityProvider()
    assert registry.addProvider(prov)
    yield prov
    registry.removeProvider(prov)
