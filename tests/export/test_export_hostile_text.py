

def test_a_quote_typed_with_its_own_quote_marks_is_not_doubled() -> None:
    from workshop.export.persona_content import unquoted

    assert unquoted("\u201cGive me ten minutes.\u201d") == "Give me ten minutes."
    assert unquoted('"Plain quotes"') == "Plain quotes"
    assert unquoted("No marks") == "No marks"
    assert unquoted("\u00abGuillemets\u00bb") == "Guillemets"
