"""The layering rules of docs (shared DESIGN): arrows point down only, and each layer keeps
to its own business.

- only ``workshop/ui/`` and the app bootstrap import Qt;
- only ``workshop/store/`` touches SQL (sqlite3, SQLAlchemy, SQLModel);
- outside the store, only its public face is used: the ``workshop.store`` package's names
  and ``workshop.store.backups`` and ``.outputs`` (the output rule); never its modules
  (``core``, ``schema``, ``reading``...)
  nor its private connection and transactions (``_raw``, ``_run``, ``_read``...);
- ``export/`` never imports the store (it draws what it is given);
- ``domain/`` imports nothing of ours above it (only ``workshop.domain`` and the shared
  ``workshop.errors`` and ``workshop.i18n``, the message catalogue).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "workshop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
SQL_MODULES = ("sqlite3", "sqlalchemy", "sqlmodel")
QT_ALLOWED = {PACKAGE / "app.py"}
#: The store's public face, for everyone outside it.
STORE_PUBLIC = {"workshop.store", "workshop.store.backups", "workshop.store.outputs"}
#: What the store keeps to itself: its connection, its transactions, its recorder.
STORE_PRIVATE_NAMES = {
    "_raw",
    "_run",
    "_read",
    "_tx",
    "_connection",
    "_recorder",
    "_conn",
    "conn",
    "raw_connection",
    "exec_driver_sql",
}


def python_files(below: Path = PACKAGE) -> list[Path]:
    return sorted(below.rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, with ``from a import b`` also naming ``a.b`` (which
    may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _inside(path: Path, layer: str) -> bool:
    return (PACKAGE / layer) in path.parents


def _where(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def _top(module: str) -> str:
    return module.split(".")[0]


def test_only_the_ui_imports_qt() -> None:
    offenders = []
    for path in python_files():
        if path in QT_ALLOWED or _inside(path, "ui"):
            continue
        qt = sorted(m for m in imported_modules(path) if _top(m) in QT_MODULES)
        if qt:
            offenders.append(f"{_where(path)}: {', '.join(qt)}")
    assert not offenders, "Qt imported outside workshop/ui: " + "; ".join(offenders)


def test_only_the_store_touches_sql() -> None:
    offenders = []
    for path in python_files():
        if _inside(path, "store"):
            continue
        sql = sorted({_top(m) for m in imported_modules(path) if _top(m) in SQL_MODULES})
        if sql:
            offenders.append(f"{_where(path)}: {', '.join(sql)}")
    assert not offenders, "SQL outside workshop/store: " + "; ".join(offenders)


def _store_modules(path: Path) -> set[str]:
    """The store's modules (not names in its package) that ``path`` imports."""
    store_files = {p.stem for p in python_files(PACKAGE / "store")} - {"__init__"}
    found = set()
    for module in imported_modules(path):
        parts = module.split(".")
        if parts[:2] == ["workshop", "store"] and len(parts) > 2 and parts[2] in store_files:
            found.add(".".join(parts[:3]))
    return found


def test_outside_the_store_only_its_public_face_is_imported() -> None:
    offenders = []
    for path in python_files():
        if _inside(path, "store"):
            continue
        private = sorted(_store_modules(path) - STORE_PUBLIC)
        if private:
            offenders.append(f"{_where(path)}: {', '.join(private)}")
    assert not offenders, "store internals imported: " + "; ".join(offenders)


def _private_uses(path: Path) -> list[str]:
    """Uses of the store's private connection and transactions, and SQL or work handed to
    a store read or run (the store keeps both to itself): ``x.read("SELECT ...")``,
    ``x.run(label, work)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in STORE_PRIVATE_NAMES:
            receiver = node.value
            if not (isinstance(receiver, ast.Name) and receiver.id in {"self", "cls"}):
                found.append(f"{node.attr} (line {node.lineno})")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, args = node.func.attr, node.args
            sql_text = bool(args) and isinstance(args[0], ast.JoinedStr | ast.Constant)
            if name == "read" and sql_text and _looks_like_sql(args[0]):
                found.append(f"read(SQL) (line {node.lineno})")
            if name == "run" and len(args) == 2:
                found.append(f"run(label, work) (line {node.lineno})")
    return found


def _looks_like_sql(node: ast.expr) -> bool:
    text = ast.unparse(node).strip("f'\" ").upper()
    return text.startswith(("SELECT", "PRAGMA", "INSERT", "UPDATE", "DELETE", "WITH"))


def test_outside_the_store_nothing_reaches_its_connection_or_transactions() -> None:
    offenders = []
    for path in python_files():
        if _inside(path, "store"):
            continue
        uses = _private_uses(path)
        if uses:
            offenders.append(f"{_where(path)}: {', '.join(uses)}")
    assert not offenders, "the store's connection used outside it: " + "; ".join(offenders)


def test_export_never_imports_the_store() -> None:
    offenders = [
        _where(path)
        for path in python_files(PACKAGE / "export")
        if any(m.startswith("workshop.store") for m in imported_modules(path))
    ]
    assert not offenders, "export imports the store: " + "; ".join(offenders)


def test_the_domain_imports_nothing_of_ours_above_it() -> None:
    offenders = []
    for path in python_files(PACKAGE / "domain"):
        above = sorted(
            m
            for m in imported_modules(path)
            if _top(m) in SQL_MODULES + QT_MODULES
            or (
                _top(m) == "workshop"
                and not m.startswith(("workshop.domain", "workshop.errors", "workshop.i18n"))
                and m != "workshop"
            )
        )
        if above:
            offenders.append(f"{_where(path)}: {', '.join(above)}")
    assert not offenders, "domain imports from above it: " + "; ".join(offenders)


def test_the_rules_catch_what_they_are_for(tmp_path: Path) -> None:
    """Each check finds a breach written the ways code really writes one."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from workshop.store import schema\n"
        "from workshop.store.core import Recorder\n"
        "import sqlalchemy.orm\n"
        "rows = wf.read(f'SELECT id FROM {table}')\n"
        "wf.run('Label', lambda rec: None)\n"
        "wf._raw.execute('PRAGMA x')\n"
        "handle.read(100)\n"
        "parsed.run(parsed)\n",
        encoding="utf-8",
    )
    modules = imported_modules(sample)
    assert "sqlalchemy.orm" in modules
    assert _store_modules(sample) - STORE_PUBLIC == {"workshop.store.schema", "workshop.store.core"}
    uses = set(_private_uses(sample))
    assert uses == {"read(SQL) (line 4)", "run(label, work) (line 5)", "_raw (line 6)"}
