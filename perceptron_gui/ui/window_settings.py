"""What the window remembers between runs (QSettings): language, zoom, size and docks, speed,
hyperparameters and table. Each one is read on its own: one missing or not valid is skipped."""

from __future__ import annotations

import contextlib
import json

from PySide6.QtCore import QSettings

from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.truth_table import TableError, TruthTable
from perceptron_gui.ui import screen_fit
from perceptron_gui.ui.i18n import LANGUAGES, system_language


def remembered_language(settings: QSettings) -> str:
    language = str(settings.value("language", system_language()))
    return language if language in LANGUAGES else system_language()


def remembered_zoom(settings: QSettings) -> float:
    try:
        return float(settings.value("zoom", 1.0))
    except (TypeError, ValueError):
        return 1.0


def restore(window) -> None:
    """Size, docks, speed (sent on to the training process), hyperparameters and table, into the
    window and its session before the first model. (The language and zoom are set first thing; the
    last folder and the recent files are read where they are used.)"""
    settings, session = window.settings, window.session
    geometry = settings.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
        screen_fit.fit_on_screen(window)  # remembered from a bigger screen, perhaps (Qt clamps only roughly)
    state = settings.value("windowState")
    if state is not None:
        window.restoreState(state)  # which docks are open, and where
    speed = settings.value("speed")
    with contextlib.suppress(TypeError, ValueError):  # else the default speed
        if speed is not None:
            window.panel.set_speed(None if speed == "max" else _positive(float(speed)))
    with contextlib.suppress(ConfigError, TypeError, ValueError):  # else the lecture's defaults
        session.config = TrainingConfig(**json.loads(str(settings.value("config", "{}"))))
    window.panel.set_config(session.config)
    with contextlib.suppress(TableError, TypeError, ValueError):  # else the lecture's AND
        session.table = TruthTable.from_csv(str(settings.value("table", "")))  # the editor shows it


def save(window) -> None:
    settings, session = window.settings, window.session
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("windowState", window.saveState())
    speed = window.panel.speed_value()
    settings.setValue("speed", "max" if speed is None else speed)
    settings.setValue("config", json.dumps(session.config.to_dict()))
    settings.setValue("table", session.table.to_csv())


def _positive(value: float) -> float:
    if not value > 0:
        raise ValueError(f"{value} is not a speed")
    return value
