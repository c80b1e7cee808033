"""The File menu's work: weights files and CSV tables through dialogs, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QFileDialog, QMenu

from perceptron_gui.core import weights_file
from perceptron_gui.core.session import Session
from perceptron_gui.core.truth_table import TableError, TruthTable
from perceptron_gui.ui.i18n import fmt

MAX_RECENT = 8


class WindowFiles(QObject):
    """Opens, saves and exports for the window; `current_file` is the weights file Save writes."""

    def __init__(self, window, session: Session, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.session, self.settings = window, session, settings
        self.recent_menu: QMenu | None = None
        self.current_file: Path | None = None

    def attach_recent_menu(self, menu: QMenu) -> None:
        """The File menu's Open recent: filled now, and each time a file is opened or saved."""
        self.recent_menu = menu
        self.update_recent_menu()

    # --- weights files -----------------------------------------------------------------------
    def export_weights(self, path: str | Path) -> None:
        """Write the latest weights (not an earlier epoch on show), the table, the hyperparameters
        and the run's history as the loss chart holds it; WeightsFileError if not."""
        weights_file.save(path, self.session.saved_model())
        self.remember_file(Path(path))

    def open_file(self, path: str | Path) -> bool:
        """Restore table, hyperparameters and weights from a weights file; False (and a dialog
        that says why) if it cannot be read, the window keeping what it had."""
        try:
            saved = weights_file.load(path)
        except weights_file.WeightsFileError as exc:
            self.window.show_error(self.tr("Cannot open file"), str(exc))
            return False
        self.window.panel.set_config(saved.config)
        self.session.open_model(saved)
        self.current_file = Path(path)
        self.remember_file(Path(path))
        message = self.tr("Opened {0}: {1:,} epochs trained, ready to predict or train on.")
        self.window.statusBar().showMessage(fmt(message, Path(path).name, saved.epochs_run))
        return True

    @Slot()
    def open_dialog(self) -> None:
        path = self.ask_path(self.tr("Open weights"), self._weights_filter(), saving=False)
        if path:
            self.open_file(path)

    @Slot()
    def save(self) -> None:
        if self.current_file is None:
            self.save_as()
        else:
            self._write(self.current_file)

    @Slot()
    def save_as(self) -> None:
        path = self.ask_path(self.tr("Save as"), self._weights_filter(), saving=True)
        if path and self._write(path):
            self.current_file = path

    @Slot()
    def export_dialog(self) -> None:
        path = self.ask_path(self.tr("Export weights"), self._weights_filter(), saving=True)
        if path:
            self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            self.export_weights(path)
        except weights_file.WeightsFileError as exc:
            self.window.show_error(self.tr("Cannot save"), str(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Saved {0}.").format(path.name), 5000)
        return True

    # --- CSV tables ------------------------------------------------------------------------------
    @Slot()
    def import_table_dialog(self) -> None:
        path = self.ask_path(self.tr("Import truth table"), self._csv_filter(), saving=False)
        if path:
            self.import_table(path)

    def import_table(self, path: str | Path) -> bool:
        try:
            table = TruthTable.load_csv(path)
        except TableError as exc:
            self.window.show_error(self.tr("Cannot import table"), str(exc))
            return False
        self.session.replace_table(table)
        return True

    @Slot()
    def export_table_dialog(self) -> None:
        path = self.ask_path(self.tr("Export truth table"), self._csv_filter(), saving=True)
        if path:
            try:
                self.session.table.save_csv(path)
            except OSError as exc:
                self.window.show_error(self.tr("Cannot save"), str(exc))

    # --- dialogs and the recent files ----------------------------------------------------------
    def _weights_filter(self) -> str:
        return self.tr("Perceptron GUI weights (*.json);;All files (*)")

    def _csv_filter(self) -> str:
        return self.tr("CSV truth table (*.csv);;All files (*)")

    def ask_path(self, title: str, file_filter: str, saving: bool) -> Path | None:
        """A file dialog in the last folder; None if the user cancels."""
        ask = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
        folder = str(self.settings.value("lastFolder", str(Path.home())))
        path, _ = ask(self.window, title, folder, file_filter)
        return Path(path) if path else None

    def remember_file(self, path: Path) -> None:
        self.settings.setValue("lastFolder", str(path.resolve().parent))
        recent = [p for p in self.recent_files() if p != str(path.resolve())]
        self.settings.setValue("recentFiles", [str(path.resolve()), *recent][:MAX_RECENT])
        self.update_recent_menu()

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def update_recent_menu(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        for path in self.recent_files():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_file(p)).setToolTip(path)
        self.recent_menu.setEnabled(bool(self.recent_files()))
