"""The CLI under faults (issue 11): a full disk, Ctrl-C at any phase, kill -9, a store another
program keeps locked, hostile places, ids and district codes, and bugs.

Every case runs the real command (mostly in a subprocess, as a user or cron would) and checks
what the user sees — one sentence, never a traceback, exit code 0, 1, 2 or 130 as the README
says — and what is left on disk: the store byte for byte as it was (SHA-256), no ``-journal``
beside it, ``PRAGMA integrity_check`` ok, no half-made output.  Subprocesses are bounded with
``timeout=`` so a hang fails instead of blocking the suite.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from smartcity.layers.store import open_store
from smartcity.standalone.cli import cli
from smartcity.standalone.errors import INTERRUPTED

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "weihai"
CLI = [sys.executable, "-m", "smartcity.standalone.cli"]
LIMIT = 600  # seconds any one subprocess may take before the test fails as a hang


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def run(*args, env=None, timeout=LIMIT) -> subprocess.CompletedProcess:
    """``smartcity ARGS`` in a subprocess, as a user runs it (stdout/stderr not a terminal)."""
    environment = {k: v for k, v in os.environ.items() if k != "SMARTCITY_DEBUG"}
    environment.update(env or {})
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=environment)


def no_traceback(proc) -> None:
    text = proc.stdout + proc.stderr
    assert "Traceback" not in text and "Aborted!" not in text, text


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """``smartcity sample`` data with 30,000 stations: big enough that an import has a read,
    a check and a write phase one can interrupt."""
    folder = tmp_path_factory.mktemp("generated")
    proc = run("sample", folder, "--stations", 30000, "--communities", 10, "--manholes", 10,
               "--no-population", "--seed", 7, "-q")
    assert proc.returncode == 0, proc.stderr
    return folder


def make_store(path: Path, districts: Path) -> Path:
    """A store holding districts only, made through the CLI."""
    for args in (("init", path), ("import", path, "districts", districts,
                                  "--rejects", path.with_suffix(".districts.rejects.csv"))):
        proc = run(*args)
        assert proc.returncode == 0, proc.stderr
    return path


def stations_import(store: Path, generated: Path, *extra) -> list:
    return ["import", store, "base_stations", generated / "base_stations.csv", "--coords",
            "gcj02", "--rejects", store.parent / "stations.rejects.csv", *extra]


# --- a full disk ------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (root may mount one; CI runs as root); ``None`` when mounting is refused."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    yield folder if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` free bytes with one file."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_full_disk_fails_every_write_with_a_sentence_and_the_store_intact(small_disk, tmp_path,
                                                                         generated):
    if small_disk is None:  # no tmpfs: the same checks with SQLite's own "disk is full"
        _full_disk_injected(tmp_path)
        return
    store = make_store(small_disk / "w.gpkg", generated / "districts.geojson")
    before = sha256(store)

    def check(proc, *absent):
        assert proc.returncode == 1, proc.stderr
        no_traceback(proc)
        assert "the disk holding" in proc.stderr and "is full" in proc.stderr, proc.stderr
        assert "MB free; nothing was written" in proc.stderr
        assert not journal(store).exists()
        assert sha256(store) == before and integrity(store) == "ok"
        for path in absent:
            assert not path.exists()

    # an import whose rows do not fit (30,000 stations, 3 MB); the rejects file of its one bad
    # row (written, on another disk) is not left behind for an import that did not happen
    with_bad_row = tmp_path / "stations.csv"
    bad_row = "BAD1,坏站,中国移动,n78,城区,30,,,开通,2020/1/1,2020/2/1,,abc,37.5\r\n"
    with_bad_row.write_bytes((generated / "base_stations.csv").read_bytes()
                             + bad_row.encode("gbk"))
    rejects = tmp_path / "stations.rejects.csv"
    check(run("import", store, "base_stations", with_bad_row, "--coords", "gcj02", "--rejects",
              rejects), rejects)
    # a disk with 100 kB left: a new store, a snapshot, a migration target cannot be made
    filler = _fill(small_disk, 100_000)
    check(run("init", small_disk / "new.gpkg"), small_disk / "new.gpkg")
    check(run("snapshot", store, "--as-of", "2021-12-31", "-o", small_disk / "s.gpkg"),
          small_disk / "s.gpkg")
    check(run("migrate", store, small_disk / "m.gpkg"), small_disk / "m.gpkg")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "w.gpkg"]
    filler.unlink()
    # the store is as usable as before
    again = run("import", store, "districts", generated / "districts.geojson",
                "--rejects", tmp_path / "d.csv")
    assert again.returncode == 0 and "0 new" in again.stdout, again.stderr
    assert pyogrio.read_info(store, layer="districts")["features"] > 0


def _full_disk_injected(tmp_path: Path) -> None:
    """The fallback without tmpfs: SQLite's page limit makes the write fail exactly as a full
    disk does (SQLITE_FULL, "database or disk is full")."""
    import smartcity.layers.gpkg as gpkg

    runner = CliRunner()
    store = tmp_path / "w.gpkg"
    assert runner.invoke(cli, ["init", str(store)]).exit_code == 0
    before = sha256(store)
    real = gpkg.connect

    def limited(path, wait=30.0):
        conn = real(path, wait)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 2) + 2}")
        return conn

    mp = pytest.MonkeyPatch()
    mp.setattr(gpkg, "connect", limited)
    try:
        result = runner.invoke(cli, ["import", str(store), "districts",
                                     str(SAMPLE / "districts.geojson"),
                                     "--rejects", str(tmp_path / "r.csv")])
        for args in (["init", str(tmp_path / "n.gpkg")],
                     ["snapshot", str(store), "--as-of", "2021-12-31", "-o",
                      str(tmp_path / "s.gpkg")]):
            other = runner.invoke(cli, args)
            assert other.exit_code == 1 and "is full" in other.output, other.output
    finally:
        mp.undo()
    assert result.exit_code == 1, result.output
    assert "is full" in result.output and "nothing was written" in result.output
    assert "Traceback" not in result.output
    assert not journal(store).exists() and sha256(store) == before
    assert integrity(store) == "ok"
    assert not (tmp_path / "n.gpkg").exists() and not (tmp_path / "s.gpkg").exists()


def test_full_disk_injected_without_tmpfs(tmp_path):
    """The injected full disk runs everywhere, so its checks are never skipped."""
    _full_disk_injected(tmp_path)


# --- Ctrl-C and kill -9 -----------------------------------------------------------------------

MARKED = textwrap.dedent("""
    # the real CLI, with each progress report also printed to stdout so the test knows the phase
    import os
    import signal
    import sys
    from contextlib import contextmanager
    from smartcity.standalone import cli, cmd_store

    real = cmd_store.progress_bar

    @contextmanager
    def marked(description):
        with real(description) as report:
            def tell(percent, message=""):
                print(f"PROGRESS {percent:.0f} {message}", flush=True)
                report(percent, message)
            yield tell

    cmd_store.progress_bar = marked

    if os.environ.get("SIGINT_IN_SQLITE"):
        # Ctrl-C exactly while SQLite runs one of the GeoPackage R-tree functions, where
        # SQLite swallows the KeyboardInterrupt ("user-defined function raised exception")
        from smartcity.layers import gpkg

        real_envelope, calls = gpkg._envelope, [0]

        def envelope(blob):
            calls[0] += 1
            if calls[0] == int(os.environ["SIGINT_IN_SQLITE"]):
                os.kill(os.getpid(), signal.SIGINT)
            return real_envelope(blob)

        gpkg._envelope = envelope
    sys.argv[0] = "smartcity"
    cli.main()
