"""Every menu of the window, in English, German, French and Spanish, with the demo open:
each &-key (Alt+F, then the underlined letter) leads to one entry only. A letter two
entries share only moves between them: Alt+F, B reached "Restore from Backup…" and never
"Export Board…".

The menus are opened as the facilitator opens them (a click on the menu bar, a
right-click), read while they are up, and closed with Esc.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QMenuBar

from tests.ui.popups import Entry, accelerator, key_clashes, right_click, seen_popup
from workshop.app import install_language
from workshop.demo import fresh_demo_copy
from workshop.ui.board.feature import BoardFeature
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.feature import PersonaFeature
from workshop.ui.translators import remove_translators

LANGUAGES = ("en", "de", "fr", "es")


@pytest.fixture(params=LANGUAGES)
def language(
    request: pytest.FixtureRequest,
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    code = str(request.param)
    monkeypatch.setenv("LANGUAGE", code)
    installed = install_language(qapp) if code != "en" else []
    assert code == "en" or installed, f"no {code} catalogue was installed"
    yield code
    remove_translators(qapp, installed)


@pytest.fixture
def demo(language: str, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    yield window
    window.close_workshop()


def click_menu_bar(qtbot, bar: QMenuBar, index: int) -> list[Entry] | None:  # type: ignore[no-untyped-def]
    action = [a for a in bar.actions() if a.isVisible()][index]
    at = bar.actionGeometry(action).center()
    return seen_popup(qtbot, lambda: qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=at))


def test_each_key_of_each_menu_bar_menu_leads_to_one_entry(
    language: str,
    demo: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    bar = demo.menuBar()
    titles = [a.text() for a in bar.actions() if a.isVisible()]
    assert len(titles) == 7, titles  # File, Edit, View, Board, Personas, Workshop, Help
    clashes = key_clashes([Entry(t, True) for t in titles], "menu bar")
    opened = {}
    for index, title in enumerate(titles):
        entries = click_menu_bar(qtbot, bar, index)
        assert entries, f"{title} did not open"
        opened[title] = entries
        clashes += key_clashes(entries, title)
    assert not clashes, clashes
    # Every menu was read whole: the File menu has its exports and imports, the Board
    # menu its submenus filled.
    file_menu = opened[titles[0]]
    assert len(file_menu) >= 15, [e.text for e in file_menu]
    board = opened[titles[3]]
    assert sum(1 for e in board if e.submenu) == 3
    assert all(accelerator(e.text) for e in board), [e.text for e in board]


def board_of(window: MainWindow) -> BoardFeature:
    return next(f for f in window._features if isinstance(f, BoardFeature))


def test_each_key_of_each_right_click_menu_leads_to_one_entry(
    language: str,
    demo: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    feature = board_of(demo)
    view, scene = feature.view, feature.scene
    qtbot.waitUntil(lambda: not feature.restore_pending)
    view.zoom_to_fit()
    viewport = view.viewport()
    menus: dict[str, list[Entry] | None] = {}

    empty = next(
        QPoint(x, y)
        for x in range(10, viewport.width(), 40)
        for y in range(10, viewport.height(), 40)
        if view.item_at(QPoint(x, y)) is None
    )
    menus["board"] = right_click(qtbot, viewport, empty)
    note = next(iter(scene.notes.values()))
    view.centerOn(note.sceneBoundingRect().center())
    menus["note"] = right_click(
        qtbot, viewport, view.mapFromScene(note.sceneBoundingRect().center())
    )
    cluster = next(iter(scene.clusters.values()))
    view.centerOn(cluster)
    band = cluster.sceneBoundingRect()
    on_title = view.mapFromScene(QPointF(band.center().x(), band.top() + 12))
    assert view.item_at(on_title) is cluster
    menus["cluster"] = right_click(qtbot, viewport, on_title)
    # With the cluster selected the Board menu names what it does to it ("Rename Cluster",
    # "Remove Cluster Frame" in place of "Edit Note", "Delete"): its keys change too.
    assert cluster.isSelected()
    menus["Board menu, a cluster selected"] = click_menu_bar(qtbot, demo.menuBar(), 3)

    docks = {d.objectName(): d for d in demo.findChildren(QDockWidget)}
    sources_dock = docks["sourcesDock"]
    sources_dock.raise_()
    panel = sources_dock.findChild(SourcesPanel)
    assert panel is not None
    qtbot.waitUntil(panel.tree.isVisible)
    first = panel.tree.topLevelItem(0)
    assert first is not None
    menus["source"] = right_click(
        qtbot, panel.tree.viewport(), panel.tree.visualItemRect(first).center()
    )
    docks["personaListDock"].raise_()
    personas = docks["personaListDock"].findChild(QListWidget)
    assert personas is not None
    qtbot.waitUntil(personas.isVisible)
    second = personas.item(1)
    menus["persona"] = right_click(
        qtbot, personas.viewport(), personas.visualItemRect(second).center()
    )
    # An item of the persona editor: its text's menu has the item's actions and the text's
    # own (Cu&t, &Copy, &Paste, in the language's words).
    editor_dock = docks["personaEditorDock"]
    editor_dock.show()
    editor_dock.raise_()
    editor = next(f for f in demo._features if isinstance(f, PersonaFeature)).editor
    row = next(r for s in editor.sections.values() for r in s.rows.values())
    qtbot.waitUntil(row.isVisible)
    editor.scroll_area.ensureWidgetVisible(row)
    menus["item text"] = right_click(qtbot, row.text_edit, row.text_edit.rect().center())

    assert all(menus.values()), [name for name, seen in menus.items() if not seen]
    # The cluster's own entries ("Rename Cluster", "Remove Cluster Frame") are in its menu.
    assert len(menus["cluster"] or []) >= 12
    assert sum(1 for e in menus["item text"] or [] if accelerator(e.text)) >= 3
    clashes = [c for name, seen in menus.items() for c in key_clashes(seen or [], name)]
    assert not clashes, clashes
