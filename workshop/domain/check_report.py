"""What the evidence check produces: findings, one report per persona, and their JSON and text.

See :mod:`workshop.domain.evidence_check` for the rules. ``rule`` ids and the JSON shape are
stable: scripts read ``persona-workshop check --json``.

JSON shape of :func:`to_json` (version 1; also in docs/check-json.md)::

    {"version": 1,
     "passes": bool,                       # no report is blocking
     "thresholds": str,                    # the thresholds used, in words
     "default_settings": {"min_sources": int, "max_age_days": int, "max_items_per_section": int},
     "counts": {"error": int, "warning": int, "note": int},
     "personas": [
       {"id": str, "name": str,
        "assumption_based": bool,          # proto-persona
        "passes": bool, "blocking": bool,
        "score": float,                    # 0..1, rounded to 3 places
        "items": {"total": int, "well_evidenced": int},
        "checked_on": "YYYY-MM-DD",
        "settings": {"min_sources": int, "max_age_days": int, "max_items_per_section": int},
        "settings_differ_from_defaults": [str],   # names of thresholds that are not defaults
        "counts": {"error": int, "warning": int, "note": int},
        "findings": [
          {"rule": str, "severity": "error" | "warning" | "note",
           "section": str | null,          # Section value, e.g. "pain_point"
           "item_id": str | null, "item": str | null,   # the item's id and text
           "message": str, "fix": str}]}]}
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from workshop.domain.model import CHECK_BOUNDS, CheckSettings, Section
from workshop.i18n import _, ngettext

JSON_VERSION = 1


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


class Rule(enum.StrEnum):
    GROUNDED = "grounded"
    SINGLE_ANECDOTE = "single-anecdote"
    ACTIONABLE = "actionable"
    METRICS = "metrics"
    FRESH = "fresh"
    NOISE_IRRELEVANT = "noise-irrelevant"
    NOISE_TOO_MANY = "noise-too-many"
    SEGMENT = "segment"
    ASSUMPTION_BASED = "assumption-based"
    THRESHOLDS = "thresholds"
    OPINION_NAMED = "opinion-named"
    COUNTED_BY_STUDY = "counted-by-study"


@dataclass(frozen=True)
class Finding:
    rule: Rule
    severity: Severity
    persona_id: str
    message: str
    fix: str
    item_id: str | None = None
    item_text: str = ""
    section: Section | None = None


@dataclass(frozen=True)
class PersonaReport:
    persona_id: str
    persona_name: str
    assumption_based: bool
    """A proto-persona: built on assumptions, always labelled so, allowed to fail."""
    findings: tuple[Finding, ...]
    items_total: int
    items_well_evidenced: int
    checked_on: date
    settings: CheckSettings

    @property
    def score(self) -> float:
        """Share of items well evidenced, 0..1 (0 for a persona with no items)."""
        return self.items_well_evidenced / self.items_total if self.items_total else 0.0

    @property
    def passes(self) -> bool:
        return self.count(Severity.ERROR) == 0

    @property
    def blocking(self) -> bool:
        """Fails, and is not a proto-persona (which is allowed to fail)."""
        return not self.passes and not self.assumption_based

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def findings_for(self, item_id: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.item_id == item_id)


def has_errors(reports: Iterable[PersonaReport]) -> bool:
    """True when any report is blocking: the CLI's exit status (proto-personas may fail)."""
    return any(r.blocking for r in reports)


def thresholds_line(settings: CheckSettings) -> str:
    """The thresholds a check used, in words, and whether they are the defaults: every
    report (plain, JSON, poster footer, deck) carries this line."""
    text = _(
        "at least {sources} distinct respondents per key claim, evidence at most {days} days "
        "old, at most {items} items per section"
    ).format(
        sources=settings.min_sources,
        days=settings.max_age_days,
        items=settings.max_items_per_section,
    )
    differ = settings.differs_from_default()
    if not differ:
        return _("{thresholds} (the defaults)").format(thresholds=text)
    defaults = CheckSettings()
    changed = ", ".join(f"{name} {getattr(defaults, name)}" for name in differ)
    return _("{thresholds} (NOT the defaults: {changed})").format(thresholds=text, changed=changed)


