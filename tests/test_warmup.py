"""``smartcity warmup`` compiles every kernel a real coverage call needs: after it, a new
process computing the indicators of the sample store compiles nothing."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from smartcity.standalone.cli import cli

AFTER_WARMUP = r'''
import datetime as dt, sys
from smartcity.processing.indicators import compute_layers
from smartcity.processing.prepare import read_layers
from smartcity.processing.warmup import kernel_stats

layers = read_layers(sys.argv[1])
for day in (dt.date(2019, 12, 31), dt.date(2021, 12, 31)):
    compute_layers(layers, day, level="all")
print("STATS", *kernel_stats())
'''


def test_after_warmup_a_coverage_compiles_nothing(sample_store, tmp_path):
    result = CliRunner().invoke(cli, ["warmup"])
    assert result.exit_code == 0, result.output
    assert "Coverage engine" in result.output and "覆盖率计算内核" in result.output
    script = tmp_path / "after.py"
    script.write_text(AFTER_WARMUP)
    run = subprocess.run([sys.executable, str(script), str(sample_store)], capture_output=True,
                         text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    compiled, loaded = map(int, run.stdout.split("STATS", 1)[1].split())
    assert compiled == 0, f"{compiled} kernel signatures compiled after warmup"
    assert loaded > 0  # the kernels ran, from the cache


def test_a_fresh_copy_of_the_source_loads_the_kernels_another_copy_compiled(sample_store,
                                                                           tmp_path):
    """What a fresh ``git clone`` or the plugin's zip is: the same source in another folder
    with new file times.  After ``warmup`` here, the copy compiles nothing (numba's own cache
    lived beside each copy, so every copy compiled for 20-40 s again)."""
    import os
    import shutil
    from pathlib import Path

    from smartcity.processing.jitcache import kernel_dir
    from smartcity.processing.warmup import needs_warmup

    assert CliRunner().invoke(cli, ["warmup", "-q"]).exit_code == 0
    assert not needs_warmup()
    repo = Path(__file__).resolve().parents[1]
    copy = tmp_path / "copy" / "smartcity"
    shutil.copytree(repo, copy, copy_function=shutil.copy,  # new mtimes, new paths
                    ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "tests",
                                                  "results", "*.gpkg", "*.log"))
    source, copied = repo / "processing" / "unionarea.py", copy / "processing" / "unionarea.py"
    assert kernel_dir(copied) == kernel_dir(source)
    script = tmp_path / "after.py"
    script.write_text(AFTER_WARMUP + "import smartcity\nprint('FROM', smartcity.__file__)\n")
    env = dict(os.environ, PYTHONPATH=str(copy.parent))
    run = subprocess.run([sys.executable, str(script), str(sample_store)], capture_output=True,
                         text=True, timeout=900, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert str(copy) in run.stdout.split("FROM", 1)[1]  # the copy ran, not this checkout
    compiled, loaded = map(int, run.stdout.split("STATS", 1)[1].split("FROM")[0].split())
    assert compiled == 0 and loaded > 0


def test_the_kernel_folder_follows_the_source_not_its_place(tmp_path):
    from smartcity.processing.jitcache import kernel_dir

    a, b, c = (tmp_path / n / "unionarea.py" for n in "abc")
    for path, text in ((a, "x = 1\n"), (b, "x = 1\n"), (c, "x = 2\n")):
        path.parent.mkdir()
        path.write_text(text)
    assert kernel_dir(a) == kernel_dir(b) != kernel_dir(c)


def test_the_zips_generic_kernels_serve_a_machine_that_never_compiled(sample_store, tmp_path):
    """Issue 17 item 3: the plugin zip ships the kernels compiled for LLVM's generic CPU
    (``scripts/package_plugin.py`` → ``processing/kernels``).  A fresh copy of the package
    with them and an *empty* user cache compiles nothing: they are copied into the user cache
    and loaded (numba keys its cache by CPU: host-tuned kernels would not be)."""
    import json
    import os
    import shutil
    from pathlib import Path

    from smartcity.processing.jitcache import kernel_dir

    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo / "scripts"))
    try:
        import package_plugin
    finally:
        sys.path.pop(0)
    copy = tmp_path / "copy" / "smartcity"
    shutil.copytree(repo, copy, copy_function=shutil.copy,
                    ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "tests",
                                                  "results", "*.gpkg", "*.log", "kernels"))
    shipped = copy / "processing" / "kernels"
    package_plugin.export_kernels(shipped)
    manifest = json.loads((shipped / "manifest.json").read_text("utf-8"))
    assert manifest["cpu"] == "generic"
    source = repo / "processing" / "unionarea.py"
    assert (shipped / kernel_dir(source).name).is_dir()  # named by the source's hash
    empty = tmp_path / "empty-cache"
    script = tmp_path / "after.py"
    script.write_text(AFTER_WARMUP + "import smartcity\nprint('FROM', smartcity.__file__)\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMBA_")}
    env.update(PYTHONPATH=str(copy.parent), SMARTCITY_CACHE_DIR=str(empty))
    run = subprocess.run([sys.executable, str(script), str(sample_store)], capture_output=True,
                         text=True, timeout=900, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert str(copy) in run.stdout.split("FROM", 1)[1]
    compiled, loaded = map(int, run.stdout.split("STATS", 1)[1].split("FROM")[0].split())
    assert compiled == 0 and loaded > 0
    assert any((empty / "numba" / kernel_dir(source).name).glob("*.nbi"))  # seeded


def test_shipped_kernels_serve_only_their_source_numba_and_cpu(tmp_path, monkeypatch):
    """The shipped folder is found by the source's hash (an edited source never loads the
    zip's kernels) and only for the numba, Python, machine and CPU of its manifest."""
    import json

    from smartcity.processing import jitcache

    a, c = tmp_path / "a" / "unionarea.py", tmp_path / "c" / "unionarea.py"
    for path, text in ((a, "x = 1\n"), (c, "x = 2\n")):
        path.parent.mkdir()
        path.write_text(text)
    shipped = tmp_path / "kernels"
    folder = shipped / jitcache.kernel_dir(a).name
    folder.mkdir(parents=True)
    (folder / "unionarea.f-1.py311.nbi").write_bytes(b"")
    monkeypatch.setattr(jitcache, "SHIPPED_DIR", shipped)
    monkeypatch.setenv("NUMBA_CPU_NAME", "generic")

    def ship(**changes):
        manifest = {**jitcache.runtime_tag(), "cpu": "generic", **changes}
        (shipped / "manifest.json").write_text(json.dumps(manifest))
        jitcache.shipped_manifest.cache_clear()

    try:
        ship()
        assert jitcache.shipped_dir(a) == folder
        assert jitcache.shipped_dir(c) is None  # another source: another hash
        ship(numba="0.1.0")
        assert jitcache.shipped_dir(a) is None
        ship(cpu="skylake")
        assert jitcache.shipped_dir(a) is None
    finally:
        jitcache.shipped_manifest.cache_clear()
