"""What goes into the desktop bundle: names, files, icons and the macOS document type.

Read by ``packaging/persona-workshop.spec`` (PyInstaller) and by the packaging tests, so
the values the bundle is built with are the ones that are checked. Name, version and ids
come from the ``workshop`` package itself; nothing here repeats them.

Plain Python, no PyInstaller import: it loads anywhere.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import workshop  # noqa: E402  (needs ROOT on sys.path when run from the spec)

APP_NAME: str = workshop.APP_NAME
APP_ID: str = workshop.APP_ID
VERSION: str = workshop.__version__
FILE_SUFFIX: str = workshop.FILE_SUFFIX
ORGANISATION: str = workshop.ORGANISATION

#: The one-folder build's folder and executable name: dist/persona-workshop/persona-workshop
BUNDLE_NAME = "persona-workshop"
#: Windows only: a console twin of the executable, for --version and the headless verbs.
CONSOLE_NAME = "persona-workshop-cli"
#: macOS application bundle: dist/Persona Workshop.app
MACOS_APP = f"{APP_NAME}.app"
#: The uniform type identifier of a workshop file on macOS.
DOCUMENT_UTI = f"{APP_ID.rsplit('.', 1)[0]}.workshop".lower()
DOCUMENT_KIND = "Persona Workshop file"
#: The Windows ProgID of a workshop file (no spaces, at most 39 characters).
WINDOWS_PROGID = "PersonaWorkshop.Workshop.1"

ENTRY_SCRIPT = ROOT / "workshop" / "__main__.py"
RESOURCES = ROOT / "resources"
ICON_DIR = RESOURCES / "icons"
WINDOWS_ICON = ICON_DIR / "persona-workshop.ico"
MACOS_ICON = ICON_DIR / "persona-workshop.icns"

#: Never part of the app, even when installed in the build venv.
EXCLUDES = ["tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "IPython"]
#: Qt parts PySide6's hooks pull in through plugins we never use (the virtual keyboard
#: input method drags in Qt Quick and QML; the PDF image-format plugin). Qt PDF itself
#: stays: the export preview and printing render pages with it.
UNUSED_QT_PARTS = (
    "qtvirtualkeyboardplugin",
    "qt6virtualkeyboard",
    "qt6quick",
    "qt6qml",
    "qpdf.",
)


def keep_binary(dest_name: str) -> bool:
    """Whether a library PyInstaller found belongs in the bundle."""
    base = dest_name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return not any(part in base for part in UNUSED_QT_PARTS)


def resource_datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas``: resources/ lands at <bundle>/resources (workshop.resources)."""
    return [(str(RESOURCES), "resources")]


def translation_datas(build: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: the translations compiled now into ``build`` (the bundle has
    no lrelease to compile them at first start), at resources/translations/compiled."""
    from workshop.i18n.compiling import PREBUILT_FOLDER, compile_all

    compile_all(build)
    return [(str(build), f"resources/translations/{PREBUILT_FOLDER}")]


def runtime_distributions() -> list[str]:
    """Names of the runtime dependencies in pyproject.toml (their metadata is bundled, so
    the About dialog can show versions and licences)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = []
    for requirement in project.get("dependencies", []):
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match and match[1] not in names:
            names.append(match[1])
    return names


def installed_distributions() -> list[str]:
    """Those runtime dependencies actually installed in the build environment."""
    found = []
    for name in runtime_distributions():
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(name)
    return found


def macos_info_plist() -> dict[str, Any]:
    """Info.plist entries for the macOS bundle: identity and the workshop document type."""
    extension = FILE_SUFFIX.lstrip(".")
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": VERSION,
        "CFBundleVersion": VERSION,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "The Persona Workshop authors; GPL-3.0-or-later",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "13.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": DOCUMENT_KIND,
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DOCUMENT_UTI],
                "CFBundleTypeIconFile": MACOS_ICON.name,
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOCUMENT_UTI,
                "UTTypeDescription": DOCUMENT_KIND,
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": MACOS_ICON.name,
                "UTTypeTagSpecification": {
                    "public.filename-extension": [extension],
                    "public.mime-type": ["application/x-persona-workshop"],
                },
            }
        ],
    }
