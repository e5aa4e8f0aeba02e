"""The window says counts by each language's plural rule: French uses the singular for 0
and 1 ("0 note", "1 note", "2 notes"), English and German the plural for 0."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from workshop.demo import fresh_demo_copy
from workshop.domain.model import WorkshopSnapshot
from workshop.store import open_workshop
from workshop.ui.board.cluster_item import counts_text
from workshop.ui.facilitation.vote_overlay import dots
from workshop.ui.personas.evidence_picker import EvidencePicker
from workshop.ui.translators import install_translators, remove_translators


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    workshop = open_workshop(fresh_demo_copy(tmp_path_factory.mktemp("demo")), read_only=True)
    try:
        return workshop.snapshot()
    finally:
        workshop.close()


def in_language(qapp, language: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, language)
    assert installed, f"no {language} catalogue was installed"
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from in_language(qapp, "fr")


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from in_language(qapp, "de")


def picker_labels(qtbot, demo: WorkshopSnapshot) -> list[str]:  # type: ignore[no-untyped-def]
    """The Link evidence dialog's count as nothing, one and two notes are ticked (Enter on
    a row ticks it)."""
    persona = next(p for p in demo.personas if demo.items_of(p.id))
    item = demo.items_of(persona.id)[0]
    picker = EvidencePicker(demo, persona, item)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.pool_box.setChecked(False)
    said = [picker.chosen_label.text()]
    rows = [
        picker.filter.index(row, 0)
        for row in range(picker.filter.rowCount())
        if picker.filter.index(row, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    ]
    for index in rows[:2]:
        picker.list.setFocus()
        picker.list.setCurrentIndex(index)
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
        said.append(picker.chosen_label.text())
    return said


def test_french_counts_take_the_singular_for_zero_and_one(
    french: None,
    qtbot,  # type: ignore[no-untyped-def]
    demo: WorkshopSnapshot,
) -> None:
    assert picker_labels(qtbot, demo) == ["0 note choisie", "1 note choisie", "2 notes choisies"]
    assert [counts_text(n, 0) for n in (0, 1, 2)] == ["0 note", "1 note", "2 notes"]
    assert [dots(n) for n in (0, 1, 2)] == ["0 gommette", "1 gommette", "2 gommettes"]


def test_english_counts_take_the_plural_for_zero(qtbot, demo: WorkshopSnapshot) -> None:  # type: ignore[no-untyped-def]
    assert picker_labels(qtbot, demo) == ["0 notes chosen", "1 note chosen", "2 notes chosen"]
    assert [counts_text(n, 0) for n in (0, 1, 2)] == ["0 notes", "1 note", "2 notes"]
    assert counts_text(2, 1) == "2 notes · 1 vote"


def test_german_counts_take_the_plural_for_zero(
    german: None,
    qtbot,  # type: ignore[no-untyped-def]
    demo: WorkshopSnapshot,
) -> None:
    assert picker_labels(qtbot, demo) == [
        "0 Notizen gewählt",
        "1 Notiz gewählt",
        "2 Notizen gewählt",
    ]
    assert counts_text(0, 1) == "0 Notizen · 1 Stimme"


def test_large_counts_are_grouped_as_the_language_groups_them(qapp) -> None:  # type: ignore[no-untyped-def]
    from workshop.ui.plurals import plural

    def rows(n: int) -> str:
        return plural("%Ln row of data", "%Ln rows of data", n)

    assert [rows(1), rows(12345)] == ["1 row of data", "12,345 rows of data"]
    for language, said in (
        ("de", "12.345 Datenzeilen"),
        ("fr", "12\u202f345 lignes de données"),
        ("es", "12.345 filas de datos"),
    ):
        installed = install_translators(qapp, language)
        try:
            assert rows(12345) == said, language
        finally:
            remove_translators(qapp, installed)
