"""The bundle's smoke test (packaging/build_bundle.py --smoke), checked without PyInstaller:
its checks on their own, then the whole run against a stand-in bundle whose program is
the source checkout."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest
from packaging_helpers import ROOT, load_packaging_module
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from workshop.app import QUIT_AFTER_ENV

build_bundle = load_packaging_module("build_bundle.py")

INFO_OUTPUT = """Title:        Budgeting app
Sources:      35
Notes:        73
Clusters:     6
Personas:     2
Votes:        18
"""


def make_pdf(path: Path, pages: int) -> Path:
    drawing = canvas.Canvas(str(path), pagesize=A4)
    for number in range(pages):
        drawing.drawString(72, 72, f"Page {number + 1}")
        drawing.showPage()
    drawing.save()
    return path


def stand_in_bundle(folder: Path) -> Path:
    """A folder laid out like the one-folder build, its program running the checkout as a
    frozen program does: ``sys.frozen``, resources from ``_internal``, itself as
    ``sys.executable``."""
    bundle = folder / build_bundle.BUNDLE_NAME
    shutil.copytree(ROOT / "resources", bundle / "_internal" / "resources")
    program = build_bundle.executable(bundle)
    frozen = (
        "import sys; sys.frozen = True; "
        f"sys._MEIPASS = {str(bundle / '_internal')!r}; sys.executable = {str(program)!r}; "
        "from workshop.cli import main; sys.exit(main())"
    )
    program.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -c "{frozen}" "$@"\n',
        encoding="utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return bundle


def test_the_smoke_test_and_the_app_agree_on_the_quit_variable() -> None:
    assert build_bundle.QUIT_AFTER_ENV == QUIT_AFTER_ENV


def test_the_persona_count_is_read_from_info() -> None:
    assert build_bundle.persona_count(INFO_OUTPUT) == 2
    with pytest.raises(SystemExit, match="no persona count"):
        build_bundle.persona_count("Title: Budgeting app\n")


@pytest.mark.parametrize("pages", [1, 3])
def test_pages_are_counted_with_and_without_pypdf(
    tmp_path: Path, pages: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_pdf(tmp_path / "x.pdf", pages)
    assert build_bundle.pdf_page_count(pdf) == pages
    monkeypatch.setitem(sys.modules, "pypdf", None)  # the build venv without pypdf
    assert build_bundle.pdf_page_count(pdf) == pages


def test_a_poster_with_a_page_missing_fails_the_smoke_test(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "posters.pdf", 1)
    with pytest.raises(SystemExit, match="1 pages for 2 personas"):
        build_bundle.check_poster(pdf, 2)
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(SystemExit, match=r"empty\.pdf is not a PDF"):
        build_bundle.check_poster(tmp_path / "empty.pdf", 2)


def test_a_poster_in_another_font_fails_the_smoke_test(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "helvetica.pdf", 2)  # ReportLab's built-in Helvetica only
    with pytest.raises(SystemExit, match="not set in the bundled Noto Sans"):
        build_bundle.check_poster(pdf, 2)


def test_a_font_missing_from_the_bundle_is_named(tmp_path: Path) -> None:
    bundle = tmp_path / "persona-workshop"
    shutil.copytree(ROOT / "resources", bundle / "_internal" / "resources")
    assert build_bundle.bundled_resources(bundle) == bundle / "_internal" / "resources"
    (bundle / "_internal" / "resources" / "fonts" / "Symbola.ttf").unlink()
    with pytest.raises(SystemExit, match=r"not in the bundle: fonts/Symbola\.ttf"):
        build_bundle.bundled_resources(bundle)
    with pytest.raises(SystemExit, match="no resources folder"):
        build_bundle.bundled_resources(tmp_path / "empty")


@pytest.mark.skipif(os.name == "nt", reason="the stand-in bundle's program is a POSIX sh script")
def test_the_whole_smoke_test_passes_on_a_stand_in_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = stand_in_bundle(tmp_path)
    build_bundle.smoke(bundle)
    out = capsys.readouterr().out
    assert "persona-workshop --version" in out
    assert "persona-workshop --demo" in out
    assert "poster demo.pwshop --all --size A2 -o demo-posters.pdf" in out
    assert "demo-posters.pdf: 2 pages" in out
    if sys.platform.startswith("linux"):
        assert f"menu entry runs {build_bundle.executable(bundle)} %f" in out
        assert "desktop-integration uninstall --prefix" in out


@pytest.mark.skipif(os.name == "nt", reason="the stand-in bundle's program is a POSIX sh script")
def test_a_program_that_fails_stops_the_smoke_test_saying_which_step(tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path)
    program = build_bundle.executable(bundle)
    program.write_text('#!/bin/sh\necho "Persona Workshop 0.0.0"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"--version says 'Persona Workshop 0\.0\.0'"):
        build_bundle.smoke(bundle)
    program.write_text(
        f'#!/bin/sh\ncase "$1" in --demo) echo "no window" >&2; exit 3;; esac\n'
        f'PYTHONPATH="{ROOT}" exec "{sys.executable}" -m workshop "$@"\n',
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match=r"(?s)exit 3\): persona-workshop --demo.*no window"):
        build_bundle.smoke(bundle)