""")


READING = textwrap.dedent("""
    # the real CLI, held at its first query of the store (printing READING) until a signal
    import sys
    import time
    from smartcity.layers import gpkg
    from smartcity.standalone import cli

    real, held = gpkg.GpkgBackend.query, []

    def query(self, sql, params=()):
        if not held:
            held.append(sql)
            print("READING", flush=True)
            time.sleep(%d)
        return real(self, sql, params)

    gpkg.GpkgBackend.query = query
    sys.argv[0] = "smartcity"
    cli.main()
""" % LIMIT)


def _moved_stations(generated: Path, folder: Path) -> Path:
    """A copy of ``generated``'s stations file (same encoding) with every longitude moved by
    0.0001°, so that re-importing it updates every feature's geometry."""
    import csv
    import io

    folder.mkdir()
    text = (generated / "base_stations.csv").read_bytes().decode("gb18030")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    lon = rows[0].index("经度")
    for row in rows[1:]:
        row[lon] = f"{float(row[lon]) + 0.0001:.7f}"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    (folder / "base_stations.csv").write_bytes(out.getvalue().encode("gb18030"))
    return folder


def _interrupt_when(proc, ready, what: str, sig=signal.SIGINT, deadline: float = LIMIT) -> None:
    """Send ``sig`` to ``proc`` as soon as ``ready()`` holds (polled), or fail when the
    process ends first or ``deadline`` passes (a hang)."""
    end = time.monotonic() + deadline
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"the command ended (exit {proc.returncode}) before {what}: "
                        f"{proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > end:
            proc.kill()
            pytest.fail(f"never saw {what}")
        time.sleep(0.005)
    proc.send_signal(sig)


