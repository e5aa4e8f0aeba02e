"""Every string of the window (.ts) and every message id (.po) is translated in each
shipped language, no translation breaks its placeholders, and the committed sources match a
fresh extraction from the code (so a new string without a translation fails here)."""

from __future__ import annotations

import gettext
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from i18n_helpers import load_update_script

from workshop.i18n.compiling import PLURAL_SEPARATOR, CatalogueError, mo_bytes, parse_po

update = load_update_script()
TRANSLATIONS: Path = update.TRANSLATIONS
LANGUAGES = sorted(p.stem.removeprefix(update.PREFIX) for p in TRANSLATIONS.glob("*.po"))
#: Python format fields ({0}, {name}, {0:.0f}), Qt's %n, %Ln and %1, printf's %s and %d,
#: and argparse's %(prog)s and %r.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%L?n|%\d|%s|%d|%r")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def ts_messages(language: str) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of every message in the language's .ts; a count (a
    numerus message) gives one row per form, its first form with the English singular as
    its source, the others with the English plural."""
    root = ET.parse(TRANSLATIONS / f"{update.PREFIX}{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        if message.get("numerus") == "yes":
            plural = message.findtext("comment") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] or [""]
            found += [
                (source if i == 0 else plural, form, translation.get("type"))
                for i, form in enumerate(forms)
            ]
        else:
            found.append((source, translation.text or "", translation.get("type")))
    return found


def ts_counts(language: str) -> dict[tuple[str, str], list[str]]:
    """Every count of the window ((English singular, plural): its forms) in the .ts."""
    root = ET.parse(TRANSLATIONS / f"{update.PREFIX}{language}.ts").getroot()
    return {
        (m.findtext("source") or "", m.findtext("comment") or ""): [
            f.text or "" for f in m.iter("numerusform")
        ]
        for m in root.iter("message")
        if m.get("numerus") == "yes"
    }


def untranslated_ids(language: str, sources: list[Path]) -> list[str]:
    """Message ids used in ``sources`` that the language's .po does not translate."""
    po = parse_po((TRANSLATIONS / f"{update.PREFIX}{language}.po").read_text("utf-8"))
    return sorted(text for text in update.message_ids(sources) if not po.get(text))


def test_german_is_shipped() -> None:
    assert "de" in LANGUAGES
    assert (TRANSLATIONS / "persona_workshop_de.ts").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_string_is_translated(language: str) -> None:
    messages = ts_messages(language)
    assert len(messages) > 700  # the whole window, not a sample
    missing = [s for s, t, kind in messages if not t or kind in {"unfinished", "vanished"}]
    assert not missing, f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"


