"""The hyperparameter explorer: train a grid of models at once and map where learning works.

Two axes (learning rate, seed, hidden layers, hidden activation, optimizer) over the window's
truth table and settings; Run trains every cell with the batched engine in a thread, with a
progress bar and Cancel. It shows the final loss of each cell as a heat map, the success rate
and the median epochs to the threshold along the x axis, and the median loss curve with a
10–90 % band. A click on a cell loads that exact model into the main window.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QObject, QPointF, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.config import MAX_EPOCHS, ConfigError, TrainingConfig
from perceptron_gui.core.sweep import (
    AXES,
    DEFAULT_THRESHOLD,
    SweepCancelled,
    SweepResult,
    SweepSpec,
    parse_axis,
    run_sweep,
)
from perceptron_gui.core.trainer import DIVERGED
from perceptron_gui.core.truth_table import TruthTable
from perceptron_gui.ui.chart_style import chart
from perceptron_gui.ui.i18n import Retranslating, fmt, groups_thousands

DEFAULT_AXES = {"learning_rate": "0.01:10:13", "seed": "10", "hidden_layers": "none; 2; 4; 8",
                "hidden_activation": "tanh, sigmoid, relu", "optimizer": "gd, momentum, adam"}
MAX_TICKS = 7


class SweepWorker(QObject):
    """Runs one sweep in the thread it is moved to: `progressed(done, total)` in model-epochs, then
    `ended(result, error)`: a SweepResult and "", or None and why not (None: cancelled)."""

    progressed = Signal(int, int)
    ended = Signal(object, object)

    def __init__(self, spec: SweepSpec) -> None:
        super().__init__()
        self.spec = spec
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """From any thread: the sweep stops at its next model-epoch."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        result, error = None, ""
        try:
            result = run_sweep(self.spec, lambda done, total: self.progressed.emit(done, total),
                               self._cancel.is_set)
        except SweepCancelled:
            error = None
        except (ConfigError, MemoryError) as exc:
            error = str(exc)
        self.ended.emit(result, error)


