"""Where the shipped files are: fonts, icons, the demo workshop and poster themes.

The same top-level ``resources/`` folder reaches the program three ways:

- **checkout**: running from a source tree (``pip install -e .`` or ``python -m workshop``
  in the project folder): ``<project>/resources/``.
- **installed**: from a wheel, where ``setup.py`` maps ``resources/`` into the package as
  ``workshop/resources_data/``.
- **frozen**: inside a PyInstaller bundle, where ``packaging/persona-workshop.spec`` copies it
  to ``resources/`` under ``sys._MEIPASS`` (``<bundle>/_internal/resources/``).

Everything that needs a shipped file asks ``resource_path("fonts", "x.ttf")``; nothing else
in the program works out install locations. Standard library only, so it is safe to import
from every layer.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath
from typing import Literal

ResourceMode = Literal["frozen", "installed", "checkout"]

#: Folder name of the resources inside a frozen bundle (matches the PyInstaller spec).
FROZEN_FOLDER = "resources"
#: Package the wheel installs the resources as (matches ``package_dir`` in ``setup.py``).
INSTALLED_FOLDER = "resources_data"
#: Folder name in a source checkout, next to the ``workshop`` package.
CHECKOUT_FOLDER = "resources"

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_mode() -> ResourceMode:
    """How this copy of the program was installed, as far as finding resources goes."""
    if getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None):
        return "frozen"
    if (_PACKAGE_DIR / INSTALLED_FOLDER).is_dir():
        return "installed"
    return "checkout"


def resources_root() -> Path:
    """The folder holding all shipped resources for the current install mode."""
    mode = resource_mode()
    if mode == "frozen":
        root = Path(sys._MEIPASS) / FROZEN_FOLDER  # type: ignore[attr-defined]
    elif mode == "installed":
        root = _PACKAGE_DIR / INSTALLED_FOLDER
    else:
        root = _PACKAGE_DIR.parent / CHECKOUT_FOLDER
    if not root.is_dir():
        raise FileNotFoundError(
            f"The program's resources folder is missing ({root}); the installation is "
            "incomplete, please reinstall Persona Workshop."
        )
    return root


def resource_path(*parts: str, must_exist: bool = True) -> Path:
    """The path of a shipped file or folder, e.g. ``resource_path("icons", "x.png")``.

    ``parts`` are relative, forward-slash names inside ``resources/`` (``"fonts/a.ttf"``
    works too); they may not climb out of it. With ``must_exist`` (the default) a missing
    resource raises ``FileNotFoundError`` naming it, which means a broken installation.
    """
    relative = PurePosixPath(*parts) if parts else PurePosixPath()
    if relative.is_absolute() or ".." in relative.parts or "\\" in str(relative):
        raise ValueError(f"resource names are relative paths inside resources/: {parts!r}")
    path = resources_root().joinpath(*relative.parts)
    if must_exist and not path.exists():
        raise FileNotFoundError(
            f"The resource {relative} is missing from {resources_root()}; the installation "
            "is incomplete, please reinstall Persona Workshop."
        )
    return path
