"""The files of the phone page (``resources/phone/``): only those named here are ever
served, by name, so no request can reach any other file."""

from __future__ import annotations

from pathlib import Path

from workshop.resources import resource_path

#: Served name -> Content-Type. ``""`` (the session's address itself) is index.html.
PAGE_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
    "icon.png": "image/png",
}


def page_folder() -> Path:
    return resource_path("phone", must_exist=False)


def page_file(name: str, folder: Path) -> tuple[bytes, str] | None:
    """The bytes and type of an allowed page file, or None (not allowed, or not there)."""
    name = name or "index.html"
    content_type = PAGE_FILES.get(name)
    if content_type is None:
        return None
    try:
        return (folder / name).read_bytes(), content_type
    except OSError:
        return None
