"""The files of the phone page (``resources/phone/``): only those named here are ever
served, by name, so no request can reach any other file. ``index.html`` goes out with its
``<html lang>`` set to the language the app runs in (``page_language``): the page speaks
that language's table in ``words.js``."""

from __future__ import annotations

from pathlib import Path

from workshop.i18n import ENGLISH, current_language
from workshop.resources import resource_path

#: Served name -> Content-Type. ``""`` (the session's address itself) is index.html.
PAGE_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
    "words.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
    "icon.png": "image/png",
}


#: The languages ``words.js`` has a table for (a test keeps the two the same, and checks
#: that every language the app ships is here).
PAGE_LANGUAGES = (ENGLISH, "de", "fr", "es")
#: ``index.html``'s language as written; replaced by the language it is served in.
WRITTEN_LANGUAGE = b'<html lang="en">'


def page_language() -> str:
    """The language the page speaks: the app's (``workshop.i18n``), English when the page
    has no table for it."""
    language = current_language()
    return language if language in PAGE_LANGUAGES else ENGLISH


def page_folder() -> Path:
    return resource_path("phone", must_exist=False)


def page_file(name: str, folder: Path, language: str = ENGLISH) -> tuple[bytes, str] | None:
    """The bytes and type of an allowed page file, or None (not allowed, or not there);
    ``index.html`` in ``language`` (one of ``PAGE_LANGUAGES``, else English)."""
    name = name or "index.html"
    content_type = PAGE_FILES.get(name)
    if content_type is None:
        return None
    try:
        data = (folder / name).read_bytes()
    except OSError:
        return None
    if name == "index.html":
        spoken = language if language in PAGE_LANGUAGES else ENGLISH
        data = data.replace(WRITTEN_LANGUAGE, f'<html lang="{spoken}">'.encode("ascii"), 1)
    return data, content_type
