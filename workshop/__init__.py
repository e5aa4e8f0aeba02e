"""Persona Workshop: turn research evidence into customer personas, in a room."""

__version__ = "0.1.0"
APP_NAME = "Persona Workshop"
APP_ID = "org.personaworkshop.PersonaWorkshop"
ORGANISATION = "Persona Workshop"
FILE_SUFFIX = ".pwshop"
