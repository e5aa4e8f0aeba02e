"""What an import did, in plain words: shared by evidence and photo imports, the summary
dialog and the verb. On its own so the window can name it without loading the importers
(they wait for the first import; tests/ui/test_app.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, in plain words: the summary dialog and the verb print it."""

    file_name: str
    notes: int
    sources: int
    #: One line per reason something was left out ("Skipped 3 cells: no text in …").
    skipped: tuple[str, ...] = ()
    lines: tuple[str, ...] = field(default=())
    #: Notes not added because the workshop already held them.
    already: int = 0

    def text(self) -> str:
        return "\n".join(self.lines)
