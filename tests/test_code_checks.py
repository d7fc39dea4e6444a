"""CI reads the code: ruff (pyflakes, pycodestyle, pep8-naming, no QGIS or Qt outside the
QGIS rings) on the whole tree, and mypy on the core, both configured in ``pyproject.toml``.
They run inside the test suite so that the README's one test command is also the lint and
type check, and their findings are printed in the failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    exe = BIN / tool
    assert exe.exists(), f"{tool} is not installed in {BIN} (bash scripts/setup.sh --test)"
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)


def test_ruff_is_clean():
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_mypy_is_clean_on_the_core():
    result = run("mypy", "--no-incremental", "--cache-dir", "/dev/null")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Success" in result.stdout


def test_the_checks_can_fail(tmp_path):
    """Both tools, as configured, report a planted error (so a green run means something)."""
    bad = tmp_path / "layers"
    bad.mkdir()
    (bad / "planted.py").write_text("import os\nimport qgis.core\n\ndef f() -> int:\n"
                                    "    return 'text'\n")
    ruff = run("ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
               str(bad / "planted.py"))
    assert "F401" in ruff.stdout and "TID251" in ruff.stdout, ruff.stdout
    mypy = run("mypy", "--no-incremental", "--cache-dir", "/dev/null", "--config-file",
               str(ROOT / "pyproject.toml"), str(bad / "planted.py"))
    assert mypy.returncode == 1 and "Incompatible return value" in mypy.stdout, mypy.stdout
