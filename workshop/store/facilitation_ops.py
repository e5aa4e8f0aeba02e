"""Named operations for running the room: the frame, the stage, settings, dot voting."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from workshop.domain.model import Stage, VoteTarget
from workshop.errors import OperationRefused
from workshop.i18n import N_, _, ngettext
from workshop.store.changes import Change
from workshop.store.core import WorkshopFileCore
from workshop.store.recorder import Recorder

FRAME_FIELDS = frozenset({"title", "goal", "decisions", "product", "target_segments", "metrics"})
ROUND_FIELDS = frozenset({"name", "votes_per_participant", "is_open", "show_tallies"})


class FacilitationOps(WorkshopFileCore):
    @property
    def workshop_id(self) -> str:
        return str(self._read("SELECT id FROM workshop")[0][0])

    # The frame, the stage, the settings ----------------------------------------------
    def update_workshop(self, label: str = N_("Edit workshop frame"), **fields: Any) -> Change:
        unknown = set(fields) - FRAME_FIELDS
        if unknown:
            raise ValueError(f"unknown workshop field(s): {', '.join(sorted(unknown))}")
        values = {
            k: json.dumps([str(x) for x in v]) if k in ("decisions", "metrics") else v
            for k, v in fields.items()
        }
        if "title" in values and not str(values["title"]).strip():
            raise OperationRefused(_("a workshop needs a title"))
        return self._run(label, lambda rec: rec.update("workshop", self.workshop_id, **values))

    def set_stage(self, stage: Stage | str) -> Change:
        value = str(Stage(stage))
        return self._run(
            "Change stage", lambda rec: rec.update("workshop", self.workshop_id, stage=value)
        )

    def update_settings(self, **changes: Any) -> Change:
        """Merge top-level keys into the workshop's settings (check thresholds, timer...)."""

        def work(rec: Recorder) -> None:
            row = rec.fetch_one("workshop", self.workshop_id)
            try:
                settings = json.loads(row["settings"] or "{}")
            except ValueError:
                settings = {}
            if not isinstance(settings, dict):
                settings = {}
            settings.update(changes)
            rec.update("workshop", self.workshop_id, settings=json.dumps(settings, sort_keys=True))

        return self._run(N_("Change settings"), work)

    # Dot voting ---------------------------------------------------------------------
    def add_vote_round(
        self,
        name: str,
        target: VoteTarget | str = VoteTarget.NOTES,
        votes_per_participant: int = 3,
        show_tallies: bool = True,
    ) -> Change:
        if votes_per_participant < 1:
            raise OperationRefused(_("each participant needs at least one vote"))
        values = {
            "name": name,
            "target": str(VoteTarget(target)),
            "votes_per_participant": int(votes_per_participant),
            "is_open": True,
            "show_tallies": bool(show_tallies),
        }
        return self._run(N_("Start voting round"), lambda rec: rec.insert("vote_round", values))

    def update_vote_round(
        self, round_id: str, label: str = N_("Edit voting round"), **fields: Any
    ) -> Change:
        unknown = set(fields) - ROUND_FIELDS
        if unknown:
            raise ValueError(f"unknown voting round field(s): {', '.join(sorted(unknown))}")
        return self._run(label, lambda rec: rec.update("vote_round", round_id, **fields))

    def end_vote_round(self, round_id: str) -> Change:
        return self.update_vote_round(round_id, label=N_("End voting round"), is_open=False)

    def delete_vote_round(self, round_id: str) -> Change:
        def work(rec: Recorder) -> None:
            rec.delete_many("vote", rec.ids_where("vote", "round_id", [round_id]))
            rec.delete_many("vote_round", [round_id])

        return self._run(N_("Delete voting round"), work)

    def cast_vote(
        self,
        round_id: str,
        participant_id: str,
        *,
        note_id: str | None = None,
        cluster_id: str | None = None,
    ) -> Change:
        """One dot from one participant, within the round's limit."""
        if (note_id is None) == (cluster_id is None):
            raise ValueError("a vote goes on exactly one note or one cluster")

        def work(rec: Recorder) -> None:
            round_ = rec.fetch_one("vote_round", round_id)
            person = rec.fetch_one("participant", participant_id)
            if not round_["is_open"]:
                raise OperationRefused(
                    _("the voting round “{name}” has ended").format(name=round_["name"])
                )
            wanted = VoteTarget.NOTES if note_id else VoteTarget.CLUSTERS
            if round_["target"] != wanted:
                raise OperationRefused(
                    _("this round is a vote on clusters, not on notes")
                    if wanted == VoteTarget.NOTES
                    else _("this round is a vote on notes, not on clusters")
                )
            used = (
                rec.conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM vote WHERE round_id = ? AND participant_id = ?",
                    (round_id, participant_id),
                ).scalar()
                or 0
            )
            limit = int(round_["votes_per_participant"])
            if used >= limit:
                raise OperationRefused(
                    ngettext(
                        "{name} has used all {count} vote in this round",
                        "{name} has used all {count} votes in this round",
                        limit,
                    ).format(name=person["name"], count=limit)
                )
            rec.fetch_one("note" if note_id else "cluster", note_id or cluster_id or "")
            rec.insert(
                "vote",
                {
                    "round_id": round_id,
                    "participant_id": participant_id,
                    "note_id": note_id,
                    "cluster_id": cluster_id,
                },
            )

        return self._run(N_("Vote"), work)

    def remove_votes(self, vote_ids: Iterable[str]) -> Change:
        ids = list(vote_ids)
        return self._run(N_("Remove vote"), lambda rec: rec.delete_many("vote", ids))

    def withdraw_vote(
        self,
        round_id: str,
        participant_id: str,
        *,
        note_id: str | None = None,
        cluster_id: str | None = None,
    ) -> Change:
        """Take back one of a participant's dots from a note or cluster."""
        column, target = ("note_id", note_id) if note_id else ("cluster_id", cluster_id)
        rows = self._read(
            f"SELECT id FROM vote WHERE round_id = ? AND participant_id = ? AND {column} = ? "
            "ORDER BY created_at DESC LIMIT 1",
            (round_id, participant_id, target),
        )
        if not rows:
            raise OperationRefused(_("there is no vote of theirs here to take back"))
        return self.remove_votes([str(rows[0][0])])
