"""The PyInstaller spec, the Windows installer and the macOS bundle: checked here, built on
their own systems."""

from __future__ import annotations

import plistlib
import re
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest
from packaging_helpers import PACKAGING, ROOT, load_packaging_module

import workshop

config = load_packaging_module("bundle_config.py")
ISS = PACKAGING / "windows" / "persona-workshop.iss"
SPEC = PACKAGING / "persona-workshop.spec"


# -- bundle_config -------------------------------------------------------------------------


def test_bundle_names_come_from_the_package() -> None:
    assert (
        workshop.APP_NAME,
        workshop.APP_ID,
        workshop.__version__,
        workshop.FILE_SUFFIX,
    ) == (config.APP_NAME, config.APP_ID, config.VERSION, config.FILE_SUFFIX)
    assert config.ENTRY_SCRIPT.is_file()
    assert config.WINDOWS_ICON.is_file()
    assert config.MACOS_ICON.is_file()
    assert config.resource_datas() == [(str(ROOT / "resources"), "resources")]


def test_runtime_distributions_are_read_from_pyproject() -> None:
    names = config.runtime_distributions()
    assert {"PySide6", "reportlab", "platformdirs"} <= set(names)
    assert len(names) == len(set(names))
    assert set(config.installed_distributions()) <= set(names)


# -- macOS ---------------------------------------------------------------------------------


def test_macos_info_plist_declares_the_workshop_document_type() -> None:
    info = plistlib.loads(plistlib.dumps(config.macos_info_plist()))
    assert info["CFBundleIdentifier"] == workshop.APP_ID
    assert info["CFBundleShortVersionString"] == workshop.__version__
    (document,) = info["CFBundleDocumentTypes"]
    (exported,) = info["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [workshop.FILE_SUFFIX.lstrip(".")]
    assert (config.ICON_DIR / document["CFBundleTypeIconFile"]).is_file()


def test_macos_minimum_is_what_qt_6_11_runs_on() -> None:
    # Qt 6.11 (the PySide6 line bundled for Python 3.11) supports macOS 13 Ventura and later.
    assert config.macos_info_plist()["LSMinimumSystemVersion"] == "13.0"


# -- Windows -------------------------------------------------------------------------------


def _iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "(.*)"$', text, flags=re.M))


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_windows_installer_associates_workshop_files() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = _iss_defines(text)
    assert defines["AppId"] == workshop.APP_ID
    assert defines["AppName"] == workshop.APP_NAME
    assert defines["FileSuffix"] == workshop.FILE_SUFFIX
    assert defines["ProgId"] == config.WINDOWS_PROGID
    assert len(defines["ProgId"]) <= 39
    assert " " not in defines["ProgId"]
    assert defines["ExeName"] == f"{config.BUNDLE_NAME}.exe"
    assert defines["BundleDir"].endswith(f"\\dist\\{config.BUNDLE_NAME}")

    sections = _iss_sections(text)
    assert {"Setup", "Files", "Icons", "Registry", "Run"} <= set(sections)
    assert "ChangesAssociations=yes" in sections["Setup"]
    registry = "\n".join(sections["Registry"])
    assert r'Subkey: "Software\Classes\{#FileSuffix}\OpenWithProgids"' in registry
    assert r'"Software\Classes\{#ProgId}\shell\open\command"' in registry
    assert '""{app}\\{#ExeName}"" ""%1""' in registry


def test_windows_installer_refers_only_to_what_exists() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = _iss_defines(text)
    used = set(re.findall(r"\{#(\w+)", text)) - {"StringChange"}
    assert used - set(defines) == {"AppVersion"}  # passed on the command line: /DAppVersion=
    setup = dict(line.split("=", 1) for line in _iss_sections(text)["Setup"])
    icon = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == config.WINDOWS_ICON
    for line in _iss_sections(text)["Registry"] + _iss_sections(text)["Files"]:
        assert line.count('"') % 2 == 0, f"unbalanced quotes: {line}"


# -- the PyInstaller spec ------------------------------------------------------------------


class _Recorder:
    """Stands in for one of PyInstaller's spec classes and keeps what it was given."""

    made: ClassVar[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = []

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        _Recorder.made.append((self.kind, args, kwargs))
        result = type(self.kind, (), {})()
        result.pure, result.scripts, result.binaries, result.datas = [], [], [], []
        return result


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_one_folder_with_resources(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(name, name)]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.made = []
    names = {kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, {"SPECPATH": str(PACKAGING), "__file__": str(SPEC), **names})

    made: dict[str, list[dict[str, Any]]] = {}
    for kind, args, kwargs in _Recorder.made:
        made.setdefault(kind, []).append({"args": args, **kwargs})
    (analysis,) = made["Analysis"]
    assert analysis["args"][0] == [str(config.ENTRY_SCRIPT)]
    assert (str(ROOT / "resources"), "resources") in analysis["datas"]
    # The bundle has no lrelease: its translations are compiled at build time.
    compiled = ROOT / "build" / "translations"
    assert (str(compiled), "resources/translations/compiled") in analysis["datas"]
    assert (compiled / "persona_workshop_de.qm").is_file()
    assert (compiled / "persona_workshop_de.mo").is_file()
    assert ("reportlab", "reportlab") in analysis["datas"]  # metadata for the About dialog
    exe_names = [exe["name"] for exe in made["EXE"]]
    assert exe_names[0] == config.BUNDLE_NAME
    assert (config.CONSOLE_NAME in exe_names) == (platform == "win32")
    assert all(exe["exclude_binaries"] for exe in made["EXE"])  # one folder, not one file
    (collect,) = made["COLLECT"]
    assert collect["name"] == config.BUNDLE_NAME
    if platform == "darwin":
        (bundle,) = made["BUNDLE"]
        assert bundle["bundle_identifier"] == workshop.APP_ID
        assert bundle["info_plist"] == config.macos_info_plist()
        assert bundle["icon"].endswith(".icns")
    else:
        assert "BUNDLE" not in made


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6\\Qt6Pdf.dll", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ],
)
def test_unused_qt_parts_are_left_out(name: str, kept: bool) -> None:
    assert config.keep_binary(name) is kept


def test_every_qt_module_the_program_imports_stays_in_the_bundle() -> None:
    imported = set()
    for source in (ROOT / "workshop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.Qt(\w+)", source.read_text(encoding="utf-8")))
    assert {"Core", "Gui", "Widgets", "Pdf"} <= imported
    for module in sorted(imported):
        for library in (f"PySide6/Qt/lib/libQt6{module}.so.6", f"PySide6\\Qt6{module}.dll"):
            assert config.keep_binary(library), f"the bundle would lack {library}"
        assert config.keep_binary(f"PySide6/Qt{module}.abi3.so")


def test_build_script_tidies_links_to_left_out_parts(tmp_path: Path) -> None:
    build_bundle = load_packaging_module("build_bundle.py")
    (tmp_path / "real.so").write_bytes(b"x")
    (tmp_path / "kept.so").symlink_to(tmp_path / "real.so")
    (tmp_path / "gone.so").symlink_to(tmp_path / "left-out.so")
    assert build_bundle.remove_dangling_links(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.so", "real.so"]
    assert build_bundle.BUNDLE_NAME == config.BUNDLE_NAME
