"""The phone page in a real headless Chromium at 390x844, against the app's real server in
this process: a participant picks their name, adds notes (text and a photo) that land on
the board, casts dots that land in the store, and sees the round close and the session
end, all without reloading; the page fetches nothing from anywhere else, logs no errors and
shows what it is sent as plain text.

The browser runs in its own thread (tests/phone_page/browser.py); the test's thread runs
Qt's event loop with ``qtbot.waitUntil`` while a browser step runs, so the server answers.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PIL import Image

from tests.phone_page.browser import PHONE_VIEWPORT, Browser, Phone
from tests.phone_page.conftest import CLUSTERS, PEOPLE, SHOTS
from workshop.domain.model import Stage, VoteTarget
from workshop.domain.stages import guide
from workshop.phones.session import SessionChoices
from workshop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    # Qt's own noise when a phone's WebSocket goes away (QWebSocket lets go of its
    # QTcpSocket with a wildcard disconnect, inside Qt): not a fault of the page or the
    # app. Only this message, only for the QTcpSocket; any other warning still fails.
    pytest.mark.qt_log_ignore(
        r"^QObject::disconnect: wildcard call disconnects from destroyed signal of QTcpSocket::"
    ),
]

#: How long a test waits for a phone's note on the board. "Within one second" (issue 19) is
#: measured, not asserted: `python -m tests.benchmarks phones` reports request → board p95;
#: a test only waits long enough for a loaded two-core CI machine.
ON_THE_BOARD_MS = 10_000
PAGE_BUDGET = 100 * 1024
#: Text no page may turn into markup, with emoji and a non-Latin script.
PLAIN = 'Fees <script>alert("x")</script> <b>not bold</b> & 🙂👩🏽‍💻 «ça» 費用'


def shot(phone: Phone, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        phone.page.screenshot(path=str(Path(SHOTS) / f"phone-{name}.png"))


def board_notes(window: MainWindow) -> dict[str, Any]:
    """The note items on the board's scene, by their text."""
    scene = window.session.board_scene
    return {item.note.text: item for item in scene.notes.values()}


def no_trouble(phone: Phone) -> None:
    errors = [text for kind, text in phone.console if kind in ("error", "warning")]
    assert not errors, errors
    assert not phone.errors, phone.errors
    assert not phone.elsewhere(), phone.elsewhere()


def participant_id(window: MainWindow, name: str) -> str:
    return next(p.id for p in window.session.snapshot().participants if p.name == name)


def join(phone: Phone, name: str) -> None:
    """Step: tap one's name on the join screen; the note form shows."""
    phone.page.get_by_role("button", name=name, exact=True).click()
    phone.page.get_by_label("Your note").wait_for()


# ---------------------------------------------------------------------------------------
def test_the_page_loads_at_phone_size_and_fetches_nothing_from_elsewhere(
    qtbot: Any, browser: Browser, room: Any
) -> None:
    def load(b: Any) -> dict[str, Any]:
        phone = Phone.open(b, room.url)
        page = phone.page
        for name in PEOPLE:
            page.get_by_role("button", name=name, exact=True).wait_for()
        shot(phone, "1-join")
        facts = {
            "viewport": page.viewport_size,
            "scroll_width": page.evaluate("document.documentElement.scrollWidth"),
            "title": page.locator("#workshop-title").text_content(),
            "stage": page.locator("#stage-title").text_content(),
            "bytes": phone.bytes_loaded(),
            "smallest_button": page.evaluate(
                "Math.min(...[...document.querySelectorAll('button:not([hidden])')]"
                ".filter(b => b.offsetParent).map(b => b.getBoundingClientRect().height))"
            ),
        }
        no_trouble(phone)
        phone.close()
        return facts

    facts = browser.run(qtbot, load)
    assert facts["viewport"] == PHONE_VIEWPORT
    assert facts["scroll_width"] <= PHONE_VIEWPORT["width"], "the page scrolls sideways"
    assert facts["title"] == "Budgeting app — onboarding personas"
    assert facts["stage"] == guide(Stage.EVIDENCE).title
    assert 0 < facts["bytes"] < PAGE_BUDGET
    assert facts["smallest_button"] >= 44, "a touch target smaller than 44 px"


