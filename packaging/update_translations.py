"""Bring the translation sources up to date with the code, then say what is untranslated.

    .venv/bin/python packaging/update_translations.py [--check]

- **Window** (``resources/translations/persona_workshop_<lang>.ts``): ``pyside6-lupdate``
  over ``workshop/ui`` and ``workshop/app.py``. lupdate reads ``self.tr("…")``,
  ``tr("…")`` and ``QCoreApplication.translate("Context", "…")``; the modules' one-line
  helpers ``_tr("…")`` (``QCoreApplication.translate("Context", text)``) it cannot follow, so
  their calls are first written out as literal ``translate`` calls into a scratch file that
  lupdate reads too (``tr_helper_calls``). So are the window's counts,
  ``plural("%n note", "%n notes", n)`` (``workshop.ui.plurals``): as Qt numerus messages of
  the context ``Counts`` (the English plural as their comment), one form per plural form of
  each language.
- **Headless messages** (``messages.pot`` and ``persona_workshop_<lang>.po``): every
  ``_("…")`` and ``N_("…")`` with a literal string in ``workshop/`` outside ``ui/``, found
  with ``ast``, and every ``ngettext("…", "…", n)`` as a plural entry (``msgid_plural``,
  one ``msgstr[i]`` per form of the language's ``PLURAL_FORMS``); each ``.po`` keeps its
  translations of ids still in use, gains the new ids (untranslated) and loses the ones
  gone.

``--check`` changes nothing and exits 1 when the committed sources differ from a fresh
extraction. The compiled ``.qm``/``.mo`` are never committed (see ``workshop/i18n/compiling``).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workshop"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "persona_workshop_"
POT = TRANSLATIONS / "messages.pot"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop.i18n.compiling import PLURAL_SEPARATOR, parse_po  # noqa: E402

#: The gettext markers whose first argument is a message id.
GETTEXT_MARKERS = {"_", "N_"}
#: The window's count helper (``workshop.ui.plurals``) and the context of its messages.
WINDOW_PLURAL, WINDOW_PLURAL_CONTEXT = "plural", "Counts"
#: The plural marker: ``ngettext("{count} note", "{count} notes", n)``.
PLURAL_MARKER = "ngettext"
#: Each language's plural rule (gettext's ``Plural-Forms`` header); others: English's.
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
}
ENGLISH_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def ui_sources() -> list[Path]:
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def headless_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_text(node: ast.AST, names: set[str]) -> str | None:
    """The literal first argument of a call to one of ``names`` (``_("…")``), else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        return _literal(node.args[0]) if node.func.id in names else None
    return None


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module's ``_tr`` helper (``translate("Context", text)``)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    return _literal(call.args[0])
    return None


def _window_plural(node: ast.AST) -> tuple[str, str] | None:
    """``plural("%n note", "%n notes", n)``: its two English forms, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == WINDOW_PLURAL
        and len(node.args) == 3
    ):
        one, many = _literal(node.args[0]), _literal(node.args[1])
        if one is not None and many is not None:
            return one, many
    return None


def tr_helper_calls(paths: list[Path]) -> str:
    """Python source with one literal ``translate`` call per ``_tr("…")`` call found, and
    one numerus ``translate`` call per ``plural("…", "…", n)``."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"), str(path))
        context = _helper_context(tree)
        for node in ast.walk(tree):
            forms = _window_plural(node)
            if forms is not None:
                one, many = forms
                lines.append(
                    f"QCoreApplication.translate({WINDOW_PLURAL_CONTEXT!r}, {one!r}, {many!r}, 1)"
                )
            text = _call_text(node, {"_tr"}) if context is not None else None
            if text is not None:
                lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


def lupdate_program() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here / name).is_file():
            return str(here / name)
    return "pyside6-lupdate"


