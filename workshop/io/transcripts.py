"""Interview transcripts read as speech: who said what, and when.

Recognised shapes (all reduced to ``Utterance``s, then merged into speaker turns):

- WebVTT (``.vtt``, Zoom and Teams recordings): cues with ``<v Name>`` voice tags or a
  "Name: " prefix; the cue's start time is kept;
- SubRip (``.srt``): numbered cues, speakers as "Name: " prefixes;
- labelled lines, as Zoom, Teams and Otter save them or as a researcher types them:
  "Anna (00:01:02): text", "[00:01:02] Anna: text", "00:01:02 Anna: text",
  "Interviewer: text" / "P1: text" / "Q: …" "A: …", and Otter's "Speaker 1  0:02" line
  above the words; lines without a label continue the current speaker. Two lines are
  enough when their labels are an interviewer's and a respondent's ("Interviewer:",
  "P1:"). Otter's "Transcribed by https://otter.ai" footer is left out and said. In
  Markdown the label may be bold or emphasised ("**Interviewer:** …", "**P4**: …");
  headings and rules are the notes' structure, never words.

A speaker labelled with one of the team's roles ("Tom (PM)", "Ana (our designer)",
"Lee (observer)", "Observer", "Note-taker") is the team sitting in, not a respondent:
their words are left out and counted like the interviewer's (``is_team_member``), unless
the facilitator names them as a respondent speaker.

A turn is one or more consecutive utterances of one speaker; each turn of a respondent
becomes a note (``plan_transcript``), and each speaker whose words are evidence a research
respondent (``research_plan.respondent_label``). The interviewer's words never become
evidence: they are left out (counted), and with ``question_context`` the interviewer's last
question is kept as the answer's question (never in its text). Timestamps are the turn's
place in the session ("At"), never text. The transcript is one study (an interview round,
named after the file unless told).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.i18n import _, ngettext
from workshop.io.evidence_mapping import too_long
from workshop.io.evidence_plan import EvidencePlan, PlannedNote, PlannedSource, RowIssue
from workshop.io.research_plan import (
    PlannedRespondent,
    has_respondents,
    respondent_label,
    study_for,
)
from workshop.io.survey_headers import QUESTION_MARKS
from workshop.io.tabular import Table

#: The columns of a transcript read as a table (one row per speaker turn).
SPEAKER, SAID, AT = "Speaker", "Said", "At"
TRANSCRIPT_HEADERS = (SPEAKER, SAID, AT)

#: Speaker labels (first word, case ignored) that name the one asking the questions.
INTERVIEWER_WORDS = frozenset(
    {"interviewer", "moderator", "facilitator", "researcher", "host", "q", "question",
     "int", "mod", "i", "me", "ux", "interviewerin", "moderatorin"}
)  # fmt: skip

#: Labels (first word) that name someone who answers: "P3", "Participant 2", "A".
RESPONDENT_WORDS = frozenset(
    {"participant", "respondent", "interviewee", "customer", "user", "client", "a",
     "answer", "speaker", "caller", "guest", "teilnehmer", "teilnehmerin"}
)  # fmt: skip
_NUMBERED = re.compile(r"(?:p|r|u|s|c)\d{1,3}")

#: A role of the team in brackets after a name: "Tom (PM)", "Ana (our designer)".
_TEAM_ROLE = re.compile(
    r"\((?:[^)]*\b(?:our|team|internal|staff|colleague)\b[^)]*"
    r"|(?:senior |lead |junior |associate )?(?:pm|po|product|product (?:manager|owner|lead"
    r"|designer)|designer|ux|ux designer|ux researcher|researcher|user researcher|engineer"
    r"|developer|dev|cto|ceo|cpo|founder|co-?founder|stakeholder|facilitator"
    r"|co-?facilitator|moderator|interviewer|observer|note[- ]?taker|notes|scribe))\)",
    re.IGNORECASE,
)
#: Whole labels naming someone of the team who listens in.
TEAM_LABELS = frozenset(
    {"observer", "note-taker", "notetaker", "note taker", "scribe", "pm", "product manager",
     "product owner", "stakeholder", "beobachter", "beobachterin", "protokoll",
     "observateur", "observatrice", "observador", "observadora"}
)  # fmt: skip

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][\w.'’-]*(?: [\w.'’()-]+){0,3}?"
_LABELLED = (
    re.compile(rf"^(?P<speaker>{_NAME})\s*[(\[](?P<at>{_TIME})[)\]]\s*:?\s*(?P<text>.*)$"),
    re.compile(rf"^[(\[](?P<at>{_TIME})[)\]]\s*(?P<speaker>{_NAME})\s*:\s*(?P<text>.*)$"),
    re.compile(rf"^(?P<at>{_TIME})\s+(?P<speaker>{_NAME})\s*:\s*(?P<text>.*)$"),
    re.compile(rf"^(?P<speaker>{_NAME})\s*:\s+(?P<text>\S.*)$"),
)
#: "[00:01:02] words" or "00:01:02 words": a timestamped line with no speaker named.
_TIMED_LINE = re.compile(rf"^[(\[]?(?P<at>{_TIME})[)\]]?\s*[-–—]?\s+(?P<text>\S.*)$")
#: Otter's "Speaker 1  0:02" on a line of its own, the words below it.
_HEADER_LINE = re.compile(rf"^(?P<speaker>{_NAME})\s+(?P<at>{_TIME})\s*$")
_CUE_TIME = re.compile(rf"^\s*(?P<at>{_TIME})\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_CHEVRONS = re.compile(r"^\s*>>\s*")
#: A Markdown label in bold or italics: "**Interviewer:** …", "**P4**: …", "_A:_ …".
_EMPHASISED_LABEL = re.compile(
    r"^(?P<mark>\*\*|__|\*|_)(?P<label>[^*_:\n]{1,60}?)\s*(?::(?P=mark)|(?P=mark)\s*:)\s*"
)
#: Markdown headings and rules: the structure of the notes, never words.
_MARKDOWN_STRUCTURE = re.compile(
    r"^(?:#{1,6}(?:\s|$)|(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$)"
)
_TOOL_FOOTER = re.compile(r"^\s*Transcribed by\s+(?:https?://)?(?:www\.)?otter\.ai/?\s*$", re.I)


@dataclass(frozen=True)
class Utterance:
    speaker: str
    text: str
    #: Where in the session ("00:01:02"), or "" when the transcript has no times.
    at: str = ""
    line: int = 0
    #: Starts a turn even after the same speaker (the first words under a heading).
    new_turn: bool = False


def read_transcript(text: str, *, suffix: str = "") -> list[Utterance] | None:
    """The utterances of a transcript, or None when the text is not one.

    ``text`` has LF line endings. A ``.vtt``/``.srt`` file or one starting "WEBVTT" is
    read as cues; anything else is a transcript when most of its lines carry speaker labels.
    """
    stripped = text.lstrip("\ufeff \n")
    if suffix == ".vtt" or stripped.startswith("WEBVTT"):
        return _cues(text, vtt=True)
    if suffix == ".srt" or _looks_like_srt(stripped):
        return _cues(text, vtt=False)
    return _labelled(text)


def without_tool_footers(text: str) -> tuple[str, list[int]]:
    """The text with the lines a transcription tool signs its work with ("Transcribed by
    https://otter.ai") blanked, and their line numbers: never a speaker's words."""
    if "otter.ai" not in text.casefold():
        return text, []
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if _TOOL_FOOTER.match(line)]
    for index in found:
        lines[index] = ""
    return "\n".join(lines), [i + 1 for i in found]


