"""Languages: the Vietnamese translation is complete and current, the window switches at once, the
choice is remembered, no user-visible text in the UI code bypasses tr(), and Qt's own dialogs and
buttons speak Vietnamese too (resources/i18n/qtbase_vi.ts)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from perceptron_gui.ui import i18n
from perceptron_gui.ui.main_window import MainWindow
from tests.ui.conftest import train_to_the_end, wait_drawn

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = sorted((ROOT / "perceptron_gui" / "ui").glob("*.py"))
TS_FILE = ROOT / "resources" / "i18n" / "perceptron_gui_vi.ts"
QM_FILE = ROOT / "resources" / "i18n" / "perceptron_gui_vi.qm"
TOOLS = Path(sys.executable).parent
# Calls whose string arguments the user reads (pyqtgraph's setLabel: the text after the side).
TEXT_METHODS = {"setText", "setToolTip", "setWindowTitle", "setTitle", "setPlaceholderText", "addItem",
                "setItemText", "showMessage", "addRow", "addMenu", "addTab", "setFormat", "setStatusTip",
                "QLabel", "QPushButton", "QGroupBox", "QCheckBox", "QAction", "QDockWidget", "setLabel"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("./context/message")


def test_every_message_is_translated():
    contexts = ET.parse(TS_FILE).getroot().findall("context")
    assert all(c.findtext("name") for c in contexts), "a tr() lupdate cannot place: use self.tr(...)"
    found = messages(TS_FILE)
    assert len(found) > 200
    for message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"{translation.get('type')}: {source!r}"
        assert translation.text and translation.text.strip(), f"no translation for {source!r}"
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), source


def test_the_translation_covers_the_code_as_it_is(tmp_path):
    """pyside6-lupdate run on the code now finds nothing new (and nothing gone) in the .ts."""
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS_FILE.read_bytes())
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, UI_SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True)
    kinds = [m.find("translation").get("type") for m in messages(fresh)]
    assert kinds.count("unfinished") == 0, "new texts in the code: run the README's lupdate command"
    assert kinds.count("vanished") == 0 and kinds.count("obsolete") == 0, "texts gone from the code"


def test_the_compiled_translation_is_built_from_the_source(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS_FILE), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == QM_FILE.read_bytes(), "run the README's lrelease command"


def bare_texts(path: Path) -> list[str]:
    """String literals with letters passed straight to a call that shows text, not through tr()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TEXT_METHODS:
            continue
        arguments = node.args[1:] if name == "setLabel" else node.args
        for argument in arguments:
            parts = argument.values if isinstance(argument, ast.JoinedStr) else [argument]
            literal = "".join(part.value for part in parts
                              if isinstance(part, ast.Constant) and isinstance(part.value, str))
            if re.search(r"[A-Za-z]{2}", literal):  # words, not notation like "w1 × w2" or "%p%"
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(argument)}")
    return found


@pytest.mark.parametrize("path", UI_SOURCES, ids=lambda p: p.name)
def test_no_text_bypasses_tr(path):
    assert bare_texts(path) == []


def test_the_lint_sees_a_bare_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('button.setText("Train")\nlabel = QLabel(f"epoch {n}")\nok.setText(self.tr("OK"))\n'
                      'plot.setLabel("bottom", "epoch")\ncombo.addItem(f"{a} × {b}")\n')
    assert [line.split(":")[1] for line in bare_texts(sample)] == ["1", "2", "4"]


@pytest.fixture
def vietnamese(window):
    yield window
    i18n.set_language("en")  # the next test starts in English


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_language_menu_switches_the_window_at_once(qtbot, vietnamese):
    window = vietnamese
    english = (window.train_button.text(), window.table_box.title(), menu_titles(window),
               window.docks["inspector"].windowTitle(), window.panel.findChild(QLabel).text())
    assert english[0] == "Train" and english[2][:2] == ["&File", "&Training"]
    language_menu = window.menus["language"]
    vi_action = next(a for a in language_menu.actions() if a.data() == "vi")
    vi_action.trigger()
    qtbot.waitUntil(lambda: window.train_button.text() == "Huấn luyện")
    assert window.table_box.title().startswith("Bảng chân trị")
    assert menu_titles(window)[:2] == ["&Tệp", "&Huấn luyện"]
    assert window.docks["inspector"].windowTitle() != english[3]
    assert window.findChild(QPushButton, "gradientCheckButton").text() != "Check gradients"
    assert vi_action.isChecked()
    assert QSettings().value("language") == "vi"
    next(a for a in language_menu.actions() if a.data() == "en").trigger()
    qtbot.waitUntil(lambda: window.train_button.text() == "Train")
    assert (window.train_button.text(), window.table_box.title(), menu_titles(window),
            window.docks["inspector"].windowTitle(), window.panel.findChild(QLabel).text()) == english


def test_the_choice_is_remembered(qtbot, vietnamese):
    vietnamese.choose_language("vi")
    vietnamese.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.train_button.text() == "Huấn luyện"
    assert next(a for a in again.menus["language"].actions() if a.isChecked()).data() == "vi"
    again.close()
    assert again.training is None  # never on screen: no training process


def test_a_refusal_under_the_form_is_retranslated_too(qtbot, vietnamese):
    window = vietnamese
    panel = window.panel
    panel.output_activation.setCurrentIndex(panel.output_activation.findData("linear"))
    panel.loss.setCurrentIndex(panel.loss.findData("bce"))  # cross-entropy needs a sigmoid output
    error = window.findChild(QLabel, "configError")
    assert error.text().endswith("The previous setting is kept.")
    window.choose_language("vi")
    qtbot.waitUntil(lambda: error.text().endswith("Giữ nguyên thiết lập trước đó."))
    assert window.session.config.loss == "mse"  # still the setting that trains


