"""French is shipped and reads as French: the catalogues answer in French with the
glossary's terms (resources/translations/GLOSSARY.md, « Français »), and every translation
keeps French typography (a non-breaking space before : ; ? ! and %, inside « », the
apostrophe ’), so a string added later in the wrong style is caught here."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from i18n_helpers import ROOT

from workshop.i18n import _, choose_language, set_language, shipped_languages, using_language
from workshop.i18n.compiling import parse_po

TRANSLATIONS = ROOT / "resources" / "translations"
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language(None)


def french_translations() -> list[tuple[str, str]]:
    """(English, French) of every window string and every message."""
    root = ET.parse(TRANSLATIONS / "persona_workshop_fr.ts").getroot()
    window = [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")
    ]
    po = parse_po((TRANSLATIONS / "persona_workshop_fr.po").read_text("utf-8"), "fr.po")
    return window + [(k, v) for k, v in po.items() if k]


def test_french_is_shipped_and_chosen_from_the_locale() -> None:
    assert "fr" in shipped_languages()
    assert choose_language(environ={"LANG": "fr_FR.UTF-8"}) == "fr"
    assert choose_language(environ={"LANGUAGE": "fr_CA:en"}) == "fr"


def test_messages_speak_french_with_the_glossary_terms() -> None:
    with using_language("fr"):
        assert _("Evidence check") == "Vérification des preuves"
        assert _("Pain points and fears") == "Points de friction et craintes"
        assert _("{count} notes not in any cluster").format(count=3) == "3 notes dans aucun groupe"
        assert _("Fix: {fix}").format(fix="x") == f"À corriger{NBSP}: x"
    assert _("Evidence check") == "Evidence check"  # outside the block: as before


def test_french_follows_french_typography() -> None:
    spaced = re.compile(r"[ \t][:;?!%»]|« |'|\"")  # an ordinary space, or straight quotes
    glued = re.compile(r"[^\s\d+=-][:;?!](?!\w)")  # « mot; » « quoi? »
    wrong = []
    for english, french in french_translations():
        text = re.sub(r"\{[^{}]*\}|;;", "", french)  # format fields and Qt's filter separator
        if spaced.search(text) or glued.search(text):
            wrong.append((english, french))
    assert not wrong, wrong[:5]


def test_french_uses_the_glossary_not_the_anglicisms() -> None:
    """« cluster » is « groupe », evidence is « preuves » (never « évidence »), an assumption
    is « hypothèse »."""
    banned = re.compile(r"\bclusters?\b|évidences?|suppositions?", re.IGNORECASE)
    found = [(e, f) for e, f in french_translations() if banned.search(f)]
    assert not found, found[:5]


def test_the_glossary_has_a_french_section() -> None:
    glossary = (TRANSLATIONS / "GLOSSARY.md").read_text("utf-8")
    french = glossary.split("## Français", 1)[1]
    for line in ("point de friction", "| cluster ", "preuves", "hypothèse"):
        assert line in french