def footer_left_out(line: int) -> str:
    return _(
        "the transcription tool's “Transcribed by https://otter.ai” line left out (line {line})"
    ).format(line=line)


def turns_of(utterances: Sequence[Utterance]) -> list[Utterance]:
    """Consecutive utterances of one speaker merged into one turn (its first time kept);
    utterances of no named speaker stay apart (nothing says they are one turn)."""
    turns: list[Utterance] = []
    for utterance in utterances:
        if not utterance.text:
            continue
        same = turns and turns[-1].speaker == utterance.speaker and utterance.speaker
        if same and not utterance.new_turn:
            last = turns[-1]
            turns[-1] = Utterance(last.speaker, f"{last.text} {utterance.text}", last.at, last.line)
        else:
            turns.append(utterance)
    return turns


def transcript_table(
    name: str, utterances: Sequence[Utterance], warnings: tuple[str, ...] = ()
) -> Table:
    """The turns of a transcript as a table (Speaker, Said, At), one row per turn: what the
    wizard previews as "who said what", and what ``plan_transcript`` reads."""
    turns = turns_of(utterances)
    if not turns:
        raise ImportFailed(_("the transcript has no words in it"), where=name)
    rows = [[t.speaker, t.text, t.at] for t in turns]
    return Table(
        name=name,
        headers=TRANSCRIPT_HEADERS,
        rows=rows,
        row_numbers=[t.line for t in turns],
        header_row=0,
        first_data_row=1,
        records=[list(r) for r in rows],
        warnings=warnings,
    )