def thresholds_short(settings: CheckSettings) -> str:
    """The thresholds in a few words for print (a poster's footer): "Checked with 2
    respondents per key claim, 183 days, 7 items per section (defaults)" (respondents, or
    studies for analytics: what the check counts)."""
    text = _(
        "Checked with {sources} respondents per key claim, {days} days, {items} items per section"
    ).format(
        sources=settings.min_sources,
        days=settings.max_age_days,
        items=settings.max_items_per_section,
    )
    if settings.differs_from_default():
        return _("{thresholds} (NOT the defaults)").format(thresholds=text)
    return _("{thresholds} (defaults)").format(thresholds=text)


def _settings(settings: CheckSettings) -> dict[str, int]:
    return {name: getattr(settings, name) for name in CHECK_BOUNDS}


def _used(reports: Sequence[PersonaReport]) -> CheckSettings:
    return reports[0].settings if reports else CheckSettings()


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {str(s): 0 for s in Severity}
    for finding in findings:
        counts[str(finding.severity)] += 1
    return counts


def to_json(reports: Sequence[PersonaReport]) -> dict[str, object]:
    """The reports as plain JSON data, in the shape documented above (version 1)."""
    personas: list[dict[str, object]] = []
    for report in reports:
        personas.append(
            {
                "id": report.persona_id,
                "name": report.persona_name,
                "assumption_based": report.assumption_based,
                "passes": report.passes,
                "blocking": report.blocking,
                "score": round(report.score, 3),
                "items": {
                    "total": report.items_total,
                    "well_evidenced": report.items_well_evidenced,
                },
                "checked_on": report.checked_on.isoformat(),
                "settings": _settings(report.settings),
                "settings_differ_from_defaults": list(report.settings.differs_from_default()),
                "counts": _counts(report.findings),
                "findings": [
                    {
                        "rule": str(f.rule),
                        "severity": str(f.severity),
                        "section": str(f.section) if f.section is not None else None,
                        "item_id": f.item_id,
                        "item": f.item_text if f.item_id is not None else None,
                        "message": f.message,
                        "fix": f.fix,
                    }
                    for f in report.findings
                ],
            }
        )
    return {
        "version": JSON_VERSION,
        "passes": not has_errors(reports),
        "thresholds": thresholds_line(_used(reports)),
        "default_settings": _settings(CheckSettings()),
        "counts": _counts(f for r in reports for f in r.findings),
        "personas": personas,
    }


def to_text(reports: Sequence[PersonaReport]) -> str:
    """A plain-text report for the terminal: the day it was checked on (as the JSON's
    ``checked_on``) and the thresholds, then one block per persona, one line per finding."""
    if not reports:
        return _("No personas to check.")
    used = thresholds_line(_used(reports))
    checked = _("Checked on {date}.").format(date=reports[0].checked_on.isoformat())
    blocks: list[str] = [f"{checked}\n" + _("Thresholds: {thresholds}.").format(thresholds=used)]
    severities = {
        Severity.ERROR: _("error"),
        Severity.WARNING: _("warning"),
        Severity.NOTE: _("note"),
    }
    width = max(7, *(len(word) for word in severities.values()))
    for report in reports:
        verdict = _("passes") if report.passes else _("fails")
        label = _(" (proto-persona, assumption-based)") if report.assumption_based else ""
        summary = ngettext(
            "{name}{label}: {verdict}, {well} of {total} item well evidenced ({score}%)",
            "{name}{label}: {verdict}, {well} of {total} items well evidenced ({score}%)",
            report.items_total,
        )
        lines = [
            summary.format(
                name=report.persona_name,
                label=label,
                verdict=verdict,
                well=report.items_well_evidenced,
                total=report.items_total,
                score=round(report.score * 100),
            )
        ]
        for f in report.findings:
            lines.append(f"  {severities[f.severity]:<{width}} {f.message}")
            lines.append(" " * (width + 3) + _("Fix: {fix}").format(fix=f.fix))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
