"""The app closes its workshop properly when the system asks it to stop, not only on Ctrl+C
(found from outside: SIGTERM, as sent at logout or by ``kill``, and SIGHUP, as sent when the
terminal that started the app is closed, killed the app on the spot: no closing safety
copy, the change log and session record left beside the workshop)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_the_app_closes_its_workshop_when_told_to_stop(
    tmp_path: Path, stop: signal.Signals
) -> None:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PERSONA_WORKSHOP_QUIT_AFTER_MS": "60000",  # a safety net: it should go long before
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "workshop", "--demo"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        # The offscreen platform says this as the window is shown, after the handlers are set.
        for line in process.stderr:
            if "propagateSizeHints" in line:
                break
        process.send_signal(stop)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 128 + stop, err
    assert "Traceback" not in err, err
    copies = list((tmp_path / "data").rglob("Budgeting app demo *.pwshop"))
    assert len(copies) == 1
    for side in ("-wal", "-session"):
        assert not copies[0].with_name(copies[0].name + side).exists()  # closed properly
