"""The PySide6 user interface: the only package that imports Qt."""

from workshop.ui.pyside_imports import quicker_source_check

# Before the window's modules load: PySide6 looks at each (see pyside_imports).
quicker_source_check()
