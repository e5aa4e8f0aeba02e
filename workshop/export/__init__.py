"""Printed artefacts (ReportLab): posters, decks, evidence cards. No Qt."""
