"""Headless command-line verbs. None of these modules imports Qt.

Each module has ``register(subparsers)``, which adds its verbs with ``set_defaults(run=...)``;
a verb's ``run(args) -> int`` returns the exit code (0 ok; a ``WorkshopError`` raised
from it becomes exit 1 with its message on one line).
"""
