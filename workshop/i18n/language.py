"""Which language to speak: the override, the environment, the system; English otherwise."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from pathlib import Path

from workshop.resources import resource_path

#: The language the program's strings are written in (no catalogue needed).
ENGLISH = "en"
#: Languages written right to left: the window lays out mirrored.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "yi"})
#: Environment variables that name the language, in gettext's order of precedence.
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
#: Prefix of the shipped catalogues: ``persona_workshop_de.po`` / ``persona_workshop_de.ts``.
CATALOGUE_PREFIX = "persona_workshop_"


def translations_folder() -> Path:
    """The shipped translation sources (``resources/translations``)."""
    return resource_path("translations")


def shipped_languages() -> tuple[str, ...]:
    """English plus every language with a shipped message catalogue."""
    folder = translations_folder()
    found = sorted(p.stem.removeprefix(CATALOGUE_PREFIX) for p in folder.glob("*.po"))
    return (ENGLISH, *found)


def base_language(tag: str) -> str:
    """``de_DE.UTF-8`` -> ``de``; ``C`` and ``POSIX`` -> ``en``; '' stays ''."""
    code = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return ENGLISH if code in {"c", "posix"} else code


def _system_language() -> str:
    try:
        tag = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else 0)[0]
    except (ValueError, TypeError):
        tag = None
    return base_language(tag or "")


def choose_language(override: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: ``override`` when it names a shipped language (``""`` or
    ``"system"`` means no override), else the first shipped one the environment names
    (``LANGUAGE`` may list several, ``de:fr``), else the system's, else English."""
    shipped = shipped_languages()
    if override and override != "system" and base_language(override) in shipped:
        return base_language(override)
    env = os.environ if environ is None else environ
    for name in LANGUAGE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):
            code = base_language(tag)
            if code in shipped:
                return code
        if name != "LANGUAGE":
            return ENGLISH  # the locale variable decides, even for a language not shipped
    system = _system_language()
    return system if system in shipped else ENGLISH


def is_right_to_left(language: str) -> bool:
    return base_language(language) in RIGHT_TO_LEFT