def run_lupdate(ts_files: list[Path]) -> None:
    """Update ``ts_files`` from the window's sources (and the ``_tr`` helper calls)."""
    with tempfile.TemporaryDirectory() as scratch:
        helpers = Path(scratch) / "tr_helper_calls.py"
        helpers.write_text(tr_helper_calls(ui_sources()), "utf-8")
        files = [str(p) for p in [*ui_sources(), helpers]]
        command = [lupdate_program(), "-silent", "-locations", "none", "-no-obsolete"]
        command += [*files, "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True, cwd=ROOT)


def _plural_ids(node: ast.AST) -> str | None:
    """``ngettext("one", "many", n)`` as the catalogue key ``"one\\0many"``, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == PLURAL_MARKER
        and len(node.args) >= 2
    ):
        one, many = _literal(node.args[0]), _literal(node.args[1])
        if one is not None and many is not None:
            return one + PLURAL_SEPARATOR + many
    return None


def message_ids(paths: list[Path]) -> dict[str, list[str]]:
    """Every gettext message id in ``paths`` with the files it is used in (a plural
    message keyed by both its ids, joined by ``PLURAL_SEPARATOR``)."""
    found: dict[str, list[str]] = {}
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            text = _call_text(node, GETTEXT_MARKERS) or _plural_ids(node)
            if text:
                name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                # The file only, not the line: moving code must not make the catalogues
                # "out of date" (the check would then fail on edits that add no message).
                where = name.as_posix()
                found.setdefault(text, []).append(where)
    return found


def po_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in escaped:
        return f'"{escaped}"'
    parts = escaped.split("\n")
    pieces = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in pieces)


def plural_count(language: str) -> int:
    rule = PLURAL_FORMS.get(language, ENGLISH_PLURAL_FORMS)
    return int(rule.split(";")[0].split("=")[1])


def po_text(ids: dict[str, list[str]], translations: dict[str, str], language: str) -> str:
    if language:
        header = (
            f"Language: {language}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            f"Plural-Forms: {PLURAL_FORMS.get(language, ENGLISH_PLURAL_FORMS)}\n"
        )
    else:
        header = "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
    out = ['msgid ""', f"msgstr {po_quote(header)}", ""]
    for text in sorted(ids):
        out.append("#: " + " ".join(sorted(set(ids[text]))[:3]))
        translated = translations.get(text, "") if language else ""
        if PLURAL_SEPARATOR in text:
            one, many = text.split(PLURAL_SEPARATOR, 1)
            out.append(f"msgid {po_quote(one)}")
            out.append(f"msgid_plural {po_quote(many)}")
            count = plural_count(language) if language else 2
            forms = translated.split(PLURAL_SEPARATOR) if translated else []
            forms = (forms + [""] * count)[:count]
            out += [f"msgstr[{i}] {po_quote(form)}" for i, form in enumerate(forms)]
        else:
            out.append(f"msgid {po_quote(text)}")
            out.append(f"msgstr {po_quote(translated)}")
        out.append("")
    return "\n".join(out)


_ONE = re.compile(r"(?<![\d{])1(?![\d}])")


def carried_plurals(
    ids: dict[str, list[str]], translations: dict[str, str], language: str
) -> dict[str, str]:
    """Plural entries new in the code, filled from the translations of the two messages
    they replace, where those say it the same way: ``"1 note"``/``"{count} notes"`` (or
    ``"note"``/``"notes"`` after a number) -> ``ngettext("{count} note", "{count} notes")``.
    Only for languages of two plural forms, and only when the old singular has one
    number 1 (or none, for the bare words) to put ``{count}`` in; the rest stay untranslated.
    """
    if plural_count(language) != 2:
        return {}
    found: dict[str, str] = {}
    for key in ids:
        if PLURAL_SEPARATOR not in key or translations.get(key):
            continue
        one, many = key.split(PLURAL_SEPARATOR, 1)
        old_one, old_many = one.replace("{count}", "1"), many
        if one.startswith("{count} ") and many.startswith("{count} "):
            bare_one, bare_many = one.removeprefix("{count} "), many.removeprefix("{count} ")
            if translations.get(bare_one) and translations.get(bare_many):
                found[key] = PLURAL_SEPARATOR.join(
                    ["{count} " + translations[bare_one], "{count} " + translations[bare_many]]
                )
                continue
        said_one, said_many = translations.get(old_one, ""), translations.get(old_many, "")
        if said_one and said_many and len(_ONE.findall(said_one)) == 1:
            found[key] = PLURAL_SEPARATOR.join([_ONE.sub("{count}", said_one), said_many])
    return found


def updated_catalogues() -> dict[Path, str]:
    """The .pot and every .po as they should be now (plural entries that replace two
    messages keep their translations: ``carried_plurals``)."""
    ids = message_ids(headless_sources())
    result = {POT: po_text(ids, {}, "")}
    for po in sorted(TRANSLATIONS.glob(f"{PREFIX}*.po")):
        language = po.stem.removeprefix(PREFIX)
        translations = parse_po(po.read_text("utf-8"), po.name)
        translations.update(carried_plurals(ids, translations, language))
        result[po] = po_text(ids, translations, language)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    ts_files = sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))
    stale = []
    if args.check:
        with tempfile.TemporaryDirectory() as scratch:
            copies = [Path(scratch) / p.name for p in ts_files]
            for source, copy in zip(ts_files, copies, strict=True):
                copy.write_bytes(source.read_bytes())
            run_lupdate(copies)
            stale += [
                s.name
                for s, c in zip(ts_files, copies, strict=True)
                if s.read_bytes() != c.read_bytes()
            ]
    else:
        run_lupdate(ts_files)
    for path, text in updated_catalogues().items():
        if not path.is_file() or path.read_text("utf-8") != text:
            if args.check:
                stale.append(path.name)
            else:
                path.write_text(text, "utf-8")
    if stale:
        print("out of date with the code: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
