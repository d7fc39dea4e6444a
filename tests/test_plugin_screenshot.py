"""The screenshot script: real QGIS desktop under Xvfb with the packaged plugin, in Chinese and
English, at city scale and 1:25,000."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]


def test_screenshot_script_draws_qgis_with_the_plugin(qgis_app, sample_store, tmp_path):
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is not installed (apt-get install xvfb xauth)")
    out = tmp_path / "shots"
    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot_qgis.py"),
                             "--out-dir", str(out), "--store", str(store),
                             "--profile", str(tmp_path / "profile")],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    from qgis.PyQt.QtGui import QImage

    shots = sorted(p.name for p in out.glob("*.png"))
    assert shots == [f"qgis-smartcity-{lang}-{view}.png" for lang in ("en", "zh")
                     for view in ("25k", "city")]
    for name in shots:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1600, 1000), name
        # a real desktop, not a blank screen: many distinct colours across a sampled grid
        colours = {image.pixel(x, y) for x in range(0, 1600, 16) for y in range(0, 1000, 16)}
        assert len(colours) > 100, name
