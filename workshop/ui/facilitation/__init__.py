"""Facilitation: guided stages, the stage timer, participants, dot voting, presenter view."""
