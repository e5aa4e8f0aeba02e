"""Which source names say the team's view, and which are research (issue 15, finding 2).

The outside tester's labels (English, German, French, Spanish) passed as research behind a
validated persona; they are recognised by the ideas behind them — our own people as the
speaker, a view, belief, hypothesis or "we think", the team's own use — not as a list of
phrases, so the variants below (never in the code) are caught too. And genuine research
names, in the four languages, are never flagged: a check that cries wolf is ignored.
"""

from __future__ import annotations

import pytest

from workshop.domain.opinion_labels import WHAT_IT_IS, opinion_named

#: The tester's labels, each with what the finding says it is.
TESTERS_LABELS = {
    "Sales team's view": "view",
    "What marketing thinks": "view",
    "Founder's view": "view",
    "Stakeholder input": "view",
    "HiPPO": "opinion",
    "Gut check": "hunch",
    "Leadership offsite": "workshop",
    "Product team consensus": "view",
    "Persona hypotheses": "hypothesis",
    "Team belief": "view",
    "We think": "view",
    "Internal knowledge": "view",
    "Customer Success team's impressions": "view",
    "Hypothesen des Teams": "hypothesis",
    "Nos hypothèses": "hypothesis",
    "Avis de l'équipe commerciale": "view",
    "Hipótesis del equipo": "hypothesis",
    "Lo que pensamos": "view",
    "We used it ourselves for a week": "self-use",
    "Interview with our sales rep": "view",
}

#: Variants of the same ideas that no list in the code spells out.
VARIANTS = [
    "What the founders believe",
    "Our CTO's perspective",
    "Marketing's take on onboarding",
    "Was wir denken",
    "Sicht des Vertriebs",
    "Teamsicht",
    "Annahmen des Produktteams",
    "Ce que nous pensons",
    "Vision de la direction",
    "Lo que cree el equipo de ventas",
    "Impresiones del equipo",
    "Notes from our support team",
    "Interview with our account manager",
    "Stakeholder interview: Head of Sales",
    "Dogfooding notes, week 3",
    "Wir haben es selbst genutzt",
    "Lo usamos nosotros mismos",
    "Nous l'avons utilisé nous-mêmes",
    "Unsere Hypothesen",
    "Sales team's gut feeling",
]

#: Research, in English, German, French and Spanish: never flagged. "Customer opinion
#: survey Q3" is research: an opinion survey of customers hears customers, not the team.
RESEARCH = [
    "Interview P3 — freelancer",
    "Customer opinion survey Q3",
    "Sales call recording with ACME",
    "Usability test session 4",
    "NPS survey March",
    "Support tickets export",
    "Analytics: funnel report",
    "Interview with the CEO",
    "Diary study, week 2",
    "Contextual inquiry at a bakery",
    "App store reviews, 1–3 stars",
    "Customer feedback form",
    "What customers think of our pricing",
    "What customers think of our sales team",
    "User impressions after the onboarding test",
    "Interview testing hypothesis 2",
    "Assumption test interviews with 12 users",
    "Validierung unserer Annahmen: Interviews",
    "Win/loss interviews with buyers",
    "Interview with a team lead at Contoso",
    "Customer success call recording",
    "Our support tickets export",
    "Think-aloud usability test",
    "Interview 14 — sales rep, paid on commission",
    "Kundeninterview 12",
    "Nutzerbefragung Mai",
    "Usability-Test Sitzung 3",
    "Beobachtung im Laden",
    "Support-Tickets Export März",
    "Meinungen der Kunden",
    "Kundensicht auf Preise",
    "Entretien utilisateur 5",
    "Enquête de satisfaction clients",
    "Avis clients sur l'App Store",
    "Observation terrain, boulangerie",
    "Test utilisateur n°3",
    "Entrevista con cliente 7",
    "Encuesta NPS marzo",
    "Opiniones de usuarios en la tienda",
    "Prueba de usabilidad 2",
    "Lo que piensan los clientes",
    "Encuesta de opinión a clientes",
]


@pytest.mark.parametrize("label", list(TESTERS_LABELS))
def test_the_testers_labels_say_the_teams_view(label: str) -> None:
    assert opinion_named(label) == TESTERS_LABELS[label]


@pytest.mark.parametrize("label", VARIANTS)
def test_other_wordings_of_the_same_ideas_are_caught(label: str) -> None:
    assert opinion_named(label) in WHAT_IT_IS


@pytest.mark.parametrize("label", RESEARCH)
def test_genuine_research_names_are_not_flagged(label: str) -> None:
    assert opinion_named(label) is None


def test_enough_research_names_in_each_language() -> None:
    assert len(RESEARCH) >= 25
    german = {"Kundeninterview 12", "Nutzerbefragung Mai", "Beobachtung im Laden"}
    french = {"Entretien utilisateur 5", "Avis clients sur l'App Store"}
    spanish = {"Entrevista con cliente 7", "Lo que piensan los clientes"}
    assert german | french | spanish <= set(RESEARCH)


def test_every_kind_of_name_has_words_for_the_finding() -> None:
    found = {opinion_named(label) for label in [*TESTERS_LABELS, *VARIANTS]}
    assert found <= set(WHAT_IT_IS)
    assert {"view", "hypothesis", "self-use"} <= found
