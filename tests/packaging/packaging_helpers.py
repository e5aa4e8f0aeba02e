"""Shared by the packaging tests: where things are, and loading packaging/ scripts."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_packaging_module(relative: str) -> ModuleType:
    """Load a script from packaging/, e.g. ``load_packaging_module("bundle_config.py")``.

    packaging/ is not a Python package (that name belongs to the PyPI library), so its
    scripts are loaded from their files under names of their own.
    """
    path = PACKAGING / relative
    name = "persona_workshop_packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a child process, without PYTHONPATH and friends."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
