"""What the About box says: version, and the licences of what ships with the program."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from workshop import APP_NAME, __version__


def about_text() -> str:
    tr = QCoreApplication.translate
    import reportlab
    from PIL import __version__ as pillow_version

    lines = [
        f"{APP_NAME} {__version__}",
        tr("About", "Turn research evidence into customer personas, together, in one room."),
        "",
        tr("About", "Built with:"),
        f"  Qt {qVersion()} / PySide6 {pyside_version} (LGPL-3.0)",
        f"  ReportLab {reportlab.Version} (BSD)",
        f"  Pillow {pillow_version} (MIT-CMU)",
        f"  Python {platform.python_version()} (PSF)",
        "",
        tr("About", "Bundled fonts and their licences: see resources/fonts/README.md."),
    ]
    return "\n".join(lines)
