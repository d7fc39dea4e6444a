"""The PostGIS store under faults (issue 11): schema names PostgreSQL would cut or keeps for
itself, a writer holding a layer's lock, Ctrl-C and kill -9 mid-import, a migration that
fails half-way, and reading commands given a ``postgresql://`` store.

Runs against the real PostgreSQL + PostGIS of the ``postgis_dsn`` fixture.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from smartcity.layers.postgis import PostgisBackend
from smartcity.layers.store import StoreError, copy_store, create_store, open_store
from smartcity.standalone.cli import cli
from smartcity.standalone.errors import INTERRUPTED

from .test_cli_faults import MARKED, _finish, _interrupt_when, no_traceback

pytestmark = pytest.mark.postgis

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "weihai"


def _schemas(dsn: str) -> set[str]:
    with psycopg.connect(dsn) as conn:
        return {r[0] for r in conn.execute("SELECT nspname FROM pg_namespace")}


def test_schema_names_postgresql_would_cut_or_reserves_are_refused(postgis_dsn, postgis_url,
                                                                  tmp_path):
    runner = CliRunner()
    before = _schemas(postgis_dsn)
    fits = "威" * 21                  # 63 bytes in UTF-8: the longest name PostgreSQL keeps
    too_long = [fits + "a", fits + "b", "a" * 64]  # the first two would both become `fits`
    refused = {"pg_catalog": "belongs to PostgreSQL", "pg_toast": "belongs to PostgreSQL",
               "information_schema": "belongs to PostgreSQL", "pg_mine": "reserved",
               "a\0b": "NUL", **{name: "63 bytes" for name in too_long}}
    for schema, words in refused.items():
        url = postgis_url(schema)
        for command in (["init", url], ["layers", url],
                        ["migrate", str(SAMPLE / "none.gpkg"), url]):
            result = runner.invoke(cli, command)
            assert result.exit_code == 2, (schema, command, result.output)
            assert words in result.output and "Traceback" not in result.output
        with pytest.raises(StoreError, match=words):
            create_store(url)
        with pytest.raises(StoreError, match=words):
            open_store(url)
    assert _schemas(postgis_dsn) == before  # nothing was created anywhere
    made = runner.invoke(cli, ["init", postgis_url(fits)])
    assert made.exit_code == 0, made.output
    with open_store(postgis_url(fits)) as st:
        assert st.db.schema == fits and st.count("districts") == 0
    assert fits in _schemas(postgis_dsn)


def test_a_held_layer_lock_is_waited_for_then_named(pg_url, tmp_path):
    create_store(pg_url).close()
    backend = PostgisBackend(pg_url)
    key = backend.lock_key("districts")
    backend.close()
    dsn = pg_url.split("?")[0]
    holder = psycopg.connect(dsn, application_name="holder-app")  # not autocommit: keeps it
    try:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
        pid = holder.info.backend_pid
        for wait in ("1", "0"):
            result = CliRunner().invoke(cli, ["import", pg_url, "districts",
                                              str(SAMPLE / "districts.geojson"), "--rejects",
                                              str(tmp_path / "r.csv"), "--wait", wait])
            assert result.exit_code == 1, result.output
            text = result.output
            assert "is being written by another program" in text and "Traceback" not in text
            assert f"database backend pid {pid}" in text and "holder-app" in text, text
            assert "user postgres" in text and f"waiting {wait} s" in text
            assert "--wait SECONDS" in text
        # another layer is not blocked by this layer's lock
        other = CliRunner().invoke(cli, ["import", pg_url, "key_places",
                                         str(SAMPLE / "key_places.gpkg"), "--rejects",
                                         str(tmp_path / "k.csv"), "--wait", "1"])
        assert other.exit_code == 0, other.output
    finally:
        holder.rollback()
        holder.close()
    with open_store(pg_url) as st:
        assert st.count("districts") == 0 and list(st.imports()["layer"]) == ["key_places"]
    done = CliRunner().invoke(cli, ["import", pg_url, "districts",
                                    str(SAMPLE / "districts.geojson"),
                                    "--rejects", str(tmp_path / "r.csv"), "--wait", "1"])
    assert done.exit_code == 0, done.output


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_ctrl_c_or_kill_while_writing_to_postgis_writes_nothing(pg_url, tmp_path, sig):
    create_store(pg_url).close()
    script = tmp_path / "marked.py"
    script.write_text(MARKED, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), "import", pg_url, "base_stations",
                             str(SAMPLE / "base_stations.csv"), "--coords", "gcj02",
                             "--rejects", str(tmp_path / "r.csv")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def writing() -> bool:
        line = proc.stdout.readline()
        return line.startswith("PROGRESS") and " base_stations: " in line

    _interrupt_when(proc, writing, "the first batch written", sig=sig)
    done = _finish(proc)
    if sig == signal.SIGINT:
        assert done.returncode == 130, done.stderr
        no_traceback(done)
        assert done.stderr.strip().splitlines()[-1] == INTERRUPTED
    else:
        assert done.returncode == -signal.SIGKILL
    with open_store(pg_url) as st:
        assert st.count("base_stations") == 0 and st.imports().empty
        assert st.table("history").empty


def test_a_migration_that_fails_half_way_leaves_no_store(pg_url, sample_store):
    def cable_cut(percent, message=""):
        if percent > 50:
            raise RuntimeError("network cable pulled")

    with open_store(sample_store) as source:
        with pytest.raises(RuntimeError, match="cable"):
            copy_store(source, pg_url, progress=cable_cut)
    backend = PostgisBackend(pg_url)
    try:
        assert not backend.has_store_tables()
    finally:
        backend.close()
    result = CliRunner().invoke(cli, ["migrate", str(sample_store), pg_url])
    assert result.exit_code == 0, result.output


def test_reading_commands_take_a_postgis_store(pg_url, sample_store, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["migrate", str(sample_store), pg_url]).exit_code == 0
    printed = runner.invoke(cli, ["coverage", pg_url, "--as-of", "2021-12-31"])
    assert printed.exit_code == 0, printed.output
    assert "cov_5g_area_pct" in printed.output and "371002" in printed.output
    written = runner.invoke(cli, ["coverage", pg_url, "--as-of", "2021-12-31", "-o",
                                  str(tmp_path / "c.csv")])
    assert written.exit_code == 0 and (tmp_path / "c.csv").stat().st_size > 0
