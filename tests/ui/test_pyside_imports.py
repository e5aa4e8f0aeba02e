"""PySide6's look at each module imported after it gets the same answers, quicker."""

from __future__ import annotations

import importlib
import inspect
import sys
from types import ModuleType

from workshop.ui.pyside_imports import quicker_source_check, uses_pyside


def pysides_own_answer(module: ModuleType) -> bool:
    """What PySide6 6.x itself does: the module's source, searched for "PySide6"."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_answers_are_pysides_own_for_every_module_loaded() -> None:
    import workshop.ui.main_window  # noqa: F401  (the window's modules, loaded)

    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 200
    differ = [
        m.__name__ for m in modules if uses_pyside(m, pysides_own_answer) != pysides_own_answer(m)
    ]
    assert differ == []
    assert uses_pyside(sys.modules["workshop.ui.main_window"], pysides_own_answer)
    assert not uses_pyside(sys.modules["workshop.domain.model"], pysides_own_answer)


def test_a_module_without_a_source_file_is_asked_the_way_pyside_asks() -> None:
    asked: list[str] = []

    def fallback(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert not uses_pyside(sys, fallback)  # built in: no file
    assert asked == ["sys"]


def test_it_is_in_place_once_the_window_package_is_loaded() -> None:
    import workshop.ui  # noqa: F401

    assert quicker_source_check()
    feature = importlib.import_module("PySide6.support.feature")
    module = ModuleType("probe_module")
    assert feature._mod_uses_pyside(module) is False  # no file: PySide6's own look
    assert feature.pyside_feature_dict["workshop.ui.main_window"] == 0
