"""Run on its own (the test starts it with a two-screen offscreen platform): open a
workshop on the laptop screen, press F5, print where the presenter view went."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from workshop.store import create_workshop
from workshop.ui import main_window
from workshop.ui.facilitation.feature import FacilitationFeature


def main(folder: Path) -> None:
    app = QApplication([])
    main_window.feature_factories = lambda: [FacilitationFeature]  # type: ignore[assignment]
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = main_window.MainWindow(settings)
    laptop = app.screens()[0]
    window.setScreen(laptop)
    window.move(laptop.geometry().topLeft())
    window.show()
    window.attach(create_workshop(folder / "w.pwshop", "Two screens"))
    feature = next(f for f in window._features if isinstance(f, FacilitationFeature))
    feature.actions.presenter.trigger()
    app.processEvents()
    presenter = feature.presenter
    assert presenter is not None
    labels = [w for w in presenter.findChildren(QLabel) if w.isVisible()]
    report = {
        "screens": [s.name() for s in app.screens()],
        "window_screen": window.screen().name(),
        "presenter_screen": presenter.screen().name(),
        "full_screen": presenter.isFullScreen(),
        "geometry": presenter.geometry().getRect(),
        "smallest_text_px": min(QFontInfo(w.font()).pixelSize() for w in labels),
    }
    presenter.close()
    window.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
