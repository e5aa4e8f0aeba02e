"""Evidence intake in the window: the Sources panel, the import wizard, photos of the wall.

``feature.IntakeFeature`` puts them into the main window (see ``workshop.ui.features``).
"""
