"""Which persona items cite a note: for the note's details on the board ("cited by…").

A note is cited by an item linked to it, and by an item linked to the cluster it is in.
No Qt here: the board's note details call ``citations`` and show the lines as plain text.
"""

from __future__ import annotations

from workshop.domain.model import (
    LIST_ORDER,
    Persona,
    PersonaItem,
    WorkshopSnapshot,
)


def items_citing(snapshot: WorkshopSnapshot, note_id: str) -> list[tuple[Persona, PersonaItem]]:
    """The items backed by the note, persona by persona in the workshop's order."""
    note = next((n for n in snapshot.notes if n.id == note_id), None)
    if note is None:
        return []
    cited = {
        link.item_id
        for link in snapshot.links
        if link.note_id == note_id or (note.cluster_id and link.cluster_id == note.cluster_id)
    }
    personas = {p.id: p for p in snapshot.personas}
    found = [
        (personas[item.persona_id], item)
        for item in snapshot.items
        if item.id in cited and item.persona_id in personas
    ]
    return sorted(
        found,
        key=lambda pi: (
            pi[0].position,
            pi[0].name,
            LIST_ORDER.get(pi[1].section, 99),
            pi[1].position,
        ),
    )


def citations(snapshot: WorkshopSnapshot, note_id: str) -> list[str]:
    """One line per citing item: "Time-poor planner › Goals: A simple weekly routine"."""
    return [
        f"{persona.name} › {item.section.label}: {item.text}"
        for persona, item in items_citing(snapshot, note_id)
    ]
