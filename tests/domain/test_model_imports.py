"""The workshop's things have one import path, ``workshop.domain.model``: the modules they
live in (``sources``, ``board``, ``persona``, ``voting``, ``check_settings``) are imported by
``model`` and by each other, never by the rest of the code or the tests."""

from __future__ import annotations

import ast
from pathlib import Path

from test_layers import imported_modules

import workshop.domain.model as model

ROOT = Path(__file__).resolve().parents[2]
PARTS = {
    f"workshop.domain.{name}"
    for name in ("sources", "board", "persona", "voting", "check_settings")
}


def test_the_parts_of_the_model_are_imported_through_it() -> None:
    allowed = {ROOT / "workshop" / "domain" / f"{m.rsplit('.', 1)[1]}.py" for m in PARTS}
    allowed.add(ROOT / "workshop" / "domain" / "model.py")
    files = [*(ROOT / "workshop").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {', '.join(sorted(used))}"
        for path in files
        if path not in allowed and (used := imported_modules(path) & PARTS)
    )
    assert not offenders, "import these from workshop.domain.model: " + "; ".join(offenders)


def _defined_in(path: Path) -> set[str]:
    """The public names a module defines at its top level (not those it imports)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return {n for n in names if not n.startswith("_")}


def test_the_model_names_everything_its_parts_hold() -> None:
    for part in sorted(PARTS):
        path = ROOT / "workshop" / "domain" / f"{part.rsplit('.', 1)[1]}.py"
        missing = _defined_in(path) - set(model.__all__)
        assert not missing, f"{part} defines {sorted(missing)}: add them to model.__all__"
        assert all(getattr(model, name) is not None for name in model.__all__)