def _fields(text: str) -> list[str]:
    """The placeholders of a count's form but its number (a singular may leave it out:
    "Delete note", "Supprimer la note")."""
    return [p for p in placeholders(text) if p not in ("%n", "%Ln")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_window_translation_breaks_its_placeholders(language: str) -> None:
    counts = ts_counts(language)
    english = {text for pair in counts for text in pair}
    broken = [
        (s, t)
        for s, t, _kind in ts_messages(language)
        if (_fields(s) != _fields(t) if s in english else placeholders(s) != placeholders(t))
    ]
    assert not broken, broken[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_count_has_the_forms_of_its_language(language: str) -> None:
    """Each count has one form per plural form of the language (two for de, fr, es), and
    the plural form says the number."""
    counts = ts_counts(language)
    assert len(counts) > 20  # the window's counts are numerus messages
    wrong = [
        (one, forms)
        for (one, _many), forms in counts.items()
        if len(forms) != update.plural_count(language) or not re.search("%L?n", forms[-1])
    ]
    assert not wrong, wrong[:5]


def test_a_window_count_reaches_lupdate_as_a_numerus_message(tmp_path: Path) -> None:
    module = tmp_path / "panel.py"
    module.write_text(
        "from workshop.ui.plurals import plural\n\n"
        "LABEL = plural('%n brand-new card', '%n brand-new cards', 3)\n"
    )
    calls = update.tr_helper_calls([module])
    assert (
        "QCoreApplication.translate('Counts', '%n brand-new card', '%n brand-new cards', 1)"
        in calls
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_accelerators_are_kept(language: str) -> None:
    """A menu entry with an &-key keeps one in translation (keyboard use)."""
    lost = [
        (s, t)
        for s, t, _kind in ts_messages(language)
        if re.search(r"&\w", s) and not re.search(r"&\w", t)
    ]
    assert not lost, lost[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_id_is_translated(language: str) -> None:
    missing = untranslated_ids(language, update.headless_sources())
    assert len(update.message_ids(update.headless_sources())) > 150
    assert not missing, f"{language}: untranslated {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_translation_breaks_its_placeholders(language: str) -> None:
    po = parse_po((TRANSLATIONS / f"{update.PREFIX}{language}.po").read_text("utf-8"))
    broken = [
        (k, form)
        for k, v in po.items()
        if k
        for form in v.split(PLURAL_SEPARATOR)
        # every form of a plural message keeps the plural id's fields ({count})
        if placeholders(k.split(PLURAL_SEPARATOR)[-1]) != placeholders(form)
    ]
    assert not broken, broken[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_every_form_of_the_language(language: str) -> None:
    po = parse_po((TRANSLATIONS / f"{update.PREFIX}{language}.po").read_text("utf-8"))
    plurals = [k for k in update.message_ids(update.headless_sources()) if PLURAL_SEPARATOR in k]
    assert plurals  # counts are said with ngettext
    wrong = [
        k for k in plurals if len(po[k].split(PLURAL_SEPARATOR)) != update.plural_count(language)
    ]
    assert not wrong, wrong[:5]


def test_a_plural_message_round_trips_through_po_and_mo(tmp_path: Path) -> None:
    source = tmp_path / "plural.py"
    source.write_text(
        "from workshop.i18n import ngettext\n\n"
        'TEXT = ngettext("{count} card", "{count} cards", 2)\n'
    )
    ids = update.message_ids([source])
    assert list(ids) == ["{count} card" + PLURAL_SEPARATOR + "{count} cards"]
    empty = update.po_text(ids, {}, "fr")
    assert 'msgid_plural "{count} cards"' in empty and 'msgstr[1] ""' in empty
    assert parse_po(empty).keys() == {""}  # untranslated forms: not in the catalogue
    key = next(iter(ids))
    written = update.po_text(
        ids, {key: "{count} carte" + PLURAL_SEPARATOR + "{count} cartes"}, "fr"
    )
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in written
    catalogue = gettext.GNUTranslations(io.BytesIO(mo_bytes(parse_po(written))))
    assert catalogue.ngettext("{count} card", "{count} cards", 0) == "{count} carte"  # French
    assert catalogue.ngettext("{count} card", "{count} cards", 1) == "{count} carte"
    assert catalogue.ngettext("{count} card", "{count} cards", 2) == "{count} cartes"


def test_a_plural_with_a_missing_form_is_untranslated() -> None:
    text = 'msgid "{count} a"\nmsgid_plural "{count} as"\nmsgstr[0] "{count} x"\nmsgstr[1] ""\n'
    assert parse_po(text) == {}
    with pytest.raises(CatalogueError, match="msgstr\\[1\\]"):
        parse_po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n')


def test_a_new_message_without_translation_is_caught(tmp_path: Path) -> None:
    new = tmp_path / "new_rule.py"
    new.write_text('from workshop.i18n import _\n\nMESSAGE = _("A brand-new finding")\n')
    missing = untranslated_ids("de", [*update.headless_sources(), new])
    assert missing == ["A brand-new finding"]


def test_a_new_plural_message_without_translation_is_caught(tmp_path: Path) -> None:
    new = tmp_path / "new_count.py"
    new.write_text(
        "from workshop.i18n import ngettext\n\n"
        'TEXT = ngettext("{count} brand-new card", "{count} brand-new cards", 3)\n'
    )
    missing = untranslated_ids("de", [*update.headless_sources(), new])
    assert missing == ["{count} brand-new card" + PLURAL_SEPARATOR + "{count} brand-new cards"]


def test_a_new_helper_string_reaches_lupdate(tmp_path: Path) -> None:
    """``_tr("…")`` helpers are written out as literal translate calls for lupdate."""
    module = tmp_path / "panel.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text):\n    return QCoreApplication.translate('Panel', text)\n\n"
        "LABEL = _tr('Brand-new label')\n"
    )
    calls = update.tr_helper_calls([module])
    assert "QCoreApplication.translate('Panel', 'Brand-new label')" in calls


def test_committed_sources_match_a_fresh_extraction() -> None:
    """lupdate over the window's code and the gettext extraction change nothing: every
    string in the code is in the .ts/.po (and so under the completeness tests above)."""
    assert update.main(["--check"]) == 0


def test_mo_written_here_reads_back_with_gettext() -> None:
    entries = parse_po(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\nmsgid "Half done"\nmsgstr "Halb"\n\n'
        'msgid "Goal {item}"\nmsgstr ""\n"Ziel "\n"{item}"\n\n'
        'msgid "Two\\nlines"\nmsgstr "Zwei\\nZeilen"\n\n'
        'msgid "Untranslated"\nmsgstr ""\n'
    )
    assert "Half done" not in entries and "Untranslated" not in entries
    catalogue = gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))
    assert catalogue.gettext("Goal {item}") == "Ziel {item}"
    assert catalogue.gettext("Two\nlines") == "Zwei\nZeilen"
    assert catalogue.gettext("Untranslated") == "Untranslated"


def test_a_broken_po_line_is_named() -> None:
    with pytest.raises(CatalogueError, match=r"x\.po line 2"):
        parse_po('msgid "a"\nmsgstr a\n', "x.po")


def test_a_count_made_plural_keeps_the_translations_of_the_two_messages_it_replaces() -> None:
    """Code that said ``_("1 note")``/``_("{count} notes")`` and now says
    ``ngettext("{count} note", "{count} notes", n)`` keeps what a translator wrote."""
    key = "{count} note" + PLURAL_SEPARATOR + "{count} notes"
    bare = "{count} opinion" + PLURAL_SEPARATOR + "{count} opinions"
    inside = "{done} of {count} item" + PLURAL_SEPARATOR + "{done} of {count} items"
    odd = "{count} kind" + PLURAL_SEPARATOR + "{count} kinds"
    ids = {key: ["a.py"], bare: ["a.py"], inside: ["a.py"], odd: ["a.py"]}
    old = {
        "1 note": "1 note (fr)",
        "{count} notes": "{count} notes (fr)",
        "opinion": "avis",
        "opinions": "avis (pl)",
        "{done} of 1 item": "{done} sur 1 élément",
        "{done} of {count} items": "{done} sur {count} éléments",
        "1 kind": "une sorte",  # no number to put {count} in: left for a translator
        "{count} kinds": "{count} sortes",
    }
    carried = update.carried_plurals(ids, old, "fr")
    assert carried == {
        key: "{count} note (fr)" + PLURAL_SEPARATOR + "{count} notes (fr)",
        bare: "{count} avis" + PLURAL_SEPARATOR + "{count} avis (pl)",
        inside: "{done} sur {count} élément" + PLURAL_SEPARATOR + "{done} sur {count} éléments",
    }
    assert update.carried_plurals(ids, {**old, key: "x\0y"}, "fr").get(key) is None
