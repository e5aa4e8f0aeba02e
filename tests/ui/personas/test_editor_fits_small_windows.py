"""The persona editor never needs a horizontal scrollbar on common laptop and projector
window sizes (1280×720, 1280×800, 1600×900): long texts wrap, fields shrink."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget

from workshop.domain.model import Section, SourceKind
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.editor import PersonaEditor
from workshop.ui.personas.evidence_badge import EvidenceBadge


def show_editor(window: MainWindow, qtbot) -> PersonaEditor:  # type: ignore[no-untyped-def]
    dock = window.findChild(QDockWidget, "personaEditorDock")
    assert dock is not None
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.findChild(PersonaEditor) is not None)
    editor = window.findChild(PersonaEditor)
    assert editor is not None
    qtbot.waitUntil(editor.scroll_area.isVisible)
    return editor


@pytest.mark.parametrize("size", [(1280, 720), (1280, 800), (1600, 900)])
def test_the_persona_editor_has_no_horizontal_scrollbar(
    demo_window: MainWindow, qtbot, size: tuple[int, int]
) -> None:
    window = demo_window
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    editor = show_editor(window, qtbot)
    QApplication.processEvents()  # the layout requests the resize posted
    bar = editor.scroll_area.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()


@pytest.mark.parametrize("size", [(1280, 720), (1600, 900)])
def test_long_evidence_badges_and_texts_do_not_widen_the_editor(
    demo_window: MainWindow, qtbot, size: tuple[int, int]
) -> None:
    window = demo_window
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    editor = show_editor(window, qtbot)
    session = window.session
    assert session is not None
    kinds = [k for k in SourceKind if k is not SourceKind.ASSUMPTION]
    change = session.perform(
        lambda wf: wf.add_notes(
            [
                {
                    "text": f"seen in {kind}",
                    "x": 5000.0 + 200 * i,
                    "y": 5000.0,
                    "source_id": wf.add_source(f"A {kind} with a long name", kind).created[0],
                }
                for i, kind in enumerate(kinds)
            ]
        )
    )
    assert change is not None
    note_ids = list(change.created)[-len(kinds) :]
    for persona in session.snapshot().personas:
        editor.show_persona(persona.id)
        assert editor.add_item(Section.GOAL, "Wants_a_single_unbroken_identifier_" * 4)
        item = [i for i in session.snapshot().items if i.persona_id == persona.id][-1]
        editor.link_evidence(item.id, note_ids, [])
        QApplication.processEvents()  # the layout requests the resize posted
        bar = editor.scroll_area.horizontalScrollBar()
        badge = editor.sections[Section.GOAL].findChildren(EvidenceBadge)
        long_one = next(b for b in badge if "analytics" in b.text())
        assert long_one.width() < long_one.sizeHint().width()  # shrunk: its first words
        assert long_one.text() in long_one.toolTip()  # the whole text on hover
        short = next(b for b in badge if b is not long_one and b.text())
        assert short.width() == short.sizeHint().width()
        assert bar.maximum() == 0 and not bar.isVisible()