def is_transcript_table(table: Table) -> bool:
    return table.headers == TRANSCRIPT_HEADERS and table.header_row == 0


def speakers_of(table: Table) -> list[tuple[str, int]]:
    """Each speaker and the number of turns they have, in order of first appearance."""
    counts = Counter(row[0] for row in table.rows)
    return [(speaker, counts[speaker]) for speaker in dict.fromkeys(r[0] for r in table.rows)]


def guess_respondents(table: Table) -> tuple[tuple[str, ...], str]:
    """The speakers whose words are evidence, and a warning when that is a guess.

    Labelled interviewers ("Interviewer", "Moderator", "Q", ...) and the team sitting in
    ("Tom (PM)", "Observer": ``is_team_member``) are not respondents.
    Without such a label, the one speaker who asks most (turns ending in "?") is taken as
    the interviewer when the others hardly ask; failing that, every speaker is a
    respondent and the warning says to choose.
    """
    speakers = [s for s, _ in speakers_of(table) if not is_team_member(s)]
    if not speakers:
        return (), ""
    named = [s for s in speakers if _first_word(s) in INTERVIEWER_WORDS]
    if named:
        return tuple(s for s in speakers if s not in named), ""
    if len(speakers) == 1:
        return tuple(speakers), ""
    ratios = {s: _question_ratio(table, s) for s in speakers}
    asker = max(speakers, key=lambda s: ratios[s])
    others = [ratios[s] for s in speakers if s != asker]
    if ratios[asker] >= 0.4 and max(others) <= ratios[asker] / 3:
        rest = sum(_words(table, s) for s in speakers if s != asker)
        if _words(table, asker) > rest:
            # The one asking talks more than everyone answering: more likely a respondent
            # with questions of their own than the interviewer. Guessing would make the
            # interviewer's words evidence and drop the respondent's.
            raise ImportFailed(
                _(
                    "cannot tell who the interviewer is: {speaker} asks the most questions "
                    "but says more than everyone else; choose whose words are evidence "
                    "(--speaker NAME; in the import wizard, the speaker) — the speakers are: "
                    "{speakers}"
                ).format(speaker=asker, speakers=_listed(speakers_of(table))),
                where=table.name,
            )
        return (
            tuple(s for s in speakers if s != asker),
            _(
                "{speaker} asks the questions, so their words are not evidence; choose the "
                "respondent if that is wrong (--speaker)"
            ).format(speaker=asker),
        )
    listed = ", ".join(speakers)
    return (
        tuple(speakers),
        _(
            "could not tell who asked the questions ({speakers}): every speaker's words became "
            "notes; choose the respondent (--speaker) to leave the interviewer out"
        ).format(speakers=listed),
    )


def plan_transcript(
    table: Table,
    *,
    respondents: Sequence[str] = (),
    source_kind: SourceKind = SourceKind.INTERVIEW,
    question_context: bool = False,
    study_name: str | None = None,
    session_date: date | None = None,
) -> EvidencePlan:
    """One note per respondent turn, one source per respondent ("P1 (interview.vtt)");
    the other speakers' turns are left out and counted, their last question kept with the
    next answer when ``question_context``. ``session_date`` (the facilitator's ``--date``)
    dates the session, before what its heading says."""
    if session_date is not None:
        table = replace(table, session_date=session_date)
    warnings = list(table.warnings)
    if respondents:
        chosen = _match_speakers(respondents, speakers_of(table), table.name)
    else:
        chosen, warning = guess_respondents(table)
        if warning:
            warnings.append(warning)
    keys = {s: f"speaker:{s.casefold()}" for s in chosen}
    notes: list[PlannedNote] = []
    skipped: list[RowIssue] = []
    asked = ""
    for (speaker, said, at), number in zip(table.rows, table.row_numbers, strict=True):
        if speaker not in keys:
            who = speaker or _("an unnamed speaker")
            if is_team_member(speaker):
                reason = _("the team's words ({speaker}, sitting in): not evidence").format(
                    speaker=who
                )
                asked = said if _asks(said) else asked
            else:
                reason = _("the interviewer's words ({speaker}): not evidence").format(speaker=who)
                asked = said
            skipped.append(RowIssue(number, reason, unit="turn", place="line"))
            continue
        if len(said) > NOTE_TEXT_MAX:
            raise ImportFailed(
                too_long(
                    said,
                    _("the turn of {speaker} at line {line}").format(speaker=speaker, line=number),
                ),
                where=table.name,
            )
        question = asked if question_context else ""
        notes.append(
            PlannedNote(said, keys[speaker], number, SAID, table.session_date, at, question)
        )
        asked = ""
    counts = Counter(n.source_key for n in notes)
    speaking = [s for s in chosen if counts[keys[s]]]
    people = has_respondents(source_kind)
    speakers_heard = tuple(
        PlannedRespondent(keys[s], respondent_label(s, table.name))
        for s in speaking
        if people and s
    )
    sources = tuple(
        PlannedSource(
            key=keys[s],
            label=_("{speaker} ({file})").format(speaker=s, file=table.name) if s else table.name,
            kind=source_kind,
            reference=table.name,
            date=table.session_date,
            notes=_turns_note(table.name, counts[keys[s]], s),
            respondent_key=keys[s] if people and s else None,
        )
        for s in speaking
    )
    return EvidencePlan(
        file_name=table.name,
        notes=tuple(notes),
        sources=sources,
        skipped=tuple(skipped),
        rows_read=len(table.rows),
        warnings=tuple(warnings),
        study=study_for(
            source_kind,
            study_name or table.name,
            [table.session_date] if table.session_date else [],
        ),
        respondents=speakers_heard,
    )


