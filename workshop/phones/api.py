"""The phones' HTTP API (docs/phone-api.md): one request in, one ``Reply`` out.

Every request must be under the session's ``/p/SECRET/`` or gets 403; the page's files
come from a fixed list (``page_files``); the API needs the phone's token (from joining)
but for the state. What a phone sends is checked against the caps before anything is
written, and each note, dots change or new participant is one store operation, run by
the ``Room`` (the app runs it on its undo stack, on the GUI thread).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from workshop.domain.limits import PARTICIPANT_NAME_MAX, PHONE_NOTE_TEXT_MAX
from workshop.domain.model import Participant, VoteRound, VoteTarget, WorkshopSnapshot
from workshop.errors import WorkshopError
from workshop.i18n import _, grouped
from workshop.io.images import PreparedImage
from workshop.phones import caps
from workshop.phones.page_files import page_file, page_folder, page_language
from workshop.phones.photos import photo_bytes, prepare_photo
from workshop.phones.replies import (
    Refusal,
    Reply,
    error_reply,
    json_reply,
    plain_reply,
)
from workshop.phones.room_state import (
    TimerReading,
    open_round,
    room_state,
    timer_state,
    votes_state,
)
from workshop.phones.session import Phone, PhoneSession
from workshop.phones.text_rules import plain_name, plain_text
from workshop.store import Change, WorkshopFile

#: The ``origin`` of every change a phone makes (the board patches itself for it).
PHONE_ORIGIN = "phone"
TOKEN_HEADER = "x-phone-token"

Operation = Callable[[WorkshopFile], Change]


@dataclass(frozen=True)
class NoteDraft:
    """A note request that passed the quick checks."""

    phone: Phone
    text: str
    #: The photo's bytes: a JPEG or PNG by its first bytes, within the size cap.
    photo: bytes | None


@dataclass(frozen=True)
class VotesDraft:
    """A change of dots that passed the checks."""

    phone: Phone
    round_id: str
    item_ids: tuple[str, ...]


class Room(Protocol):
    """The open workshop as the server needs it."""

    def snapshot(self) -> WorkshopSnapshot: ...

    def participant_name(self, participant_id: str) -> str | None:
        """The participant's name, None when they are not in the workshop (a quick read:
        every request asks it)."""
        ...

    def timer(self) -> TimerReading | None: ...

    def perform(self, operation: Operation) -> Change:
        """Run a store operation as one undo step; raise its WorkshopError if refused."""
        ...

    def together(self) -> AbstractContextManager[None]:
        """Operations performed in the block are each their own undo step, but the app
        hears of them once, at its end (``WorkshopFile.told_together``)."""
        ...


class PhoneApi:
    def __init__(self, room: Room, session: PhoneSession, folder: Path | None = None) -> None:
        self.room = room
        self.session = session
        self.folder = folder or page_folder()
        self._cached: tuple[WorkshopSnapshot, dict[str, Any]] | None = None

    # The state ------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The state message's body: the room, and the timer as it is now."""
        snapshot = self.room.snapshot()
        if self._cached is None or self._cached[0] is not snapshot:
            round_ = open_round(snapshot)
            if round_ is not None:
                self.session.rounds_seen_open.add(round_.id)
            state = room_state(
                snapshot,
                may_add_participants=self.session.choices.may_add_participants,
                seen_open=self.session.rounds_seen_open,
            )
            self._cached = (snapshot, state)
        return {**self._cached[1], "timer": timer_state(self.room.timer())}

    def votes(self, participant_id: str) -> dict[str, Any]:
        snapshot = self.room.snapshot()
        return votes_state(snapshot, participant_id, open_round(snapshot))

    # Requests -------------------------------------------------------------------------
    def handle(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request. ``path`` is as sent (still percent-encoded, no query);
        ``headers`` have lower-case names."""
        rest = self.inside(path)
        if rest is None:
            return plain_reply(403, _("This is not the address of a session in the room."))
        if not rest.startswith("api/"):
            if method not in ("GET", "HEAD"):
                return plain_reply(405, _("Only pages can be fetched here."))
            found = page_file(rest, self.folder, page_language())
            if found is None:
                return plain_reply(404, _("There is no such page."))
            data, content_type = found
            return Reply(200, content_type, data)
        try:
            return self._api(method, rest[4:], headers, body)
        except Refusal as refusal:
            return error_reply(refusal.status, refusal.message)

    def inside(self, path: str) -> str | None:
        """The part of ``path`` after ``/p/SECRET/``, or None when it is not under it."""
        if not path.startswith("/p/"):
            return None
        secret, slash, rest = path[3:].partition("/")
        if not slash or not self.session.secret_matches(secret):
            return None
        return rest

    def phone_for(self, token: str | None) -> Phone | None:
        """The phone holding ``token``, while its participant is still in the workshop."""
        phone = self.session.phone(token)
        if phone is None:
            return None
        if self.room.participant_name(phone.participant_id) is None:
            return None
        return phone

    def _api(self, method: str, name: str, headers: Mapping[str, str], body: bytes) -> Reply:
        allowed: dict[str, tuple[str, ...]] = {
            "state": ("GET",),
            "join": ("POST",),
            "notes": ("POST",),
            "votes": ("GET", "PUT"),
        }
        if name not in allowed:
            raise Refusal(404, _("There is no such request."))
        if method not in allowed[name]:
            raise Refusal(405, _("That request cannot be made this way."))
        if len(body) > caps.REQUEST_BODY_MAX:
            raise Refusal(413, _("The request is too large."))
        if name == "state":
            return json_reply(self.state())
        if name == "join":
            return self._join(_json_object(body))
        if name == "notes":
            return self._note(headers.get(TOKEN_HEADER), body)
        if method == "PUT":
            draft = self.votes_draft(headers.get(TOKEN_HEADER), body)
            return self.apply_votes(draft) or self.votes_reply(draft)
        phone = self.phone_for(headers.get(TOKEN_HEADER))
        if phone is None:
            raise Refusal(401, _("Pick your name first."))
        return json_reply(self.votes(phone.participant_id))

    # Joining ----------------------------------------------------------------------------
    def _join(self, request: dict[str, Any]) -> Reply:
        if self.session.is_full():
            raise Refusal(429, _("The room is full: no more phones can join this session."))
        if not self.session.joins.allow():
            raise Refusal(429, _("Too many phones are joining at once; try again in a minute."))
        people = self.room.snapshot().participants
        if "participant_id" in request:
            wanted = request["participant_id"]
            person = next((p for p in people if p.id == wanted), None)
            if person is None:
                raise Refusal(422, _("That name is not on the list (any more); pick another."))
        elif "new_name" in request:
            person = self._add_participant(request["new_name"], people)
        else:
            raise Refusal(422, _("Pick your name from the list."))
        phone = self.session.join(person.id)
        return json_reply(
            {"token": phone.token, "participant": {"id": person.id, "name": person.name}}
        )

    def _add_participant(self, raw: object, people: list[Participant]) -> Participant:
        if not self.session.choices.may_add_participants:
            raise Refusal(403, _("The facilitator has not allowed adding names; pick yours."))
        if not isinstance(raw, str):
            raise Refusal(422, _("A name must be text."))
        name = plain_name(raw)
        if not name:
            raise Refusal(422, _("Type your name."))
        if len(name) > PARTICIPANT_NAME_MAX:
            raise Refusal(
                422, _("A name can be at most {0} characters.").format(PARTICIPANT_NAME_MAX)
            )
        if any(p.name.casefold().strip() == name.casefold() for p in people):
            raise Refusal(409, _("{0} is on the list already: pick that name.").format(name))
        label = _("{0} joined (phone)").format(name)

        def operation(workshop: WorkshopFile) -> Change:
            with workshop.step(label, origin=PHONE_ORIGIN) as step:
                workshop.add_participant(name)
            assert step.change is not None
            return step.change

        change = self._perform(operation)
        return Participant(change.created[0], name)

    # Notes ------------------------------------------------------------------------------
    def note_draft(self, token: str | None, body: bytes) -> NoteDraft:
        """The quick half of a note request: the checks, the caps, the rate, the photo's
        bytes (not yet read as an image). A ``Refusal`` says what is wrong."""
        if len(body) > caps.REQUEST_BODY_MAX:
            raise Refusal(413, _("The request is too large."))
        phone = self.phone_for(token)
        if phone is None:
            raise Refusal(401, _("Pick your name first."))
        request = _json_object(body)
        raw_text = request.get("text", "")
        if not isinstance(raw_text, str):
            raise Refusal(422, _("A note's text must be text."))
        text = plain_text(raw_text)
        if len(text) > PHONE_NOTE_TEXT_MAX:
            raise Refusal(
                422, _("A note can be at most {0} characters.").format(grouped(PHONE_NOTE_TEXT_MAX))
            )
        photo = request.get("photo")
        if photo is not None and not isinstance(photo, str):
            raise Refusal(422, _("The photo could not be read."))
        if not text and not photo:
            raise Refusal(422, _("The note is empty: write something first."))
        data = photo_bytes(photo) if photo else None
        if not phone.notes.allow():
            raise Refusal(
                429,
                _("That is {0} notes in a minute: wait a moment before the next.").format(
                    caps.NOTES_PER_MINUTE
                ),
            )
        return NoteDraft(phone, text, data)

    def add_note(self, draft: NoteDraft, image: PreparedImage | None) -> Reply:
        """The note onto the board (``image`` is the draft's photo, made ready: slow work
        the caller may do on another thread, ``photos.prepare_photo``)."""
        try:
            person = self._participant(draft.phone)
            change = self._perform(self._note_operation(person, draft.text, image))
        except Refusal as refusal:
            return error_reply(refusal.status, refusal.message)
        return json_reply({"note_id": change.ids("note", "added")[0]}, 201)

    def _note(self, token: str | None, body: bytes) -> Reply:
        draft = self.note_draft(token, body)
        image = prepare_photo(draft.photo) if draft.photo is not None else None
        return self.add_note(draft, image)

    def _note_operation(
        self, person: Participant, text: str, image: PreparedImage | None
    ) -> Operation:
        label = _("Note from {0} (phone)").format(person.name)
        picture = None
        if image is not None:
            picture = {
                "data": image.data,
                "mime": image.mime,
                "width": image.width,
                "height": image.height,
            }
        source_id = self.session.choices.source_id

        def operation(workshop: WorkshopFile) -> Change:
            return workshop.add_phone_note(
                person.id,
                text,
                inbox_title=_("Inbox"),
                source_id=source_id,
                source_label=_("Workshop — team knowledge"),
                image=picture,
                label=label,
                origin=PHONE_ORIGIN,
            )

        return operation

    # Dots -------------------------------------------------------------------------------
    def votes_draft(self, token: str | None, body: bytes) -> VotesDraft:
        """The checks of a change of dots: the phone, the round (409 when it has ended or
        is not the one open), the items and their number (422), the rate (429)."""
        if len(body) > caps.REQUEST_BODY_MAX:
            raise Refusal(413, _("The request is too large."))
        phone = self.phone_for(token)
        if phone is None:
            raise Refusal(401, _("Pick your name first."))
        request = _json_object(body)
        snapshot = self.room.snapshot()
        round_ = open_round(snapshot)
        round_id = request.get("round_id")
        if round_ is None or round_.id != round_id:
            ended = any(r.id == round_id and not r.is_open for r in snapshot.vote_rounds)
            if ended:
                raise Refusal(409, _("This voting round has ended."))
            raise Refusal(409, _("That is not the round being voted on now."))
        item_ids = request.get("item_ids")
        if not isinstance(item_ids, list) or not all(isinstance(i, str) for i in item_ids):
            raise Refusal(422, _("Say which items get your dots."))
        if len(item_ids) > round_.votes_per_participant:
            raise Refusal(
                422, _("You have {0} dots in this round.").format(round_.votes_per_participant)
            )
        if not set(item_ids) <= _targets(snapshot, round_):
            raise Refusal(422, _("Something you voted for is no longer on the board."))
        if not phone.votes.allow():
            raise Refusal(429, _("Too many changes to your dots: wait a moment."))
        return VotesDraft(phone, round_.id, tuple(item_ids))

    def apply_votes(self, draft: VotesDraft) -> Reply | None:
        """The participant's dots become the draft's, as one store operation. None when
        they are stored (answer with ``votes_reply`` once the app has heard of it), else
        the answer saying why not."""
        try:
            person = self._participant(draft.phone)
            label = _("Dots from {0} (phone)").format(person.name)
            self._perform(
                lambda workshop: workshop.set_phone_votes(
                    draft.round_id, person.id, draft.item_ids, label=label, origin=PHONE_ORIGIN
                )
            )
        except Refusal as refusal:
            return error_reply(refusal.status, refusal.message)
        return None

    def votes_reply(self, draft: VotesDraft) -> Reply:
        return json_reply(self.votes(draft.phone.participant_id))

    # Helpers ----------------------------------------------------------------------------
    def _participant(self, phone: Phone) -> Participant:
        name = self.room.participant_name(phone.participant_id)
        if name is None:
            raise Refusal(401, _("Pick your name first."))
        return Participant(phone.participant_id, name)

    def _perform(self, operation: Operation) -> Change:
        try:
            return self.room.perform(operation)
        except WorkshopError as error:
            raise Refusal(409, _sentence(error.message)) from None


def _targets(snapshot: WorkshopSnapshot, round_: VoteRound) -> set[str]:
    if round_.target is VoteTarget.CLUSTERS:
        return {c.id for c in snapshot.clusters}
    return {n.id for n in snapshot.notes}


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refusal(400, _("The request could not be read.")) from None
    if not isinstance(value, dict):
        raise Refusal(400, _("The request could not be read."))
    return value


def _sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    return message[0].upper() + message[1:] + ("" if message.endswith((".", "!", "?")) else ".")
