"""The docks that show the learning inside (inspector, diagram, weights, landscape): each redrawn
from the session's weights on show, only while on screen, and at a bounded cost while training runs."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from perceptron_gui.core.inspection import gradient_check, inspect
from perceptron_gui.core.landscape import parameter_names
from perceptron_gui.core.session import Session
from perceptron_gui.core.timeline import Snapshot
from perceptron_gui.ui.inspector_view import InspectorView
from perceptron_gui.ui.landscape_view import LandscapeView
from perceptron_gui.ui.network_diagram import NetworkDiagram
from perceptron_gui.ui.surface_view import SurfaceView
from perceptron_gui.ui.weights_view import MAX_POINTS as WEIGHT_POINTS
from perceptron_gui.ui.weights_view import WeightsView

INSIGHT_SECONDS = 0.1  # while training runs, the inspector, diagram and weights redraw this often at most
PATH_POINTS = 256  # the landscape's path: at most this many of the timeline's snapshots


class InsightDocks(QObject):
    def __init__(self, session: Session, docks: dict[str, QDockWidget], inspector: InspectorView,
                 diagram: NetworkDiagram, weights_view: WeightsView, landscape: LandscapeView,
                 surface_view: SurfaceView) -> None:
        super().__init__(docks["inspector"].parent())
        self.session, self.docks = session, docks
        self.inspector, self.diagram, self.weights_view = inspector, diagram, weights_view
        self.landscape, self.surface_view = landscape, surface_view
        self._drawn: dict[str, float] = {}  # when each dock was last redrawn
        self._cost: dict[str, float] = {}  # and how long that took, in seconds
        self._landscape_epoch: int | None = None  # the epoch the landscape's surface was computed at
        landscape.recompute_button.clicked.connect(lambda: self.refresh_landscape(force=True))
        landscape.plane_combo.currentIndexChanged.connect(lambda: self.refresh_landscape(force=True))
        session.model_loaded.connect(self._on_model_loaded)
        session.weights_shown.connect(self.refresh_all)
        session.epoch_shown.connect(self.weights_view.mark)

    def _on_model_loaded(self, trainer: object) -> None:
        assert self.session.network is not None
        self.landscape.set_model(self.session.network)
        self._landscape_epoch = None

    def refresh_all(self, throttle: bool = False) -> None:
        for name in self.docks:
            self.refresh(name, throttle)

    def dock_showing(self, name: str) -> bool:
        """The dock is on screen (a tabbed dock behind another one is not)."""
        return not self.docks[name].visibleRegion().isEmpty()

    def refresh(self, name: str, throttle: bool = False) -> None:
        """Redraw one of the docks from the weights on show, if it is on screen. While training runs,
        a dock redraws every INSIGHT_SECONDS at most, or less often if it is slow to draw, so that
        the docks take no more than a tenth of the GUI thread's time."""
        snapshot = self.session.shown
        if snapshot is None or not self.dock_showing(name):
            return
        started = time.monotonic()
        cost = self._cost.get(name, 0.0) + (self.diagram.paint_seconds if name == "diagram" else 0.0)
        interval = max(INSIGHT_SECONDS, 10 * cost)  # the diagram's paint comes after: count it too
        if throttle and started - self._drawn.get(name, 0.0) < interval:
            return
        self._drawn[name] = started
        self._draw(name, snapshot, throttle)
        self._cost[name] = time.monotonic() - started

    def _draw(self, name: str, snapshot: Snapshot, throttle: bool) -> None:
        table, network = snapshot.table, self.session.network
        assert network is not None
        if name == "inspector":
            start, upcoming = self.session.inspected_epoch(snapshot)
            self.inspector.show_step(inspect(start), table.output_names, upcoming)
        elif name == "diagram":
            x_axis, y_axis, fixed = self.surface_view.slice_settings()
            self.diagram.set_slice(x_axis, y_axis, fixed)
            self.diagram.show_network(network, table.input_names, table.output_names,
                                      self.session.dead_units())
        elif name == "weights":
            # only as many snapshots as the plot will draw: a big model's would copy tens of MB
            epochs, params = self.session.path(snapshot, limit=max(16, WEIGHT_POINTS // network.params.size))
            self.weights_view.show_history(epochs, params, network, parameter_names(network))
        else:
            self.refresh_landscape(force=False, throttle=throttle)

    def refresh_landscape(self, force: bool, throttle: bool = False) -> None:
        snapshot = self.session.shown
        if snapshot is None or not self.dock_showing("landscape"):
            return
        _, path = self.session.path(snapshot, limit=PATH_POINTS)
        cost, since = self._cost.get("landscape surface", 0.0), self._drawn.get("landscape surface", 0.0)
        # while training runs, recompute only a cheap surface, and not more than 10 % of the time
        cheap_enough = not throttle or (cost < 0.05 and time.monotonic() - since > 10 * max(cost, 0.05))
        stale = self._landscape_epoch != snapshot.epoch
        if force or self._landscape_epoch is None or (stale and cheap_enough):
            started = self._drawn["landscape surface"] = time.monotonic()
            self.landscape.compute(snapshot, path, self.session.config.seed)
            self._landscape_epoch = snapshot.epoch
            self._cost["landscape surface"] = time.monotonic() - started
        else:
            self.landscape.show_path(path, snapshot.params)  # the path ends at the weights on show

    def check_gradients(self) -> float | None:
        """Back propagation against finite differences, for the inspector's epoch: the largest
        relative error (None: no weights on show)."""
        snapshot = self.session.shown
        if snapshot is None:
            return None
        self.docks["inspector"].show()
        self.docks["inspector"].raise_()
        self.refresh("inspector")
        check = gradient_check(self.session.inspected_epoch(snapshot)[0])
        self.inspector.show_check(check)
        return check.max_relative_error
