"""Headless messages built in the domain speak the chosen language (German here)."""

from __future__ import annotations

from workshop.domain.model import check_setting_problem, check_settings_problems
from workshop.i18n import using_language


def test_a_bad_threshold_is_explained_in_german() -> None:
    with using_language("de"):
        said = check_setting_problem("min_sources", 0)
        assert said == (
            "min_sources (verschiedene befragte Personen pro Kernaussage) muss eine ganze Zahl von "
            "2 bis 20 sein, nicht 0"
        )
        assert check_setting_problem("colour", 3) is not None
        assert str(check_setting_problem("colour", 3)).startswith(
            "„colour“ ist kein Schwellenwert der Prüfung"
        )
        assert check_settings_problems([]) == [
            "die Schwellenwerte der Prüfung sollten ein Objekt sein, nicht []"
        ]
    assert str(check_setting_problem("min_sources", 0)).startswith(
        "min_sources (distinct respondents"
    )


def test_vote_targets_and_file_kinds_in_german() -> None:
    import stat

    from workshop.domain.file_kinds import FileKind, in_words, kind_of
    from workshop.domain.model import Cluster, WorkshopSnapshot
    from workshop.domain.vote_tallies import target_label

    snapshot = WorkshopSnapshot(workshop=None, clusters=[Cluster(id="c", title=" ")])  # type: ignore[arg-type]
    with using_language("de"):
        assert target_label(snapshot, "c", True) == "(Cluster ohne Titel)"
        assert target_label(snapshot, "gone", True) == "(entfernter Cluster)"
        assert target_label(snapshot, "gone", False) == "(entfernte Notiz)"
        assert kind_of(stat.S_IFDIR) is FileKind.FOLDER  # compared as a kind, in any language
        assert in_words(FileKind.FOLDER) == "ein Ordner"
        assert in_words(FileKind.NAMED_PIPE) == "eine benannte Pipe"
    assert in_words(FileKind.FOLDER) == "a folder"


def test_long_numbers_are_grouped_as_the_language_writes_them() -> None:
    from workshop.export.text import note_cut_notice
    from workshop.i18n import grouped

    assert grouped(1_000_031) == "1,000,031"
    with using_language("de"):
        assert grouped(1_000_031) == "1.000.031"
        assert grouped(999) == "999"
        said = note_cut_notice("x " * 15_000)
        assert said.endswith("ist 30.000 Zeichen lang; nur die ersten 20.000 werden gedruckt.")
    with using_language("fr"):
        assert grouped(20_000) == "20\u202f000"


def test_the_leftover_log_notice_is_german() -> None:
    from pathlib import Path

    from workshop.store.logs import stale_words

    with using_language("de"):
        kept = stale_words(Path("/tmp/w.pwshop-wal.kept"))
        dropped = stale_words(None)
    assert kept.startswith("ein übrig gebliebenes Änderungsprotokoll einer älteren Kopie")
    assert "als w.pwshop-wal.kept beiseitegelegt, nicht angewendet" in kept
    assert "es wurde nicht angewendet" in dropped
    assert "leftover" not in kept + dropped


def test_a_too_long_title_counts_its_characters_as_german_writes_numbers() -> None:
    from workshop.domain.limits import SHORT_TEXT_MAX, one_line_problem

    with using_language("de"):
        said = one_line_problem("x" * (SHORT_TEXT_MAX + 500), "der Titel")
    assert said is not None
    for number in (SHORT_TEXT_MAX + 500, SHORT_TEXT_MAX):  # "2.500", "2.000"
        assert f"{number:,}".replace(",", ".") in said
    assert "," not in said