def test_vietnamese_groups_thousands_with_a_space_not_a_comma(qtbot, vietnamese):
    window = vietnamese
    window.choose_language("vi")
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert window.epoch_label.text() == "epoch 2\u00a0000"  # "2,000" reads as two in Vietnamese
    assert window.findChild(QSpinBox, "epochsSpin").text() == "2000"
    assert "0.00" in window.loss_label.text()  # decimals keep the point, as the lecture's Python does
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.findChild(QSpinBox, "epochsSpin").text() == "2,000")
    assert window.epoch_label.text() == "epoch 2,000"


# --- Qt's own texts: the file dialogs, standard buttons and context menus Qt draws ----------------
QT_TS_FILE = ROOT / "resources" / "i18n" / "qtbase_vi.ts"
QT_QM_FILE = ROOT / "resources" / "i18n" / "qtbase_vi.qm"
QT_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def test_the_qt_translation_is_complete():
    found = messages(QT_TS_FILE)
    contexts = {c.findtext("name") for c in ET.parse(QT_TS_FILE).getroot().findall("context")}
    assert {"QFileDialog", "QFileSystemModel", "QPlatformTheme", "QMessageBox", "QLineEdit",
            "QWidgetTextControl", "QAbstractSpinBox"} <= contexts
    for message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"{translation.get('type')}: {source!r}"
        assert translation.text and translation.text.strip(), f"no translation for {source!r}"
        kept = sorted(QT_PLACEHOLDER.findall(translation.text))
        assert kept == sorted(QT_PLACEHOLDER.findall(source)), source
        if "&" in source:  # a menu or button text keeps a shortcut letter
            assert re.search(r"&[^&\s]", translation.text), source


def test_the_compiled_qt_translation_is_built_from_its_source(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(QT_TS_FILE), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == QT_QM_FILE.read_bytes(), "run the README's lrelease command for qtbase_vi"


def test_every_qt_text_is_one_qt_asks_for(qapp):
    """Each source (in its context, with its disambiguation) is in Qt's own catalogues of this Qt:
    a text Qt renamed would otherwise stay English without a sign."""
    shipped, folder = [], Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in sorted(folder.glob("qtbase_*.qm")):
        translator = QTranslator()
        assert translator.load(str(path)), path
        shipped.append(translator)
    assert len(shipped) > 10
    for context in ET.parse(QT_TS_FILE).getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            assert any(t.translate(name, source, comment) for t in shipped), (name, source, comment)


def visible_file_dialog() -> QFileDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                None)


def file_dialog_texts(dialog: QFileDialog) -> dict[str, str]:
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    return {
        "look in": dialog.findChild(QLabel, "lookInLabel").text(),
        "file name": dialog.findChild(QLabel, "fileNameLabel").text(),
        "files of type": dialog.findChild(QLabel, "fileTypeLabel").text(),
        "open": buttons.button(QDialogButtonBox.StandardButton.Open).text(),
        "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
        "back": dialog.findChild(QToolButton, "backButton").toolTip(),
        "detail view": dialog.findChild(QToolButton, "detailModeButton").toolTip(),
        "new folder": dialog.findChild(QToolButton, "newFolderButton").toolTip(),
    }


def read_the_open_dialog(qtbot, window: MainWindow) -> dict[str, str]:
    """File → Open, as a student opens it: the texts of the dialog Qt shows, then Cancel."""
    seen: dict[str, str] = {}

    def look() -> None:
        dialog = visible_file_dialog()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.update(file_dialog_texts(dialog))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.actions["open"].trigger()  # returns once the dialog is closed
    return seen


def test_qts_own_dialogs_and_buttons_speak_the_language_on_show(qtbot, vietnamese, tmp_path):
    window = vietnamese
    window.choose_language("vi")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # system: English
    texts = read_the_open_dialog(qtbot, window)
    assert texts == {"look in": "&Tìm trong:", "file name": "Tê&n tệp:", "files of type": "&Kiểu tệp:",
                     "open": "Mở", "cancel": "Huỷ", "back": "Quay lại", "detail view": "Dạng chi tiết",
                     "new folder": "Tạo thư mục mới"}
    window.files.open_file(tmp_path / "missing.json")  # a message box from the app: "cannot open"
    box = window.error_dialog
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    box.setDetailedText("details")
    assert any(b.text() == "Hiện chi tiết..." for b in box.findChildren(QPushButton))
    box.close()
    context_menu = window.panel.hidden_edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in context_menu.actions() if a.text()][:5] == [
        "&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán"]
    context_menu.deleteLater()

    window.choose_language("en")
    assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    window.files.open_file(tmp_path / "missing.json")
    qtbot.waitUntil(lambda: window.error_dialog is not box)
    assert window.error_dialog.button(QMessageBox.StandardButton.Ok).text() == "OK"
    window.error_dialog.close()
    dialog = QFileDialog(window, options=QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as in Vietnamese
    assert file_dialog_texts(dialog) == {
        "look in": "&Look in:", "file name": "File &name:", "files of type": "Files of &type:",
        "open": "&Open", "cancel": "Cancel", "back": "Back", "detail view": "Detail View",
        "new folder": "Create New Folder"}
    dialog.deleteLater()
