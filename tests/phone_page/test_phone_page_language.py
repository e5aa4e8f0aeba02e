"""The phone page speaks the room's language: the app runs in German or French, and a
phone (a real headless Chromium at 390x844, against the app's real server in this process)
shows the page in it: ``<html lang>``, the buttons, labels and aria-labels, the counters
with their plural forms and numbers as the language writes them, the page's own refusals
and the app's, the stage, the round closing and the session ending. Nothing on the way is
cut off or scrolls sideways (German words are long).

``PHONE_PAGE_SHOTS=/tmp/phone-lang pytest tests/phone_page/test_phone_page_language.py``
leaves full-page screenshots of every step.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.phone_page.browser import PHONE_VIEWPORT, Browser, Phone
from tests.phone_page.conftest import SHOTS
from workshop.domain.model import Stage, VoteTarget
from workshop.domain.stages import guide
from workshop.i18n import set_language
from workshop.phones.session import SessionChoices
from workshop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    # As in test_phone_page.py: Qt's own noise when a phone's WebSocket goes away.
    pytest.mark.qt_log_ignore(
        r"^QObject::disconnect: wildcard call disconnects from destroyed signal of QTcpSocket::"
    ),
]

NBSP = "\u00a0"
#: What Chromium groups French thousands with (as the app's ``grouped`` does).
FRENCH_THOUSANDS = "\u202f"
BANK = "Bank connection fails"

#: Text that runs out of the box it is in (cut off by it, or spilling over its edge), or
#: past the right edge of the screen, and boxes that clip or scroll what they hold.
#: Screen-reader-only text is clipped on purpose.
CUT_OFF = """() => {
    const found = [];
    const skipped = (el) => !el || el.closest(".sr-only, noscript, [hidden]");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (!text || skipped(node.parentElement)) continue;
        let box = node.parentElement;
        while (getComputedStyle(box).display === "inline") box = box.parentElement;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        // Glyphs may reach a little below a tight line box: half a letter is not cut off.
        const slack = parseFloat(getComputedStyle(box).fontSize) / 2;
        if (!r.width) continue;
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + slack
            || r.right > innerWidth)
            found.push("runs out of its box: " + text);
    }
    for (const el of document.querySelectorAll("body *")) {
        if (skipped(el) || !el.offsetParent || el.matches("textarea, input")) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
        if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
            found.push("cut off: " + el.tagName + " " + el.textContent.trim());
    }
    return found;
}"""


def look(phone: Phone, name: str) -> list[str]:
    """Step part: the page fits the phone (nothing cut off, no sideways scrolling); a
    full-page screenshot when asked."""
    page = phone.page
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"phone-{name}.png"), full_page=True)
    found: list[str] = page.evaluate(CUT_OFF)
    if page.evaluate("document.documentElement.scrollWidth") > PHONE_VIEWPORT["width"]:
        found.append("the page scrolls sideways")
    return found


#: What Chromium logs for the refusal the German test asks for on purpose.
REFUSED = "Failed to load resource: the server responded with a status of 409 (Conflict)"


def no_trouble(phone: Phone) -> None:
    errors = [
        text for kind, text in phone.console if kind in ("error", "warning") and text != REFUSED
    ]
    assert not errors, errors
    assert not phone.errors, phone.errors
    assert not phone.elsewhere(), phone.elsewhere()


def start_round(window: MainWindow) -> str:
    change = window.session.perform(
        lambda wf: wf.add_vote_round("Top", target=VoteTarget.CLUSTERS, votes_per_participant=3)
    )
    assert change is not None
    return change.created[0]


def test_a_german_room_gets_the_page_in_german(
    qtbot: Any, browser: Browser, invite: Any, window: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "tafel.png"
    Image.new("RGB", (800, 600), (250, 250, 245)).save(picture)
    set_language("de")
    room = invite(SessionChoices(may_add_participants=True))
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def join_screen(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_role("button", name="Ana", exact=True).wait_for()
        facts = {
            "lang": page.evaluate("document.documentElement.lang"),
            "heading": page.locator("#join-title").text_content(),
            "stage": page.locator("#stage-title").text_content(),
            "cut": look(phone, "de-1-join"),
        }
        # A name already on the list: the app refuses, in German.
        page.get_by_label("Nicht auf der Liste? Geben Sie Ihren Namen ein:").fill("ana")
        page.get_by_role("button", name="Mitmachen").click()
        page.locator("#join-error").filter(has_text="Liste").wait_for()
        facts["refused"] = page.locator("#join-error").text_content()
        facts["cut"] += look(phone, "de-2-join-refused")
        return facts

    facts = browser.run(qtbot, join_screen)
    assert facts == {
        "lang": "de",
        "heading": "Wer sind Sie?",
        "stage": guide(Stage.EVIDENCE).title,
        "refused": "ana steht schon auf der Liste: Wählen Sie diesen Namen.",
        "cut": [],
    }
    assert facts["stage"] == "Belege sammeln"

    def photo(page: Any) -> tuple[str, str, list[str]]:
        page.get_by_label("Ihre Notiz").fill("Die Tafel nach dem Interview")
        page.get_by_label("Foto hinzufügen").set_input_files(str(picture))
        status = page.locator("#photo-status")
        status.filter(has_text="bereit zum Senden").wait_for()
        shown = re.sub(r"\(\d+ ", "(", status.text_content() or "")
        return shown, page.locator("#photo-remove").text_content() or "", look(phone, "de-3b-photo")

    def write(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_role("button", name="Ana", exact=True).click()
        page.get_by_label("Ihre Notiz").fill("x" * 2001)
        page.get_by_role("button", name="Senden").click()
        return {
            "tab": page.get_by_role("tab", name="Notiz hinzufügen").is_visible(),
            "tabs": page.get_by_role("tablist").get_attribute("aria-label"),
            "work": page.locator("#work").get_attribute("aria-label"),
            "count": page.locator("#note-count").text_content(),
            "error": page.locator("#note-error").text_content(),
            "not_me": page.locator("#not-me").text_content(),
            "cut": look(phone, "de-3-note-too-long"),
            "photo": photo(page),
        }

    assert browser.run(qtbot, write) == {
        "tab": True,
        "tabs": "Was Sie tun können",
        "work": "Ihre Beiträge",
        "count": "2.001 / 2.000 Zeichen: 1 zu viel",
        "error": "Die Notiz ist 1 Zeichen zu lang. Kürzen Sie sie, dann senden Sie sie.",
        "not_me": "Nicht Sie?",
        "cut": [],
        "photo": ("Foto bereit zum Senden (KB).", "Foto entfernen", []),
    }
    start_round(window)

    def vote(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_role("tab", name="Abstimmen").click()
        remaining = page.locator("#remaining")
        remaining.filter(has_text="Noch 3 Punkte von 3 übrig").wait_for()
        plus = page.get_by_role("button", name=f"Einen Punkt für „{BANK}“ vergeben")
        plus.click()
        plus.click()
        remaining.filter(has_text="Noch 1 Punkt von 3 übrig").wait_for()
        return {
            "hint": page.locator("#round-hint").text_content(),
            "badge": page.locator("#vote-badge").text_content(),
            "minus": page.get_by_role(
                "button", name=f"Einen Punkt von „{BANK}“ zurücknehmen"
            ).first.is_enabled(),
            "cut": look(phone, "de-4-vote"),
        }

    assert browser.run(qtbot, vote) == {
        "hint": "Stimmen Sie unten über die Cluster ab.",
        "badge": "offen",
        "minus": True,
        "cut": [],
    }
    room.stop()

    def ended(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#ended").wait_for()
        facts = {
            "title": page.locator("#ended-title").text_content(),
            "text": page.locator("#ended-text").text_content(),
            "cut": look(phone, "de-5-ended"),
        }
        no_trouble(phone)
        phone.close()
        return facts

    assert browser.run(qtbot, ended) == {
        "title": "Die Moderation hat die Sitzung beendet",
        "text": "Danke fürs Mitmachen. Sie können diese Seite schließen.",
        "cut": [],
    }


def test_a_french_room_gets_the_page_in_french_with_its_typography(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    set_language("fr")
    round_id = start_round(window)
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def join_screen(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_role("button", name="Ana", exact=True).wait_for()
        return {
            "lang": page.evaluate("document.documentElement.lang"),
            "heading": page.locator("#join-title").text_content(),
            "title": page.title(),
            "timer": (page.locator("#timer-value").text_content() or "").split(" ", 1)[-1],
            "cut": look(phone, "fr-1-join"),
        }

    assert browser.run(qtbot, join_screen) == {
        "lang": "fr",
        "heading": f"Qui êtes-vous{NBSP}?",
        "title": "Budgeting app — onboarding personas · Persona Workshop",
        "timer": "(en pause)",
        "cut": [],
    }

    def write_and_vote(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_role("button", name="Ana", exact=True).click()
        note = page.get_by_label("Votre note")
        note.fill("x" * 2002)
        facts: dict[str, Any] = {"count": page.locator("#note-count").text_content()}
        page.get_by_role("button", name="Envoyer").click()
        facts["error"] = page.locator("#note-error").text_content()
        facts["cut"] = look(phone, "fr-2-note-too-long")
        note.fill("")
        page.get_by_role("tab", name="Voter").click()
        remaining = page.locator("#remaining")
        remaining.filter(has_text="Il vous reste 3").wait_for()
        facts["three"] = remaining.text_content()
        plus = page.get_by_role("button", name=f"Ajouter une gommette à «{NBSP}{BANK}{NBSP}»")
        plus.click()
        plus.click()
        remaining.filter(has_text="Il vous reste 1").wait_for()
        facts["one"] = remaining.text_content()
        facts["here"] = page.locator(".dot-count .sr-only").first.text_content()
        facts["cut"] += look(phone, "fr-3-vote")
        return facts

    assert browser.run(qtbot, write_and_vote) == {
        "count": f"2{FRENCH_THOUSANDS}002 / 2{FRENCH_THOUSANDS}000 caractères{NBSP}: 2 de trop",
        "error": "La note a 2 caractères de trop. Raccourcissez-la, puis envoyez-la.",
        "three": "Il vous reste 3 gommettes sur 3",
        "one": "Il vous reste 1 gommette sur 3",
        "here": f"Vos gommettes ici{NBSP}: 2",
        "cut": [],
    }
    window.session.perform(lambda wf: wf.end_vote_round(round_id))

    def closed(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#round-closed").wait_for()
        page.locator("#remaining").filter(has_text="placé").wait_for()
        return {
            "closed": page.locator("#round-closed").text_content(),
            "placed": page.locator("#remaining").text_content(),
            "cut": look(phone, "fr-4-round-closed"),
        }

    assert browser.run(qtbot, closed) == {
        "closed": "Le vote est clos. Vos gommettes sont comptées.",
        "placed": "Vous avez placé 2 gommettes sur 3.",
        "cut": [],
    }
    room.stop()

    def ended(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#ended").wait_for()
        facts = {
            "title": page.locator("#ended-title").text_content(),
            "cut": look(phone, "fr-5-ended"),
        }
        no_trouble(phone)
        phone.close()
        return facts

    assert browser.run(qtbot, ended) == {"title": "L’animation a terminé la séance", "cut": []}


def test_without_javascript_the_page_says_so_in_the_rooms_language(
    qtbot: Any, browser: Browser, room: Any
) -> None:
    set_language("es")

    def bare(b: Any) -> dict[str, Any]:
        phone = Phone.open(b, room.url, java_script_enabled=False)
        page = phone.page
        sentences = page.locator("p.no-script")
        facts = {
            "lang": page.locator("html").get_attribute("lang"),
            "shown": [
                (sentences.nth(i).text_content() or "").strip()
                for i in range(sentences.count())
                if sentences.nth(i).is_visible()
            ],
        }
        phone.close()
        return facts

    assert browser.run(qtbot, bare) == {
        "lang": "es",
        "shown": ["Esta página necesita JavaScript para hablar con la aplicación del taller."],
    }
