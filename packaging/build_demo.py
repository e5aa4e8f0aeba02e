"""Build the demo workshop: a budgeting-app team's research, clusters, votes and personas.

    .venv/bin/python packaging/build_demo.py          # rewrite resources/demo/budgeting-app.json
    .venv/bin/python packaging/build_demo.py --check  # exit 1 if the checked-in file is stale

The demo follows the worked example of the domain reference (shared/customer-persona.txt):
a team building a budgeting app interviews 20 users and reads churn reasons, support tickets,
observation sessions and analytics, clusters what it finds, dot-votes the most painful
themes, and drafts two personas — "Time-poor planner", well evidenced, and a thin
proto-persona built on the team's assumptions, which the evidence check flags.

The content (every source, note, cluster, vote and persona item) is in
``packaging/demo_content.toml``. This script runs the workshop as a facilitator would,
through the workshop file's named operations, and exports it as a JSON interchange
document. Ids and timestamps are then rewritten — ids as uuid5 of a stable name
("note/12": the 12th note made), timestamps 20 seconds apart on a fixed workshop morning —
so every build gives the same file, byte for byte: tests/test_demo.py rebuilds it and
compares. Edit the TOML, run this script, never edit the JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import tomllib
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop.domain.board_geometry import CLUSTER_PAD, CLUSTER_TITLE_BAND  # noqa: E402
from workshop.domain.model import (  # noqa: E402  (needs ROOT on sys.path when run as a script)
    DEFAULT_NOTE_SIZE,
    PersonaStatus,
    PersonaTemplate,
    Section,
    SourceKind,
    Stage,
    VoteTarget,
)
from workshop.io import interchange  # noqa: E402
from workshop.store import Change, WorkshopFile, create_workshop, schema  # noqa: E402

CONTENT = Path(__file__).resolve().parent / "demo_content.toml"
OUTPUT = ROOT / "resources" / "demo" / "budgeting-app.json"
#: Ids in the demo are uuid5(NAMESPACE, "<table>/<n>"): the n-th row of that table made.
NAMESPACE = uuid.UUID("6d1f3c2e-4b8a-5e7f-9a0c-b2d4e6f80a13")
#: The workshop took place on this morning; each recorded step is 20 seconds after the last.
WORKSHOP_START = datetime(2026, 10, 21, 9, 0, tzinfo=UTC)
STEP = timedelta(seconds=20)
CHECK_SETTINGS = {"min_sources": 2, "max_age_days": 183, "max_items_per_section": 7}

# Board layout: clusters in rows of three, each a grid of notes four wide.
COLUMNS = 4
GAP = 16.0  # between notes in a cluster (tidy_cluster's default)
CLUSTER_GAP = 80.0  # between clusters, and between the clusters and the loose notes
CLUSTERS_PER_ROW = 3
#: Sticky-note colour by source kind, as the team used them; orange for assumptions.
KIND_COLOURS: dict[SourceKind | None, str] = {
    SourceKind.INTERVIEW: "#fff59d",
    SourceKind.SURVEY: "#b3e5fc",
    SourceKind.SUPPORT_TICKET: "#f8bbd0",
    SourceKind.OBSERVATION: "#c5e1a5",
    SourceKind.ANALYTICS: "#d1c4e9",
    SourceKind.OTHER: "#fafafa",
    SourceKind.ASSUMPTION: "#ffcc80",
    None: "#ffcc80",
}
PERSONA_KEYS = frozenset(
    {
        "name",
        "template",
        "drafted_from",
        "items",
        "archetype",
        "quote",
        "role_context",
        "status",
        "last_reviewed",
        "owner",
        "segment_name",
        "segment_size",
        "segment_size_source",
        "colour",
    }
)


# The content ------------------------------------------------------------------------------
def load_content(path: Path = CONTENT) -> dict[str, Any]:
    with path.open("rb") as file:
        content = tomllib.load(file)
    interviews = content["interviews"]
    sources: dict[str, dict[str, Any]] = {}
    for n, (who, when, author) in enumerate(interviews["people"], start=1):
        sources[f"i{n:02d}"] = {
            "kind": SourceKind.INTERVIEW,
            "label": f"Interview {n} — {who}",
            "date": when,
            "reference": interviews["reference"].format(n=n),
            "notes": interviews["notes"],
            "by": author,
            "study": interviews["study"],
            # each interviewee is a respondent of their own, under a pseudonym
            "respondent": f"i{n:02d}",
            "pseudonym": f"P{n:02d}",
            "profile": who,
        }
    for key, source in content["sources"].items():
        if key in sources:
            raise ValueError(f"{CONTENT.name}: source '{key}' is defined twice")
        sources[key] = {"notes": "", **source, "kind": SourceKind(source["kind"])}
    content["sources"] = sources
    return content


# Layout -----------------------------------------------------------------------------------
def cluster_size(count: int) -> tuple[float, float]:
    """The frame tidy_cluster fits around ``count`` notes in rows of COLUMNS."""
    w, h = DEFAULT_NOTE_SIZE
    rows = math.ceil(count / COLUMNS)
    return (
        2 * CLUSTER_PAD + COLUMNS * w + (COLUMNS - 1) * GAP,
        CLUSTER_TITLE_BAND + 2 * CLUSTER_PAD + rows * h + (rows - 1) * GAP,
    )


def note_cell(left: float, top: float, index: int) -> tuple[float, float]:
    """Where the ``index``-th note of a cluster whose frame is at (left, top) sits."""
    w, h = DEFAULT_NOTE_SIZE
    return (
        left + CLUSTER_PAD + (index % COLUMNS) * (w + GAP),
        top + CLUSTER_TITLE_BAND + CLUSTER_PAD + (index // COLUMNS) * (h + GAP),
    )


def cluster_frames(counts: Sequence[int]) -> list[tuple[float, float, float, float]]:
    """(x, y, w, h) of each cluster frame: rows of CLUSTERS_PER_ROW, side by side."""
    frames: list[tuple[float, float, float, float]] = []
    top = 0.0
    for start in range(0, len(counts), CLUSTERS_PER_ROW):
        left = 0.0
        sizes = [cluster_size(c) for c in counts[start : start + CLUSTERS_PER_ROW]]
        for w, h in sizes:
            frames.append((left, top, w, h))
            left += w + CLUSTER_GAP
        top += max(h for _, h in sizes) + CLUSTER_GAP
    return frames


# Stable ids and timestamps ----------------------------------------------------------------
class StableNames:
    """Names every row the build makes ("note/12"), and remembers the step that made it and
    the step that last changed it, by listening to the workshop's changes."""

    def __init__(self, workshop_id: str) -> None:
        self.names: dict[str, str] = {workshop_id: "workshop"}
        self.created: dict[str, int] = {workshop_id: 0}
        self.updated: dict[str, int] = {workshop_id: 0}
        self.counts: Counter[str] = Counter()
        self.step = 0

    def __call__(self, change: Change) -> None:
        self.step += 1
        for row in change.rows:
            if row.before is None:
                self.counts[row.table] += 1
                self.names[row.row_id] = f"{row.table}/{self.counts[row.table]}"
                self.created[row.row_id] = self.step
            if row.after is not None:
                self.updated[row.row_id] = self.step

    def new_id(self, old: str) -> str:
        return str(uuid.uuid5(NAMESPACE, self.names[old]))

    @staticmethod
    def stamp(step: int) -> str:
        return (WORKSHOP_START + step * STEP).isoformat(timespec="microseconds")