def test_a_note_typed_on_a_phone_is_on_the_board_within_a_second_as_plain_text(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    ana = participant_id(window, "Ana")
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))
    dialogs: list[str] = []

    def write(_b: Any) -> float:
        phone.page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        join(phone, "Ana")
        phone.page.get_by_label("Your note").fill(PLAIN)
        count = phone.page.locator("#note-count").text_content()
        assert count == f"{len(PLAIN)} / 2,000 characters", count
        sent = time.monotonic()
        phone.page.get_by_role("button", name="Send").click()
        return sent

    sent = browser.run(qtbot, write)
    qtbot.waitUntil(lambda: PLAIN in board_notes(window), timeout=ON_THE_BOARD_MS)
    assert sent > 0
    note = board_notes(window)[PLAIN].note
    assert note.author_id == ana
    snapshot = window.session.snapshot()
    stored = next(n for n in snapshot.notes if n.id == note.id)
    assert stored.text == PLAIN and stored.author_id == ana
    assert next(c.title for c in snapshot.clusters if c.id == stored.cluster_id) == "Inbox"

    def confirmed(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#note-sent").filter(has_text="Sent:").wait_for()
        shot(phone, "2-note-sent")
        facts = {
            "status": page.locator("#note-sent").text_content(),
            "list": page.locator("#sent-list li").first.text_content(),
            "left": page.get_by_label("Your note").input_value(),
            "markup": page.locator("#sent-list li b, #note-sent b, script:not([src])").count(),
            "live": page.locator("#note-sent").get_attribute("aria-live"),
        }
        no_trouble(phone)
        phone.close()
        return facts

    facts = browser.run(qtbot, confirmed)
    assert facts["status"] == f"Sent: {PLAIN}"
    assert facts["list"] == PLAIN
    assert facts["left"] == ""
    assert facts["markup"] == 0 and not dialogs
    assert facts["live"] == "polite"


def test_a_photo_is_made_smaller_on_the_phone_and_lands_on_the_board(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow, tmp_path: Path
) -> None:
    big = tmp_path / "whiteboard.png"
    picture = Image.new("RGB", (4000, 2000), (250, 250, 245))
    for x in range(0, 4000, 50):  # something to compress
        picture.paste((30, 60, 200), (x, (x * 7) % 1900, x + 25, (x * 7) % 1900 + 100))
    picture.save(big)
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def send(_b: Any) -> None:
        join(phone, "Bongani")
        phone.page.get_by_label("Add a photo").set_input_files(str(big))
        phone.page.locator("#photo-status").filter(has_text="Photo ready").wait_for()
        phone.page.get_by_label("Your note").fill("The whiteboard after the interview")
        shot(phone, "2b-photo")
        phone.page.get_by_role("button", name="Send").click()

    browser.run(qtbot, send)
    caption = "The whiteboard after the interview"
    qtbot.waitUntil(lambda: caption in board_notes(window), timeout=ON_THE_BOARD_MS * 3)
    note = board_notes(window)[caption].note
    assert note.asset_id is not None
    asset = next(a for a in window.session.snapshot().assets if a.id == note.asset_id)
    assert max(asset.width, asset.height) <= 1600
    assert (asset.width, asset.height) == (1600, 800)
    browser.run(qtbot, lambda _b: phone.page.locator("#note-sent").wait_for())
    browser.run(qtbot, lambda _b: (no_trouble(phone), phone.close()))


def my_dots(window: MainWindow, round_id: str, person: str) -> dict[str, int]:
    """The participant's dots in the store, by cluster title."""
    snapshot = window.session.snapshot()
    titles = {c.id: c.title for c in snapshot.clusters}
    dots: dict[str, int] = {}
    for vote in snapshot.votes:
        if vote.round_id == round_id and vote.participant_id == person and vote.cluster_id:
            dots[titles[vote.cluster_id]] = dots.get(titles[vote.cluster_id], 0) + 1
    return dots


def test_dots_cast_on_a_phone_are_in_the_store_until_the_round_closes(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    chen = participant_id(window, "Chen Wei")
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def joined(_b: Any) -> str:
        join(phone, "Chen Wei")
        phone.page.get_by_role("tab", name="Vote").click()
        return phone.page.locator("#no-round").text_content() or ""

    assert "No voting round is open" in browser.run(qtbot, joined)
    # The facilitator starts a round: the phone shows it without reloading.
    change = window.session.perform(
        lambda wf: wf.add_vote_round(
            "What hurts most?", target=VoteTarget.CLUSTERS, votes_per_participant=3
        )
    )
    assert change is not None
    round_id = change.created[0]
    bank, categories = "Bank connection fails", "Categories don't fit"

    def vote(_b: Any) -> list[str]:
        page = phone.page
        page.get_by_role("heading", name="What hurts most?").wait_for()
        # Two dots from the keyboard: the + keeps the focus while the list is redrawn.
        page.get_by_role("button", name=f"Add a dot to “{bank}”").focus()
        page.keyboard.press("Enter")
        page.locator("#remaining").filter(has_text="2 of 3 dots left").wait_for()
        page.keyboard.press("Enter")
        page.locator("#remaining").filter(has_text="1 of 3 dots left").wait_for()
        page.get_by_role("button", name=f"Add a dot to “{categories}”").click()
        page.locator("#remaining").filter(has_text="No dots left").wait_for()
        shot(phone, "3-vote")
        plus = page.get_by_role("button", name=f"Add a dot to “{categories}”")
        return [
            page.locator("#remaining").text_content() or "",
            str(plus.is_disabled()),
            page.locator(".item").first.locator(".item-notes li").first.text_content() or "",
        ]

    remaining, plus_disabled, top_note = browser.run(qtbot, vote)
    assert remaining == "No dots left. Take one back to move it."
    assert plus_disabled == "True"  # three dots, all used
    assert top_note == CLUSTERS[bank][0]  # the clusters come with their top notes
    qtbot.waitUntil(lambda: my_dots(window, round_id, chen) == {bank: 2, categories: 1})

    def take_one_back(_b: Any) -> str:
        page = phone.page
        page.get_by_role("button", name=f"Take a dot back from “{bank}”").click()
        page.locator("#remaining").filter(has_text="1 of 3 dots left").wait_for()
        return page.locator("#remaining").text_content() or ""

    assert browser.run(qtbot, take_one_back) == "1 of 3 dots left"
    qtbot.waitUntil(lambda: my_dots(window, round_id, chen) == {bank: 1, categories: 1})

    # The facilitator ends the round: the phone's dots are frozen, with a message.
    window.session.perform(lambda wf: wf.end_vote_round(round_id))

    def closed(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#round-closed").wait_for()
        shot(phone, "4-round-closed")
        buttons = page.locator(".dot-button")
        facts = {
            "message": page.locator("#round-closed").text_content(),
            "enabled": sum(not buttons.nth(i).is_disabled() for i in range(buttons.count())),
            "buttons": buttons.count(),
            "placed": page.locator("#remaining").text_content(),
        }
        no_trouble(phone)
        phone.close()
        return facts

    facts = browser.run(qtbot, closed)
    assert facts["message"] == "Voting has closed. Your dots are counted."
    assert facts["buttons"] == 6 and facts["enabled"] == 0
    assert facts["placed"] == "You placed 2 of 3 dots."
    assert my_dots(window, round_id, chen) == {bank: 1, categories: 1}


def test_the_phone_follows_the_stage_and_the_timer_counts_down(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))
    browser.run(qtbot, lambda _b: join(phone, "Dorota Wiśniewska"))
    before = browser.run(qtbot, lambda _b: phone.page.locator("#stage-title").text_content())
    window.session.perform(lambda wf: wf.set_stage(Stage.CLUSTER))

    def stage_changed(_b: Any) -> str:
        title = phone.page.locator("#stage-title")
        title.filter(has_not_text=before or "").wait_for()
        return title.text_content() or ""

    after = browser.run(qtbot, stage_changed)
    assert after and after != before
    room.timer.start()

    def counting(_b: Any) -> list[str]:
        value = phone.page.locator("#timer-value")
        # Started: no longer "(paused)"; then it ticks down on the phone by itself (the
        # app tells the phones only when the timer starts, pauses or changes).
        value.filter(has_not_text="paused").wait_for()
        first = value.text_content() or ""
        value.filter(has_not_text=first).wait_for(timeout=3000)
        second = value.text_content() or ""
        shot(phone, "8-timer-running")
        no_trouble(phone)
        phone.close()
        return [first, second]

    def seconds(shown: str) -> int:
        minutes, rest = shown.split(":")
        return int(minutes) * 60 + int(rest)

    first, second = browser.run(qtbot, counting)
    assert 0 < seconds(first) - seconds(second) <= 2, (first, second)
    assert abs(seconds(second) - room.timer.remaining()) <= 2


def test_stopping_the_session_tells_every_phone(qtbot: Any, browser: Browser, room: Any) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))
    browser.run(qtbot, lambda _b: join(phone, "Ana"))
    browser.run(qtbot, lambda _b: phone.page.locator("#connection.live").wait_for())
    invitation = room.feature.invitation
    qtbot.waitUntil(lambda: invitation.phone_count() == 1)  # the app has it too
    room.stop()

    def ended(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#ended").wait_for()
        shot(phone, "5-ended")
        facts = {
            "title": page.locator("#ended-title").text_content(),
            "form": page.locator("#note-form").is_visible(),
            "role": page.locator("#ended").get_attribute("role"),
        }
        phone.close()
        return facts

    facts = browser.run(qtbot, ended)
    assert facts["title"] == "The facilitator ended the session"
    assert facts["form"] is False and facts["role"] == "alert"


def test_a_refused_note_stays_on_the_phone_with_the_apps_reason(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    from workshop.phones import caps

    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def too_long(_b: Any) -> dict[str, Any]:
        page = phone.page
        join(phone, "Ana")
        page.get_by_label("Your note").fill("x" * 2001)
        page.get_by_role("button", name="Send").click()
        return {
            "error": page.locator("#note-error").text_content(),
            "count": page.locator("#note-count").text_content(),
            "invalid": page.get_by_label("Your note").get_attribute("aria-invalid"),
        }

    facts = browser.run(qtbot, too_long)
    assert facts["error"] == "The note is 1 character too long. Shorten it, then send."
    assert facts["count"] == "2,001 / 2,000 characters: 1 too many"
    assert facts["invalid"] == "true"

    # The phone has used its notes for this minute: the app says so, and the text stays.
    def spend_the_minute(_b: Any) -> list[int]:
        statuses: list[int] = phone.page.evaluate(
            """async (count) => {
                const saved = JSON.parse(localStorage.getItem(
                    "persona-workshop-phone:" + location.pathname));
                const out = [];
                for (let i = 0; i < count; i++) {
                    const r = await fetch("api/notes", {method: "POST", headers: {
                        "Content-Type": "application/json", "X-Phone-Token": saved.token},
                        body: JSON.stringify({text: "note " + i})});
                    out.push(r.status);
                }
                return out;
            }""",
            caps.NOTES_PER_MINUTE,
        )
        return statuses

    statuses = browser.run(qtbot, spend_the_minute, timeout_ms=30_000)
    assert set(statuses) == {201}
    kept = "One more thing the team heard"

    def refused(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.get_by_label("Your note").fill(kept)
        page.get_by_role("button", name="Send").click()
        page.locator("#note-error").filter(has_text=" ").wait_for()
        shot(phone, "6-refused")
        facts = {
            "error": page.locator("#note-error").text_content(),
            "role": page.locator("#note-error").get_attribute("role"),
            "left": page.get_by_label("Your note").input_value(),
            "sent": page.locator("#note-sent").text_content(),
        }
        phone.close()
        return facts

    facts = browser.run(qtbot, refused)
    assert facts["left"] == kept and facts["sent"] == ""
    assert facts["role"] == "alert"
    assert facts["error"] and "429" not in facts["error"]  # the app's sentence, not a code
    assert kept not in board_notes(window)


def test_the_phone_remembers_who_it_is_and_the_unsent_draft(
    qtbot: Any, browser: Browser, room: Any
) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def reload(_b: Any) -> dict[str, Any]:
        page = phone.page
        join(phone, "Bongani")
        page.get_by_label("Your note").fill("half a thought")
        # What an earlier session (an old link) left on this phone.
        page.evaluate("localStorage.setItem('persona-workshop-phone:/p/old/', '{\"token\":\"t\"}')")
        page.reload()
        page.get_by_label("Your note").wait_for()
        facts = {
            "me": page.locator("#me-name").text_content(),
            "draft": page.get_by_label("Your note").input_value(),
            "join": page.locator("#join").is_visible(),
            "kept": page.evaluate("Object.keys(localStorage)"),
        }
        page.get_by_role("button", name="Not you?").click()
        page.get_by_role("button", name="Ana", exact=True).wait_for()
        facts["after"] = page.evaluate("Object.values(localStorage).join()")
        no_trouble(phone)
        phone.close()
        return facts

    facts = browser.run(qtbot, reload)
    path = urlsplit(room.url).path
    assert facts.pop("kept") == [f"persona-workshop-phone:{path}"]
    assert "token" not in facts.pop("after")  # "Not you?" forgets who this phone was
    assert facts == {"me": "Bongani", "draft": "half a thought", "join": False}


def test_the_page_is_dark_when_the_phone_is(qtbot: Any, browser: Browser, room: Any) -> None:
    def colours(b: Any) -> list[str]:
        found = []
        for scheme in ("light", "dark"):
            phone = Phone.open(b, room.url, color_scheme=scheme)
            phone.page.get_by_role("button", name="Ana", exact=True).wait_for()
            if scheme == "dark":
                shot(phone, "7-join-dark")
            found.append(phone.page.evaluate("getComputedStyle(document.body).backgroundColor"))
            phone.close()
        return found

    light, dark = browser.run(qtbot, colours)

    def brightness(rgb: str) -> int:
        return sum(int(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])

    assert brightness(dark) < 150 < brightness(light)


def test_a_phone_adds_its_name_when_the_facilitator_allows_it(
    qtbot: Any, browser: Browser, invite: Any, window: MainWindow
) -> None:
    room = invite(SessionChoices(may_add_participants=True))

    def add_name(b: Any) -> str:
        phone = Phone.open(b, room.url)
        page = phone.page
        page.get_by_label("Not on the list? Type your name:").fill("  Eli <i>")
        shot(phone, "1b-join-new-name")
        page.get_by_role("button", name="Join").click()
        page.get_by_label("Your note").wait_for()
        me = page.locator("#me-name").text_content() or ""
        no_trouble(phone)
        phone.close()
        return me

    assert browser.run(qtbot, add_name) == "Eli <i>"
    assert "Eli <i>" in [p.name for p in window.session.snapshot().participants]


def test_a_phone_whose_connection_drops_reconnects_and_catches_up(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))
    browser.run(qtbot, lambda _b: join(phone, "Ana"))
    browser.run(qtbot, lambda _b: phone.page.locator("#connection.live").wait_for())
    live = room.feature.invitation.server.live
    qtbot.waitUntil(lambda: len(live.sockets()) == 1)
    for socket in live.sockets():  # the Wi-Fi drops: no "closed" message
        socket.abort()
    browser.run(
        qtbot,
        lambda _b: phone.page.locator("#connection").filter(has_text="Reconnecting").wait_for(),
    )
    # Meanwhile the facilitator moves on; the phone catches up once it is back.
    window.session.perform(lambda wf: wf.set_stage(Stage.DRAFT))
    qtbot.waitUntil(lambda: len(live.sockets()) == 1, timeout=10_000)

    def caught_up(_b: Any) -> str:
        phone.page.locator("#connection.live").wait_for()
        title = phone.page.locator("#stage-title")
        title.filter(has_text="persona").wait_for()
        text = title.text_content() or ""
        phone.close()
        return text

    assert "persona" in browser.run(qtbot, caught_up).lower()


def test_the_list_of_names_follows_the_app_and_keeps_the_focus(
    qtbot: Any, browser: Browser, room: Any, window: MainWindow
) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))

    def focus_a_name(_b: Any) -> None:
        phone.page.get_by_role("button", name="Bongani", exact=True).focus()

    browser.run(qtbot, focus_a_name)
    # The facilitator adds someone at the laptop: the phone's list shows them (it asks
    # every few seconds until it has joined), and the name in focus keeps it.
    window.session.perform(lambda wf: wf.add_participant("Farah"))

    def followed(_b: Any) -> str:
        phone.page.get_by_role("button", name="Farah", exact=True).wait_for(timeout=8000)
        focused = phone.page.evaluate("document.activeElement.textContent")
        no_trouble(phone)
        phone.close()
        return str(focused)

    assert browser.run(qtbot, followed, timeout_ms=20_000) == "Bongani"


def test_a_page_left_open_from_an_earlier_session_says_its_link_no_longer_works(
    qtbot: Any, browser: Browser, room: Any
) -> None:
    phone: Phone = browser.run(qtbot, lambda b: Phone.open(b, room.url))
    browser.run(qtbot, lambda _b: phone.page.get_by_role("button", name="Ana").wait_for())
    # A phone still on the list of names (no live connection yet) while the facilitator
    # stops and invites the room again, on the same port: a new secret.
    port = urlsplit(room.url).port
    room.stop()
    assert room.feature.start("127.0.0.1", SessionChoices(), port)
    assert urlsplit(room.url).port == port

    def told(_b: Any) -> dict[str, Any]:
        page = phone.page
        page.locator("#ended").wait_for(timeout=10_000)
        facts = {
            "title": page.locator("#ended-title").text_content(),
            "names": page.locator("#join").is_visible(),
        }
        phone.close()
        return facts

    facts = browser.run(qtbot, told, timeout_ms=20_000)
    assert facts == {"title": "This link no longer works", "names": False}
