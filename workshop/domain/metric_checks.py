"""The evidence check's ``metrics`` rule: a persona says what success looks like in a way
that can be measured (``metric_wording.missing_parts``), and is linked to a business metric
whose baseline or target is a value from the team's data (``metric_wording.is_value``), not
a placeholder, a guess or a word ("higher"), and which asks for a change.
"""

from __future__ import annotations

from workshop.domain.check_findings import Findings, quote
from workshop.domain.check_report import Rule, Severity
from workshop.domain.metric_wording import is_guessed, is_value, missing_parts, same_value
from workshop.domain.model import PersonaItem, Section
from workshop.domain.placeholders import is_placeholder
from workshop.i18n import _


def check_metrics(found: Findings, items: list[PersonaItem]) -> None:
    """The ``metrics`` rule: a measurable success metric, and a linked business metric
    with a kind and a baseline or target that is a value."""
    present = {i.section for i in items}
    if Section.SUCCESS_METRIC not in present:
        found.add(
            Rule.METRICS,
            Severity.ERROR,
            _("No success metric: it does not say what success looks like for this persona."),
            _("Add one measurable outcome, e.g. 'finish weekly review in under 10 minutes'."),
            section=Section.SUCCESS_METRIC,
        )
    if Section.METRIC_LINK not in present:
        found.add(
            Rule.METRICS,
            Severity.ERROR,
            _("Not linked to any business metric."),
            _(
                "Add a linked metric: how this persona moves conversion, activation, retention "
                "or expansion."
            ),
            section=Section.METRIC_LINK,
        )
    for item in items:
        if item.section is Section.SUCCESS_METRIC and (missing := missing_parts(item.text)):
            found.add(
                Rule.METRICS,
                Severity.ERROR,
                _("Success metric {item} is not measurable: it does not give {missing}.").format(
                    item=quote(item.text), missing=_and_list(missing)
                ),
                _(
                    "Say how much, in what unit or time, and which way, e.g. 'finish weekly "
                    "review in under 10 minutes'."
                ),
                item=item,
            )
        if item.section is not Section.METRIC_LINK:
            continue
        if item.metric_kind is None:
            found.add(
                Rule.METRICS,
                Severity.WARNING,
                _("Linked metric {item} does not say which metric it moves.").format(
                    item=quote(item.text)
                ),
                _("Choose its kind: conversion, activation, retention, expansion or other."),
                item=item,
            )
        if not is_value(item.metric_baseline) and not is_value(item.metric_target):
            found.add(Rule.METRICS, Severity.ERROR, *_no_value(item), item=item)
            continue
        _check_linked_values(found, item)


def _check_linked_values(found: Findings, item: PersonaItem) -> None:
    """A guessed baseline or target beside a real one ("38% (guess)"), and a target equal
    to its baseline (it asks for no change)."""
    for value in (item.metric_baseline, item.metric_target):
        if is_guessed(value):
            found.add(
                Rule.METRICS,
                Severity.WARNING,
                _(
                    "Linked metric {item}: {value} is marked as a guess or a placeholder, "
                    "so it is not a value."
                ).format(item=quote(item.text), value=quote(value.strip())),
                _("Give the number from your data, or leave it empty until you have it."),
                item=item,
            )
    if same_value(item.metric_baseline, item.metric_target):
        found.add(
            Rule.METRICS,
            Severity.ERROR,
            _(
                "Linked metric {item} has the same baseline and target ({value}): it asks "
                "for no change."
            ).format(item=quote(item.text), value=quote(item.metric_target.strip())),
            _("Give the value you aim for as the target, different from today's baseline."),
            item=item,
        )


def _no_value(item: PersonaItem) -> tuple[str, str]:
    """What to say of a linked metric whose baseline and target hold no value: nothing,
    only placeholders ("TBD"), or words that are not values ("higher", "Q3 2026")."""
    held = [v.strip() for v in (item.metric_baseline, item.metric_target) if v.strip()]
    said = ", ".join(quote(v) for v in held)
    if not held:
        message = _(
            "Linked metric {item} has neither a baseline nor a target: nobody can tell "
            "whether the persona moved it."
        )
    elif all(is_placeholder(v) for v in held):
        message = _(
            "Linked metric {item} has neither a baseline nor a target, only "
            "placeholders ({placeholders}): nobody can tell whether the persona moved it."
        )
    else:
        message = _(
            "Linked metric {item} has no baseline or target that is a value ({given}): "
            "nobody can tell whether the persona moved it."
        )
        return (
            message.format(item=quote(item.text), given=said),
            _(
                "Give numbers from your data: today's value (the baseline), the value you aim "
                "for (the target), or both, such as '38%' and '45%'. A word such as 'higher' "
                "or a date alone is not a value."
            ),
        )
    return (
        message.format(item=quote(item.text), placeholders=said),
        _(
            "Give today's value from your data (the baseline), the value you aim for "
            "(the target), or both."
        ),
    )


def _and_list(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} or {last}").format(first=", ".join(parts[:-1]), last=parts[-1])
