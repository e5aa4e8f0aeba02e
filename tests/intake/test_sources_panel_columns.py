"""The Sources panel keeps the source's name readable in a panel of its usual width (found
from outside: in the default 1920x1080 layout the Kind column took the width of "Assumption /
team opinion" and the Source column was cut to "Inter…" for every interview)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from workshop.domain.model import SourceKind
from workshop.store import create_workshop
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.session import WorkshopSession


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> Iterator[SourcesPanel]:  # type: ignore[no-untyped-def]
    wf = create_workshop(tmp_path / "w.pwshop", "Sources")
    wf.add_source("Interview P1 — Dana, working parent", SourceKind.INTERVIEW, date="2025-05-10")
    wf.add_source("Brainstorm with sales", SourceKind.ASSUMPTION)
    wf.add_source("Ticket #49102", SourceKind.SUPPORT_TICKET, date="2025-05-11")
    widget = SourcesPanel(WorkshopSession(wf))
    qtbot.addWidget(widget)
    widget.resize(330, 400)  # the dock's width in the default layout at 1920x1080
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    wf.close()


def widths(panel: SourcesPanel) -> list[int]:
    return [panel.tree.columnWidth(c) for c in range(4)]


def test_the_source_column_gets_the_room_in_a_narrow_panel(panel: SourcesPanel) -> None:
    source, kind, when, _notes = widths(panel)
    viewport = panel.tree.viewport().width()
    assert source >= kind and source >= when
    assert source >= viewport * 0.4, (widths(panel), viewport)
    assert when >= panel.tree.sizeHintForColumn(2)  # a date is short: never cut


def test_the_kind_takes_what_it_needs_when_there_is_room(qtbot, panel: SourcesPanel) -> None:  # type: ignore[no-untyped-def]
    panel.resize(900, 400)
    qtbot.waitUntil(lambda: panel.tree.viewport().width() > 800)
    qtbot.waitUntil(lambda: panel.tree.columnWidth(1) >= panel.tree.sizeHintForColumn(1))


def test_a_cut_kind_still_shows_in_full_on_hover(panel: SourcesPanel) -> None:
    found = panel.tree.findItems("Brainstorm with sales", Qt.MatchFlag.MatchExactly)
    assert found
    item: QTreeWidgetItem = found[0]
    assert item.toolTip(1) == "Assumption / team opinion"


def test_the_respondent_column_gives_way_in_a_narrow_panel_and_shows_on_hover(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    wf = create_workshop(tmp_path / "r.pwshop", "Respondents")
    priya = wf.add_respondent("Priya Nair", {"segment": "Manager"}).created[0]
    source = wf.add_source("Interview 3", SourceKind.INTERVIEW).created[0]
    wf.update_source(source, respondent_id=priya)
    panel = SourcesPanel(WorkshopSession(wf))
    qtbot.addWidget(panel)
    panel.resize(330, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.tree.isColumnHidden(4)
    (item,) = panel.tree.findItems("Interview 3", Qt.MatchFlag.MatchExactly)
    assert "Respondent: Priya Nair" in item.toolTip(0)
    assert item.text(4) == "Priya Nair"
    panel.resize(900, 400)
    qtbot.waitUntil(lambda: not panel.tree.isColumnHidden(4))
    source_width = panel.tree.columnWidth(0)
    assert source_width >= panel.tree.columnWidth(4)
    wf.close()