def stable_rows(rows: interchange.Rows, names: StableNames) -> interchange.Rows:
    """The rows with every id, reference and timestamp rewritten to its stable value."""
    out: interchange.Rows = {}
    for table, table_rows in rows.items():
        references = schema.FOREIGN_KEYS.get(table, {})
        fixed = []
        for row in table_rows:
            new = dict(row)
            new["id"] = names.new_id(row["id"])
            for column in references:
                if new[column] is not None:
                    new[column] = names.new_id(new[column])
            if table == "persona":
                pool = json.loads(new["evidence_pool"] or "[]")
                new["evidence_pool"] = json.dumps([names.new_id(c) for c in pool])
            new["created_at"] = names.stamp(names.created[row["id"]])
            new["updated_at"] = names.stamp(names.updated[row["id"]])
            fixed.append(new)
        out[table] = fixed
    return out


# Running the workshop ---------------------------------------------------------------------
class DemoRun:
    """The workshop, stage by stage, through the store's named operations."""

    def __init__(self, wf: WorkshopFile, content: dict[str, Any]) -> None:
        self.wf = wf
        self.content = content
        self.people: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.studies: dict[str, str] = {}
        self.respondents: dict[str, str] = {}  # the interview key -> respondent id
        self.brainstorm = ""  # the team's brainstorm: an "assumption / team opinion" source
        self.notes: dict[str, str] = {}
        self.clusters: list[str] = []

    def run(self) -> None:
        self.frame()
        self.wf.set_stage(Stage.EVIDENCE)
        self.evidence()
        self.wf.set_stage(Stage.CLUSTER)
        self.cluster()
        self.vote()
        self.wf.set_stage(Stage.DRAFT)
        personas = [self.draft(p) for p in self.content["personas"]]
        self.wf.set_stage(Stage.VALIDATE)
        for persona_id, persona in zip(personas, self.content["personas"], strict=True):
            if persona.get("status") == PersonaStatus.VALIDATED:
                self.wf.update_persona(persona_id, "Mark validated", status=persona["status"])

    def frame(self) -> None:
        self.wf.update_workshop(**self.content["frame"])
        self.wf.update_settings(check=CHECK_SETTINGS)
        for key, (name, colour) in self.content["participants"].items():
            self.people[key] = self.wf.add_participant(name, colour).created[0]

    def evidence(self) -> None:
        for key, study in self.content["studies"].items():
            self.studies[key] = self.wf.add_study(
                study["name"],
                study["kind"],
                date_from=study["date_from"].isoformat(),
                date_to=study["date_to"].isoformat(),
                notes=study.get("notes", ""),
            ).created[0]
        sources = self.content["sources"]
        for key, source in sources.items():
            if "pseudonym" in source:
                self.respondents[key] = self.wf.add_respondent(
                    source["pseudonym"], {"profile": source["profile"]}
                ).created[0]
        for key, source in sources.items():
            respondent = source.get("respondent")
            if respondent is not None and respondent not in self.respondents:
                raise ValueError(f"{CONTENT.name}: source '{key}' names no interviewee")
            self.sources[key] = self.wf.add_source(
                source["label"],
                source["kind"],
                date=source["date"].isoformat(),
                reference=source["reference"],
                notes=source["notes"],
                study_id=self.studies[source["study"]],
                respondent_id=None if respondent is None else self.respondents[respondent],
            ).created[0]
        brainstorm = self.content["assumptions"]["brainstorm"]
        self.brainstorm = self.wf.add_source(
            brainstorm["label"],
            SourceKind.ASSUMPTION,
            date=brainstorm["date"].isoformat(),
            notes=brainstorm["notes"],
        ).created[0]

    def note_fields(self, source_key: str) -> dict[str, Any]:
        source = self.content["sources"][source_key]
        return {
            "source_id": self.sources[source_key],
            "author_id": self.people[source["by"]],
            "colour": KIND_COLOURS[source["kind"]],
        }

    def cluster(self) -> None:
        """Each cluster's notes go up in a grid, are grouped, coloured and tidied."""
        clusters = self.content["clusters"]
        frames = cluster_frames([len(c["notes"]) for c in clusters])
        for cluster, (left, top, _, _) in zip(clusters, frames, strict=True):
            rows = [
                {"text": text, "x": x, "y": y, **self.note_fields(source)}
                for index, (_, source, text) in enumerate(cluster["notes"])
                for x, y in [note_cell(left, top, index)]
            ]
            created = self.wf.add_notes(rows).created
            self.remember_notes([key for key, _, _ in cluster["notes"]], created)
            cluster_id = self.wf.group_into_cluster(created, cluster["title"]).created[0]
            self.wf.update_cluster(cluster_id, "Colour cluster", colour=cluster["colour"])
            self.wf.tidy_cluster(cluster_id, columns=COLUMNS, gap=GAP)
            self.clusters.append(cluster_id)
        bottom = max(y + h for _, y, _, h in frames) + CLUSTER_GAP
        width = DEFAULT_NOTE_SIZE[0] + 2 * GAP
        loose = self.content["assumptions"]["notes"]
        from_brainstorm = set(self.content["assumptions"]["brainstorm"]["notes_from"])
        created = self.wf.add_notes(
            [
                {
                    "text": text,
                    "x": index * width,
                    "y": bottom,
                    "colour": KIND_COLOURS[None],
                    "author_id": self.people[author],
                    "source_id": self.brainstorm if key in from_brainstorm else None,
                }
                for index, (key, author, text) in enumerate(loose)
            ],
            label="Add assumptions",
        ).created
        self.remember_notes([key for key, _, _ in loose], created)

    def remember_notes(self, keys: list[str], ids: Sequence[str]) -> None:
        for key, note_id in zip(keys, ids, strict=True):
            if key in self.notes:
                raise ValueError(f"{CONTENT.name}: note key '{key}' is used twice")
            self.notes[key] = note_id

    def vote(self) -> None:
        round_id = self.wf.add_vote_round(
            "Most painful", VoteTarget.CLUSTERS, votes_per_participant=3
        ).created[0]
        for person, choices in self.content["votes"].items():
            for choice in choices:
                self.wf.cast_vote(
                    round_id, self.people[person], cluster_id=self.clusters[choice - 1]
                )
        self.wf.end_vote_round(round_id)

    def draft(self, persona: dict[str, Any]) -> str:
        unknown = set(persona) - PERSONA_KEYS
        if unknown:
            raise ValueError(f"{CONTENT.name}: unknown persona fields {sorted(unknown)}")
        fields = {k: v for k, v in persona.items() if k not in ("name", "items", "drafted_from")}
        fields["status"] = PersonaStatus.DRAFT
        template = PersonaTemplate(fields.pop("template", PersonaTemplate.USER))
        if isinstance(fields.get("last_reviewed"), date):
            fields["last_reviewed"] = fields["last_reviewed"].isoformat()
        pool = [self.clusters[n - 1] for n in persona.get("drafted_from", [])]
        if pool:
            change = self.wf.add_persona_from_clusters(
                persona["name"], pool, template=template, **fields
            )
        else:
            change = self.wf.add_persona(persona["name"], template, **fields)
        persona_id = change.created[0]
        for section, text, evidence, *extra in persona["items"]:
            metric = extra[0] if extra else {}
            item_id = self.wf.add_item(persona_id, Section(section), text, **metric).created[0]
            if evidence:
                self.wf.link_evidence(item_id, note_ids=[self.notes[key] for key in evidence])
        return persona_id


# The document -----------------------------------------------------------------------------
def demo_text(content_path: Path = CONTENT) -> str:
    """The demo workshop as a JSON interchange document (the same text every time)."""
    content = load_content(content_path)
    with tempfile.TemporaryDirectory(prefix="persona-demo-") as folder:
        wf = create_workshop(Path(folder) / "demo.pwshop", content["title"])
        try:
            names = StableNames(wf.workshop_id)
            wf.subscribe(names)
            DemoRun(wf, content).run()
            rows = interchange.workshop_rows(wf)
        finally:
            wf.close()
    return interchange.dumps(interchange.document(stable_rows(rows, names)))


def build(out: Path = OUTPUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(demo_text(), encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the demo workshop's JSON document.")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help="where to write it")
    parser.add_argument(
        "--check", action="store_true", help="only say whether the file is up to date"
    )
    args = parser.parse_args(argv)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != demo_text():
            print(f"{args.output} is out of date: run packaging/build_demo.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    print(f"wrote {build(args.output)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
