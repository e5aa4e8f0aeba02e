"""Canary for a PySide6 6.12.0 bug on Python 3.11: every call that returns None drops one
reference to None, until the interpreter dies with ``none_dealloc``. pyproject pins
PySide6 below 6.12 on 3.11; this fails loudly if a bad build slips back in."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_none_do_not_leak_none_references(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setToolTip("warm up")
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setToolTip(str(i))
    after = sys.getrefcount(None)
    # A little noise from the interpreter is fine; the bug loses exactly one per call.
    assert abs(after - before) < 100
