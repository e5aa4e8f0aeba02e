"""Compare personas: the list on the left shows the demo's names whole in a 1280×800
window ("Sam, the side-hustler (assumption-based)"); a name too long for any list is
shortened with "…" and whole in its tooltip, and the list keeps to its share."""

from __future__ import annotations

from pathlib import Path

from workshop.demo import fresh_demo_copy
from workshop.store import open_workshop
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.compare_view import PICKER_SHARE, CompareView
from workshop.ui.personas.feature import PersonaFeature


def _compare(window: MainWindow, qtbot: object) -> CompareView:
    persona = next(f for f in window._features if isinstance(f, PersonaFeature))
    view = persona.show_compare()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    return view


def test_the_demos_names_are_whole_at_1280_by_800(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    window.resize(1280, 800)
    window.attach(open_workshop(fresh_demo_copy(tmp_path / "demo")))
    view = _compare(window, qtbot)
    picker = view.picker
    titles = [picker.item(row).text() for row in range(picker.count())]
    assert "Sam, the side-hustler (assumption-based)" in titles
    widest = max(picker.fontMetrics().horizontalAdvance(t) for t in titles)
    assert picker.viewport().width() >= widest + 20  # the check box's room too
    assert picker.viewport().width() >= picker.sizeHintForColumn(0)
    for row in range(picker.count()):
        assert picker.item(row).text() in picker.item(row).toolTip()
    assert view.width() <= window.width()


def test_a_name_too_long_is_shortened_and_whole_in_its_tooltip(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    window.resize(1280, 800)
    workshop = open_workshop(fresh_demo_copy(tmp_path / "demo"))
    long_name = "Dana, the working parent who " + "also runs a side business " * 8
    dana = next(p for p in workshop.snapshot().personas if p.name.startswith("Dana"))
    workshop.update_persona(dana.id, name=long_name.strip())
    window.attach(workshop)
    view = _compare(window, qtbot)
    picker = view.picker
    assert picker.width() <= PICKER_SHARE * view.splitter.width() + 1
    item = next(
        picker.item(r) for r in range(picker.count()) if picker.item(r).text() == long_name.strip()
    )
    assert long_name.strip() in item.toolTip()
