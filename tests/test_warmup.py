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
