"""Pure domain code: entities and rules. No Qt, no SQL."""
