"""The thresholds of the evidence check (a workshop setting): their defaults, their
documented bounds, and why a stored value cannot be used.

Pure data, no Qt, no SQL; import these from ``workshop.domain.model``.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_, _


@dataclass(frozen=True)
class CheckSettings:
    """Thresholds of the evidence check; a workshop setting, within ``CHECK_BOUNDS``."""

    min_sources: int = 2
    max_age_days: int = 183
    max_items_per_section: int = 7

    def __post_init__(self) -> None:
        for name in CHECK_BOUNDS:
            problem = check_setting_problem(name, getattr(self, name))
            if problem:
                raise ValueError(problem)

    def differs_from_default(self) -> tuple[str, ...]:
        """The names of the thresholds that are not the defaults."""
        defaults = CheckSettings()
        return tuple(n for n in CHECK_BOUNDS if getattr(self, n) != getattr(defaults, n))


#: The documented bounds of each threshold, inclusive (README, docs/check-json.md). Below
#: two sources a single anecdote would count as evidence; beyond two years nothing is stale.
CHECK_BOUNDS: dict[str, tuple[int, int]] = {
    "min_sources": (2, 20),
    "max_age_days": (30, 730),
    "max_items_per_section": (3, 20),
}

#: The thresholds in the facilitator's words, for messages.
CHECK_SETTING_WORDS: dict[str, str] = {
    "min_sources": N_("distinct respondents per key claim"),
    "max_age_days": N_("days before evidence is stale"),
    "max_items_per_section": N_("items per section at most"),
}


def check_setting_problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be the threshold ``name`` (a short phrase), or None if it can.

    Only whole numbers (not true/false, not text such as "3") within ``CHECK_BOUNDS``."""
    if name not in CHECK_BOUNDS:
        return _("'{name}' is not a threshold of the check (thresholds: {names})").format(
            name=name, names=", ".join(CHECK_BOUNDS)
        )
    low, high = CHECK_BOUNDS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        return _(
            "{name} ({words}) must be a whole number from {low} to {high}, not {value}"
        ).format(
            name=name, words=_(CHECK_SETTING_WORDS[name]), low=low, high=high, value=repr(value)
        )
    return None


def check_settings_problems(raw: object) -> list[str]:
    """Every reason the stored ``check`` settings cannot be used as they are."""
    if not isinstance(raw, dict):
        return [_("the check thresholds should be an object, not {value}").format(value=repr(raw))]
    problems = [check_setting_problem(str(name), value) for name, value in raw.items()]
    return [p for p in problems if p is not None]