def _turns_note(file_name: str, count: int, speaker: str) -> str:
    """A transcript source's description ("Imported from a.vtt: 12 turns of Ana.")."""
    if not speaker:
        return ngettext(
            "Imported from {file}: {count} turn of speech.",
            "Imported from {file}: {count} turns of speech.",
            count,
        ).format(file=file_name, count=count)
    return ngettext(
        "Imported from {file}: {count} turn of {speaker}.",
        "Imported from {file}: {count} turns of {speaker}.",
        count,
    ).format(file=file_name, count=count, speaker=speaker)


def _match_speakers(
    wanted: Sequence[str], speakers: list[tuple[str, int]], name: str
) -> tuple[str, ...]:
    by_fold = {s.casefold(): s for s, _ in speakers}
    chosen = []
    for speaker in wanted:
        found = by_fold.get(speaker.strip().casefold())
        if found is None:
            listed = _listed(speakers)
            raise ImportFailed(
                _("no speaker '{speaker}' in this transcript; the speakers are: {speakers}").format(
                    speaker=speaker, speakers=listed
                ),
                where=name,
            )
        chosen.append(found)
    return tuple(dict.fromkeys(chosen))


def _words(table: Table, speaker: str) -> int:
    return sum(len(row[1].split()) for row in table.rows if row[0] == speaker)


def _listed(speakers: list[tuple[str, int]]) -> str:
    return ", ".join(
        ngettext("{speaker} ({count} turn)", "{speaker} ({count} turns)", n).format(
            speaker=s or _("unnamed"), count=n
        )
        for s, n in speakers
    )


def _question_ratio(table: Table, speaker: str) -> float:
    said = [row[1].rstrip() for row in table.rows if row[0] == speaker]
    return sum(1 for s in said if s.endswith(QUESTION_MARKS)) / len(said) if said else 0.0


def is_team_member(speaker: str) -> bool:
    """Whether a speaker's label names one of the team sitting in ("Tom (PM)", "Ana (our
    designer)", "Observer", "Note-taker"): their words are not evidence."""
    label = " ".join(speaker.casefold().split())
    return label in TEAM_LABELS or _TEAM_ROLE.search(label) is not None


def respondent_named(utterances: Sequence[Utterance], name: str) -> list[Utterance]:
    """The utterances with the one respondent labelled generically ("Participant", "A",
    "Respondent") named as the heading names them ("# Interview P4" -> "P4"); unchanged
    when the heading's name is already a speaker's, or the respondent is not one."""
    if not name:
        return list(utterances)
    speakers = {u.speaker for u in utterances if u.speaker}
    if name.casefold() in {s.casefold() for s in speakers}:
        return list(utterances)
    generic = [
        s
        for s in speakers
        if _first_word(s) in RESPONDENT_WORDS and len(re.findall(r"[^\W_]+", s)) == 1
    ]
    if len(generic) != 1:
        return list(utterances)
    return [
        Utterance(name, u.text, u.at, u.line, u.new_turn) if u.speaker == generic[0] else u
        for u in utterances
    ]


def _asks(said: str) -> bool:
    return said.rstrip().endswith(QUESTION_MARKS)


def _is_speaker_label(label: str) -> bool:
    word = _first_word(label)
    return (
        word in INTERVIEWER_WORDS
        or word in RESPONDENT_WORDS
        or bool(_NUMBERED.fullmatch(word))
        or is_team_member(label)
    )


