"""The window's first frame, and what comes after it (ui/deferred_build.py).

The first frame is the working window without what is slow to start: pyqtgraph and PyOpenGL
(their charts) and the training process. A fresh Python shows it, as `perceptron-gui` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

FIRST_FRAME = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QPushButton
    from perceptron_gui.ui.app import prepare_application

    def slow_modules():
        return sorted({name.split(".")[0] for name in sys.modules} & {"pyqtgraph", "OpenGL"})

    if __name__ == "__main__":  # (the training process imports this script again)
        prepare_application()
        app = QApplication([])
        from perceptron_gui.ui.main_window import MainWindow

        window = MainWindow()
        seen = {}

        def first_frame():
            seen["first frame"] = {
                        "slow modules": slow_modules(), "training process": window.training is not None,
                        "charts": window.loss_view.loss_plot is not None,
                        "train enabled": window.findChild(QPushButton, "trainButton").isEnabled(),
                        "loss view height": window.loss_view.height()}

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    seen["painting"] = True
                    # once the children have painted too; before the deferred build's first step
                    QTimer.singleShot(0, first_frame)
                return False

        def built():
            seen["built"] = {"slow modules": slow_modules(), "training process": window.training is not None,
                             "charts": [view.plot is not None for view in (window.weights_view,
                                        window.activations, window.landscape)]
                             + [window.loss_view.loss_plot is not None],
                             "loss view height": window.loss_view.height()}
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)

        first = FirstPaint()
        window.installEventFilter(first)  # (it runs before the deferred build's: the last installed first)
        window.deferred_build.finished.connect(built)
        window.resize(1280, 680)  # a projector's: short enough that the charts get their least height
        window.show()
        app.exec()
        print(json.dumps(seen))
""")


def test_the_first_frame_is_the_working_window_without_the_slow_parts(tmp_path):
    script = tmp_path / "first_frame.py"
    script.write_text(FIRST_FRAME, encoding="utf-8")
    env = os.environ | {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    first, built = seen["first frame"], seen["built"]
    assert first["slow modules"] == [] and not first["training process"] and not first["charts"]
    assert first["train enabled"]  # the controls work from the first frame
    assert "pyqtgraph" in built["slow modules"] and built["training process"] and all(built["charts"])
    # the charts come into places as tall as they are (within a few pixels): what is below stays
    assert abs(built["loss view height"] - first["loss view height"]) <= 4, seen
