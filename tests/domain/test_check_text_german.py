"""The check's text report counts items in the language's plural forms (German here)."""

from __future__ import annotations

from domain_builders import TODAY, Builder

from workshop.domain.check_report import to_text
from workshop.domain.evidence_check import check_workshop
from workshop.domain.model import Section
from workshop.i18n import using_language


def report_text(items: int) -> str:
    b = Builder()
    persona = b.persona("Planer")
    for number in range(items):
        b.item(persona, Section.GOAL, f"Ziel {number}", notes=b.backed(2))
    with using_language("de"):
        return to_text(check_workshop(b.snapshot, today=TODAY))


def test_one_item_and_several_items_in_german() -> None:
    assert "von 1 Eintrag gut belegt" in report_text(1).splitlines()[3]
    assert "von 2 Einträgen gut belegt" in report_text(2).splitlines()[3]
