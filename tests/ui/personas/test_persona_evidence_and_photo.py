"""Linking evidence with the picker (the keyboard way), and the persona's photo."""

from __future__ import annotations

import io
from pathlib import Path

from persona_screen import PersonaScreen
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop.domain.model import Section
from workshop.io.avatar import AvatarShape


def _goal_row(screen: PersonaScreen, text: str = "A simple weekly routine"):  # type: ignore[no-untyped-def]
    persona = screen.editor.persona_id
    screen.session.perform(lambda wf: wf.add_item(persona, Section.GOAL, text))
    goals = screen.editor.sections[Section.GOAL]
    return goals.rows[goals.order[-1]]


def test_the_picker_searches_notes_and_links_the_chosen_ones(screen: PersonaScreen) -> None:
    research = screen.research
    screen.session.set_selection([], [research.routine])
    screen.actions.from_clusters_action.trigger()
    row = _goal_row(screen)
    row.menu.aboutToShow.emit()
    link = next(a for a in row.menu.actions() if a.text() == "Link evidence…")
    link.trigger()
    picker = screen.editor.picker
    assert picker is not None and picker.isVisible()
    # The persona was drafted from "Weekly routine": its notes come first, alone.
    assert picker.pool_box.isChecked()
    assert sorted(picker.visible_note_ids()) == sorted(
        [research.notes["sunday"], research.notes["ten"]]
    )
    picker.pool_box.setChecked(False)
    assert len(picker.visible_note_ids()) == 5
    # Search looks at the note and at its source ("tickets" finds the support ticket's note).
    picker.search.setText("tickets")
    assert picker.visible_note_ids() == [research.notes["late"]]
    picker.search.setText("SUNDAY evening")
    assert picker.visible_note_ids() == [research.notes["sunday"]]
    picker.search.clear()
    assert not picker.link_button.isEnabled()
    picker.set_chosen(research.notes["sunday"])
    picker.set_chosen(research.notes["late"])
    assert picker.chosen_label.text() == "2 notes chosen"
    picker.link_button.click()
    assert row.badge.text() == "2 notes · 2 sources (interview, support ticket)"
    QApplication.processEvents()
    # Linked notes show as linked next time, and cannot be chosen twice.
    screen.editor.pick_evidence(row.item.id)
    again = screen.editor.picker
    assert again is not None and again is not picker
    again.set_chosen(research.notes["sunday"])
    assert again.chosen_note_ids() == []
    again.reject()
    assert row.badge.text() == "2 notes · 2 sources (interview, support ticket)"


def _photo(tmp_path: Path) -> Path:
    image = Image.new("RGB", (300, 200), "#3366cc")
    for x in range(120, 180):  # a "face" in the middle
        for y in range(40, 100):
            image.putpixel((x, y), (250, 220, 180))
    path = tmp_path / "sam.png"
    out = io.BytesIO()
    image.save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_photo_is_cropped_round_and_undone_in_one_step(
    screen: PersonaScreen, tmp_path: Path, monkeypatch
) -> None:
    screen.actions.new_persona()
    editor = screen.editor
    monkeypatch.setattr(editor, "ask_photo_path", lambda: _photo(tmp_path))
    assert not editor.fields.photo.has_photo
    editor.fields.photo.choose_action.trigger()
    dialog = editor.crop_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.box == (50, 0, 200)  # the largest square, centred
    dialog.area.setFocus()
    for _ in range(3):
        dialog.area.keyPressEvent(_key(Qt.Key.Key_Right))
    assert dialog.box == (80, 0, 200)
    dialog.size_slider.setValue(100)
    assert dialog.box[2] == 100
    dialog.circle_button.setChecked(True)
    assert dialog.shape is AvatarShape.CIRCLE
    dialog.accept()
    persona = screen.session.snapshot().personas[0]
    assert persona.photo_asset_id is not None
    [asset] = screen.session.snapshot().assets
    assert (asset.mime, asset.width, asset.height) == ("image/png", 100, 100)
    data = screen.session.workshop.load_asset(asset.id)
    assert data is not None
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.mode == "RGBA"
        assert stored.getpixel((0, 0))[3] == 0  # round: the corners are see-through
        assert stored.getpixel((50, 50))[3] == 255
    assert editor.fields.photo.has_photo
    screen.session.undo.undo()  # photo and its stored image go together
    assert screen.session.snapshot().personas[0].photo_asset_id is None
    assert screen.session.snapshot().assets == []
    assert not editor.fields.photo.has_photo
    screen.session.undo.redo()
    editor.fields.photo.remove_action.trigger()
    assert screen.session.snapshot().personas[0].photo_asset_id is None


def test_a_file_that_is_not_a_photo_gets_a_clear_message(
    screen: PersonaScreen, tmp_path: Path, monkeypatch
) -> None:
    screen.actions.new_persona()
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture", encoding="utf-8")
    monkeypatch.setattr(screen.editor, "ask_photo_path", lambda: notes)
    screen.editor.choose_photo()
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox")
    ]
    assert len(boxes) == 1
    assert "this is not an image" in boxes[0].text()  # type: ignore[attr-defined]
    assert "notes.png" in boxes[0].text()  # type: ignore[attr-defined]
    boxes[0].close()
    assert screen.editor.crop_dialog is None


def _key(key: Qt.Key):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
