"""A finding of the evidence check clicked in the demo at 1280×720: the persona editor
comes to the front with the finding's item highlighted, the whole of its row in view (it
used to be scrolled to while the editor was still a few pixels high, and ended half off
the top)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt

from workshop.demo import fresh_demo_copy
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.feature import PersonaFeature
from workshop.ui.personas.item_row import ItemRow


def row_in_view(row: ItemRow) -> bool:
    area = row.parentWidget()
    while area is not None and area.objectName() != "qt_scrollarea_viewport":
        area = area.parentWidget()
    assert area is not None
    top_left = row.mapTo(area, QPoint(0, 0))
    seen = not row.visibleRegion().isEmpty()  # not behind another panel's tab
    return seen and area.rect().contains(QRect(top_left, row.size()))


def test_a_finding_clicked_brings_its_whole_item_into_view(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window.resize(1280, 720)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    feature = next(f for f in window._features if isinstance(f, PersonaFeature))
    feature.check_dock.show()
    feature.check_dock.raise_()
    panel = feature.check_panel
    tree = panel.tree
    qtbot.waitUntil(tree.isVisible)
    # The editor waits behind the check's tab, as it does at this size.
    assert feature.editor_dock.visibleRegion().isEmpty()

    findings = [
        item
        for persona in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        if persona is not None
        for item in (persona.child(j) for j in range(persona.childCount()))
        if item is not None and "Grow savings from side income" in item.text(0)
    ]
    assert findings, "the demo's finding about Sam's goal is not listed"
    tree.scrollToItem(findings[0])
    at = tree.visualItemRect(findings[0]).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)

    editor = feature.editor
    qtbot.waitUntil(lambda: not editor.visibleRegion().isEmpty())
    row = next(
        r
        for s in editor.sections.values()
        for r in s.rows.values()
        if r.item.text.startswith("Grow savings from side income")
    )
    assert row.text_edit.hasFocus()
    qtbot.waitUntil(lambda: row_in_view(row))
    # ...and it stays there once everything has settled.
    qtbot.waitUntil(lambda: editor._revealing is None)
    assert row_in_view(row)