class SweepExplorer(Retranslating, QDialog):
    """`cellChosen(config)`: the user clicked a cell; the window loads that model."""

    cellChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sweepExplorer")
        self.table: TruthTable | None = None
        self.base: TrainingConfig | None = None
        self.thread: QThread | None = None
        self.worker: SweepWorker | None = None
        self.result: SweepResult | None = None
        self._build_form()
        self._build_plots()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.controls)
        layout.addWidget(self.status)
        layout.addLayout(self.plots, 1)
        layout.addLayout(self.exports)
        self.resize(1150, 800)
        self.retranslate()

    def axis_name(self, name: str) -> str:
        return {"learning_rate": self.tr("learning rate"), "seed": self.tr("seed"),
                "hidden_layers": self.tr("hidden layers"), "hidden_activation": self.tr("hidden activation"),
                "optimizer": self.tr("optimizer")}[name]

    def axis_format(self, name: str) -> str:
        """How to type an axis's values."""
        return {
            "learning_rate": self.tr("START:STOP:COUNT, log-spaced (0.01:10:25), or values (0.1, 1, 10)"),
            "seed": self.tr("a count N for seeds 0…N−1 (20), or seeds (0, 7, 42)"),
            "hidden_layers": self.tr("layer lists separated by ; (none; 2; 4; 4,4)"),
            "hidden_activation": self.tr("names (tanh, sigmoid, relu)"),
            "optimizer": self.tr("names (gd, momentum, adam)"),
        }[name]

    def retranslate(self) -> None:
        self.epochs.setGroupSeparatorShown(groups_thousands())
        self.setWindowTitle(self.tr("Hyperparameter explorer"))
        for combo in (self.x_combo, self.y_combo):
            for position in range(combo.count()):
                combo.setItemText(position, self.axis_name(combo.itemData(position)))
        for edit, combo in ((self.x_edit, self.x_combo), (self.y_edit, self.y_combo)):
            edit.setToolTip(self.axis_format(combo.currentData()))
            edit.setPlaceholderText(self.axis_format(combo.currentData()))
        self.x_label.setText(self.tr("x axis:"))
        self.y_label.setText(self.tr("y axis:"))
        self.epochs_label.setText(self.tr("Epochs:"))
        self.threshold_label.setText(self.tr("Success: loss ≤"))
        self.epochs.setToolTip(self.tr("Epochs each model trains (full batch)"))
        self.threshold.setToolTip(self.tr("A model succeeds when its final loss is at most this and it did "
                                          "not diverge; epochs to converge count up to the first loss ≤ it"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Train every cell of the grid on the window's truth table, "
                                           "with the window's other settings"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.heat_plot.setTitle(self.tr("Final loss (log₁₀) — click a cell to load it"))
        self.success_plot.setTitle(self.tr("Success rate"))
        self.epochs_plot.setTitle(self.tr("Median epochs to the threshold"))
        self.curves_plot.setTitle(self.tr("Loss curves: median and 10–90 % band"))
        self.curves_plot.setLabel("bottom", self.tr("epoch"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.png_button.setText(self.tr("Export heat map PNG…"))
        self.close_button.setText(self.tr("Close"))
        if self.result is not None:
            self.show_result(self.result)

    # --- building -----------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.x_combo, self.y_combo = QComboBox(objectName="sweepXCombo"), QComboBox(objectName="sweepYCombo")
        self.x_edit, self.y_edit = QLineEdit(objectName="sweepXEdit"), QLineEdit(objectName="sweepYEdit")
        for combo, edit, chosen in ((self.x_combo, self.x_edit, "learning_rate"),
                                    (self.y_combo, self.y_edit, "seed")):
            for name in AXES:
                combo.addItem(name, name)
            combo.currentIndexChanged.connect(lambda _, c=combo, e=edit: self._axis_chosen(c, e))
            combo.setCurrentIndex(combo.findData(chosen))
            self._axis_chosen(combo, edit)
        self.epochs = QSpinBox(objectName="sweepEpochsSpin", minimum=1, maximum=MAX_EPOCHS, singleStep=500)
        self.epochs.setValue(2000)
        self.threshold = QDoubleSpinBox(objectName="sweepThresholdSpin", decimals=5, minimum=0.0,
                                        maximum=1e6, singleStep=0.001)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.x_label, self.y_label = QLabel(), QLabel()
        self.epochs_label, self.threshold_label = QLabel(), QLabel()
        self.form = QGridLayout()
        self.form.addWidget(self.x_label, 0, 0)
        self.form.addWidget(self.x_combo, 0, 1)
        self.form.addWidget(self.x_edit, 0, 2)
        self.form.addWidget(self.y_label, 1, 0)
        self.form.addWidget(self.y_combo, 1, 1)
        self.form.addWidget(self.y_edit, 1, 2)
        more = QFormLayout()
        more.addRow(self.epochs_label, self.epochs)
        more.addRow(self.threshold_label, self.threshold)
        self.form.addLayout(more, 0, 3, 2, 1)
        self.form.setColumnStretch(2, 1)
        self.run_button = QPushButton(objectName="sweepRunButton")
        self.cancel_button = QPushButton(objectName="sweepCancelButton", enabled=False)
        self.progress = QProgressBar(objectName="sweepProgress")
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.run_button)
        self.controls.addWidget(self.cancel_button)
        self.controls.addWidget(self.progress, 1)
        self.status = QLabel(objectName="sweepStatus", wordWrap=True)

    def _axis_chosen(self, combo: QComboBox, edit: QLineEdit) -> None:
        name = combo.currentData()
        edit.setText(DEFAULT_AXES[name])
        edit.setToolTip(self.axis_format(name))
        edit.setPlaceholderText(self.axis_format(name))

    def _build_plots(self) -> None:
        self.heat_plot = chart("sweepHeatMap")
        self.heat_image = pg.ImageItem(axisOrder="row-major")
        self.heat_plot.addItem(self.heat_image)
        self.heat_plot.getPlotItem().setMouseEnabled(x=False, y=False)
        colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, label="log₁₀ E")
        colorbar.setImageItem(self.heat_image, insert_in=self.heat_plot.getPlotItem())
        self.heat_colorbar = colorbar
        self.diverged_marks = pg.ScatterPlotItem(symbol="x", size=10, pen=pg.mkPen("#e74c3c", width=2))
        self.heat_plot.addItem(self.diverged_marks)
        self.heat_plot.scene().sigMouseClicked.connect(self._on_heat_clicked)
        self.success_plot = chart("sweepSuccessPlot")
        self.success_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush="#27ae60")
        self.success_plot.addItem(self.success_bars)
        self.success_plot.setYRange(0, 1.05)
        self.epochs_plot = chart("sweepEpochsPlot")
        self.epochs_curve = self.epochs_plot.plot(pen=pg.mkPen("#8e44ad", width=2), symbol="o", symbolSize=6,
                                                  symbolBrush="#8e44ad")
        self.curves_plot = chart("sweepCurvesPlot")
        self.curves_plot.setLogMode(y=True)
        self.band_low = self.curves_plot.plot(pen=pg.mkPen("#95a5a6"))
        self.band_high = self.curves_plot.plot(pen=pg.mkPen("#95a5a6"))
        self.band = pg.FillBetweenItem(self.band_low, self.band_high, brush=(52, 152, 219, 60))
        self.curves_plot.addItem(self.band)
        self.median_curve = self.curves_plot.plot(pen=pg.mkPen("#c0392b", width=2))
        self.plots = QGridLayout()
        self.plots.addWidget(self.heat_plot, 0, 0)
        self.plots.addWidget(self.curves_plot, 0, 1)
        self.plots.addWidget(self.success_plot, 1, 0)
        self.plots.addWidget(self.epochs_plot, 1, 1)
        self.plots.setRowStretch(0, 3)
        self.plots.setRowStretch(1, 2)
        self.csv_button = QPushButton(objectName="sweepCsvButton", enabled=False)
        self.png_button = QPushButton(objectName="sweepPngButton", enabled=False)
        self.csv_button.clicked.connect(lambda: self._export(self.tr("Export sweep results"),
                                                             self.tr("CSV (*.csv)"), self.export_csv))
        self.png_button.clicked.connect(lambda: self._export(self.tr("Export heat map"),
                                                             self.tr("PNG image (*.png)"), self.export_png))
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close)
        self.exports = QHBoxLayout()
        self.exports.addWidget(self.csv_button)
        self.exports.addWidget(self.png_button)
        self.exports.addStretch(1)
        self.exports.addWidget(close)

    # --- running ------------------------------------------------------------------------------
    def set_model(self, table: TruthTable, base: TrainingConfig) -> None:
        """The truth table and the settings the sweep varies two of."""
        self.table, self.base = table, base
        self.epochs.setValue(base.epochs)

    def spec(self) -> SweepSpec:
        """The sweep the form describes; ConfigError says what is wrong."""
        assert self.table is not None and self.base is not None
        x = parse_axis(self.x_combo.currentData(), self.x_edit.text())
        y = parse_axis(self.y_combo.currentData(), self.y_edit.text())
        base = self.base.replace(epochs=self.epochs.value(), batch="full")
        return SweepSpec(self.table, base, x, y, self.threshold.value())

    def run(self) -> None:
        if self.running:
            return
        try:
            spec = self.spec()
        except ConfigError as exc:
            self.status.setText(self.tr("Cannot run: {0}").format(exc))
            return
        rows, columns = spec.shape
        self.status.setText(fmt(self.tr("Training {0:,} models × {1:,} epochs…"), rows * columns,
                                                                                  spec.base.epochs))
        self.thread, self.worker = QThread(objectName="sweep"), SweepWorker(spec)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.ended.connect(self._on_finished)
        self.worker.ended.connect(self.thread.quit)
        self.thread.finished.connect(self.worker.deleteLater)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.thread.start()

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def cancel(self) -> None:
        if self.running:
            self.worker.cancel()

    def shutdown(self) -> None:
        """Cancel a running sweep and wait for its thread (the window is closing)."""
        if self.running:
            self.worker.cancel()
        if self.thread is not None:
            self.thread.quit()  # (remembered if asked before the thread's event loop starts)
            self.thread.wait()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(1000 * done / max(total, 1)))

    @Slot(object, object)
    def _on_finished(self, result: SweepResult | None, error: str | None) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if result is None:
            self.status.setText(self.tr("Cancelled.") if error is None else error)
            self.progress.setValue(0)
            return
        self.show_result(result)

    # --- results ------------------------------------------------------------------------------
    def show_result(self, result: SweepResult) -> None:
        self.result = result
        spec = result.spec
        rows, columns = spec.shape
        # a diverged cell keeps its last finite loss, maybe huge: clipped, and marked with a red ×
        shown = np.log10(np.clip(np.nan_to_num(result.final_loss, nan=1e12), 1e-12, 1e12))
        diverged = result.states == DIVERGED
        self.heat_image.setImage(shown, autoLevels=False)
        self.heat_image.setRect(-0.5, -0.5, columns, rows)
        low, high = float(shown.min()), float(shown.max())
        self.heat_colorbar.setLevels((low, high if high > low else low + 1))
        ys, xs = np.nonzero(diverged)
        self.diverged_marks.setData(x=xs, y=ys)
        self._label_axis(self.heat_plot, "bottom", spec.x)
        self._label_axis(self.heat_plot, "left", spec.y)
        self.heat_plot.setRange(xRange=(-0.5, columns - 0.5), yRange=(-0.5, rows - 0.5), padding=0)
        positions = np.arange(columns)
        self.success_bars.setOpts(x=positions, height=result.success_rate(spec.x.name), width=0.8)
        self._label_axis(self.success_plot, "bottom", spec.x)
        self.epochs_curve.setData(positions, self.median_epochs(), connect="finite")
        self._label_axis(self.epochs_plot, "bottom", spec.x)
        band = result.curve_band((0.1, 0.5, 0.9))
        epochs = result.curve_epochs.astype(float)  # value k: E of the weights after k updates
        self.band_low.setData(epochs, np.clip(band[0], 1e-12, None))
        self.band_high.setData(epochs, np.clip(band[2], 1e-12, None))
        self.median_curve.setData(epochs, np.clip(band[1], 1e-12, None))
        successes = int(result.success.sum())
        self.status.setText(fmt(self.tr(
            "{0:,} of {1:,} models reached loss ≤ {2:g}; {3:,} diverged (red ×). Click a cell to load "
            "that model into the window."), successes, rows * columns, spec.threshold,
                                                   int(diverged.sum())))
        self.csv_button.setEnabled(True)
        self.png_button.setEnabled(True)

    def median_epochs(self) -> np.ndarray:
        """Per x value, the median epochs to the threshold of the cells that got there (NaN: none)."""
        assert self.result is not None
        return self.result.median_epochs_to_threshold()

    def _label_axis(self, plot: pg.PlotWidget, side: str, axis) -> None:
        every = max(1, -(-len(axis) // MAX_TICKS))
        ticks = [(i, axis.label(v)) for i, v in enumerate(axis.values) if i % every == 0]
        plot.getAxis(side).setTicks([ticks])
        plot.setLabel(side, self.axis_name(axis.name))

    def cell_at(self, scene_point: QPointF) -> tuple[int, int] | None:
        """(ix, iy) of the heat-map cell under a scene point, None outside the grid."""
        if self.result is None:
            return None
        point = self.heat_plot.getPlotItem().vb.mapSceneToView(scene_point)
        ix, iy = round(point.x()), round(point.y())
        rows, columns = self.result.spec.shape
        return (ix, iy) if 0 <= ix < columns and 0 <= iy < rows else None

    def _on_heat_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.load_cell(*cell)

    def load_cell(self, ix: int, iy: int) -> None:
        assert self.result is not None
        config = self.result.spec.config(ix, iy)
        self.cellChosen.emit(config)
        spec = self.result.spec
        self.status.setText(self.tr("Loaded {0} = {1}, {2} = {3} into the window: press Train to run it "
                                    "again (final loss here {4:.6g}).").format(
            self.axis_name(spec.x.name), spec.x.label(spec.x.values[ix]), self.axis_name(spec.y.name),
            spec.y.label(spec.y.values[iy]), float(self.result.final_loss[iy, ix])))

    def _export(self, title: str, file_filter: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, "", file_filter)
        if not path:
            return
        try:
            write(path)
        except OSError as exc:
            self.status.setText(self.tr("Cannot save {0}: {1}").format(path, exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved {0}.").format(path))

    def export_csv(self, path: str | Path) -> None:
        """Write the results, one row per model; OSError if it cannot."""
        assert self.result is not None
        self.result.save_csv(path)

    def export_png(self, path: str | Path) -> None:
        """Write the heat map as an image, with its axes."""
        exporter = pyqtgraph.exporters.ImageExporter(self.heat_plot.getPlotItem())
        exporter.parameters()["width"] = 900
        if not exporter.export(str(path)):
            raise OSError(f"could not write {path}")
