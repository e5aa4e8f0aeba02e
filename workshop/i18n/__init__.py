"""The program's languages: one choice for the window and the headless messages.

- ``choose_language`` decides the language: the facilitator's override (``preference``),
  else ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``, else the system locale; English when
  none of them names a shipped language.
- ``_`` translates a headless message (evidence check, stage guidance, reports, CLI, poster
  and deck headings) through gettext; ``ngettext`` picks the form for a count
  (``"{count} note"``/``"{count} notes"``, by the language's plural rule); ``N_`` only
  marks a string for extraction (module constants, translated where they are used).
  ``using_language`` switches the language of messages for a block (a poster printed in its
  workshop's language).
- ``compiling`` turns the shipped sources (``resources/translations/*.po`` and ``*.ts``) into
  ``.mo``/``.qm`` files: at bundle build time, else at first use into the user's cache.

Standard library only, so every layer (the domain too) may import it; the Qt side of the
choice (a QTranslator) is in ``workshop.ui.translators``.
"""

from __future__ import annotations

from workshop.i18n.catalog import (
    N_,
    _,
    current_language,
    grouped,
    ngettext,
    set_language,
    translation,
    using_language,
)
from workshop.i18n.language import (
    ENGLISH,
    RIGHT_TO_LEFT,
    choose_language,
    is_right_to_left,
    shipped_languages,
)

__all__ = [
    "ENGLISH",
    "N_",
    "RIGHT_TO_LEFT",
    "_",
    "choose_language",
    "current_language",
    "grouped",
    "is_right_to_left",
    "ngettext",
    "set_language",
    "shipped_languages",
    "translation",
    "using_language",
]
