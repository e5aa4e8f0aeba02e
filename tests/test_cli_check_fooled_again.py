"""The outside tester's second round of personas built to fool the evidence check (issue 15;
findings 1, 2, 8 and 18), made as the tester made them — a JSON document through
``import-json``, breakout copies through ``merge`` — and judged by ``check``, ``poster``
and ``deck``. Each passed before ("passes, 7 of 7 items well evidenced (100%)", exit 0);
each must now fail, or say what it counted, for the reason a sceptical researcher gives.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.domain.model import Section
from workshop.store import create_workshop, open_workshop

TODAY = "2026-11-30"
STAMP = "2026-11-20T09:00:00.000000+00:00"
ITEMS = (
    ("goal", "A weekly routine"),
    ("pain_point", "Irregular income"),
    ("constraint", "Phone only"),
    ("trigger", "Payday"),
    ("decision_criterion", "Speed"),
    ("success_metric", "Finish weekly review in under 10 minutes"),
    ("metric_link", "30-day retention"),
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class Document:
    """A version-3 interchange document with personas whose every item is backed by one
    note from each of their sources (the tester's build.py, rewritten)."""

    def __init__(self) -> None:
        names = "workshop participant study respondent source asset cluster note vote_round"
        self.tables: dict[str, list[dict[str, Any]]] = {
            t: [] for t in (*names.split(), "vote", "persona", "persona_item", "evidence_link")
        }
        self.tables["workshop"].append(
            self._row(
                title="Fool the check",
                goal="Who budgets how",
                decisions=["onboarding_ux"],
                product="Budget app",
                target_segments="Young families",
                metrics=["Activation"],
                stage="validate",
                settings={},
            )
        )
        self.respondents: dict[str, str] = {}
        self.studies: dict[str, str] = {}

    @staticmethod
    def _row(**fields: Any) -> dict[str, Any]:
        return {"id": str(uuid.uuid4()), **fields, "created_at": STAMP, "updated_at": STAMP}

    def respondent(self, label: str) -> str:
        """A new respondent row (two calls with one label make two rows, as the tester's
        documents did)."""
        row = self._row(label=label, attributes={}, notes="")
        self.tables["respondent"].append(row)
        return str(row["id"])

    def study(self, name: str, kind: str) -> str:
        if name not in self.studies:
            row = self._row(name=name, kind=kind, date_from=None, date_to=None, notes="")
            self.tables["study"].append(row)
            self.studies[name] = row["id"]
        return self.studies[name]

    def source(
        self,
        label: str,
        kind: str = "interview",
        *,
        respondent: str | None = None,
        study: str | None = None,
        reference: str = "",
    ) -> str:
        row = self._row(
            kind=kind,
            label=label,
            date="2026-11-01",
            reference=reference,
            notes="",
            study_id=study,
            respondent_id=respondent,
        )
        self.tables["source"].append(row)
        return str(row["id"])

    def persona(
        self,
        name: str,
        sources: list[str],
        *,
        status: str = "validated",
        metric: str = ITEMS[5][1],
        link: tuple[str, str] = ("38%", "50%"),
    ) -> None:
        persona = self._row(
            name=name, archetype="Planner", quote="I plan on Sundays", role_context="Parent",
            photo_asset_id=None, status=status, template="user", last_reviewed="2026-11-20",
            owner="Lead", segment_name="Young families", segment_size="10% of users",
            segment_size_source="Analytics, September 2026", colour="#5c6bc0",
            position=len(self.tables["persona"]), evidence_pool=[],
        )  # fmt: skip
        self.tables["persona"].append(persona)
        for position, (section, text) in enumerate(ITEMS):
            is_link = section == "metric_link"
            item = self._row(
                persona_id=persona["id"],
                section=section,
                text=metric if section == "success_metric" else text,
                position=position,
                metric_kind="retention" if is_link else None,
                metric_baseline=link[0] if is_link else "",
                metric_target=link[1] if is_link else "",
            )
            self.tables["persona_item"].append(item)
            for source in sources:
                note = self._row(
                    text=f"{text}: heard from {source[:4]}", x=0.0, y=0.0, w=160.0, h=120.0,
                    z=0.0, colour="#fff59d", source_id=source, author_id=None, cluster_id=None,
                    asset_id=None, origin_asset_id=None, question="",
                )  # fmt: skip
                self.tables["note"].append(note)
                self.tables["evidence_link"].append(
                    self._row(item_id=item["id"], note_id=note["id"], cluster_id=None)
                )

    def imported(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
        doc = tmp_path / "fool.json"
        document = {"format": "persona-workshop", "version": 3, "tables": self.tables}
        doc.write_text(json.dumps(document), encoding="utf-8")
        path = tmp_path / "fool.pwshop"
        code, _, err = run(capsys, "import-json", str(doc), "-o", str(path))
        assert code == 0, err
        return path


def check(
    capsys: pytest.CaptureFixture[str], path: Path, persona: str | None = None
) -> tuple[int, dict[str, Any]]:
    args = ["check", str(path), "--today", TODAY, "--json"]
    if persona:
        args += ["--persona", persona]
    code, out, _ = run(capsys, *args)
    return code, json.loads(out)


def of_rule(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


def two_people(doc: Document) -> list[str]:
    return [
        doc.source("Interview Ana", respondent=doc.respondent("Ana Lima"), reference="rec1"),
        doc.source("Interview Ben", respondent=doc.respondent("Ben Okoro"), reference="rec2"),
    ]


# --- finding 1 (e): two respondent rows of one person --------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("Ana Lima", "Ana Lima"), ("Priya Nair", "priya  nair "), ("Zo\u00eb", "Zoe\u0308")],
    ids=["same label", "case and spaces", "NFC and NFD"],
)
def test_two_respondent_rows_of_one_person_are_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    doc = Document()
    sources = [
        doc.source("Interview A", respondent=doc.respondent(first), reference="a"),
        doc.source("Interview B", respondent=doc.respondent(second), reference="b"),
    ]
    doc.persona("One person twice", sources)
    doc.persona("Control: two people", two_people(doc))
    path = doc.imported(tmp_path, capsys)
    code, report = check(capsys, path)
    fooled, control = report["personas"]
    assert code == 1 and fooled["passes"] is False and control["passes"] is True
    anecdotes = of_rule(fooled, "single-anecdote")
    assert len(anecdotes) == 5 and {f["severity"] for f in anecdotes} == {"error"}
    assert all(f"1 respondent ('{first}', behind 2 sources)" in f["message"] for f in anecdotes)
    assert fooled["items"]["well_evidenced"] == 2
    code, out, _ = run(
        capsys, "check", str(path), "--today", TODAY, "--persona", "One person twice"
    )
    assert "One person twice: fails, 2 of 7 items well evidenced (29%)" in out


# --- finding 1 (a): breakout copies that each imported the same CSV, merged ---------------

SURVEY = "Participant,Date,Comment\n" + "".join(
    f"P{n},2026-10-{n:02d},Budgeting is hard because of reason {n}.\n" for n in range(1, 6)
)


def test_p1_twice_after_merging_breakout_copies_is_one_respondent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.pwshop"
    create_workshop(base, "Budget app").close()
    copies = [tmp_path / "room-1.pwshop", tmp_path / "room-2.pwshop"]
    csv = tmp_path / "base.csv"
    csv.write_text(SURVEY, encoding="utf-8")
    for copy in copies:
        shutil.copyfile(base, copy)
        code, _, err = run(capsys, "import-evidence", str(copy), str(csv))
        assert code == 0, err
    merged = tmp_path / "merged.pwshop"
    code, _, err = run(capsys, "merge", str(base), *map(str, copies), "-o", str(merged))
    assert code == 0, err
    with open_workshop(merged) as wf:
        snapshot = wf.snapshot()
        assert [r.label for r in snapshot.respondents].count("P1") == 2
        p1 = [n.id for n in snapshot.notes if "reason 1." in n.text]
        assert len(p1) == 2
        persona = wf.add_persona(
            "Linked", last_reviewed="2026-11-20", segment_name="Young families"
        ).created[0]
        for section, text in ITEMS:
            fields: dict[str, Any] = {}
            if section == "metric_link":
                fields = {"metric_kind": "retention", "metric_baseline": "38%"}
            item = wf.add_item(persona, Section(section), text, **fields).created[0]
            wf.link_evidence(item, note_ids=p1)
        wf.update_persona(persona, "Mark validated", status="validated")
    code, report = check(capsys, merged)
    [linked] = report["personas"]
    assert code == 1 and linked["passes"] is False
    anecdotes = of_rule(linked, "single-anecdote")
    assert len(anecdotes) == 5
    assert all("1 respondent ('P1', behind 2 sources)" in f["message"] for f in anecdotes)


# --- finding 2: the team's view marked as research ----------------------------------------


def test_a_draft_of_opinions_marked_as_interviews_fails_and_prints_no_research(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document()
    opinions = [
        doc.source("Team brainstorm", reference="wb"),
        doc.source("CEO's opinion", reference="doc"),
    ]
    doc.persona("Draft opinion only", opinions, status="draft")
    path = doc.imported(tmp_path, capsys)
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY)
    assert code == 1
    assert "Draft opinion only: fails, 0 of 7 items well evidenced (0%)" in out
    code, report = check(capsys, path)
    [persona] = report["personas"]
    assert [f["severity"] for f in of_rule(persona, "opinion-named")] == ["warning", "warning"]
    assert len(of_rule(persona, "grounded")) == 7
    for verb in ("poster", "deck"):
        pdf = tmp_path / f"{verb}.pdf"
        code, _, err = run(capsys, verb, str(path), "-o", str(pdf))
        assert code == 0, err
        pages = PdfReader(pdf).pages
        text = " ".join(" ".join(page.extract_text() for page in pages).split())
        assert "14 notes from no research (14 notes of opinion, not research)" in text, verb
        assert "2 sources" not in text and "2 interviews" not in text


TESTERS_LABELS = [
    ("Sales team's view", "interview"),
    ("What marketing thinks", "interview"),
    ("Founder's view", "interview"),
    ("Stakeholder input", "interview"),
    ("HiPPO", "interview"),
    ("Gut check", "interview"),
    ("Leadership offsite", "interview"),
    ("Product team consensus", "interview"),
    ("Persona hypotheses", "interview"),
    ("Team belief", "interview"),
    ("We think", "interview"),
    ("Internal knowledge", "interview"),
    ("Customer Success team's impressions", "interview"),
    ("Hypothesen des Teams", "interview"),
    ("Nos hypothèses", "interview"),
    ("Avis de l'équipe commerciale", "interview"),
    ("Hipótesis del equipo", "interview"),
    ("Lo que pensamos", "interview"),
    ("We used it ourselves for a week", "observation"),
    ("Interview with our sales rep", "interview"),
]


@pytest.mark.parametrize(("label", "kind"), TESTERS_LABELS, ids=[t[0] for t in TESTERS_LABELS])
def test_one_interview_and_the_teams_view_do_not_validate_a_persona(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, kind: str
) -> None:
    doc = Document()
    real = doc.source("Interview Ben", respondent=doc.respondent("Ben Okoro"), reference="r")
    doc.persona("View plus one", [doc.source(label, kind, reference="x"), real])
    code, report = check(capsys, doc.imported(tmp_path, capsys))
    [persona] = report["personas"]
    assert code == 1 and persona["passes"] is False
    [named] = of_rule(persona, "opinion-named")
    assert named["severity"] == "error" and f"'{label}' is marked as" in named["message"]
    assert "it counts as an assumption, not as research." in named["message"]
    anecdotes = of_rule(persona, "single-anecdote")
    assert len(anecdotes) == 5
    assert all("only 1 respondent ('Ben Okoro')" in f["message"] for f in anecdotes)


# --- finding 8: metrics --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "target", "passes"),
    [
        ("baseline", "target", False),
        ("high", "higher", False),
        ("", "Increase", False),
        ("N/A", "more", False),
        ("0", "5", True),
        ("0", "0", False),  # a target equal to its baseline asks for no change
        ("38% (guess)", "", False),
        ("TBD 50%", "", False),
        ("~40%", "≈50%", False),
        ("two", "three", True),  # numbers written as words are numbers
    ],
)
def test_a_linked_metric_needs_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], baseline: str, target: str, passes: bool
) -> None:
    doc = Document()
    doc.persona("Linked metric", two_people(doc), link=(baseline, target))
    code, report = check(capsys, doc.imported(tmp_path, capsys))
    [persona] = report["personas"]
    assert persona["passes"] is passes and code == (0 if passes else 1)
    assert bool(of_rule(persona, "metrics")) is not passes