def _first_word(speaker: str) -> str:
    words = re.findall(r"[^\W_]+", speaker.casefold())
    return words[0] if words else ""


def _looks_like_srt(text: str) -> bool:
    lines = text.split("\n", 3)
    return len(lines) >= 2 and lines[0].strip().isdigit() and "-->" in lines[1]


def _cues(text: str, *, vtt: bool) -> list[Utterance]:
    """The cues of a WebVTT or SubRip file as utterances (speaker from a voice tag or a
    "Name:" prefix; a cue without one continues the previous speaker)."""
    utterances: list[Utterance] = []
    speaker = ""
    line_number = 0
    for block in re.split(r"\n[ \t]*\n", text):
        lines = block.split("\n")
        first_line = line_number + 1
        line_number += len(lines) + 1
        timing = next((i for i, line in enumerate(lines) if _CUE_TIME.match(line)), None)
        if timing is None:
            continue  # the WEBVTT header, NOTE, STYLE and REGION blocks, cue numbers alone
        at = _short_time(_CUE_TIME.match(lines[timing]).group("at"))  # type: ignore[union-attr]
        payload = " ".join(line.strip() for line in lines[timing + 1 :] if line.strip())
        voice = _VOICE.search(payload) if vtt else None
        if voice:
            speaker = html.unescape(voice.group(1)).strip()
            payload = _TAG.sub("", payload).strip()
        else:
            payload = _CHEVRONS.sub("", _TAG.sub("", payload)).strip()
            label = _LABELLED[-1].match(payload)
            if label:
                speaker = label.group("speaker").strip()
                payload = label.group("text").strip()
        if vtt and "&" in payload:  # &lt; &amp; &#39; &nbsp;: the words they stand for
            payload = " ".join(html.unescape(payload).split())
        if payload:
            utterances.append(Utterance(speaker, payload, at, first_line + timing))
    return utterances


def _labelled(text: str) -> list[Utterance] | None:
    """Labelled lines, when most lines carry a label and at least two speakers repeat."""
    utterances: list[Utterance] = []
    labelled = content = timed = 0
    current: Utterance | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line or _MARKDOWN_STRUCTURE.match(line):
            continue
        if line[0] in "*_":
            line = _EMPHASISED_LABEL.sub(r"\g<label>: ", line, count=1).strip()
        content += 1
        header = _HEADER_LINE.match(line)
        if header:
            labelled += 1
            current = Utterance(header.group("speaker").strip(), "", _short_time(header["at"]))
            utterances.append(Utterance(current.speaker, "", current.at, number))
            continue
        match = next((p.match(line) for p in _LABELLED if p.match(line)), None)
        timed_line = None if match else _TIMED_LINE.match(line)
        if timed_line:
            timed += 1
            current = Utterance("", "", _short_time(timed_line["at"]))
            utterances.append(Utterance("", timed_line["text"].strip(), current.at, number))
        elif match:
            labelled += 1
            at = match.groupdict().get("at") or ""
            current = Utterance(match.group("speaker").strip(), "", _short_time(at))
            utterances.append(
                Utterance(current.speaker, match.group("text").strip(), current.at, number)
            )
        elif current is not None:
            last = utterances[-1]
            joined = f"{last.text} {line}".strip()
            utterances[-1] = Utterance(last.speaker, joined, last.at, last.line or number)
    if content >= 3 and timed >= content * 0.6:
        return utterances  # one timestamped utterance per line
    counts = Counter(u.speaker for u in utterances if u.speaker)
    if (
        labelled == content
        and len(counts) >= 2
        and all(_is_speaker_label(s) for s in counts)
        and any(_first_word(s) in INTERVIEWER_WORDS for s in counts)
    ):
        return utterances  # "Interviewer: …" / "P1: …": speech, however short
    repeated = [s for s, n in counts.items() if n >= 2]
    if content < 3 or labelled < content * 0.4 or len(repeated) < 2 or len(counts) > 12:
        return None
    if not (
        any(u.at for u in utterances)
        or any(u.text.rstrip().endswith(QUESTION_MARKS) for u in utterances)
        or any(_is_speaker_label(s) for s in counts)
    ):
        return None  # "Pain: … / Goal: …" notes: labels, but nobody speaks
    return [u for u in utterances if u.speaker or u.text]


def _short_time(at: str) -> str:
    """00:01:02.500 -> 00:01:02; 0:02 stays."""
    return re.split(r"[.,]", at, maxsplit=1)[0] if at else ""
