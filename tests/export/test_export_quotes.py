"""A persona's quote is printed in quote marks once, however it was typed."""

from __future__ import annotations

from workshop.export.persona_content import unquoted


def test_a_quote_typed_with_its_own_quote_marks_is_not_doubled() -> None:
    assert unquoted("\u201cGive me ten minutes.\u201d") == "Give me ten minutes."
    assert unquoted('"Plain quotes"') == "Plain quotes"
    assert unquoted("No marks") == "No marks"
    assert unquoted("\u00abGuillemets\u00bb") == "Guillemets"
    assert unquoted('"') == '"'
