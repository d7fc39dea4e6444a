"""The CLI starts lean: ``--help`` of every command and the light commands' start import
none of the heavy libraries (pandas, geopandas, numba, shapely), and the command list that
``smartcity --help`` reads from the sources says exactly what click says from the imported
commands.  Oracle: ``sys.modules`` of a fresh interpreter; click's own short help."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from smartcity.standalone.cli import COMMANDS, cli, short_help

HEAVY = ("pandas", "geopandas", "numba", "shapely", "pyogrio", "pyproj")

PROBE = r'''
import json, sys
from smartcity.standalone.cli import cli
try:
    cli(sys.argv[1:], prog_name="smartcity")
except SystemExit:
    pass
print("\nMODULES" + json.dumps(sorted(m for m in sys.modules if "." not in m)))
'''


def _imported(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         timeout=120)
    assert "MODULES" in run.stdout, run.stderr[-2000:]
    return set(json.loads(run.stdout.rsplit("MODULES", 1)[1]))


@pytest.mark.parametrize("args", [["--help"], ["--version"],
                                  *[[name, "--help"] for name in COMMANDS]],
                         ids=lambda a: " ".join(a))
def test_help_imports_no_heavy_library(args):
    heavy = _imported(*args) & set(HEAVY)
    assert not heavy, f"smartcity {' '.join(args)} imported {sorted(heavy)}"


def test_the_command_list_read_from_the_sources_is_what_click_says():
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        for limit in (45, 80):
            assert short_help(name, limit) == command.get_short_help_str(limit), name
