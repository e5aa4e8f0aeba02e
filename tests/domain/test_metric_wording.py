"""A feeling dressed up with numbers is not a measurable success metric (found from outside:
"Be happy every day, more than ever, 100%" passed the evidence check on a validated persona,
because it has a quantity, a time frame and a direction)."""

from __future__ import annotations

import pytest
from domain_builders import TODAY, Builder, full_persona

from workshop.domain.evidence_check import Rule, Severity, check_persona
from workshop.domain.metric_wording import is_measurable, missing_parts
from workshop.domain.model import Section

FEELING_PART = "a way to measure the feeling (a score, a rating, NPS or a survey)"


@pytest.mark.parametrize(
    "text",
    [
        "Be happy every day, more than ever, 100%",
        "Feel more in control of money each week: 1 less worry",
        "Users 50% more satisfied every month",
        "Less stressed about bills, 3 times a week",
        "Loves the app at least 5 days a week",
    ],
)
def test_a_feeling_with_numbers_but_no_instrument_is_not_measurable(text: str) -> None:
    assert missing_parts(text) == [FEELING_PART]
    assert not is_measurable(text)


@pytest.mark.parametrize(
    "text",
    [
        "Satisfaction score up 10 points per quarter",
        "Feels in control: confidence rating above 4/5 in the monthly survey",
        "CSAT for the weekly review above 80%",
        "Finish weekly review in under 10 minutes",  # no feeling at all
        "Reduce churn to 5%",
    ],
)
def test_a_feeling_measured_by_a_named_instrument_is_measurable(text: str) -> None:
    assert missing_parts(text) == []


def test_be_happy_still_says_first_what_any_metric_lacks() -> None:
    """The feeling is named only once the basic parts are there, so the first advice is
    the one every metric needs."""
    assert FEELING_PART not in missing_parts("Be happy")


def test_the_check_fails_a_validated_persona_whose_metric_is_a_dressed_up_feeling() -> None:
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,), status="validated")
    text = "Be happy every day, more than ever, 100%"
    b.item(persona, Section.SUCCESS_METRIC, text, notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = [f for f in report.findings if f.rule is Rule.METRICS]
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        f"Success metric '{text}' is not measurable: it does not give {FEELING_PART}."
    )
    assert not report.passes


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("NPS up 10 points by the end of the quarter", True),
        ("Support tickets down by 20% per month", True),
        ("Sign up in 5 minutes", False),  # "up" here is no direction
    ],
)
def test_up_or_down_by_an_amount_is_a_direction(text: str, measurable: bool) -> None:
    assert is_measurable(text) is measurable