def _finish(proc):
    out, err = proc.communicate(timeout=LIMIT)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _assert_interrupted(proc, store: Path, before: str) -> None:
    assert proc.returncode == 130, (proc.returncode, proc.stderr)
    no_traceback(proc)
    assert proc.stderr.strip().splitlines()[-1] == INTERRUPTED, proc.stderr
    assert not journal(store).exists()
    assert sha256(store) == before and integrity(store) == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("phase", ["reading", "checking rows", "writing", "inside SQLite"])
def test_ctrl_c_in_each_phase_of_an_import_exits_130_with_nothing_written(tmp_path, generated,
                                                                          phase):
    store = make_store(tmp_path / "w.gpkg", generated / "districts.geojson")
    source = generated
    if phase == "inside SQLite":
        # New features go in set-wise, with no Python function inside SQLite (the R-tree is
        # filled after them); moved features still go through the R-tree's update triggers,
        # whose ST_* functions are Python: import the stations, then the same stations moved.
        assert run(*stations_import(store, generated)).returncode == 0
        source = _moved_stations(generated, tmp_path / "moved")
    before = sha256(store)
    script = tmp_path / "marked.py"
    script.write_text(MARKED, encoding="utf-8")
    env = dict(os.environ, SIGINT_IN_SQLITE="5000") if phase == "inside SQLite" else None
    proc = subprocess.Popen([sys.executable, str(script), *map(str, stations_import(
        store, source))], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def reached() -> bool:
        line = proc.stdout.readline()
        if line.startswith("PROGRESS"):
            _, percent, message = (line.rstrip("\n").split(" ", 2) + [""])[:3]
            if phase == "writing":  # a batch was written: the next one is under way
                return float(percent) > 40 and message.startswith("base_stations:")
            return message.startswith(phase)
        return False

    if phase == "inside SQLite":  # the process interrupts itself; just wait for it
        done = _finish(proc)
    else:
        _interrupt_when(proc, reached, f"the {phase} phase")
        done = _finish(proc)
    _assert_interrupted(done, store, before)


@pytest.mark.slow
def test_ctrl_c_of_the_plain_cli_while_loading_and_while_writing(tmp_path, generated):
    """No test hooks at all: SIGINT once the command's modules load (numpy mapped in), and
    once SQLite's journal shows the write transaction is open."""
    store = make_store(tmp_path / "w.gpkg", generated / "districts.geojson")
    before = sha256(store)
    for what, ready in (
            ("loading", lambda p: "_multiarray_umath" in Path(f"/proc/{p.pid}/maps").read_text()),
            ("writing", lambda p: journal(store).exists())):
        proc = subprocess.Popen([*CLI, *map(str, stations_import(store, generated))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _interrupt_when(proc, lambda: ready(proc), f"the command {what}")
        _assert_interrupted(_finish(proc), store, before)


@pytest.mark.slow
def test_ctrl_c_during_a_snapshot_leaves_no_file(tmp_path, sample_store):
    out = tmp_path / "snap.gpkg"
    proc = subprocess.Popen([*CLI, "snapshot", str(sample_store), "--as-of", "2021-12-31", "-o",
                             str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _interrupt_when(proc, lambda: any(tmp_path.glob(".snap-*.gpkg.tmp")),
                    "the snapshot being written")
    done = _finish(proc)
    assert done.returncode == 130 and done.stderr.strip() == INTERRUPTED, done.stderr
    assert list(tmp_path.iterdir()) == []  # neither the snapshot nor its temporary file


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
"""The first bytes of a rollback journal once SQLite has synced it, before it changes the
database file: from then on the journal is *hot* (sqlite.org/fileformat.html)."""


def _journal_is_hot(store: Path) -> bool:
    try:
        return journal(store).read_bytes()[:8] == JOURNAL_MAGIC
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["journal created", "journal hot"])
def test_kill_9_in_the_middle_of_an_import_leaves_all_or_nothing(tmp_path, generated, moment):
    """SIGKILL once the write transaction has a journal (the file itself not yet touched),
    and once the journal is hot (SQLite is changing the file): the next open gives back the
    store exactly as it was, and the same import then goes through whole."""
    store = make_store(tmp_path / "w.gpkg", generated / "districts.geojson")
    before = sha256(store)
    ready = ((lambda: journal(store).exists()) if moment == "journal created"
             else (lambda: _journal_is_hot(store)))
    proc = subprocess.Popen([*CLI, *map(str, stations_import(store, generated))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _interrupt_when(proc, ready, f"the {moment}", sig=signal.SIGKILL)
    assert _finish(proc).returncode == -signal.SIGKILL
    with open_store(store) as st:  # the next open plays a hot journal back
        stations = st.count("base_stations")
        imports = st.imports()
    assert integrity(store) == "ok" and not journal(store).exists()
    assert sha256(store) == before
    assert stations == 0 and list(imports["layer"]) == ["districts"]
    assert pyogrio.read_info(store, layer="base_stations")["features"] == 0
    done = run(*stations_import(store, generated))
    assert done.returncode == 0, done.stderr
    with open_store(store) as st:
        assert st.count("base_stations") == len(st.read("base_stations")) > 29000
        assert list(st.imports()["layer"]) == ["districts", "base_stations"]
    assert integrity(store) == "ok"


# --- a store another program keeps locked ----------------------------------------------------

HOLD_SQLITE = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")   # SQLite's write lock, as QGIS holds it while saving
    print("holding", flush=True)
    sys.stdin.read()                  # until the test closes our stdin
    conn.execute("ROLLBACK")
""")


def test_locked_geopackage_says_who_holds_it_after_wait(tmp_path):
    store = tmp_path / "w.gpkg"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(store)]).exit_code == 0
    before = sha256(store)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_SQLITE, str(store)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        for wait in ("1", "0"):
            proc = run("import", store, "districts", SAMPLE / "districts.geojson",
                       "--rejects", tmp_path / "r.csv", "--wait", wait, timeout=120)
            assert proc.returncode == 1, proc.stderr
            no_traceback(proc)
            message = proc.stderr
            assert "w.gpkg is being written by another program" in message, message
            assert f"pid {holder.pid} (python" in message and "writing" in message
            assert f"waiting {wait} s" in message and "--wait SECONDS" in message
        # readers are not blocked by a writer's lock
        listed = run("layers", store, timeout=120)
        assert listed.returncode == 0, listed.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert sha256(store) == before and integrity(store) == "ok"
    # once the holder is gone the same import goes through
    proc = run("import", store, "districts", SAMPLE / "districts.geojson",
               "--rejects", tmp_path / "r.csv", "--wait", "1")
    assert proc.returncode == 0, proc.stderr


def test_wait_is_an_option_of_every_writing_command():
    for command in ("init", "import", "snapshot", "migrate"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert "--wait SECONDS" in result.output and "default: 30" in result.output, command
    bad = CliRunner().invoke(cli, ["init", "x.gpkg", "--wait", "-1"])
    assert bad.exit_code == 2


# --- places, ids and names from data ------------------------------------------------------

def test_init_where_no_store_can_be_made(tmp_path):
    for place in ("/proc/x.gpkg", "/sys/x.gpkg", tmp_path / "no" / "folder" / "x.gpkg"):
        proc = run("init", place)
        assert proc.returncode == 1, proc.stderr
        no_traceback(proc)
        assert str(place) in proc.stderr or str(Path(place).parent) in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    assert not Path("/proc/x.gpkg").exists()


def test_ids_that_look_like_options(tmp_path):
    runner = CliRunner()
    store = tmp_path / "w.gpkg"
    assert runner.invoke(cli, ["init", str(store)]).exit_code == 0
    csv = tmp_path / "s.csv"
    pd.DataFrame({"station_id": ["--", "-5", "-h", "--help", "A"], "lon": ["122.1"] * 5,
                  "lat": ["37.5"] * 5, "name": ["dash", "minus five", "h", "help", "a"]}
                 ).to_csv(csv, index=False)
    imported = runner.invoke(cli, ["import", str(store), "base_stations", str(csv),
                                   "--rejects", str(tmp_path / "r.csv")])
    assert imported.exit_code == 0, imported.output
    with open_store(store) as st:
        ids = set(st.read("base_stations")["station_id"])
    for feature_id, args in (("-5", ["-5"]), ("-5", ["--", "-5"]), ("--", ["--", "--"]),
                             ("-h", ["--", "-h"]), ("--help", ["--", "--help"])):
        if feature_id not in ids:
            continue  # the importer's rules own which ids are acceptable
        result = runner.invoke(cli, ["history", str(store), "base_stations", *args])
        assert result.exit_code == 0, (args, result.output)
        assert "version 1" in result.output and "station_id: " + feature_id in result.output
    assert "-5" in ids  # at least one option-like id made it into the store
    alone = runner.invoke(cli, ["history", str(store), "base_stations", "--"])
    assert alone.exit_code == 2
    assert "smartcity history STORE LAYER -- --" in alone.output
    help_text = runner.invoke(cli, ["history", "--help"]).output
    assert "-- --help" in help_text


def test_district_codes_that_are_no_file_names_stay_inside_the_output(tmp_path):
    """Codes with / and .. (one of them once wrote a PNG two folders up)."""
    frame = json.loads((SAMPLE / "districts.geojson").read_text(encoding="utf-8"))
    counties = [f for f in frame["features"] if f["properties"].get("level") == "county"]
    codes = ["a/b", "x/../../escaped_by_code", "a_b", ".."]
    for feature, code in zip(counties, codes):
        feature["properties"]["code"] = code
    frame["features"] = counties[:len(codes)]
    districts = tmp_path / "evil.geojson"
    districts.write_text(json.dumps(frame, ensure_ascii=False), encoding="utf-8")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    store = work / "e.gpkg"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(store)]).exit_code == 0
    imported = runner.invoke(cli, ["import", str(store), "districts", str(districts),
                                   "--rejects", str(tmp_path / "r.csv")])
    assert imported.exit_code == 0 and "4 accepted" in imported.output, imported.output
    out = work / "sheets"
    proc = run("mapsheet", store, "--district", "all", "--format", "png", "-o", out,
               "--renderer", "matplotlib", "--as-of", "2021-12-31", "--dpi", "30")
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    written = [Path(line) for line in proc.stdout.split()]
    assert len(written) == 1 + len(codes) == len(set(written))
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    for path in written:
        assert path.resolve().parent == out.resolve() and path.stat().st_size > 0
    pngs = {p.resolve() for p in tmp_path.rglob("*.png")}
    assert pngs == {p.resolve() for p in written}  # none anywhere else, e.g. two folders up
    one = run("mapsheet", store, "--district", "x/../../escaped_by_code", "--format", "png",
              "-o", out, "--renderer", "matplotlib", "--as-of", "2021-12-31", "--dpi", "30")
    assert one.returncode == 0 and Path(one.stdout.strip()).parent == out, one.stderr


def test_safe_names_are_unique_and_never_leave_the_folder(tmp_path):
    from smartcity.layers.filenames import inside, safe_name

    values = ["371002", "a/b", "a_b", "..", ".", "", "x/../../y", "CON", "a:b", "名称\0x",
              "a" * 300, "城" * 100, "city"]
    names = [safe_name(v) for v in values]
    assert names[0] == "371002" and names[2] == "a_b" and names[-1] == "city"
    assert len(set(names)) == len(names)
    for name in names:
        assert "/" not in name and "\\" not in name and "\0" not in name
        assert not name.startswith(".") and len(name.encode()) <= 120
        assert inside(tmp_path, name).parent == tmp_path
    with pytest.raises(ValueError, match="leave the output folder"):
        inside(tmp_path, "../x.png")


# --- internal errors -------------------------------------------------------------------------

def test_an_internal_error_is_one_line_and_the_traceback_needs_debug(tmp_path, monkeypatch):
    from smartcity.layers import store as store_module

    runner = CliRunner()
    path = tmp_path / "w.gpkg"
    assert runner.invoke(cli, ["init", str(path)]).exit_code == 0

    def broken(self, today):
        return 1 / 0

    monkeypatch.setattr(store_module.Store, "summary", broken)
    plain = runner.invoke(cli, ["layers", str(path)])
    assert plain.exit_code == 1
    assert "internal error: ZeroDivisionError: division by zero" in plain.output
    assert "please report" in plain.output and "--debug" in plain.output
    assert "Traceback" not in plain.output and len(plain.output.strip().splitlines()) == 1
    for args, env in ((["--debug", "layers", str(path)], {}),
                      (["layers", str(path)], {"SMARTCITY_DEBUG": "1"})):
        debug = runner.invoke(cli, args, env=env)
        assert debug.exit_code == 1 and "Traceback" in debug.output and "1 / 0" in debug.output


def test_usage_errors_still_exit_2_and_known_failures_1(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["import"]).exit_code == 2
    assert runner.invoke(cli, ["nosuchcommand"]).exit_code == 2
    missing = runner.invoke(cli, ["layers", str(tmp_path / "none.gpkg")])
    assert missing.exit_code == 1 and "does not exist" in missing.output
    assert "internal error" not in missing.output


# --- reading commands ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hundred_districts(tmp_path_factory) -> Path:
    """``smartcity sample OUT --stations 2000 --districts 100 --seed 1`` imported layer by layer
    as the sample_store fixture imports the Weihai sample."""
    folder = tmp_path_factory.mktemp("hundred")
    proc = run("sample", folder / "data", "--stations", 2000, "--districts", 100, "--seed", 1,
               "-q")
    assert proc.returncode == 0, proc.stderr
    store = folder / "s.gpkg"
    assert run("init", store).returncode == 0
    runner = CliRunner()
    for layer, name, extra in (
            ("districts", "districts.geojson", []),
            ("base_stations", "base_stations.csv", ["--coords", "gcj02"]),
            ("communities", "communities.csv", []), ("manholes", "manholes.shp", []),
            ("monitoring_points", "monitoring_points.geojson", []),
            ("key_places", "key_places.gpkg", [])):
        result = runner.invoke(cli, ["import", str(store), layer, str(folder / "data" / name),
                                     "--rejects", str(folder / f"{layer}.rejects.csv"), *extra])
        assert result.exit_code == 0, result.output
    return store


def test_series_printed_for_100_districts(hundred_districts):
    """Some of the 100 districts have no value of an indicator on any date (no communities,
    no manholes): their columns are kept, not a KeyError."""
    proc = run("series", hundred_districts, "--from", 2019, "--to", 2021)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    assert "internal error" not in proc.stderr
    with open_store(hundred_districts) as st:
        assert len(st.read("districts")) == 100
    for label in ("bs_active", "community_smart_pct", "manhole_monitored_pct"):
        assert label in proc.stdout


@pytest.mark.slow
@pytest.mark.parametrize("command", [["layers"], ["coverage", "--as-of", "2021-12-31"],
                                     ["series", "--from", "2019", "--to", "2021"]])
def test_ctrl_c_of_a_reading_command_exits_130(hundred_districts, command, tmp_path):
    """Ctrl-C while the command reads the store.  The real CLI, held at its first query
    until the signal comes: on a quiet machine ``layers`` can finish between two polls of
    "the modules are loaded" (the plain CLI's loading is the test above)."""
    script = tmp_path / "reading.py"
    script.write_text(READING, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), command[0], str(hundred_districts),
                             *command[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    _interrupt_when(proc, lambda: proc.stdout.readline().startswith("READING"),
                    "the command reading")
    done = _finish(proc)
    assert done.returncode == 130, done.stderr
    no_traceback(done)
    assert done.stderr.strip() == INTERRUPTED


def test_a_failed_commit_is_rolled_back_without_a_second_error(tmp_path):
    """COMMIT itself failing (the disk filled while SQLite wrote the journal out): the
    caller gets the disk sentence, not "cannot rollback - no transaction is active"."""
    from smartcity.layers.store import DiskFull, create_store

    path = tmp_path / "w.gpkg"
    st = create_store(path)
    before = sha256(path)
    db = st.db
    real_commit = db.commit

    def failing_commit():
        raise db.failure(sqlite3.OperationalError("database or disk is full"))

    db.commit = failing_commit
    with pytest.raises(DiskFull, match="is full"):
        st.set_meta("note", "x" * 100_000)
    assert not db.conn.in_transaction
    db.commit = real_commit
    st.close()
    assert sha256(path) == before and not journal(path).exists() and integrity(path) == "ok"
