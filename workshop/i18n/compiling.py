"""Compile the shipped translation sources: ``.po`` -> ``.mo`` (gettext, written here: the
format is a header and two sorted tables) and ``.ts`` -> ``.qm`` (``pyside6-lrelease``).

No compiled file is kept in git. Where they come from, by install route:

- **bundle**: ``packaging/persona-workshop.spec`` calls ``compile_all`` at build time into
  ``resources/translations/compiled/`` inside the bundle (the bundle has no lrelease).
- **wheel, pipx, ``pip install -e .``**: at first use, into the user's cache
  (``$XDG_CACHE_HOME/persona-workshop/translations``), named by a hash of the source so an
  updated translation is compiled again; PySide6 (a dependency) brings lrelease.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

from workshop.i18n.language import CATALOGUE_PREFIX, translations_folder

#: Sub-folder of resources/translations a bundle's build puts its compiled files in.
PREBUILT_FOLDER = "compiled"
#: Magic number of a little-endian .mo file.
MO_MAGIC = 0x950412DE


class CatalogueError(ValueError):
    """A translation source that cannot be read; names the file and line."""


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    if not (len(text) >= 2 and text[0] == text[-1] == '"'):
        raise CatalogueError(f"{where}: expected a quoted string, found {text[:40]!r}")
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError) as error:
        raise CatalogueError(f"{where}: {error}") from None
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: not a string")
    return value


#: Joins a plural message's forms in a catalogue key and value (as in a .mo file):
#: ``"{count} note\0{count} notes"`` -> ``"{count} Notiz\0{count} Notizen"``.
PLURAL_SEPARATOR = "\0"


def parse_po(text: str, name: str = "catalogue") -> dict[str, str]:
    """The entries of a .po file as {msgid: msgstr}, the header ('' key) included; fuzzy
    and untranslated entries are left out (English shows instead). A plural entry
    (``msgid_plural``, ``msgstr[0]``, ``msgstr[1]``…) is keyed by its two ids and holds its
    forms, each joined by ``PLURAL_SEPARATOR``; it counts as translated only when every
    form is."""
    entries: dict[str, str] = {}
    msgid: str | None = None
    plural: str | None = None
    forms: list[str] = []
    field = ""
    fuzzy = next_fuzzy = False

    def finish() -> None:
        if msgid is None or fuzzy or not forms or not all(forms):
            return
        if plural is None:
            entries[msgid] = forms[0]
        else:
            entries[msgid + PLURAL_SEPARATOR + plural] = PLURAL_SEPARATOR.join(forms)

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name} line {number}"
        if line.startswith("#,") and "fuzzy" in line:
            next_fuzzy = True
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            finish()
            msgid, plural, forms, field = _unquote(line[6:], where), None, [], "msgid"
            fuzzy, next_fuzzy = next_fuzzy, False
        elif line.startswith("msgid_plural ") and msgid is not None:
            plural, field = _unquote(line[13:], where), "msgid_plural"
        elif line.startswith("msgstr "):
            forms, field = [_unquote(line[7:], where)], "msgstr"
        elif line.startswith("msgstr[") and "]" in line:
            index = line[7 : line.index("]")]
            if not index.isdigit() or int(index) != len(forms):
                raise CatalogueError(f"{where}: expected msgstr[{len(forms)}]")
            forms.append(_unquote(line[line.index("]") + 1 :], where))
            field = "msgstr"
        elif line.startswith('"'):
            if field == "msgid" and msgid is not None:
                msgid += _unquote(line, where)
            elif field == "msgid_plural" and plural is not None:
                plural += _unquote(line, where)
            elif field == "msgstr" and forms:
                forms[-1] += _unquote(line, where)
            else:
                raise CatalogueError(f"{where}: a string continues nothing")
        else:
            raise CatalogueError(f"{where}: cannot read {line[:40]!r}")
    finish()
    return entries


def mo_bytes(entries: dict[str, str]) -> bytes:
    """A gettext .mo file holding ``entries`` (read by ``gettext.GNUTranslations``)."""
    keys = sorted(entries)
    ids = [k.encode() for k in keys]
    strs = [entries[k].encode() for k in keys]
    count = len(keys)
    header = 7 * 4
    ids_table = header
    strs_table = ids_table + count * 8
    data = strs_table + count * 8
    id_offsets, str_offsets, blob = [], [], b""
    for item in ids:
        id_offsets.append((len(item), data + len(blob)))
        blob += item + b"\0"
    for item in strs:
        str_offsets.append((len(item), data + len(blob)))
        blob += item + b"\0"
    out = struct.pack("<7I", MO_MAGIC, 0, count, ids_table, strs_table, 0, 0)
    out += b"".join(struct.pack("<2I", *pair) for pair in id_offsets)
    out += b"".join(struct.pack("<2I", *pair) for pair in str_offsets)
    return out + blob


def lrelease_program() -> str | None:
    """PySide6's lrelease: next to this Python, inside the PySide6 package, or on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    spec = importlib.util.find_spec("PySide6")  # found, not imported (Qt stays in ui/)
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (folder / name).is_file():
                return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ts_to_qm(source: Path, target: Path) -> None:
    program = lrelease_program()
    if program is None:
        raise CatalogueError("pyside6-lrelease is not installed, so the window stays English")
    import subprocess  # only to compile a catalogue, not at each start (2 ms)

    result = subprocess.run(
        [program, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not target.is_file():
        raise CatalogueError(f"{source.name}: lrelease failed: {result.stderr.strip()}")


def po_to_mo(source: Path, target: Path) -> None:
    target.write_bytes(mo_bytes(parse_po(source.read_text("utf-8"), source.name)))


def cache_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "persona-workshop" / "translations"


def _source(language: str, suffix: str) -> Path:
    return translations_folder() / f"{CATALOGUE_PREFIX}{language}.{suffix}"


def compiled(language: str, kind: str) -> Path | None:
    """The compiled catalogue of ``language`` (``kind`` "mo" or "qm"): the bundle's, else
    the cached one, compiled now when missing or out of date; None when none is shipped."""
    source = _source(language, "po" if kind == "mo" else "ts")
    if not source.is_file():
        return None
    prebuilt = translations_folder() / PREBUILT_FOLDER / f"{source.stem}.{kind}"
    if prebuilt.is_file():
        return prebuilt
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    for folder in (cache_folder(), Path(tempfile.gettempdir()) / "persona-workshop-i18n"):
        target = folder / f"{source.stem}-{digest}.{kind}"
        if target.is_file():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / f".{target.name}.{os.getpid()}.partial"
            (po_to_mo if kind == "mo" else ts_to_qm)(source, partial)
            os.replace(partial, target)
            return target
        except OSError:
            continue  # an unwritable cache: try the temporary folder
    return None


def compile_all(target: Path) -> list[Path]:
    """Compile every shipped catalogue into ``target`` (the bundle's build step)."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(translations_folder().glob(f"{CATALOGUE_PREFIX}*.po")):
        po_to_mo(source, target / f"{source.stem}.mo")
        made.append(target / f"{source.stem}.mo")
    for source in sorted(translations_folder().glob(f"{CATALOGUE_PREFIX}*.ts")):
        ts_to_qm(source, target / f"{source.stem}.qm")
        made.append(target / f"{source.stem}.qm")
    return made
