"""Memos that live for one export: measured widths and shaped words, kept while a layout
tries many type sizes and column counts, and dropped when the PDF is written.

A poster is laid out many times before it is drawn (a bisection over type sizes, balanced
columns); every try wraps every paragraph again, and wrapping measures and shapes the same
words again. Within one export (``output.pdf_canvas`` opens a :func:`scope`) the answers
are remembered: a word's width in a font at a size, and a word's shaped glyphs. Outside a
scope nothing is remembered, so a memo can never outlive the fonts it describes or make a
second export look faster than a first one would.

Each thread has its own scope (an export in a worker thread does not share the GUI's).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_local = threading.local()


@contextmanager
def scope() -> Iterator[None]:
    """Remember widths and shaped words until the block ends (nested scopes share one)."""
    if getattr(_local, "memos", None) is not None:
        yield
        return
    _local.memos = {}
    try:
        yield
    finally:
        _local.memos = None


def memo(name: str) -> dict[Any, Any] | None:
    """The memo called ``name`` of the open scope, or None outside a scope."""
    memos: dict[str, dict[Any, Any]] | None = getattr(_local, "memos", None)
    if memos is None:
        return None
    found = memos.get(name)
    if found is None:
        found = memos[name] = {}
    return found
