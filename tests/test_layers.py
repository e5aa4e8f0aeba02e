"""The layering rule: only workshop/ui/ and the app bootstrap may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "workshop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
ALLOWED = {PACKAGE / "app.py"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path in ALLOWED or (PACKAGE / "ui") in path.parents:
            continue
        qt = sorted(m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES)
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE.parent)}: {', '.join(qt)}")
    assert not offenders, "Qt imported outside workshop/ui: " + "; ".join(offenders)


def test_the_domain_knows_no_sql() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        modules = imported_modules(path)
        assert not any(m.split(".")[0] in ("sqlite3", "sqlalchemy", "sqlmodel") for m in modules), (
            path
        )
        assert not any(m.startswith("workshop.store") for m in modules), path
