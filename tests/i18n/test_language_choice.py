"""Which language the program speaks: override, environment, system; English otherwise;
and the gettext catalogue following that choice (headless, no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.i18n import (
    _,
    choose_language,
    compiling,
    current_language,
    is_right_to_left,
    set_language,
    shipped_languages,
    using_language,
)
from workshop.i18n.preference import preference_file, read_preference, write_preference


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language(None)


def test_shipped_languages_are_english_and_the_catalogues() -> None:
    assert shipped_languages()[0] == "en"
    assert "de" in shipped_languages()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "de"}, "de"),
        ({"LANGUAGE": "xx:de_AT:en"}, "de"),  # the first shipped one of a list
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LC_ALL": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
        ({"LANGUAGE": "en", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "en"),  # a language not shipped: English, not the system's
    ],
)
def test_the_environment_decides(environ: dict[str, str], expected: str) -> None:
    assert choose_language(environ=environ) == expected


def test_the_override_beats_the_environment() -> None:
    assert choose_language("de", environ={"LANGUAGE": "en"}) == "de"
    assert choose_language("system", environ={"LANGUAGE": "de"}) == "de"
    assert choose_language("xx", environ={"LANGUAGE": "en"}) == "en"  # unknown: ignored


def test_the_override_is_remembered_in_the_config_folder() -> None:
    # tests/conftest.py points XDG_CONFIG_HOME into a temporary folder
    assert read_preference() is None
    write_preference("de")
    try:
        assert preference_file().read_text("utf-8").strip() == "de"
        assert read_preference() == "de"
        assert set_language(None) == "de"  # the CLI follows the app's choice
    finally:
        write_preference(None)
    assert read_preference() is None


def test_right_to_left_languages() -> None:
    assert is_right_to_left("ar") and is_right_to_left("he_IL.UTF-8")
    assert not is_right_to_left("de")


def test_messages_follow_the_chosen_language() -> None:
    set_language("en")
    assert _("No personas to check.") == "No personas to check."
    set_language("de")
    assert _("No personas to check.") == "Keine Personas zu prüfen."
    assert _("A string nobody translated") == "A string nobody translated"


def test_a_block_speaks_the_workshop_language() -> None:
    set_language("en")
    with using_language("de"):
        assert current_language() == "de"
        assert _("Goals") == "Ziele"
    assert _("Goals") == "Goals"
    with using_language(None):
        assert current_language() == "en"


def test_catalogues_are_compiled_into_the_cache_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    mo = compiling.compiled("de", "mo")
    qm = compiling.compiled("de", "qm")
    assert mo is not None and mo.parent == tmp_path / "persona-workshop" / "translations"
    assert qm is not None and qm.stat().st_size > 1000
    stamp = mo.stat().st_mtime_ns
    assert compiling.compiled("de", "mo") == mo and mo.stat().st_mtime_ns == stamp
    assert compiling.compiled("sv", "mo") is None  # not shipped


def test_an_unwritable_cache_falls_back_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(compiling.tempfile, "tempdir", None)
    mo = compiling.compiled("de", "mo")
    assert mo is not None and mo.is_relative_to(tmp_path / "tmp")


def test_stage_guidance_speaks_the_chosen_language() -> None:
    from workshop.domain.model import Stage
    from workshop.domain.stages import guide

    set_language("de")
    german = guide(Stage.VALIDATE)
    assert german.title == "An den Belegen validieren"
    assert german.guidance[0].startswith("Führen Sie die Belegprüfung durch")
    set_language("en")
    assert guide(Stage.VALIDATE).title == "Validate against the evidence"
