"""The hyperparameter panel as the form of the session's config: a valid change goes to the
session (which decides whether it starts a new model), one that is not is refused and says why."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow

from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.session import Session
from perceptron_gui.ui.hyperparameter_panel import HyperparameterPanel


class ConfigForm(QObject):
    def __init__(self, window: QMainWindow, panel: HyperparameterPanel, session: Session) -> None:
        super().__init__(window)
        self.window, self.panel, self.session = window, panel, session
        self.error = ""  # why the form's last change was refused, if it was
        panel.changed.connect(self.on_changed)

    @Slot()
    def on_changed(self) -> None:
        try:
            config = self.panel.config()
        except ConfigError as exc:  # the form goes back to what trains, and says why
            self.panel.set_config(self.session.config)
            self.show_error(str(exc))
            return
        self.show_error("")
        self.session.change_config(config)

    def show_error(self, reason: str) -> None:
        """Under the form: why the last change was refused ("" clears it). Kept for retranslation."""
        self.error = reason
        self.panel.show_error(self.tr("{0}. The previous setting is kept.").format(reason) if reason else "")

    @Slot(object)
    def load_config(self, config: TrainingConfig) -> None:
        """Take these hyperparameters (a sweep's cell) and start a new model with them."""
        self.panel.set_config(config)
        self.show_error("")
        self.session.take_cell(config)
        self.window.statusBar().showMessage(
            self.tr("Loaded the explorer's model: press Train (Space) to run it."))

    @Slot(str)
    def use_hidden_activation(self, name: str) -> None:
        """The activation gallery's choice for the hidden layer (a new model: another network)."""
        self.panel.set_config(self.session.config.replace(hidden_activation=name))
        self.on_changed()

    @Slot()
    def add_hidden_layer(self) -> None:
        """The advisor's one click: a hidden layer of 4 units (the model restarts)."""
        self.panel.set_config(self.session.config.replace(hidden_layers=(4,)))
        self.on_changed()
        self.window.statusBar().showMessage(self.tr("Added a hidden layer of 4 units: press Train (Space)."))
