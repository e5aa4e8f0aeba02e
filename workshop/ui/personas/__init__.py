"""Personas: the list beside the board, the structured editor, evidence links and the picker,
the compare view and the live evidence check panel (``PersonaFeature`` puts them together)."""
