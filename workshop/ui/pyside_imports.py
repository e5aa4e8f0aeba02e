"""A quicker look, for PySide6, at each module imported after it.

PySide6 (6.x, ``PySide6.support.feature``) asks of every module imported once PySide6 is
loaded whether its source mentions "PySide6", to know which modules may switch on its
``__feature__`` options (``snake_case``, ``true_property``); it reads the source with
``inspect.getsource``, which cost about 0.1 ms a module: 14 ms of opening a workshop, for
the 130 modules loaded after Qt (``tests/benchmarks/bench_startup.py``). For a module
loaded from a ``.py`` file, :func:`quicker_source_check` gives PySide6 the same answer
from the file's bytes; anything else (no file, unreadable) is asked the way PySide6 asks.

The program uses no ``__feature__`` option; the answers stay exactly PySide6's own
(``tests/ui/test_pyside_imports.py`` compares them). Should a PySide6 release not have
this check, nothing is changed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

_installed = False


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source mentions PySide6, read from its ``.py`` file."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.endswith(".py"):
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def quicker_source_check() -> bool:
    """Put :func:`uses_pyside` in PySide6's place (once); False when PySide6 has no such
    check to replace."""
    global _installed
    if _installed:
        return True
    try:
        feature: Any = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return False
    original: Any = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    feature._mod_uses_pyside = lambda module: uses_pyside(module, original)
    _installed = True
    return True
