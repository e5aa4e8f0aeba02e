"""Headless messages built in the domain speak the chosen language (German here)."""

from __future__ import annotations

from workshop.domain.model import check_setting_problem, check_settings_problems
from workshop.i18n import using_language


def test_a_bad_threshold_is_explained_in_german() -> None:
    with using_language("de"):
        said = check_setting_problem("min_sources", 0)
        assert said == (
            "min_sources (verschiedene Quellen pro Kernaussage) muss eine ganze Zahl von "
            "2 bis 20 sein, nicht 0"
        )
        assert check_setting_problem("colour", 3) is not None
        assert str(check_setting_problem("colour", 3)).startswith(
            "„colour“ ist kein Schwellenwert der Prüfung"
        )
        assert check_settings_problems([]) == [
            "die Schwellenwerte der Prüfung sollten ein Objekt sein, nicht []"
        ]
    assert str(check_setting_problem("min_sources", 0)).startswith("min_sources (distinct sources")
