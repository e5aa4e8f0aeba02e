"""What the room sees in the presenter view at each stage, read from a snapshot.

No widgets (only Qt's ``translate`` for its words, in the window's language; the stage
guidance and section names come from the message catalogue, in the same language): the
view lays these out at a readable size. A ``RoomCard`` is one
screenful: a heading (a cluster's title, a persona's name, the stage's title), a line
under it, the lines of the body (a cluster's notes, most-voted first; a persona's items)
and, where a voting round has results to show, the ranking beside it.

Which cluster or persona is "current" is the view's choice (the facilitator's selection,
or the arrow keys); ``focus_order`` gives the order the keys step through.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from workshop.domain.evidence_check import check_persona
from workshop.domain.item_evidence import summarise_notes, units_in_words
from workshop.domain.model import (
    Cluster,
    Persona,
    PersonaTemplate,
    Stage,
    VoteRound,
    WorkshopSnapshot,
)
from workshop.domain.source_identity import same_sources
from workshop.domain.stages import DECISION_LABELS, guide
from workshop.domain.vote_tallies import counts, ranking, votes_cast
from workshop.i18n import _
from workshop.ui.personas.wording import template_label
from workshop.ui.plurals import plural

#: How many ranked lines the results column lists at most.
RESULT_LINES = 8


@dataclass(frozen=True)
class RoomCard:
    heading: str
    detail: str = ""
    lines: tuple[str, ...] = ()
    #: The ranking of the round shown ("1. Onboarding — 5 dots"), empty without one.
    results_title: str = ""
    results: tuple[str, ...] = field(default_factory=tuple)


def one_line(text: str) -> str:
    return " ".join(text.split())


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterContent", text)


def dots(count: int) -> str:
    return plural("%n dot", "%n dots", count)


def notes(count: int) -> str:
    return plural("%n note", "%n notes", count)


def shown_round(snapshot: WorkshopSnapshot) -> VoteRound | None:
    """The round whose counts the room may see: the newest open one with live tallies,
    else the newest ended one (an open round with hidden tallies shows nothing)."""
    rounds = list(snapshot.vote_rounds)
    open_rounds = [r for r in rounds if r.is_open]
    if open_rounds:
        newest = open_rounds[-1]
        return newest if newest.show_tallies else None
    return rounds[-1] if rounds else None


def _reading_order(cluster: Cluster) -> tuple[float, float]:
    return (cluster.y, cluster.x)


def cluster_order(snapshot: WorkshopSnapshot) -> list[Cluster]:
    """Clusters the way the room goes through them: most votes first (in the round shown),
    then as they lie on the board, top to bottom and left to right."""
    round_ = shown_round(snapshot)
    found = counts(snapshot, round_.id) if round_ is not None else Counter()
    note_votes: Counter[str] = Counter()
    notes = snapshot.note_by_id()
    for (target, is_cluster), votes in found.items():
        if is_cluster:
            note_votes[target] += votes
        elif target in notes and notes[target].cluster_id:
            note_votes[str(notes[target].cluster_id)] += votes
    return sorted(snapshot.clusters, key=lambda c: (-note_votes[c.id], *_reading_order(c), c.id))


def persona_order(snapshot: WorkshopSnapshot) -> list[Persona]:
    return sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold(), p.id))


def focus_order(snapshot: WorkshopSnapshot, stage: Stage) -> list[str]:
    """The ids the next/previous keys step through at this stage (none at the others)."""
    if stage is Stage.CLUSTER:
        return [c.id for c in cluster_order(snapshot)]
    if stage in (Stage.DRAFT, Stage.VALIDATE, Stage.SHARE):
        return [p.id for p in persona_order(snapshot)]
    return []


def results_lines(snapshot: WorkshopSnapshot) -> tuple[str, tuple[str, ...]]:
    round_ = shown_round(snapshot)
    if round_ is None:
        return "", ()
    tallies = ranking(snapshot, round_.id)
    if not tallies:
        return "", ()
    said = _tr("{0} (so far)") if round_.is_open else _tr("{0} (result)")
    title = said.format(one_line(round_.name))
    lines = tuple(
        f"{t.rank}{'=' if t.tied else ''}. {t.label} — {dots(t.votes)}"
        for t in tallies[:RESULT_LINES]
    )
    if len(tallies) > RESULT_LINES:
        lines += (_tr("+{0} more").format(len(tallies) - RESULT_LINES),)
    return title, lines


def cluster_card(snapshot: WorkshopSnapshot, cluster_id: str | None) -> RoomCard:
    clusters = cluster_order(snapshot)
    if not clusters:
        info = guide(Stage.CLUSTER)
        return RoomCard(info.title, info.purpose, tuple(info.guidance))
    cluster = next((c for c in clusters if c.id == cluster_id), clusters[0])
    position = clusters.index(cluster) + 1
    members = [n for n in snapshot.notes if n.cluster_id == cluster.id]
    round_ = shown_round(snapshot)
    found = counts(snapshot, round_.id) if round_ is not None else Counter()
    members.sort(key=lambda n: (-found[(n.id, False)], n.y, n.x, n.id))
    lines = []
    for note in members:
        empty = _tr("(photo note)") if note.is_image else _tr("(empty note)")
        text = one_line(note.text) or empty
        votes = found[(note.id, False)]
        lines.append(f"{text}  ·  {dots(votes)}" if votes else text)
    total = found[(cluster.id, True)] + sum(found[(n.id, False)] for n in members)
    where = _tr("Cluster {0} of {1}").format(position, len(clusters))
    detail = f"{where} · {notes(len(members))}"
    if total:
        detail += f" · {dots(total)}"
    title, results = results_lines(snapshot)
    return RoomCard(
        one_line(cluster.title) or _tr("Untitled cluster"), detail, tuple(lines), title, results
    )


def check_summary(snapshot: WorkshopSnapshot, persona_id: str, today: date) -> str:
    """ "passes the check, 80% well evidenced" (what the Validate stage is about)."""
    report = check_persona(snapshot, persona_id, today=today)
    if report.passes:
        said = _tr("passes the check, {0}% well evidenced")
    else:
        said = _tr("fails the check, {0}% well evidenced")
    return said.format(round(report.score * 100))


def persona_card(
    snapshot: WorkshopSnapshot, persona_id: str | None, stage: Stage, today: date | None = None
) -> RoomCard:
    personas = persona_order(snapshot)
    if not personas:
        info = guide(stage)
        return RoomCard(info.title, info.purpose, tuple(info.guidance))
    persona = next((p for p in personas if p.id == persona_id), personas[0])
    position = personas.index(persona) + 1
    detail = " · ".join(
        part
        for part in (
            _tr("Persona {0} of {1}").format(position, len(personas)),
            # Said as everywhere else a proto-persona shows (the list, the editor).
            template_label(PersonaTemplate.PROTO) if persona.is_proto else "",
            check_summary(snapshot, persona.id, today or date.today())
            if stage is Stage.VALIDATE
            else "",
            one_line(persona.archetype),
            one_line(persona.role_context),
        )
        if part
    )
    lines = []
    quote = one_line(persona.quote)
    if quote:
        lines.append(quote if quote[0] in "“\"'«„" else f"“{quote}”")
    for item in snapshot.items_of(persona.id):
        if item.text.strip():
            lines.append(f"{item.section.label}: {one_line(item.text)}")
    title, results = results_lines(snapshot) if stage is Stage.DRAFT else ("", ())
    name = one_line(persona.name) or _tr("Unnamed persona")
    return RoomCard(name, detail, tuple(lines), title, results)


def frame_card(snapshot: WorkshopSnapshot) -> RoomCard:
    w = snapshot.workshop
    info = guide(Stage.FRAME)
    decisions = ", ".join(_(DECISION_LABELS[d]) if d in DECISION_LABELS else d for d in w.decisions)
    lines = [
        f"{label}: {one_line(value)}"
        for label, value in (
            (_tr("Goal"), w.goal),
            (_tr("Product"), w.product),
            (_tr("Target segments"), w.target_segments),
            (_tr("Decisions to inform"), decisions),
            (_tr("Metrics that matter"), ", ".join(w.metrics)),
        )
        if value.strip()
    ]
    return RoomCard(one_line(w.title), info.purpose, tuple(lines or info.guidance))


def evidence_card(snapshot: WorkshopSnapshot) -> RoomCard:
    info = guide(Stage.EVIDENCE)
    # distinct evidence as the check counts it: two sources of one respondent are one
    units = summarise_notes(
        snapshot.notes,
        snapshot.source_by_id(),
        snapshot.respondent_by_id(),
        snapshot.study_by_id(),
        same_sources(snapshot.sources),
    ).units
    if units:
        detail = _tr("{0} from {1} so far").format(
            notes(len(snapshot.notes)), units_in_words(units)
        )
    else:
        detail = _tr("{0} so far, none from research").format(notes(len(snapshot.notes)))
    return RoomCard(info.title, detail, tuple(info.guidance))


def room_card(snapshot: WorkshopSnapshot, focus: str | None, today: date | None = None) -> RoomCard:
    """What the room sees now, at the workshop's stage, with ``focus`` the cluster or
    persona the facilitator chose (None: the first); ``today`` dates the check."""
    stage = snapshot.workshop.stage
    if stage is Stage.FRAME:
        return frame_card(snapshot)
    if stage is Stage.EVIDENCE:
        return evidence_card(snapshot)
    if stage is Stage.CLUSTER:
        return cluster_card(snapshot, focus)
    return persona_card(snapshot, focus, stage, today)


def voting_line(snapshot: WorkshopSnapshot) -> str:
    """The open round in one line for the room ("" without one)."""
    open_rounds = [r for r in snapshot.vote_rounds if r.is_open]
    if not open_rounds:
        return ""
    round_ = open_rounds[-1]
    if str(round_.target) == "clusters":
        what = _tr("Voting on clusters: “{0}”")
    else:
        what = _tr("Voting on notes: “{0}”")
    total = round_.votes_per_participant * len(snapshot.participants)
    each = plural("%n dot each", "%n dots each", round_.votes_per_participant)
    cast = _tr("{0} of {1} cast").format(votes_cast(snapshot, round_.id), total)
    return f"{what.format(one_line(round_.name))} · {each} · {cast}"
