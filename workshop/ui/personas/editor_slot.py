"""The persona editor's place in its dock, there from the start; the editor itself is made
when it first comes into sight or is asked for (``PersonaFeature.editor``).

On a narrow window the editor waits behind the stage panel's tab when a workshop opens,
and making it was a good part of opening one (``tests/benchmarks/bench_startup.py``).
The slot says which persona is shown (``persona_shown``, which the presenter view
follows) before the editor exists as after: the feature says it for the editor until
then, and the editor's own signal is passed on once it is made.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget


class EditorSlot(QWidget):
    persona_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaEditorSlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.held: QWidget | None = None

    def hold(self, editor: QWidget, shown: SignalInstance) -> None:
        """Put ``editor`` in the slot; ``shown`` is its own ``persona_shown``."""
        self.held = editor
        layout = self.layout()
        assert layout is not None
        layout.addWidget(editor)
        self.setFocusProxy(editor)
        shown.connect(self.persona_shown)
