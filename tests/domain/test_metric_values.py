"""A linked metric's baseline and target must hold values, and a year is no quantity (issue
15, finding 8: "baseline"/"target", "high"/"higher", ""/"Increase", "N/A"/"more" passed as
a baseline and a target; "More users in 2027" passed as a success metric, its year read as
the quantity)."""

from __future__ import annotations

import pytest
from domain_builders import TODAY, Builder, full_persona

from workshop.domain.evidence_check import Rule, Severity, check_persona
from workshop.domain.metric_wording import is_value, missing_parts
from workshop.domain.model import MetricKind, Section

NOT_VALUES = [
    "baseline", "target", "high", "higher", "", "Increase", "N/A", "more", "TBD", "Q3 2026",
    "by 2027", "June 30", "30 de junio de 2026", "double", "mehr", "plus élevé", "más",
]  # fmt: skip
VALUES = [
    "0", "38%", "45 %", "1,200 a month", "€40", "3.5/5", "38% in Q3 2026", "12 by June",
    "twelve a month", "2000 users", "0,8 %", "veinte al mes",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_VALUES)
def test_words_dates_and_placeholders_are_not_values(text: str) -> None:
    assert not is_value(text)


@pytest.mark.parametrize("text", VALUES)
def test_numbers_with_or_without_a_unit_or_a_date_are_values(text: str) -> None:
    assert is_value(text)


def linked(baseline: str, target: str):  # type: ignore[no-untyped-def]
    b = Builder()
    persona = full_persona(b, skip=(Section.METRIC_LINK,))
    item = b.item(
        persona,
        Section.METRIC_LINK,
        "30-day retention",
        notes=b.backed(2),
        metric_kind=MetricKind.RETENTION,
        metric_baseline=baseline,
        metric_target=target,
    )
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    return item, report, [f for f in report.findings if f.rule is Rule.METRICS]


@pytest.mark.parametrize(
    ("baseline", "target"),
    [("baseline", "target"), ("high", "higher"), ("", "Increase"), ("N/A", "more")],
)
def test_the_testers_baselines_and_targets_fail(baseline: str, target: str) -> None:
    item, report, [finding] = linked(baseline, target)
    assert not report.passes
    assert finding.item_id == item.id and finding.severity is Severity.ERROR
    given = ", ".join(f"'{v}'" for v in (baseline, target) if v)
    assert finding.message == (
        f"Linked metric '30-day retention' has no baseline or target that is a value "
        f"({given}): nobody can tell whether the persona moved it."
    )
    assert "A word such as 'higher' or a date alone is not a value." in finding.fix


def test_zero_is_a_value() -> None:
    _, report, found = linked("0", "5")
    assert found == [] and report.passes


@pytest.mark.parametrize(("baseline", "target"), [("0", "0"), ("40%", "40 %"), ("1,5", "1.5")])
def test_a_target_equal_to_its_baseline_asks_for_no_change(baseline: str, target: str) -> None:
    _, report, found = linked(baseline, target)
    assert [f.message for f in found] == [
        f"Linked metric '30-day retention' has the same baseline and target ('{target}'): "
        "it asks for no change."
    ]
    assert not report.passes


@pytest.mark.parametrize("guessed", ["TBD 50%", "38% (guess)", "38% (unknown)", "~40%", "≈50%"])
def test_a_guessed_value_is_not_a_value(guessed: str) -> None:
    _, report, found = linked(guessed, "")
    assert not report.passes and found
    _, report, found = linked(guessed, "60%")
    assert [f.severity.value for f in found] == ["warning"]
    assert "is marked as a guess or a placeholder, so it is not a value" in found[0].message


@pytest.mark.parametrize(
    ("metric", "missing"),
    [
        ("Reduce time by a lot within a reasonable time", "a quantity"),
        ("Reduce time by a lot within 2 weeks", "a quantity"),
        ("Reduce the number of complaints significantly over the next months", "a quantity"),
        ("Improve by 1 unit within some weeks", "a unit or time frame"),
        ("Reduce time by 0% within 1 week", "a change (a change of 0 asks for no change)"),
        ("Improve UX by 30% this year", "a way to measure it"),
        ("Reduce friction by 50%", "a way to measure it"),
    ],
)
def test_vague_amounts_times_and_things_are_not_measurable(metric: str, missing: str) -> None:
    assert any(part.startswith(missing) for part in missing_parts(metric))


@pytest.mark.parametrize(
    "metric",
    [
        "Finish review in under ten minutes",
        "Reduce time to first budget from 3 days to 1 day",
        "Improve UX task time by 30% within a month",
        "Raise the SUS usability score from 60 to 75 within 3 months",
        "Cut errors by 10 per week",
        "Reduce cost by 0.5 euros per month",
    ],
)
def test_measurable_metrics_stay_measurable(metric: str) -> None:
    assert missing_parts(metric) == []


def test_one_value_is_enough() -> None:
    _, report, found = linked("38%", "higher")
    assert found == [] and report.passes


@pytest.mark.parametrize(
    "text",
    [
        "More users in 2027",
        "Mehr Nutzer bis 2027",
        "Plus d'utilisateurs d'ici 2027",
        "Más usuarios en 2027",
        "Fewer tickets by June 30",
    ],
)
def test_a_year_or_a_date_is_a_time_frame_not_a_quantity(text: str) -> None:
    assert missing_parts(text) == ["a quantity"]
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    b.item(persona, Section.SUCCESS_METRIC, text, notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = [f for f in report.findings if f.rule is Rule.METRICS]
    assert "is not measurable: it does not give a quantity." in finding.message
    assert not report.passes


@pytest.mark.parametrize(
    "text",
    [
        "20% more users in 2027",
        "Save 2000 euros a year",
        "Grow revenue to $1M by 2027",
        "Finish weekly review in under 10 minutes",
    ],
)
def test_a_quantity_beside_a_year_still_counts(text: str) -> None:
    assert missing_parts(text) == []
