"""The measurable-metric check reads German, French and Spanish wording as well as English:
a quantity, a unit or time frame and a direction, in any of them (a room in Berlin writes
its success metrics in German, whatever language the laptop speaks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from domain_builders import TODAY, Builder, full_persona

from workshop.domain.check_report import Finding, PersonaReport, Rule, Severity
from workshop.domain.evidence_check import check_persona
from workshop.domain.metric_wording import is_measurable, missing_parts
from workshop.domain.model import Section
from workshop.i18n import set_language


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # German
        ("Wöchentliche Übersicht in unter 10 Minuten abschließen", True),
        ("Mindestens 3 Budgets pro Woche anlegen", True),
        ("Abwanderung auf 5 % senken", True),
        ("Zwei Stunden im Monat sparen", True),
        ("Höchstens 2 Klicks bis zur Übersicht", True),
        ("Von 25 auf 10 Minuten", True),
        ("glücklich sein", False),
        ("Fühlt sich sicher", False),
        ("10 Minuten", False),  # no direction
        ("Unter 10", False),  # no unit or time frame
        ("Weniger Stress haben", False),  # no quantity, no unit
        ("Schnellere Übersichten", False),
        # French
        ("Terminer la revue hebdomadaire en moins de 10 minutes", True),
        ("Au moins 3 budgets par semaine", True),
        ("Être heureux", False),
        ("Se sentir en contrôle", False),
        # Spanish
        ("Completar la revisión semanal en menos de 10 minutos", True),
        ("Ahorrar dos horas al mes", True),
        ("Ser feliz", False),
        ("Sentirse en control", False),
    ],
)
def test_metrics_are_read_in_other_languages(text: str, measurable: bool) -> None:
    assert is_measurable(text) is measurable
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    b.item(persona, Section.SUCCESS_METRIC, text, notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.passes is measurable


def test_a_german_vague_metric_fails_in_german_and_says_what_it_lacks() -> None:
    set_language("de")
    assert missing_parts("glücklich sein") == [
        "eine Menge",
        "eine Einheit oder einen Zeitrahmen",
        "eine Richtung",
    ]
    assert missing_parts("In unter 10 Minuten") == []
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    b.item(persona, Section.SUCCESS_METRIC, "glücklich sein", notes=b.backed(2))
    [finding] = of_metrics(check_persona(b.snapshot, persona.id, today=TODAY))
    assert finding.severity is Severity.ERROR
    assert finding.message.startswith("Die Erfolgskennzahl „glücklich sein“ ist nicht messbar")


def test_english_words_added_by_other_languages_do_not_make_a_vague_metric_pass() -> None:
    # "media", "an" and bare "por"/"par" are left out: they would count as parts in English
    assert not is_measurable("Grow our social media presence every week")
    assert not is_measurable("Become an expert 2x faster")
    assert not is_measurable("Mejorar la confianza por 2 razones")


def of_metrics(report: PersonaReport) -> list[Finding]:
    return [f for f in report.findings if f.rule is Rule.METRICS]
