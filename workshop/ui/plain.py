"""User text shown as plain text, everywhere.

Qt guesses whether a string is HTML (``Qt.mightBeRichText``) in labels, tooltips, message
boxes and list items' tooltips. A note that says ``<b>`` must show ``<b>``. Use these
helpers for anything that contains user data.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip string that shows ``text`` literally (tooltips have no plain-text switch)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box
