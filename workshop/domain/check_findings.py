"""The findings of one persona's check as they are gathered, and how messages name things.

Shared by the rules in :mod:`workshop.domain.evidence_check` and
:mod:`workshop.domain.freshness_rules`.
"""

from __future__ import annotations

from workshop.domain.check_report import SEVERITY_RANK, Finding, Rule, Severity
from workshop.domain.model import PersonaItem, Section
from workshop.i18n import N_, _

#: One item's section in the singular, for messages.
ITEM_LABELS: dict[Section, str] = {
    Section.GOAL: N_("Goal"),
    Section.MOTIVATION: N_("Motivation"),
    Section.PAIN_POINT: N_("Pain point"),
    Section.CONSTRAINT: N_("Constraint"),
    Section.CONTEXT_OF_USE: N_("Context of use"),
    Section.TRIGGER: N_("Buying trigger"),
    Section.DECISION_CRITERION: N_("Decision criterion"),
    Section.OBJECTION: N_("Objection"),
    Section.JOB_TO_BE_DONE: N_("Job to be done"),
    Section.CHANNEL: N_("Channel"),
    Section.SUCCESS_METRIC: N_("Success metric"),
    Section.METRIC_LINK: N_("Linked metric"),
    Section.OTHER: N_("Detail"),
}


class Findings:
    """The findings of one persona, gathered rule by rule; ``sorted`` puts errors first."""

    def __init__(self, persona_id: str) -> None:
        self.persona_id = persona_id
        self.items: list[Finding] = []

    def add(
        self,
        rule: Rule,
        severity: Severity,
        message: str,
        fix: str,
        *,
        item: PersonaItem | None = None,
        section: Section | None = None,
    ) -> None:
        self.items.append(
            Finding(
                rule=rule,
                severity=severity,
                persona_id=self.persona_id,
                message=message,
                fix=fix,
                item_id=item.id if item else None,
                item_text=item.text if item else "",
                section=item.section if item else section,
            )
        )

    def sorted(self) -> tuple[Finding, ...]:
        return tuple(sorted(self.items, key=lambda f: SEVERITY_RANK[f.severity]))


def item_label(item: PersonaItem) -> str:
    """The item as messages name it: Goal 'A simple weekly routine'."""
    return _("{section} {item}").format(section=_(ITEM_LABELS[item.section]), item=quote(item.text))


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return _("'{text}'").format(text=text)  # the language's quotation marks
