"""Persona Workshop: turn research evidence into customer personas, in a room."""

import os as _os
import signal as _signal
import sys as _sys

__version__ = "0.1.0"
APP_NAME = "Persona Workshop"
APP_ID = "org.personaworkshop.PersonaWorkshop"
ORGANISATION = "Persona Workshop"
FILE_SUFFIX = ".pwshop"


def _stop_while_loading(signum: int, frame: object) -> None:
    """Ctrl+C while the ``persona-workshop`` command is still loading, before ``cli.main``
    can catch it: nothing has been written yet, so stop at once and quietly, as ``main``
    does (exit 130), instead of a traceback from an import."""
    _os.write(2, b"\n")
    _os._exit(130)


# Installed first thing when this package is loaded by the command (not when a program or
# the tests import it): ``cli.main`` puts Python's own handling back as it starts.
if (
    _os.path.basename(_sys.argv[0] if _sys.argv else "").startswith("persona-workshop")
    and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler
):
    _signal.signal(_signal.SIGINT, _stop_while_loading)