def test_a_year_is_not_the_quantity_of_a_success_metric(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document()
    doc.persona("Vague", two_people(doc), metric="More users in 2027")
    code, report = check(capsys, doc.imported(tmp_path, capsys))
    [persona] = report["personas"]
    [finding] = of_rule(persona, "metrics")
    assert code == 1 and finding["message"] == (
        "Success metric 'More users in 2027' is not measurable: it does not give a quantity."
    )


# --- finding 18: tickets of one customer, analytics of two studies ---------------------------


def test_two_tickets_from_one_customer_count_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document()
    tickets = [
        doc.source("Ticket 1 from ACME", "support_ticket", reference="#1"),
        doc.source("Ticket 2 from ACME", "support_ticket", reference="#2"),
    ]
    doc.persona("One customer", tickets)
    code, report = check(capsys, doc.imported(tmp_path, capsys))
    [persona] = report["personas"]
    assert code == 1
    anecdotes = of_rule(persona, "single-anecdote")
    assert len(anecdotes) == 5
    assert all("1 respondent ('ACME', behind 2 sources)" in f["message"] for f in anecdotes)


def test_two_analytics_studies_count_as_two_and_the_report_says_studies_were_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document()
    reports = [
        doc.source("Funnel Oct", "analytics", study=doc.study("Funnel A", "analytics_report")),
        doc.source("Funnel Nov", "analytics", study=doc.study("Funnel B", "analytics_report")),
    ]
    doc.persona("Analytics two studies", reports)
    path = doc.imported(tmp_path, capsys)
    code, report = check(capsys, path)
    [persona] = report["personas"]
    assert code == 0 and persona["passes"] is True
    counted = of_rule(persona, "counted-by-study")
    assert len(counted) == 5 and {f["severity"] for f in counted} == {"note"}
    assert (
        "only by counting studies, not people: 2 studies ('Funnel A', 'Funnel B')"
        in (counted[0]["message"])
    )
    code, out, _ = run(capsys, "check", str(path), "--today", TODAY)
    assert "studies, not people" in out
